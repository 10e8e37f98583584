import * as assert from 'assert';
import { run } from './ruleBench';

describe('a name given again in its own language, in brackets (rules-originals.ts)', () => {
  it("gives the bracket the name's type, as one name, however the tagger read or cut it", () => {
    assert.deepStrictEqual(run('the Velland Council (Conseil de Velland) met', 'O B-ORG I-ORG O B-PER O B-LOC O O'), [
      'Velland Council/ORG',
      'Conseil de Velland/ORG',
    ]);
    assert.deepStrictEqual(run("the Velk Council (Conseil d'Orvel) ruled", 'O B-ORG I-ORG O B-LOC I-LOC O O'), [
      'Velk Council/ORG',
      "Conseil d'Orvel/ORG",
    ]);
    assert.deepStrictEqual(
      run('in the Iron Hills (Montes Ferrados) of Velmark', 'O O B-LOC I-LOC O B-PER I-PER O O B-LOC'),
      ['Iron Hills/LOC', 'Montes Ferrados/LOC', 'Velmark/LOC'],
    );
  });

  it('gives an acronym after the name and a comma the same type', () => {
    assert.deepStrictEqual(
      run('the Velk Ministry (Kementerian Velka, KV) said', 'O B-ORG I-ORG O B-PER I-PER O B-LOC O O'),
      ['Velk Ministry/ORG', 'Kementerian Velka/ORG', 'KV/ORG'],
    );
  });

  it("reads one word the tagger left out in brackets as the body's short name only after a head word", () => {
    assert.deepStrictEqual(run('the Velk Ministry (Minvel) said', 'O B-ORG I-ORG O O O O'), [
      'Velk Ministry/ORG',
      'Minvel/ORG',
    ]);
    assert.deepStrictEqual(run('the Velk Rovers (Minvel) said', 'O B-ORG I-ORG O O O O'), ['Velk Rovers/ORG']);
  });

  it("reads a person's name in brackets as the body's only after a body's head word", () => {
    assert.deepStrictEqual(run('the Velk Press (Brask) said', 'O B-ORG I-ORG O B-PER O O'), [
      'Velk Press/ORG',
      'Brask/ORG',
    ]);
    assert.deepStrictEqual(run('the regime of Velko (Hall) fell', 'O O O B-ORG O B-PER O O'), [
      'Velko/ORG',
      'Hall/PER',
    ]);
  });

  it("leaves a body's home, a person's party, a dateline's agency and notes in brackets as they were", () => {
    assert.deepStrictEqual(run('Velk Oil (Vellandia) rose', 'B-ORG I-ORG O B-LOC O O'), [
      'Velk Oil/ORG',
      'Vellandia/LOC',
    ]);
    assert.deepStrictEqual(run('Velk Oil (Orvanda) rose', 'B-ORG I-ORG O B-LOC O O'), ['Velk Oil/ORG', 'Orvanda/LOC']);
    assert.deepStrictEqual(run('Ann Brask (Velk Party) said', 'B-PER I-PER O B-ORG I-ORG O O'), [
      'Ann Brask/PER',
      'Velk Party/ORG',
    ]);
    assert.deepStrictEqual(run('TARNBY (Velk Press) - Talks', 'B-LOC O B-ORG I-ORG O O O'), [
      'TARNBY/LOC',
      'Velk Press/ORG',
    ]);
    assert.deepStrictEqual(run('the Velk Council (First People) met', 'O B-ORG I-ORG O O O O O'), ['Velk Council/ORG']);
    assert.deepStrictEqual(run('the Velk Council (File photo) met', 'O B-ORG I-ORG O O O O O'), ['Velk Council/ORG']);
  });

  it("does not make a body's name after a place a place, nor a hyphened pair alone a name", () => {
    assert.deepStrictEqual(run('in Velmark (Velk Council) today', 'O B-LOC O B-ORG I-ORG O O'), [
      'Velmark/LOC',
      'Velk Council/ORG',
    ]);
    assert.deepStrictEqual(run('the Velk Bank (Tarnia-Vellandia) said', 'O B-ORG I-ORG O O O O'), ['Velk Bank/ORG']);
  });
});
