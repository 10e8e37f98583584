import * as assert from 'assert';
import { run } from './ruleBench';

describe("the publisher in a source's credit line (rules-sources.ts)", () => {
  it('makes the words between a closing quote and dash and a dated comma a body, however they were read', () => {
    assert.deepStrictEqual(run('" Talks stall " — Velk Weekly , June 26 , 2025', 'O O O O O O O O O O O O'), [
      'Velk Weekly/ORG',
    ]);
    assert.deepStrictEqual(run('" Talks stall " -- Brask Tarvell , 2 May 2025', 'O O O O O B-PER I-PER O O O O'), [
      'Brask Tarvell/ORG',
    ]);
  });

  it('keeps a body the tagger found there, and needs the date with its year', () => {
    assert.deepStrictEqual(
      run('" Talks stall " — The Velk Press , June 26 , 2025', 'O O O O O O B-ORG I-ORG O O O O O'),
      ['Velk Press/ORG'],
    );
    assert.deepStrictEqual(run('he said " no " - Tarnby , June 5 was set', 'O O O O O O B-LOC O O O O O'), [
      'Tarnby/LOC',
    ]);
  });

  it('makes a name of two words or more read as a place right after "said" the speaker', () => {
    assert.deepStrictEqual(run('" We won , " said Harl Velkas Voss', 'O O O O O O B-LOC I-LOC I-LOC'), [
      'Harl Velkas Voss/PER',
    ]);
    // Not a listed place, a name of one word, a possessive, or another verb.
    assert.deepStrictEqual(run('said Nova Velka today', 'O B-LOC I-LOC O'), ['Nova Velka/LOC']);
    assert.deepStrictEqual(run('said Velmark', 'O B-LOC'), ['Velmark/LOC']);
    assert.deepStrictEqual(run("said Harl Voss 's mayor", 'O B-LOC I-LOC O O'), ['Harl Voss/LOC']);
    assert.deepStrictEqual(run('visited Harl Voss', 'O B-LOC I-LOC'), ['Harl Voss/LOC']);
  });

  it('makes the words before a colon and a quote on a line under a "Sources" heading the outlet', () => {
    assert.deepStrictEqual(run('Velk Dagblad : " Talks stall in Tarnby "', 'B-PER I-PER O O O O O B-LOC O', true), [
      'Velk Dagblad/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('Journal de Velk : " Talks stall "', 'B-ORG O B-LOC O O O O O', true), [
      'Journal de Velk/ORG',
    ]);
    assert.deepStrictEqual(run('VNS : " Talks stall "', 'O O O O O O', true), ['VNS/ORG']);
  });

  it('leaves such a line alone outside a list of sources, or without the quote', () => {
    assert.deepStrictEqual(run('Ann Brask : " We mourn "', 'B-PER I-PER O O O O O'), ['Ann Brask/PER']);
    assert.deepStrictEqual(run('Tarnby : Labour kept the council', 'B-LOC O B-ORG O O O', true), [
      'Tarnby/LOC',
      'Labour/ORG',
    ]);
  });
});
