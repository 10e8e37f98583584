import * as assert from 'assert';
import { run } from './ruleBench';

describe('rules on offices', () => {
  it("cuts an office title out of a body's name, keeping the body and the person after it", () => {
    assert.deepStrictEqual(run('Velkom Director Ann Tarvell said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Ann Tarvell/PER',
    ]);
    // "Chair", as American bodies name the office of their head.
    assert.deepStrictEqual(run('Velkom Bank Chair Ann Tarvell said', 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Velkom Bank/ORG',
      'Ann Tarvell/PER',
    ]);
    // More titles after the office's, and the person the tagger read in two, are one person.
    assert.deepStrictEqual(run('Velkom Governor Colonel Ann Tarvell', 'B-ORG I-ORG I-ORG I-ORG B-PER'), [
      'Velkom/ORG',
      'Ann Tarvell/PER',
    ]);
    // Words that make one title with it go with the title.
    assert.deepStrictEqual(run('Velkom Deputy Managing Director said', 'B-ORG I-ORG I-ORG I-ORG O'), ['Velkom/ORG']);
    // "Premier"; and a person whose surname is an everyday word after a listed given name.
    assert.deepStrictEqual(run('Tarnby Premier Joss Dream said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Tarnby/LOC',
      'Joss Dream/PER',
    ]);
    assert.deepStrictEqual(run('Tarnby Premier Qelm Dream said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Tarnby Premier Qelm Dream/ORG',
    ]);
  });

  it("reads a body's name right before an office title the tagger left out, and its holder, as the title reads it", () => {
    assert.deepStrictEqual(run('Tarnby Premier Ann Lee said', 'B-ORG O B-PER I-PER O'), ['Tarnby/LOC', 'Ann Lee/PER']);
    assert.deepStrictEqual(run('Velkom Chairman Ann Lee said', 'B-ORG O B-PER I-PER O'), ['Velkom/ORG', 'Ann Lee/PER']);
    // Not without the holder's name right after the title.
    assert.deepStrictEqual(run('Tarnby Premier won', 'B-ORG O O'), ['Tarnby/ORG']);
  });

  it('cuts a lower-case office title the tagger read into a name, after a capitalised word', () => {
    assert.deepStrictEqual(run('later VSRO chairman Ann Tarvell said', 'O B-PER I-PER I-PER I-PER O'), [
      'VSRO/ORG',
      'Ann Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Velkom spokesman Ann Tarvell said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Ann Tarvell/PER',
    ]);
    // Not a lower-case word that is no title, nor one after a lower-case word.
    assert.deepStrictEqual(run('Ann of Tarvell said', 'B-PER I-PER I-PER O'), ['Ann of Tarvell/PER']);
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

  it('cuts "<office> of" from the name of a place or body, and drops a name made of titles alone', () => {
    assert.deepStrictEqual(run('the Attorney General of Tarvland sued', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Tarvland/LOC',
    ]);
    assert.deepStrictEqual(run('the Mayor of Velby said', 'O B-ORG I-ORG I-ORG O'), ['Velby/LOC']);
    assert.deepStrictEqual(run('the President of the Harl University', 'O B-ORG I-ORG I-ORG I-ORG I-ORG'), [
      'Harl University/ORG',
    ]);
    assert.deepStrictEqual(run('the Auditor General of Tarnby said', 'O B-ORG I-ORG I-ORG I-ORG O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the Surgeon General warned', 'O B-ORG I-ORG O'), []);
    // A portfolio, an office not held over a place, and a noble title are left as read.
    assert.deepStrictEqual(run('the Secretary of State said', 'O B-ORG I-ORG I-ORG O'), ['Secretary of State/ORG']);
    assert.deepStrictEqual(run('the Auditor General of Velby said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Auditor General of Velby/ORG',
    ]);
    assert.deepStrictEqual(run('the Earl of Tarnby said', 'O B-ORG I-ORG I-ORG O'), ['Earl of Tarnby/ORG']);
    // After a body's head word and "of the", the office names the body ("Office of the Prime Minister").
    assert.deepStrictEqual(
      run('by the Department of the Auditor General of Tarnby', 'O O B-ORG O O B-ORG I-ORG I-ORG I-ORG'),
      ['Department of the Auditor General of Tarnby/ORG'],
    );
  });

  it('reads "<office> General" as an office title after the name whose office it is', () => {
    assert.deepStrictEqual(run('Velkom Surgeon General Joss Tarvell said', 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Joss Tarvell/PER',
    ]);
    // Also written with a hyphen, and alone after the body's name.
    assert.deepStrictEqual(run('Velkom Secretary-General Joss Tarvell said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Velkom/ORG',
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('the Velkom Director-General said', 'O B-ORG I-ORG O'), ['Velkom/ORG']);
  });

  it('reads a country written as initials before an office title as a place', () => {
    assert.deepStrictEqual(run('U.S. Ambassador Joss Tarvell said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'U.S./LOC',
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('VK Ambassador Joss Tarvell said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'VK/ORG',
      'Joss Tarvell/PER',
    ]);
  });

  it("cuts an office title and its qualifiers off the body or place right before the title's holder", () => {
    assert.deepStrictEqual(run('the Velby Majority Leader Joss Tarvell said', 'O B-ORG I-ORG I-ORG B-PER I-PER O'), [
      'Velby/ORG',
      'Joss Tarvell/PER',
    ]);
    assert.deepStrictEqual(run('Tarnby Speaker Joss Tarvell said', 'B-ORG I-ORG B-PER I-PER O'), [
      'Tarnby/LOC',
      'Joss Tarvell/PER',
    ]);
    // A title alone is no name; a qualifier after "of" is the name's.
    assert.deepStrictEqual(run('First Colonel Joss Tarvell', 'B-ORG I-ORG B-PER I-PER'), ['Joss Tarvell/PER']);
    assert.deepStrictEqual(run('the Chiefs of Staff General Joss Tarvell', 'O B-ORG I-ORG I-ORG I-ORG B-PER I-PER'), [
      'Chiefs of Staff/ORG',
      'Joss Tarvell/PER',
    ]);
    // Not before a name of another kind, nor with a word between.
    assert.deepStrictEqual(run('the Velby Leader Tarnby', 'O B-ORG I-ORG B-LOC'), ['Velby Leader/ORG', 'Tarnby/LOC']);
  });

  it('cuts a qualifier off the body when the title after it was left untagged', () => {
    assert.deepStrictEqual(run('Velby Cabinet Colonel Joss Tarvell said', 'B-ORG I-ORG O B-PER I-PER O'), [
      'Velby/ORG',
      'Joss Tarvell/PER',
    ]);
    // A title word naming the body keeps it ("Justice Minister Ann Lee": the ministry of justice).
    assert.deepStrictEqual(run('Justice Colonel Joss Tarvell said', 'B-ORG O B-PER I-PER O'), [
      'Justice/ORG',
      'Joss Tarvell/PER',
    ]);
  });
});
