import * as assert from 'assert';
import { run } from './ruleBench';

describe("posts written with a holder's name (rules-posts.ts)", () => {
  it("cuts the place after a title and 'of' from the holder's name that follows it", () => {
    assert.deepStrictEqual(run('the President of Qorma Joss Velk said', 'O O O B-PER I-PER I-PER O'), [
      'Qorma/LOC',
      'Joss Velk/PER',
    ]);
  });

  it('leaves a surname, a name without a given name second, or no title before "of" as read', () => {
    assert.deepStrictEqual(run('the President of Brennick Joss Velk said', 'O O O B-PER I-PER I-PER O'), [
      'Brennick Joss Velk/PER',
    ]);
    assert.deepStrictEqual(run('the President of Qorma Velk Harl said', 'O O O B-PER I-PER I-PER O'), [
      'Qorma Velk Harl/PER',
    ]);
    assert.deepStrictEqual(run('a friend of Qorma Joss Velk said', 'O O O B-PER I-PER I-PER O'), [
      'Qorma Joss Velk/PER',
    ]);
  });

  it("cuts a parliament member's title from the end of a name, and drops it alone", () => {
    assert.deepStrictEqual(run('the Harl Labour MPP for Tarnby', 'O B-ORG I-ORG I-ORG O B-LOC'), [
      'Harl Labour/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('Tarnby MEPs voted', 'B-LOC I-LOC O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the " Velk " MP for Tarnby', 'O O B-ORG O B-ORG O B-LOC'), ['Velk/ORG', 'Tarnby/LOC']);
    // Read as a person: the party of a member (MISC), or a person whose name starts with a given name.
    assert.deepStrictEqual(run('an Tarnby Velk Democrat MP said', 'O B-LOC B-PER I-PER I-PER O'), [
      'Tarnby/LOC',
      'Velk Democrat/MISC',
    ]);
    assert.deepStrictEqual(run('Joss Tarvell MP said', 'B-PER I-PER I-PER O'), ['Joss Tarvell/PER']);
    // A name only starting with the letters is kept whole.
    assert.deepStrictEqual(run('Harl Mpho spoke', 'B-PER I-PER O'), ['Harl Mpho/PER']);
    assert.deepStrictEqual(run('Velk MPX rose', 'B-ORG I-ORG O'), ['Velk MPX/ORG']);
  });

  it("splits a name at a member's title inside it: the party or the seat's place, then the member", () => {
    assert.deepStrictEqual(run('Velby Labour MP Joss Harl said', 'B-PER I-PER I-PER I-PER I-PER O'), [
      'Velby Labour/ORG',
      'Joss Harl/PER',
    ]);
    assert.deepStrictEqual(run('Tarnby MP Joss Harl said', 'B-PER I-PER I-PER I-PER O'), [
      'Tarnby/LOC',
      'Joss Harl/PER',
    ]);
    // An Irish deputy's title, which also ends a party's name when the member's name is not read.
    assert.deepStrictEqual(run('Velk Fáil TD Ula Harl said', 'B-PER I-PER I-PER I-PER I-PER O'), [
      'Velk Fáil/ORG',
      'Ula Harl/PER',
    ]);
    assert.deepStrictEqual(run('the Velk Fáil TD said', 'O B-ORG I-ORG I-ORG O'), ['Velk Fáil/ORG']);
    // Not the title first, nor a word in lower case after it.
    assert.deepStrictEqual(run('MP Joss Harl said', 'B-PER I-PER I-PER O'), ['MP Joss Harl/PER']);
  });

  it("cuts counsel's rank and an honour's letters off a person's name", () => {
    assert.deepStrictEqual(run('Ann Velk KC told the jury', 'B-PER I-PER I-PER O O O'), ['Ann Velk/PER']);
    assert.deepStrictEqual(run('Joss Harl CBE , who', 'B-PER I-PER I-PER O O'), ['Joss Harl/PER']);
    assert.deepStrictEqual(run('veteran Joss Harl OAM , who', 'O B-PER I-PER I-PER O O'), ['Joss Harl/PER']);
    // Not a one-word name, and not letters that are no such rank.
    assert.deepStrictEqual(run('Velk KC said', 'B-PER I-PER O'), ['Velk KC/PER']);
    // A name read as a body with counsel's rank or a British order after it is a person's; not a club's "AC".
    assert.deepStrictEqual(run('Ann Velk KC told the jury', 'B-ORG I-ORG I-ORG O O O'), ['Ann Velk/PER']);
    assert.deepStrictEqual(run('Tarnby Harriers AC won', 'B-ORG I-ORG I-ORG O'), ['Tarnby Harriers AC/ORG']);
    assert.deepStrictEqual(run('Ann Velk JR said', 'B-PER I-PER I-PER O'), ['Ann Velk JR/PER']);
  });
});
