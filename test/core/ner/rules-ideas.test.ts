import * as assert from 'assert';
import { run } from './ruleBench';

describe('faiths, doctrines and eras (rules-ideas.ts)', () => {
  it('reads a faith, a doctrine in "-ism", the Holocaust and an era as MISC, whatever the tagger read', () => {
    assert.deepStrictEqual(run('He converted to Islam', 'O O O B-LOC'), ['Islam/MISC']);
    assert.deepStrictEqual(run('Velkism and Tarnism spread', 'B-ORG O B-LOC O'), ['Velkism/MISC', 'Tarnism/MISC']);
    assert.deepStrictEqual(run('he denied the Holocaust', 'O O O B-LOC'), ['Holocaust/MISC']);
    assert.deepStrictEqual(run('in the Velkan Ages', 'O O B-LOC I-LOC'), ['Velkan Ages/MISC']);
  });

  it('leaves longer names, short "-ism" words and a newspaper called "The Age" alone', () => {
    assert.deepStrictEqual(run('the Islam Velkan Bank', 'O B-ORG I-ORG I-ORG'), ['Islam Velkan Bank/ORG']);
    assert.deepStrictEqual(run('Tism said', 'B-PER O'), ['Tism/PER']);
    assert.deepStrictEqual(run('The Age reported', 'B-ORG I-ORG O'), ['The Age/ORG']);
  });

  it('types the other words of a list of adjectives, two of them MISC, before a lower-case noun as MISC', () => {
    assert.deepStrictEqual(run('met Korean , Qelvan and Chinese church leaders', 'O B-MISC O O O B-MISC O O'), [
      'Korean/MISC',
      'Qelvan/MISC',
      'Chinese/MISC',
    ]);
    assert.deepStrictEqual(run('met Korean , Qelvan or Chinese leaders', 'O B-MISC O B-PER O B-MISC O'), [
      'Korean/MISC',
      'Qelvan/MISC',
      'Chinese/MISC',
    ]);
    // Not with one MISC only, a listed place in the list, nor before a name.
    assert.deepStrictEqual(run('met Korean and Qelvan leaders', 'O B-MISC O O O'), ['Korean/MISC']);
    assert.deepStrictEqual(run('met Korean , Tarnby and Chinese leaders', 'O B-MISC O B-LOC O B-MISC O'), [
      'Korean/MISC',
      'Tarnby/LOC',
      'Chinese/MISC',
    ]);
    assert.deepStrictEqual(run('met Korean , Qelvan and Chinese Velkom', 'O B-MISC O O O B-MISC B-ORG'), [
      'Korean/MISC',
      'Chinese/MISC',
      'Velkom/ORG',
    ]);
  });

  it('reads a name in quotes of its own, read as a person, as a title', () => {
    assert.deepStrictEqual(run('was recognised for " Velkbridge " , an installation', 'O O O O B-PER O O O O'), [
      'Velkbridge/MISC',
    ]);
    assert.deepStrictEqual(run('her novel “ Tarn Hymns ” was shortlisted', 'O O O B-PER I-PER O O O'), [
      'Tarn Hymns/MISC',
    ]);
    // Not a nickname after a name, a title or "known as", a listed given name, nor a name beside other words.
    assert.deepStrictEqual(run('President " Velko " said', 'O O B-PER O O'), ['Velko/PER']);
    assert.deepStrictEqual(run('known as " Tarnvik "', 'O O O B-PER O'), ['Tarnvik/PER']);
    assert.deepStrictEqual(run('for " Joss Harl "', 'O O B-PER I-PER O'), ['Joss Harl/PER']);
    assert.deepStrictEqual(run('" Velkbridge said no "', 'O B-PER O O O'), ['Velkbridge/PER']);
  });
});
