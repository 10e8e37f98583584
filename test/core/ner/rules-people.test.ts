import * as assert from 'assert';
import { run } from './ruleBench';

describe("rules on people's names", () => {
  it('makes a name that starts with a listed given name and has no place, body or ordinary word a person', () => {
    assert.deepStrictEqual(run('against Joss Tarvell on Friday', 'O B-ORG I-ORG O O'), ['Joss Tarvell/PER']);
    assert.deepStrictEqual(run('ahead of Joss Tarvell Velk', 'O O B-LOC I-LOC I-LOC'), ['Joss Tarvell Velk/PER']);
    // A designator, a place word or an ordinary word keeps the tagger's type.
    assert.deepStrictEqual(run('the Joss Tarvell Band', 'O B-ORG I-ORG I-ORG'), ['Joss Tarvell Band/ORG']);
    assert.deepStrictEqual(run('near Joss Creek', 'O B-LOC I-LOC'), ['Joss Creek/LOC']);
    assert.deepStrictEqual(run('the Joss Village', 'O B-ORG I-ORG'), ['Joss Village/ORG']);
  });

  it('makes a name of titles and then person-like words a person, without the titles', () => {
    assert.deepStrictEqual(run('led by Colonel Tarvo Velk today', 'O O B-ORG I-ORG I-ORG O'), ['Tarvo Velk/PER']);
    assert.deepStrictEqual(run('by President Velk', 'O B-LOC I-LOC'), ['Velk/PER']);
    // A designator or place word after the title, or a title in capitals, is not a person's name.
    assert.deepStrictEqual(run('the Colonel Creek', 'O B-LOC I-LOC'), ['Colonel Creek/LOC']);
    assert.deepStrictEqual(run('under MS Velkow', 'O B-ORG I-ORG'), ['MS Velkow/ORG']);
  });

  it("cuts an office title out of a body's name, keeping the body and the person after it", () => {
    assert.deepStrictEqual(run('Velkom Director Ann Tarvell said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Ann Tarvell/PER',
    ]);
    // More titles after the office's, and the person the tagger read in two, are one person.
    assert.deepStrictEqual(run('Velkom Governor Colonel Ann Tarvell', 'B-ORG I-ORG I-ORG I-ORG B-PER'), [
      'Velkom/ORG',
      'Ann Tarvell/PER',
    ]);
    // Words that make one title with it go with the title.
    assert.deepStrictEqual(run('Velkom Deputy Managing Director said', 'B-ORG I-ORG I-ORG I-ORG O'), ['Velkom/ORG']);
  });

  it("leaves a portfolio out of the title holder's name", () => {
    // The name ends at its last organisation word, or is the listed place or body it starts with.
    assert.deepStrictEqual(run('Harl Bank Trade Spokesman said', 'B-ORG I-ORG I-ORG I-ORG O'), ['Harl Bank/ORG']);
    assert.deepStrictEqual(run('Tarnby Health Commissioner Ann Tarvell said', 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Tarnby/LOC',
      'Ann Tarvell/PER',
    ]);
    // A weekday before the title holds no office.
    assert.deepStrictEqual(run('said Tuesday Ambassador Ann Tarvell', 'O B-ORG I-ORG I-ORG I-ORG'), [
      'Ann Tarvell/PER',
    ]);
  });

  it("keeps a title that is part of a body's name", () => {
    assert.deepStrictEqual(run('the Office of the Governor said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Office of the Governor/ORG',
    ]);
    assert.deepStrictEqual(run('the Governor Tarnby Trust', 'O B-ORG I-ORG I-ORG'), ['Governor Tarnby Trust/ORG']);
  });

  it('cuts the portfolio after "<office title> of" from the name of the person who holds it', () => {
    assert.deepStrictEqual(run('Secretary of Velka Joss Tarvell said', 'O O B-ORG I-ORG I-ORG O'), [
      'Joss Tarvell/PER',
    ]);
    // Without a given name to start the person's name, or after no office title, it stays.
    assert.deepStrictEqual(run('Secretary of Velka Tarvell said', 'O O B-ORG I-ORG O'), ['Velka Tarvell/ORG']);
    assert.deepStrictEqual(run('Friends of Velka Joss said', 'O O B-ORG I-ORG O'), ['Velka Joss/ORG']);
  });
});
