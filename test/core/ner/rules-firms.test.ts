import * as assert from 'assert';
import { run } from './ruleBench';

describe('firms named by their endings (rules-firms.ts)', () => {
  it('tags untagged capitalised words that end in a legal form or a trade as a company', () => {
    assert.deepStrictEqual(run('Velmar Logistics of Tarnby won', 'O O O B-LOC O'), [
      'Velmar Logistics/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('Qorvane Harl Ltd said', 'O O O O'), ['Qorvane Harl Ltd/ORG']);
    // A utility's, the first words read as a place.
    assert.deepStrictEqual(run('Shares in Velk Sea Utilities fell', 'O O B-LOC I-LOC O O'), ['Velk Sea Utilities/ORG']);
    // A builder's trade, read as a person's surname.
    assert.deepStrictEqual(run('Velmar Construction , a contractor', 'B-PER I-PER O O O'), ['Velmar Construction/ORG']);
  });

  it('leaves an everyday word, a listed place, capitals, a loose ending, a lone ending and a name before alone', () => {
    assert.deepStrictEqual(run('Dream Capital rose', 'O O O'), []);
    // "First" may open the name, before a word that may name a firm.
    assert.deepStrictEqual(run('First Qorvel Minerals said', 'O O O O'), ['First Qorvel Minerals/ORG']);
    assert.deepStrictEqual(run('First Dream Capital rose', 'O O O O'), []);
    assert.deepStrictEqual(run('Tarnby Logistics grew', 'O O O'), []);
    assert.deepStrictEqual(run('Velmar Group said', 'O O O'), []);
    assert.deepStrictEqual(run('VELMAR QORVANE SA', 'O O O'), []);
    assert.deepStrictEqual(run('Velmar Re said', 'O O O'), []);
    assert.deepStrictEqual(run('Logistics firms grew', 'O O O'), []);
    assert.deepStrictEqual(run('Ann Voss Qorvane Partners', 'B-PER I-PER O O'), ['Ann Voss/PER']);
  });

  it('tags untagged capitalised words after "the" (or "the" and a town) ending in a body\'s head word as the body', () => {
    assert.deepStrictEqual(run('a vote for the Varsh-Baltan Legislative Council was held', 'O O O O O O O O O'), [
      'Varsh-Baltan Legislative Council/ORG',
    ]);
    // Also the words before a body the tagger opened at its head.
    assert.deepStrictEqual(run('officers of the Velk-Baltan Chief Council met', 'O O O O O B-ORG O'), [
      'Velk-Baltan Chief Council/ORG',
    ]);
    // Not without "the", nor a run going on in capitals, nor an everyday word before the tagger's body.
    assert.deepStrictEqual(run('in Varsh-Baltan Legislative Council today', 'O O O O O'), []);
    assert.deepStrictEqual(run('for the Varsh Council Qelmo today', 'O O O O O O'), []);
    assert.deepStrictEqual(run('of the Village Chief Council met', 'O O O O B-ORG O'), ['Council/ORG']);
    // A plural's possessive inside, and a town read as a place after "the" opening the run.
    assert.deepStrictEqual(run("before the Velk Chief Magistrates' Council today", 'O O O O O O O O'), [
      "Velk Chief Magistrates' Council/ORG",
    ]);
    assert.deepStrictEqual(run("The Tarnby Chief Magistrates' Council ruled", 'O B-LOC O O O O O'), [
      "Tarnby Chief Magistrates' Council/ORG",
    ]);
    // Not a place without "the" before it, nor a possessive without its plural.
    assert.deepStrictEqual(run('in Tarnby District Council today', 'O B-LOC O O O'), ['Tarnby/LOC']);
  });

  it('types one capitalised word between an article and a poll as the firm that ran it', () => {
    assert.deepStrictEqual(run('in a Velmar poll for Tarnby', 'O O B-LOC O O B-LOC'), ['Velmar/ORG', 'Tarnby/LOC']);
    assert.deepStrictEqual(run('the latest Qorvane survey found', 'O O O O O'), ['Qorvane/ORG']);
    // A listed place or nationality, two capitals and an everyday word say where or when.
    assert.deepStrictEqual(run('a Tarnby poll showed', 'O B-LOC O O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('a Chinese survey showed', 'O B-MISC O O'), ['Chinese/MISC']);
    assert.deepStrictEqual(run('a US poll showed', 'O B-LOC O O'), ['US/LOC']);
    assert.deepStrictEqual(run('a Sunday poll showed', 'O O O O'), []);
  });

  it('reads a name opening with a legal form written before names, or right after one, as the company', () => {
    assert.deepStrictEqual(run('the enterprise Perum Velkog said', 'O O B-PER I-PER O'), ['Perum Velkog/ORG']);
    assert.deepStrictEqual(run('PJSC Tarnneft said', 'O B-LOC O'), ['PJSC Tarnneft/ORG']);
    // Not the form alone, nor a name apart from it.
    assert.deepStrictEqual(run('the PT said', 'O B-PER O'), ['PT/PER']);
    assert.deepStrictEqual(run('PJSC , Tarnby said', 'O O B-LOC O'), ['Tarnby/LOC']);
  });
});
