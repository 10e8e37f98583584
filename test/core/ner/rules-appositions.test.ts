import * as assert from 'assert';
import { run } from './ruleBench';

describe('names described right after them (rules-appositions.ts)', () => {
  it('reads untagged words before ", <description>" as the type of the description\'s head noun', () => {
    assert.deepStrictEqual(run("Brenvold , Tarnby 's largest telecoms operator , said", 'O O B-LOC O O O O O O'), [
      'Brenvold/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run("Harl Kessel , the world 's biggest lender , said", 'O O O O O O O O O O'), [
      'Harl Kessel/ORG',
    ]);
    assert.deepStrictEqual(run('Qelbury , a village in Tarnia', 'O O O O O B-LOC'), ['Qelbury/LOC', 'Tarnia/LOC']);
    assert.deepStrictEqual(run('Ossa Brenn , a lawyer , said', 'O O O O O O O'), ['Ossa Brenn/PER']);
  });

  it('leaves everyday words, months, listed places, tagged names and undescribed words alone', () => {
    assert.deepStrictEqual(run('Protect , a lender based in Tarnby', 'O O O O O O B-LOC'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('In June , a lender said', 'O O O O O O'), []);
    assert.deepStrictEqual(run('Tarnby , a lender , said', 'O O O O O O'), []);
    assert.deepStrictEqual(run('Brenvold , a lender , said', 'B-PER O O O O O'), ['Brenvold/PER']);
    assert.deepStrictEqual(run('Brenvold , a salmon farmer , said', 'O O O O O O O'), []);
    assert.deepStrictEqual(run('Brenvold , a lender and Qelby', 'O O O O O O'), []);
  });
});
