import * as assert from 'assert';
import { run } from './ruleBench';

describe('names left out inside a list of places (rules-listgaps.ts)', () => {
  it('tags capitalised words left untagged between two places of a list as a place', () => {
    assert.deepStrictEqual(run("including Qelmo , Ha'atvel and Harlu .", 'O B-LOC O O O B-LOC O'), [
      'Qelmo/LOC',
      "Ha'atvel/LOC",
      'Harlu/LOC',
    ]);
    assert.deepStrictEqual(run('in Qelmo , Nova Vel , and Harlu', 'O B-LOC O O O O O B-LOC'), [
      'Qelmo/LOC',
      'Nova Vel/LOC',
      'Harlu/LOC',
    ]);
  });

  it('leaves a month, a word mostly written in lower case, and a gap without a link or a second place', () => {
    assert.deepStrictEqual(run('in Qelmo , June and Harlu', 'O B-LOC O O O B-LOC'), ['Qelmo/LOC', 'Harlu/LOC']);
    assert.deepStrictEqual(run('in Qelmo , Dream and Harlu', 'O B-LOC O O O B-LOC'), ['Qelmo/LOC', 'Harlu/LOC']);
    assert.deepStrictEqual(run('in Qelmo , Velk said', 'O B-LOC O O O'), ['Qelmo/LOC']);
    assert.deepStrictEqual(run('in Qelmo , Velk and Ann Lee', 'O B-LOC O O O B-PER I-PER'), [
      'Qelmo/LOC',
      'Ann Lee/PER',
    ]);
  });

  it('reads one word read as a person between two places of a list as a place', () => {
    assert.deepStrictEqual(run('in Qelmo , Bewvel , Harlu and Tarnby', 'O B-LOC O B-PER O B-LOC O B-LOC'), [
      'Qelmo/LOC',
      'Bewvel/LOC',
      'Harlu/LOC',
      'Tarnby/LOC',
    ]);
    // Not a given name, a name of two words, or one outside a list.
    assert.deepStrictEqual(run('in Qelmo , Joss , Harlu', 'O B-LOC O B-PER O B-LOC'), [
      'Qelmo/LOC',
      'Joss/PER',
      'Harlu/LOC',
    ]);
    assert.deepStrictEqual(run('in Qelmo , Ann Bewvel , Harlu', 'O B-LOC O B-PER I-PER O B-LOC'), [
      'Qelmo/LOC',
      'Ann Bewvel/PER',
      'Harlu/LOC',
    ]);
    assert.deepStrictEqual(run('in Qelmo , Bewvel said in Harlu', 'O B-LOC O B-PER O O B-LOC'), [
      'Qelmo/LOC',
      'Bewvel/PER',
      'Harlu/LOC',
    ]);
  });
});
