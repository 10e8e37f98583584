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

describe('one body named after two people or places (rules-headedpairs.ts)', () => {
  it('joins "the", a word, "and" and a body ending in its head noun into one body', () => {
    assert.deepStrictEqual(run('at the Oster and Harl Museum in Tarnby', 'O O B-LOC O B-ORG I-ORG O B-LOC'), [
      'Oster and Harl Museum/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('The Oster and Brask University said', 'O B-PER O B-ORG I-ORG O'), [
      'Oster and Brask University/ORG',
    ]);
    assert.deepStrictEqual(run('the Oster and Brask University said', 'O O O B-ORG I-ORG O'), [
      'Oster and Brask University/ORG',
    ]);
    // A country may be one of the two.
    assert.deepStrictEqual(run('the Vellandia and Harl University said', 'O B-LOC O B-ORG I-ORG O'), [
      'Vellandia and Harl University/ORG',
    ]);
  });

  it('leaves a body, an acronym or a listed body before "and", and a pair with no article', () => {
    assert.deepStrictEqual(run('the Council and Brask University met', 'O B-ORG O B-ORG I-ORG O'), [
      'Council/ORG',
      'Brask University/ORG',
    ]);
    assert.deepStrictEqual(run('the EU and Brask University met', 'O B-ORG O B-ORG I-ORG O'), [
      'EU/ORG',
      'Brask University/ORG',
    ]);
    assert.deepStrictEqual(run('the Velkom and Brask University met', 'O B-PER O B-ORG I-ORG O'), [
      'Velkom/PER',
      'Brask University/ORG',
    ]);
    assert.deepStrictEqual(run('with Oster and Brask University', 'O B-LOC O B-ORG I-ORG'), [
      'Oster/LOC',
      'Brask University/ORG',
    ]);
  });
});
