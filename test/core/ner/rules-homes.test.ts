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
});
