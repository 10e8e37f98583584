import * as assert from 'assert';
import { run } from './ruleBench';

describe('public services named after two areas (rules-services.ts)', () => {
  it('joins a place, "and" and a police force or council after it into one body', () => {
    assert.deepStrictEqual(run('officers from Tarnby and Velk Police said', 'O O B-LOC O B-ORG I-ORG O'), [
      'Tarnby and Velk Police/ORG',
    ]);
    assert.deepStrictEqual(run('Tarnby and North Velk City Council met', 'B-LOC O B-ORG I-ORG I-ORG I-ORG O'), [
      'Tarnby and North Velk City Council/ORG',
    ]);
  });

  it('leaves two sides, another body and a long run apart', () => {
    assert.deepStrictEqual(run('between Tarnby and Velk Police', 'O B-LOC O B-ORG I-ORG'), [
      'Tarnby/LOC',
      'Velk Police/ORG',
    ]);
    assert.deepStrictEqual(run('Tarnby and Velk Bank said', 'B-LOC O B-ORG I-ORG O'), ['Tarnby/LOC', 'Velk Bank/ORG']);
  });
});
