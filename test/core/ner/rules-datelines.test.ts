import * as assert from 'assert';
import { run } from './ruleBench';

describe("a wire story's dateline (rules-datelines.ts)", () => {
  it('makes the words in brackets between the town in capitals and the dash the news agency', () => {
    assert.deepStrictEqual(run('TARNBY ( Velkpress ) - Prices rose', 'B-LOC O B-LOC O O O O'), [
      'TARNBY/LOC',
      'Velkpress/ORG',
    ]);
    assert.deepStrictEqual(run('TARNBY , May 3 ( VPA ) -- Prices rose', 'B-LOC O O O O O O O O O'), [
      'TARNBY/LOC',
      'VPA/ORG',
    ]);
    assert.deepStrictEqual(run('NEW TARNBY ( Velk Press ) — Prices rose', 'B-LOC I-LOC O B-PER I-PER O O O O'), [
      'NEW TARNBY/LOC',
      'Velk Press/ORG',
    ]);
  });

  it('leaves brackets alone without a town in capitals first, a dash after, or with lower-case words in them', () => {
    assert.deepStrictEqual(run('Tarnby ( Velkpress ) - Prices rose', 'B-LOC O B-LOC O O O O'), [
      'Tarnby/LOC',
      'Velkpress/LOC',
    ]);
    assert.deepStrictEqual(run('TARNBY ( Velkpress ) said prices rose', 'B-LOC O B-LOC O O O O'), [
      'TARNBY/LOC',
      'Velkpress/LOC',
    ]);
    assert.deepStrictEqual(run('TARNBY ( see Velk ) - Prices rose', 'B-LOC O O B-PER O O O O'), [
      'TARNBY/LOC',
      'Velk/PER',
    ]);
  });
});
