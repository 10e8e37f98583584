import * as assert from 'assert';
import { run } from './ruleBench';

describe('names broken in two with nothing between the parts (rules-touching.ts)', () => {
  it('joins a person or a body read as two names side by side into one', () => {
    assert.deepStrictEqual(run('said Abu Tarrek al-Velki today', 'O B-PER I-PER B-PER O'), ['Abu Tarrek al-Velki/PER']);
    assert.deepStrictEqual(run('the Grand Velk Assembly met', 'O B-ORG B-ORG I-ORG O'), ['Grand Velk Assembly/ORG']);
    // Three parts make one name too.
    assert.deepStrictEqual(run('by Joss Ula Tarrek Harl yesterday', 'O B-PER B-PER B-PER I-PER O'), [
      'Joss Ula Tarrek Harl/PER',
    ]);
  });

  it("takes a given name read as another kind of name into the person's name right after it", () => {
    assert.deepStrictEqual(run('the minister , Joss Tarrek Velki , said', 'O O O B-ORG B-PER I-PER O O'), [
      'Joss Tarrek Velki/PER',
    ]);
    assert.deepStrictEqual(run('officials say Ula Velki left', 'O O B-LOC B-PER O'), ['Ula Velki/PER']);
    // Not a word on another list too, nor before a name of another type.
    assert.deepStrictEqual(run('near Harlow Tarrek Velki today', 'O B-LOC B-PER I-PER O'), [
      'Harlow/LOC',
      'Tarrek Velki/PER',
    ]);
    assert.deepStrictEqual(run('in Joss Velki Bank', 'O B-ORG B-ORG I-ORG'), ['Joss Velki Bank/ORG']);
  });

  it('joins after the other rules, so that a nationality joined to a body joins the name before it', () => {
    assert.deepStrictEqual(run('the Free Korean Bank rose', 'O B-ORG B-MISC B-ORG O'), ['Free Korean Bank/ORG']);
  });

  it('leaves names apart across punctuation or a word, of other types, or after a title', () => {
    assert.deepStrictEqual(run('met Joss Harl , Ula Brennick there', 'O B-PER I-PER O B-PER I-PER O'), [
      'Joss Harl/PER',
      'Ula Brennick/PER',
    ]);
    assert.deepStrictEqual(run('Velkom Tarnby rose', 'B-ORG B-LOC O'), ['Velkom/ORG', 'Tarnby/LOC']);
    // The title is not joined to the name; read as a person of its own, it is dropped (rules-titles.ts).
    assert.deepStrictEqual(run('Leader Ula Brennick said', 'B-PER B-PER I-PER O'), ['Ula Brennick/PER']);
    assert.deepStrictEqual(run('Dr. Ula Brennick said', 'B-PER B-PER I-PER O'), ['Dr./PER', 'Ula Brennick/PER']);
    // A rank is a title too ("Constable", as the people rules read it).
    assert.deepStrictEqual(run('thanks Constable Joss Harl today', 'O B-PER B-PER I-PER O'), ['Joss Harl/PER']);
    // A person's name does not end in an everyday word ("Trust", written in lower case elsewhere).
    assert.deepStrictEqual(run('thanks Village Joss Harl today', 'O B-PER B-PER I-PER O'), [
      'Village/PER',
      'Joss Harl/PER',
    ]);
  });

  it('leaves handles and hashtags of a post apart', () => {
    // (The rules for posts drop the handle itself.)
    assert.deepStrictEqual(run('thanks @ joss_h Ula Brennick', 'O O B-PER B-PER I-PER'), ['Ula Brennick/PER']);
    assert.deepStrictEqual(run('with Velkom # Tarnair today', 'O B-ORG B-ORG I-ORG O'), [
      'Velkom/ORG',
      '# Tarnair/ORG',
    ]);
  });

  it('joins two names of any types that together are a listed place into that place', () => {
    assert.deepStrictEqual(run('talks in San Tarno stalled', 'O O B-MISC B-LOC O'), ['San Tarno/LOC']);
    assert.deepStrictEqual(run('talks in Joss Qerim stalled', 'O O B-PER B-ORG O'), ['Joss Qerim/LOC']);
    // Not two names that are no listed place together, nor names with a word between them.
    assert.deepStrictEqual(run('talks in San Harlby stalled', 'O O B-MISC B-LOC O'), ['San/MISC', 'Harlby/LOC']);
    assert.deepStrictEqual(run('San , Tarno', 'B-MISC O B-LOC'), ['San/MISC', 'Tarno/LOC']);
  });
});
