import * as assert from 'assert';
import { run } from './ruleBench';

describe('where a person lives, after their age (rules-homes.ts)', () => {
  it('reads the name after the age and "of" or "from" as a place, also where the tagger left it out', () => {
    assert.deepStrictEqual(run('Ula Brennick , 31 , of Qelmo pleaded guilty', 'B-PER I-PER O O O O B-PER O O'), [
      'Ula Brennick/PER',
      'Qelmo/LOC',
    ]);
    assert.deepStrictEqual(run('Ula Brennick , 31 , from Batu Qelmo , said', 'B-PER I-PER O O O O O O O O'), [
      'Ula Brennick/PER',
      'Batu Qelmo/LOC',
    ]);
    // Up to a name that follows.
    assert.deepStrictEqual(run('Ula Brennick , 31 , of Qelmo , Velmark', 'B-PER I-PER O O O O O O B-LOC'), [
      'Ula Brennick/PER',
      'Qelmo/LOC',
      'Velmark/LOC',
    ]);
  });

  it('leaves an employer, a body as read, words going on in capitals, and a name without an age', () => {
    assert.deepStrictEqual(run('Ula Brennick , 52 , of Qelmo Council said', 'B-PER I-PER O O O O O O O'), [
      'Ula Brennick/PER',
    ]);
    assert.deepStrictEqual(run('Ula Brennick , 52 , of Qelmo said', 'B-PER I-PER O O O O B-ORG O'), [
      'Ula Brennick/PER',
      'Qelmo/ORG',
    ]);
    assert.deepStrictEqual(run('Ula Brennick , 52 , of Qelmo Harl Velk Tarn', 'B-PER I-PER O O O O O O O O'), [
      'Ula Brennick/PER',
    ]);
    assert.deepStrictEqual(run('Ula Brennick , a friend of Qelmo', 'B-PER I-PER O O O O B-PER'), [
      'Ula Brennick/PER',
      'Qelmo/PER',
    ]);
  });

  it('reads a name right before a comma, an age and a comma as a person, unless it is a listed place or body', () => {
    assert.deepStrictEqual(run('Ann de Velk , 23 , drowned', 'B-ORG I-ORG I-ORG O O O O'), ['Ann de Velk/PER']);
    assert.deepStrictEqual(run('Harlwick , 29 , told us', 'B-MISC O O O O O'), ['Harlwick/PER']);
    assert.deepStrictEqual(run('Tarnby , 12 , and', 'B-LOC O O O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Velkom , 12 , and', 'B-ORG O O O O'), ['Velkom/ORG']);
    // Not a number that is no age's ("Velk 1234").
    assert.deepStrictEqual(run('Harlwick , 2024 , said', 'B-ORG O O O O'), ['Harlwick/ORG']);
  });
});
