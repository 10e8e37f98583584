import * as assert from 'assert';
import { run } from './ruleBench';

describe('rules on where a name starts and ends', () => {
  it('takes a capitalised "<place>-based" out of the name after it, which is a body', () => {
    assert.deepStrictEqual(run('Tarnby-based Velka rose', 'B-LOC I-LOC O'), ['Velka/ORG']);
    assert.deepStrictEqual(run('Tarnby-based Velka rose', 'B-MISC B-LOC O'), ['Tarnby-based/MISC', 'Velka/LOC']);
    // With the place's words before it ("Abu Dhabi-based").
    assert.deepStrictEqual(run('at Abu Qarvel-based Harl Capital said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Harl Capital/ORG',
    ]);
    // A name ending in such a word is the adjective itself, MISC as CoNLL types it.
    assert.deepStrictEqual(run('The Port Tarnby-based firm', 'O B-ORG I-ORG O'), ['Port Tarnby-based/MISC']);
    assert.deepStrictEqual(run('a Velland-owned bank', 'O B-LOC O'), ['Velland-owned/MISC']);
  });

  it("takes a possessive no noun follows into a shop's or firm's name", () => {
    assert.deepStrictEqual(run("Harlby 's was sold in 1990", 'B-PER O O O O O'), ["Harlby 's/ORG"]);
    assert.deepStrictEqual(run("a bar , Velkin's , in Tarn", 'O O O B-ORG O O O B-LOC'), ["Velkin's/ORG", 'Tarn/LOC']);
    // An ordinary possessive, or one before a quoted title or a bracket, is not part of the name.
    assert.deepStrictEqual(run("Harlby 's shares fell", 'B-PER O O O'), ['Harlby/PER']);
    assert.deepStrictEqual(run('Harlby \'s " Tarn Song "', 'B-PER O O O O O'), ['Harlby/PER']);
    // Nor is a listed place's, which stands for what the place has.
    assert.deepStrictEqual(run("larger than Vellandia 's .", 'O O B-LOC O O'), ['Vellandia/LOC']);
    assert.deepStrictEqual(run("issues such as Vellandia 's and Tarnby 's programs", 'O O O B-LOC O O B-LOC O O'), [
      'Vellandia/LOC',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run("dinner at Qorma 's .", 'O O B-PER O O'), ["Qorma 's/ORG"]);
  });

  it('joins a possessive name, "of" and a place into the name of a firm of that place', () => {
    assert.deepStrictEqual(run("Harlby 's of Tarnby said", 'B-PER O O B-LOC O'), ["Harlby 's of Tarnby/ORG"]);
    assert.deepStrictEqual(run("at Velkin 's of Tarnby .", 'O B-ORG O O B-LOC O'), ["Velkin 's of Tarnby/ORG"]);
    // A possessive before a noun, a listed place's, or "of" before no place: as read.
    assert.deepStrictEqual(run("Harlby 's chief of Tarnby", 'B-PER O O O B-LOC'), ['Harlby/PER', 'Tarnby/LOC']);
    assert.deepStrictEqual(run("Vellandia 's of Tarnby", 'B-LOC O O B-LOC'), ['Vellandia/LOC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run("Harlby 's of Velkom", 'B-PER O O B-ORG'), ['Harlby/PER', 'Velkom/ORG']);
  });

  it('joins two names around an ampersand into a firm, but not two full names of people', () => {
    assert.deepStrictEqual(run('Harlby & Velkin shares rose', 'B-PER O B-ORG O O'), ['Harlby & Velkin/ORG']);
    assert.deepStrictEqual(run('Harlby & Velkin said', 'B-PER O B-PER O'), ['Harlby & Velkin/ORG']);
    // The tagger ending the first name with the ampersand itself.
    assert.deepStrictEqual(run('Harlby & Harlby said', 'B-ORG I-ORG B-PER O'), ['Harlby & Harlby/ORG']);
    assert.deepStrictEqual(run('Ann Harlby & Joss Velkin said', 'B-PER I-PER O B-PER I-PER O'), [
      'Ann Harlby/PER',
      'Joss Velkin/PER',
    ]);
    // Unless the second ends in a body's head word: a body named after both.
    assert.deepStrictEqual(run('the Harlby & Joss Velkin Trust said', 'O B-PER O B-PER I-PER I-PER O'), [
      'Harlby & Joss Velkin Trust/ORG',
    ]);
  });

  it('cuts an opening function word, and a month before a body or place, from the start of a name', () => {
    assert.deepStrictEqual(run('For Harl Street , it was', 'B-LOC I-LOC I-LOC O O O'), ['Harl Street/LOC']);
    assert.deepStrictEqual(run('" Until Velkom shows a buyer', 'O B-ORG I-ORG O O O'), ['Velkom/ORG']);
    assert.deepStrictEqual(run('to June Velkin exported', 'O B-ORG I-ORG O'), ['Velkin/ORG']);
    // A weekday may start a newspaper's name; a month may be a given name.
    assert.deepStrictEqual(run('the Sunday Velkin said', 'O B-ORG I-ORG O'), ['Sunday Velkin/ORG']);
    // A part of a month alone is a date; "mid-Tarnia" is no month's.
    assert.deepStrictEqual(run('rains began in mid-February and', 'O O O B-LOC O'), []);
    assert.deepStrictEqual(run('until late-March .', 'O B-MISC O'), []);
    assert.deepStrictEqual(run('flights to mid-Tarnia', 'O O B-LOC'), ['mid-Tarnia/LOC']);
    assert.deepStrictEqual(run('June Velkin said', 'B-PER I-PER O'), ['June Velkin/PER']);
  });

  it('keeps the possessive of a name given after "called" when a verb follows it', () => {
    assert.deepStrictEqual(run("a bank called Hargrove 's failed .", 'O O O B-PER O O O'), ["Hargrove 's/ORG"]);
    assert.deepStrictEqual(run("the referee called Hargrove 's return good .", 'O O O B-PER O O O O'), [
      'Hargrove/PER',
    ]);
  });

  it('drops a disease or a knockout written as a capitalised abbreviation, but not a name that holds one', () => {
    assert.deepStrictEqual(run('deaths from AIDS rose', 'O O B-ORG O'), []);
    assert.deepStrictEqual(run('won by KO in the third', 'O O B-PER O O O'), []);
    assert.deepStrictEqual(run('his 12 TKOs', 'O O B-ORG'), []);
    assert.deepStrictEqual(run('fighting HIV / AIDS now', 'O B-ORG I-ORG I-ORG O'), []);
    assert.deepStrictEqual(run('the PTSD of veterans', 'O B-MISC O O'), []);
    assert.deepStrictEqual(run('the AIDS Council said', 'O B-ORG I-ORG O'), ['AIDS Council/ORG']);
    assert.deepStrictEqual(run('Tarnby / AIDS', 'B-ORG I-ORG I-ORG'), ['Tarnby / AIDS/ORG']);
  });

  it('drops a weekday alone and a name without a capital letter or digit', () => {
    assert.deepStrictEqual(run('in Tarnby province Saturday , police said', 'O B-LOC O B-LOC O O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('re-education through labour works', 'O O B-ORG O'), []);
    // A weekday in a longer name, and lower-case names with a digit, a dot or a capital, stay.
    assert.deepStrictEqual(run('the Sunday Velkin said', 'O B-ORG I-ORG O'), ['Sunday Velkin/ORG']);
    // A part of a month alone is a date; "mid-Tarnia" is no month's.
    assert.deepStrictEqual(run('rains began in mid-February and', 'O O O B-LOC O'), []);
    assert.deepStrictEqual(run('until late-March .', 'O B-MISC O'), []);
    assert.deepStrictEqual(run('flights to mid-Tarnia', 'O O B-LOC'), ['mid-Tarnia/LOC']);
    assert.deepStrictEqual(run('site velkin.com said', 'O B-ORG O'), ['velkin.com/ORG']);
    assert.deepStrictEqual(run('from eVelka and 3velk', 'O B-ORG O B-ORG'), ['eVelka/ORG', '3velk/ORG']);
  });

  it("drops a month's short form before a day or a year, as wire datelines write it", () => {
    assert.deepStrictEqual(run('TARNBY , Dec 4 ( Velkpress )', 'B-LOC O B-ORG O O B-ORG O'), [
      'TARNBY/LOC',
      'Velkpress/ORG',
    ]);
    assert.deepStrictEqual(run('born 16 Jan 1884', 'O O B-PER O'), []);
    // A given name has a surname after it, not a number.
    assert.deepStrictEqual(run('Jan Tarvell said', 'B-PER I-PER O'), ['Jan Tarvell/PER']);
    assert.deepStrictEqual(run('Jan said 4 times', 'B-PER O O O'), ['Jan/PER']);
  });

  it("takes a nickname in quotes between a given name and a surname into the person's name", () => {
    assert.deepStrictEqual(run('Joss " Harl " Tarvell said', 'B-PER O B-PER O B-PER O'), ['Joss " Harl " Tarvell/PER']);
    assert.deepStrictEqual(run('Joss " Hands of Tarn " Tarvell', 'B-PER O O O B-LOC O B-PER'), [
      'Joss " Hands of Tarn " Tarvell/PER',
    ]);
    // Not a quoted word that is no name, nor a quote before a name of another kind.
    assert.deepStrictEqual(run('Joss " yes " Tarvell', 'B-PER O O O B-PER'), ['Joss/PER', 'Tarvell/PER']);
    assert.deepStrictEqual(run('Joss " Harl " Velkom', 'B-PER O B-PER O B-ORG'), [
      'Joss/PER',
      'Harl/PER',
      'Velkom/ORG',
    ]);
  });

  it('mends a person the tagger ran into a nickname or opened inside one', () => {
    // Run on into the nickname: the capitalised word after the closing quote is the surname.
    assert.deepStrictEqual(run('led by Joss " Harl " Tarvell today', 'O O B-PER I-PER I-PER O O O'), [
      'Joss " Harl " Tarvell/PER',
    ]);
    // A capitalised word after the quotes that the tagger left out is the surname, even an everyday one.
    assert.deepStrictEqual(run('Joss Harl " Velk " May ( born', 'B-PER I-PER O O O O O O'), [
      'Joss Harl " Velk " May/PER',
    ]);
    // Not after a name in quotes of its own, nor after quotes holding no capitalised word.
    assert.deepStrictEqual(run('for " Joss Harl " and " On the Tarn "', 'O O B-PER I-PER O O O O O B-LOC O'), [
      'Joss Harl/PER',
      'Tarn/LOC',
    ]);
    // ... and without one, the name ends before the quote.
    assert.deepStrictEqual(run('Joss " Harl " said', 'B-PER I-PER I-PER O O'), ['Joss/PER']);
    // Opened inside the quotes: the given name before them opens the name, whatever it was read as.
    assert.deepStrictEqual(run('Joss " Harl " Tarvell said', 'B-ORG O B-PER I-PER I-PER O'), [
      'Joss " Harl " Tarvell/PER',
    ]);
  });

  it('reads "<place>-based" with the name before it as the compound adjective, not the place', () => {
    assert.deepStrictEqual(run('at Port Velk-based Harl', 'O B-ORG I-ORG B-ORG'), ['Port Velk-based/MISC', 'Harl/ORG']);
    // An abbreviation read alone before the rest of the word.
    assert.deepStrictEqual(run('at St. Velk-based Harl Marine', 'O B-LOC O B-ORG I-ORG'), [
      'St. Velk-based/MISC',
      'Harl Marine/ORG',
    ]);
    // Not a word after the abbreviation that is no such adjective.
    assert.deepStrictEqual(run('at St. Velk-Harl Marine', 'O B-LOC O O'), ['St./LOC']);
  });
});
