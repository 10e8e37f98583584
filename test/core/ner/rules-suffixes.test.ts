import * as assert from 'assert';
import { run } from './ruleBench';

describe('places named by their endings (rules-suffixes.ts)', () => {
  it("tags a Korean city's district or neighbourhood the tagger left out, or types one read as a person", () => {
    assert.deepStrictEqual(run('a shop in Qarnam-gu closed', 'O O O O O'), ['Qarnam-gu/LOC']);
    assert.deepStrictEqual(run("Tarnby 's Velok-dong", 'B-LOC O B-PER'), ['Tarnby/LOC', 'Velok-dong/LOC']);
    // After a capitalised word it is a given name after the family name.
    assert.deepStrictEqual(run('striker Kim Qarnam-gu scored', 'O B-PER I-PER O'), ['Kim Qarnam-gu/PER']);
    assert.deepStrictEqual(run('striker Kim Qarnam-gu scored', 'O O O O'), ['Kim Qarnam-gu/PER']);
  });

  it('tags a street or a square named in German, Dutch or Swedish', () => {
    assert.deepStrictEqual(run('shops on Velkstraße and Qarn-Harl-Straße', 'O O B-PER O O'), [
      'Velkstraße/LOC',
      'Qarn-Harl-Straße/LOC',
    ]);
    assert.deepStrictEqual(run('a rally on Tarnplein', 'O O O O'), ['Tarnplein/LOC']);
    assert.deepStrictEqual(run('cafes on Velkgatan', 'O O O'), ['Velkgatan/LOC']);
    // Not a word inside a longer name, nor an English word with such an ending, nor the ending alone.
    assert.deepStrictEqual(run('the Velkstraße Bank said', 'O B-ORG I-ORG O'), ['Velkstraße Bank/ORG']);
    assert.deepStrictEqual(run('the Qarn Brigade said', 'O B-ORG I-ORG O'), ['Qarn Brigade/ORG']);
    assert.deepStrictEqual(run('the Platz said', 'O O O'), []);
  });

  it("tags a Korean road, and types a longer name ending in a street's word that street", () => {
    assert.deepStrictEqual(run('the office on Velkcup-ro said', 'O O O O O'), ['Velkcup-ro/LOC']);
    assert.deepStrictEqual(run('trees along Alte Velkstraße', 'O O B-ORG I-ORG'), ['Alte Velkstraße/LOC']);
    assert.deepStrictEqual(run('on Tarnplatz and Velkgasse today', 'O B-ORG I-ORG I-ORG O'), [
      'Tarnplatz/LOC',
      'Velkgasse/LOC',
    ]);
    assert.deepStrictEqual(run('across the Velkbrücke', 'O O O'), ['Velkbrücke/LOC']);
  });
});
