import * as assert from 'assert';
import { run } from './ruleBench';

describe('places and bodies named after people (rules-eponyms.ts)', () => {
  it("joins a person's name and the names right after it that end in an airport's, a school's ... word", () => {
    assert.deepStrictEqual(run('left Joss Harl International Airport .', 'O B-PER I-PER B-LOC I-LOC O'), [
      'Joss Harl International Airport/LOC',
    ]);
    assert.deepStrictEqual(run('left Joss Harl Tarnby National Airport .', 'O B-PER I-PER B-LOC B-LOC I-LOC O'), [
      'Joss Harl Tarnby National Airport/LOC',
    ]);
    assert.deepStrictEqual(run('at Ula Velk University today', 'O B-PER I-PER B-ORG O'), ['Ula Velk University/ORG']);
  });

  it('leaves a person alone before a comma, another kind of name, or a name not right after it', () => {
    assert.deepStrictEqual(run('told Joss Harl , Tarnby University said', 'O B-PER I-PER O B-ORG I-ORG O'), [
      'Joss Harl/PER',
      'Tarnby University/ORG',
    ]);
    assert.deepStrictEqual(run('told Joss Harl Tarnby today', 'O B-PER I-PER B-LOC O'), [
      'Joss Harl/PER',
      'Tarnby/LOC',
    ]);
  });

  it('joins a given name, "and" and a name opening with a given name and ending in an organisation word', () => {
    assert.deepStrictEqual(run('the Joss and Ula Harl Company gave', 'O B-PER O B-ORG I-ORG I-ORG O'), [
      'Joss and Ula Harl Company/ORG',
    ]);
    // Two people, or a body not opening with a given name: as read.
    assert.deepStrictEqual(run('Joss and Ula Harl met', 'B-PER O B-PER I-PER O'), ['Joss/PER', 'Ula Harl/PER']);
    assert.deepStrictEqual(run('Joss and Tarnby Bank Company met', 'B-PER O B-ORG I-ORG I-ORG O'), [
      'Joss/PER',
      'Tarnby Bank Company/ORG',
    ]);
    // A nickname no list gives may come first; a surname may not.
    assert.deepStrictEqual(run('the Jossy and Ula Harl Company gave', 'O B-PER O B-ORG I-ORG I-ORG O'), [
      'Jossy and Ula Harl Company/ORG',
    ]);
    assert.deepStrictEqual(run('the Brennick and Ula Harl Company gave', 'O B-PER O B-ORG I-ORG I-ORG O'), [
      'Brennick/PER',
      'Ula Harl Company/ORG',
    ]);
  });
});
