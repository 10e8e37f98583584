import * as assert from 'assert';
import { run } from './ruleBench';

describe('names that run on over the words after them (rules-designators.ts)', () => {
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
    // European, Nordic and Central European forms, lower-case ones as written.
    assert.deepStrictEqual(run('Tarnhof Insurance Group plc agreed', 'B-ORG I-ORG I-ORG O O'), [
      'Tarnhof Insurance Group plc/ORG',
    ]);
    assert.deepStrictEqual(run('analysts at Tarnhof Kapital a.s. said', 'O O B-ORG I-ORG O O'), [
      'Tarnhof Kapital a.s./ORG',
    ]);
    assert.deepStrictEqual(run('fined Velk Photonics SE heavily', 'O B-ORG I-ORG O O'), ['Velk Photonics SE/ORG']);
    assert.deepStrictEqual(run('Harl Ehitus OÜ said', 'B-PER I-PER O O'), ['Harl Ehitus OÜ/ORG']);
    // Balkan joint-stock companies; not the era after a year.
    assert.deepStrictEqual(run('workers at Luka Velm AD said', 'O O B-LOC I-LOC O O'), ['Luka Velm AD/ORG']);
    assert.deepStrictEqual(run('ended in 1066 AD .', 'O O O O O'), []);
  });

  it('takes a bracketed "(Pty) Ltd" or "(Pvt) Limited" into the company before it', () => {
    assert.deepStrictEqual(run('by Velk Mines ( Pty ) Ltd , a', 'O B-ORG I-ORG O B-ORG O B-ORG O O'), [
      'Velk Mines ( Pty ) Ltd/ORG',
    ]);
    assert.deepStrictEqual(run('Harl ( Pvt ) Limited said', 'B-PER O O O O O'), ['Harl ( Pvt ) Limited/ORG']);
    // Another bracketed word, or no legal form after it, is left as read.
    assert.deepStrictEqual(run('Velk Mines ( Tarnby ) Ltd', 'B-ORG I-ORG O B-LOC O B-ORG'), [
      'Velk Mines/ORG',
      'Tarnby/LOC',
      'Ltd/ORG',
    ]);
    assert.deepStrictEqual(run('Velk Mines ( Pty ) said', 'B-ORG I-ORG O O O O'), ['Velk Mines/ORG']);
  });

  it('takes a legal form of dotted capitals joined by "de" into the company\'s name', () => {
    assert.deepStrictEqual(
      run('the firm Velk Grijalva S.A. de C.V. , confirmed', 'O O B-ORG I-ORG B-LOC I-LOC I-LOC O O'),
      ['Velk Grijalva S.A. de C.V./ORG'],
    );
    assert.deepStrictEqual(run('Velk Harl S.A.B. de C.V. said', 'B-PER I-PER O O O O'), [
      'Velk Harl S.A.B. de C.V./ORG',
    ]);
    // Not a name running on past the form.
    assert.deepStrictEqual(run('Velk S.A. de C.V. Tarnby said', 'B-ORG O O B-LOC I-LOC O'), [
      'Velk S.A./ORG',
      'C.V. Tarnby/LOC',
    ]);
  });
});
