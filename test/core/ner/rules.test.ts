import * as assert from 'assert';
import { run } from './ruleBench';

describe('sentence rules (rules.ts)', () => {
  it('joins a nationality with a body ending in an organisation word, not with other names', () => {
    assert.deepStrictEqual(run('The Chinese Foreign Ministry said', 'O B-MISC B-ORG I-ORG O'), [
      'Chinese Foreign Ministry/ORG',
    ]);
    assert.deepStrictEqual(run('The Chinese Vellora Group said', 'O B-MISC B-ORG I-ORG O'), [
      'Chinese/MISC',
      'Vellora Group/ORG',
    ]);
  });

  it('joins names across the possessive of an ordinary word only', () => {
    assert.deepStrictEqual(run("the Democratic People's Republic of Korea", 'O B-ORG I-ORG O B-LOC I-LOC I-LOC'), [
      "Democratic People's Republic of Korea/LOC",
    ]);
    assert.deepStrictEqual(run("Vellora's Labour Party", 'B-LOC O B-ORG I-ORG'), ['Vellora/LOC', 'Labour Party/ORG']);
  });

  it('makes a person or place followed by untagged organisation words a body', () => {
    assert.deepStrictEqual(run('the Joss Harl Band played', 'O B-PER I-PER O O'), ['Joss Harl Band/ORG']);
    assert.deepStrictEqual(run('Tarnby United won', 'B-LOC O O'), ['Tarnby United/ORG']);
    assert.deepStrictEqual(run('Tarnby band won', 'B-LOC O O'), ['Tarnby/LOC']);
  });

  it('retypes a person name ending in a place or organisation word, unless that word is a name', () => {
    assert.deepStrictEqual(run('at Harl Market Center today', 'O B-PER I-PER I-PER O'), ['Harl Market Center/ORG']);
    assert.deepStrictEqual(run('at Tarn Creek today', 'O B-PER I-PER O'), ['Tarn Creek/LOC']);
    assert.deepStrictEqual(run('met Grace Park today', 'O B-PER I-PER O'), ['Grace Park/PER']);
  });

  it('retypes a body ending in a natural feature, but not a state or a name', () => {
    assert.deepStrictEqual(run('at Harl Pond today', 'O B-ORG I-ORG O'), ['Harl Pond/LOC']);
    assert.deepStrictEqual(run('the Islamic State said', 'O B-ORG I-ORG O'), ['Islamic State/ORG']);
    assert.deepStrictEqual(run('worries on Harl Street that', 'O O B-ORG I-ORG O'), ['Harl Street/LOC']);
    assert.deepStrictEqual(run('the Harl Park tour', 'O B-ORG I-ORG O'), ['Harl Park/ORG']);
  });

  it('joins "<organisation or place word> of (the) <name>" into one name', () => {
    assert.deepStrictEqual(run('the Army of the Tarn marched', 'O B-ORG O O B-LOC O'), ['Army of the Tarn/ORG']);
    assert.deepStrictEqual(run('the Harl Organization of Tarn Growers', 'O B-ORG I-ORG O B-ORG I-ORG'), [
      'Harl Organization of Tarn Growers/ORG',
    ]);
    assert.deepStrictEqual(run('the Gulf of Tarn', 'O B-LOC O B-LOC'), ['Gulf of Tarn/LOC']);
    // A company's legal form ends its name; a person is never the second part.
    assert.deepStrictEqual(run('Harl Co of the Tarn', 'B-ORG I-ORG O O B-LOC'), ['Harl Co/ORG', 'Tarn/LOC']);
    assert.deepStrictEqual(run('the Army of Harl Voss', 'O B-ORG O B-PER I-PER'), ['Army/ORG', 'Harl Voss/PER']);
  });

  it('makes a place whose words before "of" end in a body\'s word that body', () => {
    assert.deepStrictEqual(run('the Harl Bank of Tarnia said', 'O B-LOC I-LOC I-LOC I-LOC O'), [
      'Harl Bank of Tarnia/ORG',
    ]);
    // A place word, or a polity, before "of" leaves it a place.
    assert.deepStrictEqual(run('the Harl Street of Tarnby', 'O B-LOC I-LOC I-LOC I-LOC'), [
      'Harl Street of Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('the Free State of Tarnby', 'O B-LOC I-LOC I-LOC I-LOC'), ['Free State of Tarnby/LOC']);
  });

  it('runs a name the tagger ended on "of" into the next name, and drops other lower-case words at its end', () => {
    assert.deepStrictEqual(run('the Army of Tarnia said', 'O B-ORG I-ORG B-LOC O'), ['Army of Tarnia/ORG']);
    assert.deepStrictEqual(run('the Bank of the Tarn said', 'O B-ORG I-ORG I-ORG B-LOC O'), ['Bank of the Tarn/ORG']);
    assert.deepStrictEqual(run('Velkom and Tarnby', 'B-ORG I-ORG B-LOC'), ['Velkom/ORG', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('the Army of said', 'O B-ORG I-ORG O'), ['Army/ORG']);
    // The noun after a name says what it is; what is left of "<nationality> <noun>" is the nationality.
    assert.deepStrictEqual(run('landed at Tarnby airport on', 'O O B-LOC I-LOC O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('the Chinese navy said', 'O B-ORG I-ORG O'), ['Chinese/MISC']);
    // Particles inside names, and other names' lower-case words (a species), stay.
    assert.deepStrictEqual(run('in Tarn es Velby today', 'O B-LOC I-LOC B-LOC O'), ['Tarn es Velby/LOC']);
    assert.deepStrictEqual(run('the Velka superba shrimp', 'O B-MISC I-MISC O'), ['Velka superba/MISC']);
  });

  it('makes names of events, prizes and treaties MISC', () => {
    assert.deepStrictEqual(run('won the Harland Cup', 'O O B-ORG I-ORG'), ['Harland Cup/MISC']);
    assert.deepStrictEqual(run('the Treaty of Tarnby', 'O B-LOC I-LOC I-LOC'), ['Treaty of Tarnby/MISC']);
    assert.deepStrictEqual(run('the Cup', 'O B-ORG'), ['Cup/ORG']);
  });

  it('makes a person or body ending in a natural feature or built place a place', () => {
    assert.deepStrictEqual(run('over Harl Brook today', 'O B-ORG I-ORG O'), ['Harl Brook/LOC']);
    assert.deepStrictEqual(run('at Voss Gym today', 'O B-PER I-PER O'), ['Voss Gym/LOC']);
  });

  it("joins a person's or place's name right before a body's name into the body's name", () => {
    assert.deepStrictEqual(run('in Tarnby City Council', 'O B-LOC B-ORG I-ORG'), ['Tarnby City Council/ORG']);
    assert.deepStrictEqual(run('Attended Ann Harl High School .', 'O B-PER I-PER B-ORG I-ORG O'), [
      'Ann Harl High School/ORG',
    ]);
    // A building named after a person, read as a place: one place.
    assert.deepStrictEqual(run('at the Ann Harl Art Museum .', 'O O B-PER I-PER B-LOC I-LOC O'), [
      'Ann Harl Art Museum/LOC',
    ]);
    assert.deepStrictEqual(run('at the Ann Harl Museum of Art .', 'O O B-PER I-PER B-LOC I-LOC I-LOC O'), [
      'Ann Harl Museum of Art/LOC',
    ]);
    assert.deepStrictEqual(run('at the Velby Concert Hall .', 'O O B-LOC B-LOC I-LOC O'), ['Velby Concert Hall/LOC']);
    assert.deepStrictEqual(run('Ann Harl Tarnby', 'B-PER I-PER B-LOC'), ['Ann Harl/PER', 'Tarnby/LOC']);
    // Read whole by the later rules: an event word at its end makes it an event.
    assert.deepStrictEqual(run('the Tarnby Cup semifinals', 'O B-LOC B-ORG O'), ['Tarnby Cup/MISC']);
    // Not over a comma or a word between, nor a body before a person.
    assert.deepStrictEqual(run('Tarnby , Velk Council', 'B-LOC O B-ORG I-ORG'), ['Tarnby/LOC', 'Velk Council/ORG']);
    assert.deepStrictEqual(run('Tarnby and Velk Council', 'B-LOC O B-ORG I-ORG'), ['Tarnby/LOC', 'Velk Council/ORG']);
    assert.deepStrictEqual(run('Velk Council Ann Harl', 'B-ORG I-ORG B-PER I-PER'), [
      'Velk Council/ORG',
      'Ann Harl/PER',
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
});
