import * as assert from 'assert';
import { run } from './ruleBench';

describe("a body's remits joined by 'and' (rules-remits.ts)", () => {
  it('takes everyday words in capitals before "and", and a list of them with commas, into the body', () => {
    assert.deepStrictEqual(run('the Trade and Fishing Council met', 'O O O B-ORG I-ORG O'), [
      'Trade and Fishing Council/ORG',
    ]);
    assert.deepStrictEqual(run('the Culture , Media and Sport Council met', 'O O O B-ORG I-ORG I-ORG I-ORG O'), [
      'Culture , Media and Sport Council/ORG',
    ]);
    assert.deepStrictEqual(run('at Energy and Climate Vellandia', 'O O O B-ORG I-ORG'), [
      'Energy and Climate Vellandia/ORG',
    ]);
    // With the state's word that opens them.
    assert.deepStrictEqual(run('the Federal Trade and Fishing Council met', 'O O O O B-ORG I-ORG O'), [
      'Federal Trade and Fishing Council/ORG',
    ]);
  });

  it("leaves a name, an acronym, a nation's body or a name without a body's head", () => {
    assert.deepStrictEqual(run('met Joss and Fishing Council staff', 'O O O B-ORG I-ORG O'), ['Fishing Council/ORG']);
    assert.deepStrictEqual(run('the VKT and Fishing Council met', 'O O O B-ORG I-ORG O'), ['Fishing Council/ORG']);
    assert.deepStrictEqual(run('the Government and Korean Council', 'O O O B-ORG I-ORG'), ['Korean Council/ORG']);
    assert.deepStrictEqual(run('the Trade and Fishing Weekly', 'O O O B-ORG I-ORG'), ['Fishing Weekly/ORG']);
  });

  it('joins a body read as two at its "and" when the first part is remits that name no body alone', () => {
    assert.deepStrictEqual(run('the Korean Border and Village Council met', 'O B-ORG I-ORG O B-ORG I-ORG O'), [
      'Korean Border and Village Council/ORG',
    ]);
    // Not when the first part is a body whole (a head word, a listed name) or holds a word not everyday.
    assert.deepStrictEqual(run('the Korean Bank and Village Council met', 'O B-ORG I-ORG O B-ORG I-ORG O'), [
      'Korean Bank/ORG',
      'Village Council/ORG',
    ]);
    assert.deepStrictEqual(run('the Korean Qorvane and Village Council met', 'O B-ORG I-ORG O B-ORG I-ORG O'), [
      'Korean Qorvane/ORG',
      'Village Council/ORG',
    ]);
    // Nor a firm's own name alone, which no everyday use knows ("Jetstar and Virgin Australia").
    assert.deepStrictEqual(run('Velkom , Qorvane and Village Council fell', 'B-ORG O B-ORG O B-ORG I-ORG O'), [
      'Velkom/ORG',
      'Qorvane/ORG',
      'Village Council/ORG',
    ]);
    // Nor a place's word alone (a country's, which another rule reads as the place).
    assert.deepStrictEqual(run('the Vellandia and Village Council met', 'O B-ORG O B-ORG I-ORG O'), [
      'Vellandia/LOC',
      'Village Council/ORG',
    ]);
  });
});
