import * as assert from 'assert';
import { run } from './ruleBench';

describe("a body's name run into its member's (rules-holders.ts)", () => {
  it('splits off a person named after the body, opening with a listed given name', () => {
    assert.deepStrictEqual(run('of the Velk Council Joss Harl told', 'O O B-ORG I-ORG I-ORG I-ORG O'), [
      'Velk Council/ORG',
      'Joss Harl/PER',
    ]);
    assert.deepStrictEqual(run('the Brask Bank Ula Tarm Velko said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Brask Bank/ORG',
      'Ula Tarm Velko/PER',
    ]);
  });

  it('keeps a body whose name goes on with a head or opens with it, a name after a place, and names with no given name whole', () => {
    assert.deepStrictEqual(run('the Velk Bank Joss Harl Trust said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Velk Bank Joss Harl Trust/ORG',
    ]);
    assert.deepStrictEqual(run('at the Velk Council Brenn Harl said', 'O O B-ORG I-ORG I-ORG I-ORG O'), [
      'Velk Council Brenn Harl/ORG',
    ]);
    assert.deepStrictEqual(run('the Tarnby Joss Harl group', 'O B-ORG I-ORG I-ORG O'), ['Tarnby Joss Harl/ORG']);
    // A body named after a person, its head first.
    assert.deepStrictEqual(run('at the Bank Joss Harl in', 'O O B-ORG I-ORG I-ORG O'), ['Bank Joss Harl/ORG']);
  });
});

describe("a person's name run into the body they work at (rules-holders.ts)", () => {
  it('splits a given name and surname before "of" and a body ending in its head noun', () => {
    assert.deepStrictEqual(run('said Joss Velkov of Brask University .', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Joss Velkov/PER',
      'Brask University/ORG',
    ]);
    assert.deepStrictEqual(
      run('Ula Velkov of the Brask State University said', 'B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O'),
      ['Ula Velkov/PER', 'Brask State University/ORG'],
    );
  });

  it('keeps a body named after a person, and a name with no given name or with a place, whole', () => {
    assert.deepStrictEqual(run('the Joss Velkov University of Brask said', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Joss Velkov University of Brask/ORG',
    ]);
    assert.deepStrictEqual(run('Anna Velkov of Brask University said', 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Anna Velkov of Brask University/ORG',
    ]);
    assert.deepStrictEqual(run('Joss Tarnby of Brask University said', 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Joss Tarnby of Brask University/ORG',
    ]);
  });
});
