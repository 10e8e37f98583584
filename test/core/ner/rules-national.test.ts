import * as assert from 'assert';
import { run } from './ruleBench';

describe('bodies named after their nation (rules-national.ts)', () => {
  it('joins a nationality with a body ending in an organisation word, not with other names', () => {
    assert.deepStrictEqual(run('The Korean Fisheries Council said', 'O B-MISC B-ORG I-ORG O'), [
      'Korean Fisheries Council/ORG',
    ]);
    assert.deepStrictEqual(run('The Chinese Vellora Group said', 'O B-MISC B-ORG I-ORG O'), [
      'Chinese/MISC',
      'Vellora Group/ORG',
    ]);
    // A country's formal name, listed as a place, is the place.
    assert.deepStrictEqual(run('the Korean Federation said', 'O B-MISC B-ORG O'), ['Korean Federation/LOC']);
    // An airline named by its nationality ("Air" is no organisation word of the lists).
    assert.deepStrictEqual(run('shares of Korean Air fell', 'O O B-MISC B-ORG O'), ['Korean Air/ORG']);
    // A nation's Red Cross or Red Crescent society.
    assert.deepStrictEqual(run('the Korean Red Crescent said', 'O B-MISC B-ORG I-ORG O'), ['Korean Red Crescent/ORG']);
    // A body opened by its head word before "of".
    assert.deepStrictEqual(run('the Korean University of Velby said', 'O B-MISC B-ORG I-ORG I-ORG O'), [
      'Korean University of Velby/ORG',
    ]);
    assert.deepStrictEqual(run('the Korean Velby of Tarn said', 'O B-MISC B-ORG I-ORG I-ORG O'), [
      'Korean/MISC',
      'Velby of Tarn/ORG',
    ]);
    // Not a body named after a person.
    assert.deepStrictEqual(run('the Korean Joss Brennick Trust said', 'O B-MISC B-ORG I-ORG I-ORG O'), [
      'Korean/MISC',
      'Joss Brennick Trust/ORG',
    ]);
  });
  it("leaves a nationality out of a government's ministry, which it only says whose is", () => {
    assert.deepStrictEqual(run('The Chinese Foreign Ministry said', 'O B-MISC B-ORG I-ORG O'), [
      'Chinese/MISC',
      'Foreign Ministry/ORG',
    ]);
    // Run into the ministry's name by the tagger, before "Ministry of" or a portfolio.
    assert.deepStrictEqual(run('The Chinese Ministry of Culture said', 'O B-ORG I-ORG I-ORG I-ORG O'), [
      'Chinese/MISC',
      'Ministry of Culture/ORG',
    ]);
    assert.deepStrictEqual(run('a Korean Defence Ministry official', 'O B-ORG I-ORG I-ORG O'), [
      'Korean/MISC',
      'Defence Ministry/ORG',
    ]);
    // "Ministry" alone names none; another body keeps its nationality.
    assert.deepStrictEqual(run('the Chinese Ministry said', 'O B-ORG I-ORG O'), ['Chinese Ministry/ORG']);
    assert.deepStrictEqual(run('the Korean Fisheries Agency said', 'O B-ORG I-ORG I-ORG O'), [
      'Korean Fisheries Agency/ORG',
    ]);
  });

  it('takes in the ordinary words between a nationality and a body, and an institution left untagged', () => {
    // Words the tagger left out, or ran into the nationality, before the body's head.
    assert.deepStrictEqual(run('the Korean Grain Exporters Council said', 'O B-MISC O B-ORG I-ORG O'), [
      'Korean Grain Exporters Council/ORG',
    ]);
    assert.deepStrictEqual(run('the Korean Seismic and Volcanic Council said', 'O B-MISC I-MISC O B-ORG I-ORG O'), [
      'Korean Seismic and Volcanic Council/ORG',
    ]);
    // A head before "for", and institutions' heads the lists leave out for places.
    assert.deepStrictEqual(run('the Korean Centre for Velk Studies said', 'O B-MISC B-ORG I-ORG I-ORG I-ORG O'), [
      'Korean Centre for Velk Studies/ORG',
    ]);
    assert.deepStrictEqual(run('the Korean Fisheries Museum opened', 'O B-MISC O O O'), [
      'Korean Fisheries Museum/ORG',
    ]);
    // Not two nations joined by "and", a name between them, nor words that end in no head.
    assert.deepStrictEqual(run('the Korean and Chinese Ministry said', 'O B-MISC O B-ORG I-ORG O'), [
      'Korean/MISC',
      'Chinese Ministry/ORG',
    ]);
    assert.deepStrictEqual(run('the Korean Tarnby Museum opened', 'O B-MISC B-LOC O O'), ['Korean/MISC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('the Korean Fisheries Report said', 'O B-MISC O O O'), ['Korean/MISC']);
  });

  it("joins a country's name, everyday words the tagger left out and a body's head into one body", () => {
    assert.deepStrictEqual(run('the Vellandia Fair Trade Council said', 'O B-LOC O O B-ORG O'), [
      'Vellandia Fair Trade Council/ORG',
    ]);
    // Not a town's name, nor a run that starts earlier.
    assert.deepStrictEqual(run('the Tarnby Fair Trade Council said', 'O B-LOC O O B-ORG O'), [
      'Tarnby/LOC',
      'Council/ORG',
    ]);
    assert.deepStrictEqual(run('Old Vellandia Fair Trade Council said', 'O B-LOC O O B-ORG O'), [
      'Vellandia/LOC',
      'Council/ORG',
    ]);
  });

  it("reads a field's word before a nation's name as that nation's agency or sports body", () => {
    assert.deepStrictEqual(run('data from Statistics Vellandia showed', 'O O B-LOC I-LOC O'), [
      'Statistics Vellandia/ORG',
    ]);
    assert.deepStrictEqual(run('data from Statistics Vellandia showed', 'O O O B-LOC O'), ['Statistics Vellandia/ORG']);
    assert.deepStrictEqual(run('Tennis Velmark said', 'B-ORG B-LOC O'), ['Tennis Velmark/ORG']);
    assert.deepStrictEqual(run('the Insurance Europe trade body', 'O O B-LOC O O'), ['Insurance Europe/ORG']);
    assert.deepStrictEqual(run('Cricket Vellandia and Tennis Vellandia met', 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Cricket Vellandia/ORG',
      'Tennis Vellandia/ORG',
    ]);
    // Not a town's name, nor a field's word in lower case.
    assert.deepStrictEqual(run('data from Statistics Tarnby showed', 'O O O B-LOC O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('more tennis Vellandia said', 'O O B-LOC O'), ['Vellandia/LOC']);
  });

  it('joins a body of a listed country whose name holds "and", cut at the "and"', () => {
    assert.deepStrictEqual(
      run('the Port Authority of Tarnia and Velland said', 'O B-ORG I-ORG I-ORG I-ORG O B-LOC O'),
      ['Port Authority of Tarnia and Velland/ORG'],
    );
    // Not a body and a place that make no listed country.
    assert.deepStrictEqual(run('the Port Authority of Tarnia and Velby said', 'O B-ORG I-ORG I-ORG I-ORG O B-LOC O'), [
      'Port Authority of Tarnia/ORG',
      'Velby/LOC',
    ]);
  });
});
