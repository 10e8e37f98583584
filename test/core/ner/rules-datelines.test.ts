import * as assert from 'assert';
import { run } from './ruleBench';

describe("a wire story's dateline (rules-datelines.ts)", () => {
  it('makes the words in brackets between the town in capitals and the dash the news agency', () => {
    assert.deepStrictEqual(run('TARNBY ( Velkpress ) - Prices rose', 'B-LOC O B-LOC O O O O'), [
      'TARNBY/LOC',
      'Velkpress/ORG',
    ]);
    assert.deepStrictEqual(run('TARNBY , May 3 ( VPA ) -- Prices rose', 'B-LOC O O O O O O O O O'), [
      'TARNBY/LOC',
      'VPA/ORG',
    ]);
    assert.deepStrictEqual(run('NEW TARNBY ( Velk Press ) — Prices rose', 'B-LOC I-LOC O B-PER I-PER O O O O'), [
      'NEW TARNBY/LOC',
      'Velk Press/ORG',
    ]);
    assert.deepStrictEqual(
      run('TARNBY , Nov 5 ( Velk News Wire ) - Prices rose', 'B-LOC O O O O B-LOC I-LOC I-LOC O O O O'),
      ['TARNBY/LOC', 'Velk News Wire/ORG'],
    );
  });

  it("takes a town the tagger read as a place, and a stop after the bracket, or the story's first word after a date", () => {
    assert.deepStrictEqual(run('Tarnby ( VELKA ) - Prices rose', 'B-LOC O B-LOC O O O O'), ['Tarnby/LOC', 'VELKA/ORG']);
    // A listed place read as a body is the town ("Port Velby" is a listed place in this bench).
    assert.deepStrictEqual(run('Port Velby ( VELKA ) - Prices rose', 'B-ORG I-ORG O O O O O O'), [
      'Port Velby/LOC',
      'VELKA/ORG',
    ]);
    assert.deepStrictEqual(run('TARNBY , May 27 ( VelkA ) . Work began', 'B-LOC O O O O B-LOC O O O O'), [
      'TARNBY/LOC',
      'VelkA/ORG',
    ]);
    assert.deepStrictEqual(run('Tarnby , Nov 14 ( Velk Press ) The clinic', 'B-LOC O O O O B-LOC I-LOC O O O'), [
      'Tarnby/LOC',
      'Velk Press/ORG',
    ]);
  });

  it('leaves brackets alone without a town first, a dash after, or with lower-case words in them', () => {
    assert.deepStrictEqual(run('Harl Velk ( Tarnby ) - Prices rose', 'B-PER I-PER O B-LOC O O O O'), [
      'Harl Velk/PER',
      'Tarnby/LOC',
    ]);
    // A results line's venue before a colon; a capitalised word after the bracket without a date before it.
    assert.deepStrictEqual(run('Tarnby ( Velk Oval ) : Harl 195', 'B-LOC O B-LOC I-LOC O O B-ORG O'), [
      'Tarnby/LOC',
      'Velk Oval/LOC',
      'Harl/ORG',
    ]);
    assert.deepStrictEqual(run('Tarnby ( Velkpress ) Prices rose', 'B-LOC O B-LOC O O O'), [
      'Tarnby/LOC',
      'Velkpress/LOC',
    ]);
    assert.deepStrictEqual(run('TARNBY ( Velkpress ) said prices rose', 'B-LOC O B-LOC O O O O'), [
      'TARNBY/LOC',
      'Velkpress/LOC',
    ]);
    assert.deepStrictEqual(run('TARNBY ( see Velk ) - Prices rose', 'B-LOC O O B-PER O O O O'), [
      'TARNBY/LOC',
      'Velk/PER',
    ]);
  });

  it("reads a listed place in capitals opening a dateline as the story's town", () => {
    assert.deepStrictEqual(run('TARNBY — Velkom said', 'B-ORG O B-ORG O'), ['TARNBY/LOC', 'Velkom/ORG']);
    assert.deepStrictEqual(run('TARNBY , June 4 - Velkom said', 'B-PER O O O O B-ORG O'), ['TARNBY/LOC', 'Velkom/ORG']);
    // Not a name the lists do not hold as a place, nor one written in small letters, nor without the mark.
    assert.deepStrictEqual(run('VELKOM — the firm said', 'B-ORG O O O O'), ['VELKOM/ORG']);
    assert.deepStrictEqual(run('Tarnby — Velkom won', 'B-ORG O B-ORG O'), ['Tarnby/ORG', 'Velkom/ORG']);
    assert.deepStrictEqual(run('TARNBY won', 'B-ORG O'), ['TARNBY/ORG']);
  });

  it("reads a US state's short form after a dateline's town as the state, with its stop", () => {
    assert.deepStrictEqual(run('TARNBY , Tenn . ( Velkpress ) — It said', 'B-LOC O B-ORG O O O O O O O'), [
      'TARNBY/LOC',
      'Tenn ./LOC',
      'Velkpress/ORG',
    ]);
    // Not a word joined to what follows ("Mich.-based"), nor a word that is no state's short form.
    assert.deepStrictEqual(run('TARNBY , Tenn .-based Velkom said', 'B-LOC O O O O O B-ORG O'), [
      'TARNBY/LOC',
      'Velkom/ORG',
    ]);
    assert.deepStrictEqual(run('TARNBY , Harl . ( Velkpress ) — It said', 'B-LOC O B-ORG O O O O O O O'), [
      'TARNBY/LOC',
      'Harl/ORG',
      'Velkpress/ORG',
    ]);
  });

  it('reads a listed place in title case opening a dateline with a date and a dash as the town', () => {
    assert.deepStrictEqual(run('Tarnby , 9 June — The firm said', 'B-ORG O O O O O O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Tarnby , June 9 , 2026 ( Velkpress ) - It said', 'B-ORG O O O O O O B-ORG O O O O'), [
      'Tarnby/LOC',
      'Velkpress/ORG',
    ]);
    // Not without the date, nor a name the lists do not hold as a place.
    assert.deepStrictEqual(run('Tarnby , the club said', 'B-ORG O O O O'), ['Tarnby/ORG']);
    assert.deepStrictEqual(run('Velkom , 9 June — The firm said', 'B-ORG O O O O O O O'), ['Velkom/ORG']);
  });

  it('reads any name in capitals opening a dateline before a comma and a country as the town', () => {
    assert.deepStrictEqual(run('LA VELKA , Vellandia 1996-08-31 A goal', 'B-ORG I-ORG O B-LOC O O O'), [
      'LA VELKA/LOC',
      'Vellandia/LOC',
    ]);
    // Not a headline in capitals throughout, nor a country the lists do not hold.
    assert.deepStrictEqual(run('VELKOM , VELLANDIA SIGN DEAL', 'B-ORG O B-LOC O O'), ['VELKOM/ORG', 'VELLANDIA/LOC']);
    assert.deepStrictEqual(run('LA VELKA , Qelby 1996-08-31', 'B-ORG I-ORG O B-LOC O'), ['LA VELKA/ORG', 'Qelby/LOC']);
  });

  it("reads the name in title case between a dateline's comma and its dash as the town's region", () => {
    assert.deepStrictEqual(run('NEW TARNBY , Velbice — The club won', 'B-LOC I-LOC O B-PER O O O O'), [
      'NEW TARNBY/LOC',
      'Velbice/LOC',
    ]);
    assert.deepStrictEqual(run('TARNBY , Harl Vella ( AP ) — The', 'O O B-ORG I-ORG O B-ORG O O O'), [
      'Harl Vella/LOC',
      'AP/ORG',
    ]);
    // Not without the town in capitals or the dash, nor a name in capitals or lower-case words.
    assert.deepStrictEqual(run('Tarnby , Velbice — The', 'B-LOC O B-PER O O'), ['Tarnby/LOC', 'Velbice/PER']);
    assert.deepStrictEqual(run('TARNBY , Velbice said the', 'O O B-PER O O'), ['Velbice/PER']);
    assert.deepStrictEqual(run('TARNBY , VELKOM — The', 'O O B-ORG O O'), ['VELKOM/ORG']);
  });

  it('reads the names a wire story\'s credit line gives after "by" as people, and the towns after "in" as places', () => {
    assert.deepStrictEqual(
      run(
        '( Reporting by Ola Qelvani in Tarnby and Joss Harl ; Editing by Ann Velk )',
        'O O O B-ORG I-ORG O B-LOC O B-LOC I-LOC O O O B-ORG I-ORG O',
      ),
      ['Ola Qelvani/PER', 'Tarnby/LOC', 'Joss Harl/PER', 'Ann Velk/PER'],
    );
    // A body's name keeps its reading; so does a name after "by" elsewhere.
    assert.deepStrictEqual(run('( Reporting by Velk Press )', 'O O O B-ORG I-ORG O'), ['Velk Press/ORG']);
    assert.deepStrictEqual(run('was bought by Qelvani Harl', 'O O O B-ORG I-ORG'), ['Qelvani Harl/ORG']);
    // Outlets a story is based on are not its reporters.
    assert.deepStrictEqual(run('based on reporting by Qelvani Harl .', 'O O O O B-ORG I-ORG O'), ['Qelvani Harl/ORG']);
  });

  it("splits a name read across a dateline's spaced dash into the town and the story's first name", () => {
    assert.deepStrictEqual(run('TARNBY - Velmora Dynamics agreed to buy it', 'B-ORG I-ORG I-ORG I-ORG O O O O'), [
      'TARNBY/LOC',
      'Velmora Dynamics/ORG',
    ]);
    // So too after one unlisted word in capitals that is no everyday word, nor a listed body.
    assert.deepStrictEqual(run('QORVASH - Opener Joss Harl scored', 'B-PER I-PER I-PER I-PER I-PER O'), [
      'QORVASH/LOC',
      'Opener Joss Harl/PER',
    ]);
    assert.deepStrictEqual(run('VELKOM - Tarnby Harl said', 'B-ORG I-ORG I-ORG I-ORG O'), ['VELKOM - Tarnby Harl/ORG']);
    // Not after capitals that are no listed place and an everyday word (a page's heading, "CRICKET -").
    assert.deepStrictEqual(run('BORDER - VELLANDIA WIN', 'B-ORG I-ORG I-ORG O'), ['BORDER - VELLANDIA/ORG']);
  });
});
