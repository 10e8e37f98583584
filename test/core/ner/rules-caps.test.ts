import * as assert from 'assert';
import { run } from './ruleBench';

describe('rules for all-capitals lines', () => {
  it('cuts a headline verb from the end of a name in an all-capitals line', () => {
    assert.deepStrictEqual(run('BOXING - BRENNICK RETIRES .', 'O O B-PER I-PER O'), ['BRENNICK/PER']);
    assert.deepStrictEqual(run('SOCCER - VELLANDIA SCRAPE PAST HARL', 'O O B-ORG I-ORG O B-LOC'), [
      'VELLANDIA/LOC',
      'HARL/LOC',
    ]);
    // Not after a given name, nor outside an all-capitals line.
    assert.deepStrictEqual(run('BOXING - JOSS TARVELL WINS .', 'O O B-PER I-PER O O'), ['JOSS TARVELL/PER']);
    assert.deepStrictEqual(run('Then Brennick Retires said', 'O B-PER I-PER O'), ['Brennick Retires/PER']);
  });
});

describe("a body's name opening a sentence", () => {
  it('reads the first word and a capitalised body word after it, before a lower-case word, as a body', () => {
    assert.deepStrictEqual(run('Tessaly Bank said profits rose .', 'O O O O O O'), ['Tessaly Bank/ORG']);
    assert.deepStrictEqual(run('Harrowgate Services has closed .', 'O O O O O'), ['Harrowgate Services/ORG']);
  });

  it('takes a country read as a place right after the body word into the body, as its branch', () => {
    assert.deepStrictEqual(run('Tessaly International Vellandia and others said .', 'O O B-LOC O O O O'), [
      'Tessaly International Vellandia/ORG',
    ]);
    // Not a place on no country list, nor a country before more name.
    assert.deepStrictEqual(run('Tessaly International Tarnby said .', 'O O B-LOC O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Tessaly International Vellandia Qorma said .', 'O O B-LOC O O O'), ['Vellandia/LOC']);
  });

  it('leaves a determiner, a name that goes on, a word that is no body word, or a tagged name alone', () => {
    assert.deepStrictEqual(run('The Bank said profits rose .', 'O O O O O O'), []);
    assert.deepStrictEqual(run('Tessaly Bank of Velland said .', 'O O O O O O'), []);
    assert.deepStrictEqual(run('Tessaly Harl said profits rose .', 'O O O O O O'), []);
    assert.deepStrictEqual(run('Tessaly Bank said profits rose .', 'B-ORG I-ORG O O O O'), ['Tessaly Bank/ORG']);
  });
});

describe('a body named after a sentence\'s opening "The"', () => {
  it('takes the capitalised words after "The" that the tagger split off into the body they lead to', () => {
    assert.deepStrictEqual(run('The Intercontinental Velkan Committee said so .', 'O O B-MISC B-ORG O O O'), [
      'Intercontinental Velkan Committee/ORG',
    ]);
    assert.deepStrictEqual(run('The Grand Tarnby Company said so .', 'O O B-ORG I-ORG O O O'), [
      'Grand Tarnby Company/ORG',
    ]);
    // A body word and "for", "of" or "on" before the name.
    assert.deepStrictEqual(run('The Council for Velby Reform said so .', 'O O O B-ORG I-ORG O O O'), [
      'Council for Velby Reform/ORG',
    ]);
    assert.deepStrictEqual(run('The Velby for Tarn Reform said so .', 'O O O B-ORG I-ORG O O O'), ['Tarn Reform/ORG']);
  });

  it('leaves a nationality, a lower-case compound, a name that is no body, or a "The" inside the sentence alone', () => {
    assert.deepStrictEqual(run('The Korean Health Council said so .', 'O O B-ORG I-ORG O O O'), ['Health Council/ORG']);
    assert.deepStrictEqual(run('The Velk-sponsored Council said so .', 'O O B-ORG O O O'), ['Council/ORG']);
    assert.deepStrictEqual(run('The Grand Tarnby said so .', 'O O B-LOC O O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('So The Grand Tarnby Company said .', 'O O O B-ORG I-ORG O O'), ['Tarnby Company/ORG']);
  });
});

describe('a sentence\'s opening "The" before a public body or institution', () => {
  it('leaves the article out of a ministry, department, agency, university or central bank read with it', () => {
    assert.deepStrictEqual(run('The Ministry of Velk Affairs said so', 'B-ORG I-ORG I-ORG I-ORG I-ORG O O'), [
      'Ministry of Velk Affairs/ORG',
    ]);
    assert.deepStrictEqual(run('The Tarnian Weather Department warned', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Tarnian Weather Department/ORG',
    ]);
    // A central bank, a fund, a reserve and a court are such bodies too.
    assert.deepStrictEqual(run('The Bank of Tarnia raised rates', 'B-ORG I-ORG I-ORG I-ORG O O'), [
      'Bank of Tarnia/ORG',
    ]);
    // Also right after a dateline's dash, and with "for" after the head.
    assert.deepStrictEqual(
      run('TARNBY ( VNA ) - The Authority for Velk Affairs said', 'B-LOC O B-ORG O O B-ORG I-ORG I-ORG I-ORG I-ORG O'),
      ['TARNBY/LOC', 'VNA/ORG', 'Authority for Velk Affairs/ORG'],
    );
    // Wire copy typed on a plain keyboard writes the dash as two hyphens.
    assert.deepStrictEqual(
      run('TARNBY ( VNA ) -- The Ministry of Velk Affairs said', 'B-LOC O B-ORG O O B-ORG I-ORG I-ORG I-ORG I-ORG O'),
      ['TARNBY/LOC', 'VNA/ORG', 'Ministry of Velk Affairs/ORG'],
    );
    // After a quotation mark that opens the sentence, and before a chamber's or public body's one-word name.
    assert.deepStrictEqual(run('" The Ministry of Velk Affairs lied', 'O B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Ministry of Velk Affairs/ORG',
    ]);
    assert.deepStrictEqual(run('The Senate voted', 'B-ORG I-ORG O'), ['Senate/ORG']);
    assert.deepStrictEqual(run('“ The House has spoken', 'O B-ORG I-ORG O O'), ['House/ORG']);
    assert.deepStrictEqual(run('The Ministry plans it', 'B-ORG I-ORG O O'), ['Ministry/ORG']);
    // Unions, parties and other bodies' heads too.
    assert.deepStrictEqual(run('The Velk Workers Union said', 'B-ORG I-ORG I-ORG I-ORG O'), ['Velk Workers Union/ORG']);
  });

  it('keeps it for a newspaper or a band, and in the middle of a sentence', () => {
    assert.deepStrictEqual(run('The Sunday Velk reported', 'B-ORG I-ORG I-ORG O'), ['The Sunday Velk/ORG']);
    // A one-word name that a show or band may have keeps it.
    assert.deepStrictEqual(run('The Office said', 'B-ORG I-ORG O'), ['The Office/ORG']);
    assert.deepStrictEqual(run('he said The Velk Office was shut', 'O O B-ORG I-ORG I-ORG O O'), [
      'The Velk Office/ORG',
    ]);
  });
});
