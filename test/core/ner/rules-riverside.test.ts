import * as assert from 'assert';
import { run } from './ruleBench';

describe('towns named with their river or hills (rules-riverside.ts)', () => {
  it('joins a town, its connecting words and the river after them into one place', () => {
    assert.deepStrictEqual(run('in Tarnby am Velk said', 'O B-LOC O O O'), ['Tarnby am Velk/LOC']);
    // Whatever the tagger read each part as, and from "der" on.
    assert.deepStrictEqual(run('Tarnby an der Velk voted', 'B-PER O O B-PER O'), ['Tarnby an der Velk/LOC']);
    assert.deepStrictEqual(run('Tarnby an der Velk voted', 'B-PER O B-PER I-PER O'), ['Tarnby an der Velk/LOC']);
    assert.deepStrictEqual(run('near Tarnby im Velk outside Harlby', 'O B-MISC O B-ORG O B-LOC'), [
      'Tarnby im Velk/LOC',
      'Harlby/LOC',
    ]);
    assert.deepStrictEqual(run('Tarnby ob der Velk and Harl aan den Qelmo', 'B-LOC O O O O B-LOC O O O'), [
      'Tarnby ob der Velk/LOC',
      'Harl aan den Qelmo/LOC',
    ]);
  });

  it('leaves the words alone without a capital after them, a half connector, or a name running on', () => {
    assert.deepStrictEqual(run('Tarnby am besten', 'B-LOC O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Tarnby an Velk', 'B-LOC O B-LOC'), ['Tarnby/LOC', 'Velk/LOC']);
    assert.deepStrictEqual(run('Tarnby am Velk Airport', 'B-LOC O B-LOC I-LOC'), ['Tarnby/LOC', 'Velk Airport/LOC']);
  });
});
