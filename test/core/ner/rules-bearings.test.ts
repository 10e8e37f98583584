import * as assert from 'assert';
import { run } from './ruleBench';

describe('a place read from its bearing (rules-bearings.ts)', () => {
  it('makes a name read as a body or a person, before its bearing from a place, a place', () => {
    assert.deepStrictEqual(run('bound for Alvik , south of Tarnby .', 'O O B-ORG O O O B-LOC O'), [
      'Alvik/LOC',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('in Alvik , about 40 km north-east of Tarnby', 'O B-PER O O O O O O B-LOC'), [
      'Alvik/LOC',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('from Qarvik , 30 miles west of the capital', 'O B-ORG O O O O O O O'), ['Qarvik/LOC']);
  });

  it('leaves a body, a name whose bearing is from no place, and one with no comma', () => {
    assert.deepStrictEqual(run('at Velkom Bank , south of Tarnby', 'O B-ORG I-ORG O O O B-LOC'), [
      'Velkom Bank/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('Alvik , south of the river', 'B-ORG O O O O O'), ['Alvik/ORG']);
    assert.deepStrictEqual(run('Alvik drove south of Tarnby', 'B-PER O O O B-LOC'), ['Alvik/PER', 'Tarnby/LOC']);
  });
});
