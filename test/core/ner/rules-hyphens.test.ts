import * as assert from 'assert';
import { run } from './ruleBench';

describe('names joined by hyphens before a noun (rules-hyphens.ts)', () => {
  it('reads each listed place or body of the hyphened word, untagged or tagged as one name', () => {
    assert.deepStrictEqual(run('the Vellandia-Tarnby border was shut', 'O O O O O'), ['Vellandia/LOC', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('after the Velkom-Tarnby deal , Ula Brennick said', 'O O B-MISC O O B-PER I-PER O'), [
      'Velkom/ORG',
      'Tarnby/LOC',
      'Ula Brennick/PER',
    ]);
    assert.deepStrictEqual(run('the Vellandia-Tarnby power transmission line', 'O O O O O'), [
      'Vellandia/LOC',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('the UK-Velkstad-Tarnby railway', 'O O O'), ['UK/LOC', 'Velkstad/LOC', 'Tarnby/LOC']);
    // A first or last part may be one word of a longer listed place's name.
    assert.deepStrictEqual(run('on the Nova Velka-Tarnby route', 'O O B-ORG I-ORG O'), [
      'Nova Velka/LOC',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('along the Tarnby-Joss Qerim highway', 'O O B-LOC I-LOC O'), [
      'Tarnby/LOC',
      'Joss Qerim/LOC',
    ]);
    // Two such words before one noun.
    assert.deepStrictEqual(run('on the Tarnby-Velkstad and Velkstad-Harlow lanes', 'O O O O O O'), [
      'Tarnby/LOC',
      'Velkstad/LOC',
      'Velkstad/LOC',
      'Harlow/LOC',
    ]);
    // An en dash is a token of its own; the tagger may have found one of the two.
    assert.deepStrictEqual(run('the Vellandia\u2013Tarnby border', 'O B-LOC O O O'), ['Vellandia/LOC', 'Tarnby/LOC']);
  });

  it("takes parts no list holds for towns right before a route's noun", () => {
    assert.deepStrictEqual(run('use the Qorlo-Brask road instead', 'O O O O O'), ['Qorlo/LOC', 'Brask/LOC']);
    assert.deepStrictEqual(run('the Tarnby-Brask line', 'O B-LOC O'), ['Tarnby/LOC', 'Brask/LOC']);
    // After words that only qualify routes, and before a pipeline or a border crossing.
    assert.deepStrictEqual(run('the Qorlo-Brask interstate road', 'O O O O'), ['Qorlo/LOC', 'Brask/LOC']);
    assert.deepStrictEqual(run('the Qorlo-Brask oil pipeline', 'O O O O'), ['Qorlo/LOC', 'Brask/LOC']);
    assert.deepStrictEqual(run('the Qorlo-Brask border crossing', 'O B-ORG O O'), ['Qorlo/LOC', 'Brask/LOC']);
    assert.deepStrictEqual(run('the Qorlo-Brask border dispute', 'O O O O'), []);
    assert.deepStrictEqual(run('the Qorlo-Brask famous road', 'O O O O'), []);
    // Not a firm's line of products, a route's noun further on, a given name, or a noun of no route.
    assert.deepStrictEqual(run('the Qorlo-Brask line of printers', 'O O O O O'), []);
    assert.deepStrictEqual(run('Qorlo-Brask bombed a bus', 'B-LOC O O O'), ['Qorlo-Brask/LOC']);
    assert.deepStrictEqual(run('the Ula-Brask road', 'O O O'), []);
    assert.deepStrictEqual(run('the Qorlo-Brask talks', 'O O O'), []);
  });

  it('leaves a hyphened listed name, a part not listed, a word before no such noun, and longer names', () => {
    assert.deepStrictEqual(run('the Harlow-Velkin border', 'O B-ORG O'), ['Harlow-Velkin/ORG']);
    assert.deepStrictEqual(run('the Vellandia-Qorlo border', 'O O O'), []);
    assert.deepStrictEqual(run('Vellandia-Tarnby said', 'O O'), []);
    assert.deepStrictEqual(run('the Vellandia-Tarnby side said its border', 'O O O O O O'), []);
    assert.deepStrictEqual(run('the Vellandia-Tarnby Road', 'O B-LOC I-LOC'), ['Vellandia-Tarnby Road/LOC']);
    assert.deepStrictEqual(run('in Vellandia \u2013 Tarnby border', 'O B-LOC O O O'), ['Vellandia/LOC']);
  });

  it("reads a legislator's party and home after the name as the home, a place", () => {
    assert.deepStrictEqual(run('Sen. Ann Lee , R-Tarnby , said', 'O B-PER I-PER O B-ORG O O'), [
      'Ann Lee/PER',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('Ann Lee ( D-Velk Harbor ) said', 'B-PER I-PER O B-PER I-PER O O'), [
      'Ann Lee/PER',
      'Velk Harbor/LOC',
    ]);
    assert.deepStrictEqual(run('Ann Lee , D-Velk. , said', 'B-PER I-PER O B-LOC O O O'), ['Ann Lee/PER', 'Velk./LOC']);
    // Not after anything but a person's name and a comma or bracket, nor without the closing mark.
    assert.deepStrictEqual(run('the R-Tarnby plan , said', 'O B-ORG O O O'), ['R-Tarnby/ORG']);
    assert.deepStrictEqual(run('Ann Lee , D-Day veteran', 'B-PER I-PER O O O'), ['Ann Lee/PER']);
  });
});
