import * as assert from 'assert';
import { run } from './ruleBench';

describe('a name\'s country after "of" (rules-origins.ts)', () => {
  it('cuts "of <country>" from a firm named by one word, or two joined by "and"', () => {
    assert.deepStrictEqual(run('signed by Qelmora of Vellandia .', 'O O B-ORG I-ORG I-ORG O'), [
      'Qelmora/ORG',
      'Vellandia/LOC',
    ]);
    assert.deepStrictEqual(
      run('with Akvor of Vellandia and Qelmora of San Tarno', 'O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG'),
      ['Akvor/ORG', 'Vellandia/LOC', 'Qelmora/ORG', 'San Tarno/LOC'],
    );
    assert.deepStrictEqual(run('Akvor and Qelmora of Vellandia said', 'B-ORG I-ORG I-ORG I-ORG I-ORG O'), [
      'Akvor and Qelmora/ORG',
      'Vellandia/LOC',
    ]);
  });

  it('keeps "of <country>" in a longer name, after a head word, an everyday or abstract word, or before no country', () => {
    const whole = (text: string, spec: string) => assert.deepStrictEqual(run(text, spec).length, 1, text);
    whole('the New Qelmora of Vellandia said', 'O B-ORG I-ORG I-ORG I-ORG O');
    whole('the Bank of Vellandia said', 'O B-ORG I-ORG I-ORG O');
    whole('the Embassy of Vellandia said', 'O B-ORG I-ORG I-ORG O');
    whole('the Trust of Vellandia said', 'O B-ORG I-ORG I-ORG O');
    whole('the Unification of Vellandia said', 'O B-ORG I-ORG I-ORG O');
    whole('the Qelmora of Tarnby said', 'O B-ORG I-ORG I-ORG O');
    whole('met Akvor of Vellandia', 'O B-PER I-PER I-PER');
  });

  it('cuts "of <country>" from a person\'s name of two or three words, read as a person or a body', () => {
    assert.deepStrictEqual(run('two clear of Qelm Harl of Vellandia', 'O O O B-PER I-PER I-PER I-PER'), [
      'Qelm Harl/PER',
      'Vellandia/LOC',
    ]);
    assert.deepStrictEqual(run('two clear of Joss Harl of Vellandia', 'O O O B-ORG I-ORG I-ORG I-ORG'), [
      'Joss Harl/PER',
      'Vellandia/LOC',
    ]);
    // A body's name that opens with no listed given name stays whole ("National Library of ...").
    assert.deepStrictEqual(run('the National Qelm of Vellandia', 'O B-ORG I-ORG I-ORG I-ORG'), [
      'National Qelm of Vellandia/ORG',
    ]);
  });
});
