import * as assert from 'assert';
import { run } from './ruleBench';

describe('sentence rules (rules.ts)', () => {
  it('runs a name the tagger ended on "of" into the next name, and drops other lower-case words at its end', () => {
    assert.deepStrictEqual(run('the Army of Tarnia said', 'O B-ORG I-ORG B-LOC O'), ['Army of Tarnia/ORG']);
    assert.deepStrictEqual(run('the Bank of the Tarn said', 'O B-ORG I-ORG I-ORG B-LOC O'), ['Bank of the Tarn/ORG']);
    assert.deepStrictEqual(run('Velkom and Tarnby', 'B-ORG I-ORG B-LOC'), ['Velkom/ORG', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('the Army of said', 'O B-ORG I-ORG O'), ['Army/ORG']);
    // The noun after a name says what it is; what is left of "<nationality> <noun>" is the nationality.
    assert.deepStrictEqual(run('landed at Tarnby airport on', 'O O B-LOC I-LOC O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the Chinese navy said', 'O B-ORG I-ORG O'), ['Chinese/MISC']);
    // Particles inside names, and other names' lower-case words (a species), stay.
    assert.deepStrictEqual(run('in Tarn es Velby today', 'O B-LOC I-LOC B-LOC O'), ['Tarn es Velby/LOC']);
    // After a nationality, the words that name the body's members belong to it too.
    assert.deepStrictEqual(run('the Union of Korean Village Heads said', 'O B-ORG I-ORG B-MISC O O O'), [
      'Union of Korean Village Heads/ORG',
    ]);
    // A person's name run into a body named after the person ("<name> University of ...") is the body.
    assert.deepStrictEqual(
      run('at the Joss bin Tarvell University of Velk', 'O O B-PER I-PER B-ORG I-ORG I-ORG I-ORG'),
      ['Joss bin Tarvell University of Velk/ORG'],
    );
    assert.deepStrictEqual(run('said Joss bin Tarvell Velk', 'O B-PER I-PER B-PER I-PER'), [
      'Joss bin Tarvell Velk/PER',
    ]);
    assert.deepStrictEqual(run('the Velka superba shrimp', 'O B-MISC I-MISC O'), ['Velka superba/MISC']);
  });
});
