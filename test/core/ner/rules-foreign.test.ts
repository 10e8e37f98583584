import * as assert from 'assert';
import { run } from './ruleBench';

describe('bodies named in another language (rules-foreign.ts)', () => {
  it('reads a name opening with a foreign body head word as a body', () => {
    assert.deepStrictEqual(run('He studied at the Università di Velbo .', 'O O O O B-LOC I-LOC I-LOC O'), [
      'Università di Velbo/ORG',
    ]);
    // A stock exchange named with its town.
    assert.deepStrictEqual(run('Shares on Borsa Tarnby slipped', 'O O B-LOC I-LOC O'), ['Borsa Tarnby/ORG']);
    assert.deepStrictEqual(run('Partido Tarnista won', 'B-PER I-PER O'), ['Partido Tarnista/ORG']);
    // Publishers, prosecutors, police forces and councils too.
    assert.deepStrictEqual(run('her publisher , Editora Velka , said', 'O O O B-PER I-PER O O'), ['Editora Velka/ORG']);
    assert.deepStrictEqual(run('the Fiscalía de Tarna said', 'O B-LOC I-LOC I-LOC O'), ['Fiscalía de Tarna/ORG']);
  });

  it('reads Irish, Scottish Gaelic and Welsh head words as bodies, and goes on over Gaelic\'s "of"', () => {
    assert.deepStrictEqual(run('the head of Údarás na Velkachta said', 'O O O B-LOC O B-LOC O'), [
      'Údarás na Velkachta/ORG',
    ]);
    assert.deepStrictEqual(run('Comhairle nan Velk Tarn met', 'B-ORG O B-PER I-PER O'), [
      'Comhairle nan Velk Tarn/ORG',
    ]);
    assert.deepStrictEqual(run('Cyngor Velkedd voted', 'B-LOC I-LOC O'), ['Cyngor Velkedd/ORG']);
    // Not "na" after another name.
    assert.deepStrictEqual(run('Ann Velk na Tarna said', 'B-PER I-PER O B-LOC O'), ['Ann Velk/PER', 'Tarna/LOC']);
  });

  it('runs the body on over the language\'s "of" into the name after it', () => {
    assert.deepStrictEqual(run('Banca Velki dei Tarni di Velbo said', 'B-ORG I-ORG I-ORG I-ORG O B-LOC O'), [
      'Banca Velki dei Tarni di Velbo/ORG',
    ]);
  });

  it('leaves a head word inside a name, and a name after another word than "of", alone', () => {
    assert.deepStrictEqual(run('Ann Banco said', 'B-PER I-PER O'), ['Ann Banco/PER']);
    assert.deepStrictEqual(run('Banco Velki and Velbo said', 'B-ORG I-ORG O B-LOC O'), [
      'Banco Velki/ORG',
      'Velbo/LOC',
    ]);
  });

  it('reads a name opening with another language\'s head word of a place and its "of" as the place', () => {
    assert.deepStrictEqual(run('climbed the Col du Velbier on Friday', 'O O B-ORG I-ORG I-ORG O O'), [
      'Col du Velbier/LOC',
    ]);
    assert.deepStrictEqual(run('fires in the Sierra de Tarna', 'O O O B-ORG I-ORG I-ORG'), ['Sierra de Tarna/LOC']);
    assert.deepStrictEqual(run('lithium from the Salar de Velka', 'O O O B-ORG I-ORG I-ORG'), ['Salar de Velka/LOC']);
    assert.deepStrictEqual(run('Voss attacked on the Col des Velbes and won', 'B-PER O O O B-ORG O O O O'), [
      'Voss/PER',
      'Col des Velbes/LOC',
    ]);
    assert.deepStrictEqual(run('the Lac de la Tarne shore', 'O B-ORG O O B-LOC O'), ['Lac de la Tarne/LOC']);
  });

  it('leaves such a name with a body\'s word in it, and a head word without its "of", alone', () => {
    assert.deepStrictEqual(run('Cerro de Tarna Company said', 'B-ORG I-ORG I-ORG I-ORG O'), [
      'Cerro de Tarna Company/ORG',
    ]);
    assert.deepStrictEqual(run('Costa Velbana said', 'B-ORG I-ORG O'), ['Costa Velbana/ORG']);
    assert.deepStrictEqual(run('Val de lune', 'B-PER O O'), ['Val/PER']);
  });
});
