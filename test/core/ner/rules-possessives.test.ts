import * as assert from 'assert';
import { run } from './ruleBench';

describe('listed names with a possessive inside (rules-possessives.ts)', () => {
  it('joins the words around a possessive that make a listed place or body, whatever the tagger read', () => {
    assert.deepStrictEqual(run("refugees in Velka's Bazar wait", 'O O B-PER O B-LOC O'), ["Velka's Bazar/LOC"]);
    assert.deepStrictEqual(run("refugees in Velka's Bazar wait", 'O O O O B-PER O'), ["Velka's Bazar/LOC"]);
    assert.deepStrictEqual(run("she studied at Harl's University", 'O O O B-PER O B-ORG'), ["Harl's University/ORG"]);
  });

  it('leaves unlisted names, lower-case words and names read across the listed words as they were', () => {
    assert.deepStrictEqual(run("in Velka's Market", 'O B-PER O B-LOC'), ['Velka/PER', 'Market/LOC']);
    assert.deepStrictEqual(run("in Velka's bazar", 'O B-PER O O'), ['Velka/PER']);
    assert.deepStrictEqual(run("in Velka's Bazar Road", 'O B-PER O B-LOC I-LOC'), ['Velka/PER', 'Bazar Road/LOC']);
  });

  it('splits a name read whole before a possessive into two listed countries', () => {
    assert.deepStrictEqual(run("making Harlow Vellandia 's largest partner", 'O B-ORG I-ORG O O O'), [
      'Harlow/LOC',
      'Vellandia/LOC',
    ]);
    // Not an owner no list holds as a country, nor without the possessive.
    assert.deepStrictEqual(run("making Qorvo Vellandia 's largest partner", 'O B-ORG I-ORG O O O'), [
      'Qorvo Vellandia/ORG',
    ]);
    assert.deepStrictEqual(run('making Harlow Vellandia partners', 'O B-ORG I-ORG O'), ['Harlow Vellandia/ORG']);
  });

  it("drops a possessive read at a name's end before a capitalised word: the name owns what follows", () => {
    assert.deepStrictEqual(run("over Qelbit 's Tarnian arm", 'O B-ORG I-ORG B-MISC O'), ['Qelbit/ORG', 'Tarnian/MISC']);
    assert.deepStrictEqual(run("told the Velk Union 's French service", 'O O B-ORG I-ORG I-ORG O O'), [
      'Velk Union/ORG',
    ]);
    // Not before a lower-case word or a mark (a shop's name), nor a possessive alone.
    assert.deepStrictEqual(run("at Harl 's , where", 'O B-ORG I-ORG O O'), ["Harl 's/ORG"]);
  });
});
