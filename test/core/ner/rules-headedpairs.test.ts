import * as assert from 'assert';
import { run } from './ruleBench';

describe('two bodies joined by "and", each ending in its head noun (rules-headedpairs.ts)', () => {
  it('splits a name read as one body into the two bodies', () => {
    assert.deepStrictEqual(
      run(
        'at Velden University Medical Center and Tarnfield Eye Hospital in',
        'O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O',
      ),
      ['Velden University Medical Center/ORG', 'Tarnfield Eye Hospital/ORG'],
    );
    assert.deepStrictEqual(run('Harl Bank and Velsted Savings Bank said', 'B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Harl Bank/ORG',
      'Velsted Savings Bank/ORG',
    ]);
  });

  it('keeps one body whose second half opens with an everyday word, a name with a one-word half, and places whole', () => {
    assert.deepStrictEqual(run('Harl Savings Bank and Trust Company said', 'B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Harl Savings Bank and Trust Company/ORG',
    ]);
    assert.deepStrictEqual(run('the Velk and Harl Bank said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Velk and Harl Bank/ORG',
    ]);
    // Not a body's name: a place is left to the rules for places.
    assert.deepStrictEqual(run('Harl County and Velsted County', 'B-LOC I-LOC I-LOC I-LOC I-LOC'), [
      'Harl County and Velsted County/LOC',
    ]);
  });
});
