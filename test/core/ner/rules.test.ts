import * as assert from 'assert';
import { run } from './ruleBench';

describe('sentence rules (rules.ts)', () => {
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
    // Head words the rules add to the lexicon's: a chamber, a trade.
    assert.deepStrictEqual(run('the Tarnby Chamber said', 'O B-LOC O O'), ['Tarnby Chamber/ORG']);
    assert.deepStrictEqual(run('Tarnby Logistics said', 'B-LOC O O'), ['Tarnby Logistics/ORG']);
    // A legal form as written after a name read as a person; not a lower-case or everyday one.
    assert.deepStrictEqual(run('led by Qelmo Harlu SRL from', 'O O B-PER I-PER O O'), ['Qelmo Harlu SRL/ORG']);
    assert.deepStrictEqual(run('a Tarnby company said', 'O B-LOC O O'), ['Tarnby/LOC']);
    // A German or Nordic firm's trade ends its name as an English one does.
    assert.deepStrictEqual(run('supplied by Qelmo Elektronik today', 'O O B-PER I-PER O'), ['Qelmo Elektronik/ORG']);
    // After a body, a company's legal form or trade ("Re", a reinsurer); not any organisation word.
    assert.deepStrictEqual(run('analysts at Tarnhof Re said', 'O O B-ORG O O'), ['Tarnhof Re/ORG']);
    assert.deepStrictEqual(run('analysts at Tarnhof Capital said', 'O O B-ORG O O'), ['Tarnhof Capital/ORG']);
    assert.deepStrictEqual(run('analysts at Tarnhof Council said', 'O O B-ORG O O'), ['Tarnhof/ORG']);
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
    // After a nationality, the words that name the body's members belong to it too.
    assert.deepStrictEqual(run('the Union of Korean Village Heads said', 'O B-ORG I-ORG B-MISC O O O'), [
      'Union of Korean Village Heads/ORG',
    ]);
    // A person's name run into a body named after the person ("<name> University of ...") is the body.
    assert.deepStrictEqual(
      run('at the Joss bin Tarvell University of Velk', 'O O B-PER I-PER B-ORG I-ORG I-ORG I-ORG'),
      ['Joss bin Tarvell University of Velk/ORG'],
    );
    assert.deepStrictEqual(run('said Joss bin Tarvell Velk', 'O B-PER I-PER B-PER I-PER'), [
      'Joss bin Tarvell Velk/PER',
    ]);
    assert.deepStrictEqual(run('the Velka superba shrimp', 'O B-MISC I-MISC O'), ['Velka superba/MISC']);
  });
});
