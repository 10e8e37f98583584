import * as assert from 'assert';
import { run } from './ruleBench';

describe('newspapers named after their town (rules-newspapers.ts)', () => {
  it("makes a name ending in a newspaper's word the newspaper", () => {
    assert.deepStrictEqual(run('on the Velby Chronicle list', 'O O B-LOC I-LOC O'), ['Velby Chronicle/ORG']);
    assert.deepStrictEqual(run('the Joss Mail reported', 'O B-PER I-PER O'), ['Joss Mail/ORG']);
    assert.deepStrictEqual(run('the Velby Mirror reported', 'O B-LOC I-LOC O'), ['Velby Mirror/ORG']);
    assert.deepStrictEqual(run('the Velby Post-Dispatch said', 'O B-PER I-PER O'), ['Velby Post-Dispatch/ORG']);
    assert.deepStrictEqual(run('the Velby American-Statesman said', 'O B-PER I-PER O'), [
      'Velby American-Statesman/ORG',
    ]);
    // One word, or a word that ends other names too: as read.
    assert.deepStrictEqual(run('the Chronicle said', 'O B-LOC O'), ['Chronicle/LOC']);
    assert.deepStrictEqual(run('the Velby Star said', 'O B-LOC I-LOC O'), ['Velby Star/LOC']);
  });

  it("takes in the newspaper's word right after a place read without it, where the name ends", () => {
    assert.deepStrictEqual(run('the St. Velby Post-Dispatch said', 'O B-LOC I-LOC O O'), [
      'St. Velby Post-Dispatch/ORG',
    ]);
    assert.deepStrictEqual(run('the Velby Register endorsed him', 'O B-LOC O O O'), ['Velby Register/ORG']);
    // A capitalised word after it, a lower-case word, or a person: as read.
    assert.deepStrictEqual(run('in Velby Times Square', 'O B-LOC O O'), ['Velby/LOC']);
    assert.deepStrictEqual(run('in Velby post offices', 'O B-LOC O O'), ['Velby/LOC']);
    assert.deepStrictEqual(run('Joss Times said', 'B-PER O O'), ['Joss/PER']);
  });

  it('reads capitalised words the tagger left out before "news agency", "newspaper" and the like as the outlet', () => {
    assert.deepStrictEqual(run('Velkpress news agency quoted him', 'O O O O O'), ['Velkpress/ORG']);
    assert.deepStrictEqual(run('The Qorvane newspaper reported', 'O O O O'), ['Qorvane/ORG']);
    assert.deepStrictEqual(run('the Harl Velka daily Tuesday', 'O O O O O'), ['Harl Velka/ORG']);
    // A broadcaster before "television", and one word read as a person there.
    assert.deepStrictEqual(run('he told Velkvision television', 'O O O O'), ['Velkvision/ORG']);
    assert.deepStrictEqual(run('he told Qorvane television', 'O O B-PER O'), ['Qorvane/ORG']);
  });

  it('leaves a sentence\'s first word, a title and a listed name of people before "television" as they were', () => {
    assert.deepStrictEqual(run('State television said', 'O O O'), []);
    assert.deepStrictEqual(run('on his President television show', 'O O O O O'), []);
    assert.deepStrictEqual(run('he told Joss television', 'O O B-PER O'), ['Joss/PER']);
  });

  it('leaves places, nationalities, languages, compound adjectives, longer names and "weekly" before a noun alone', () => {
    assert.deepStrictEqual(run('the Tarnby newspaper said', 'O B-LOC O O'), ['Tarnby/LOC']);
    // A nationality stays one (`tagListedNamesAlone`), not the outlet.
    assert.deepStrictEqual(run('a Korean news agency said', 'O O O O O'), ['Korean/MISC']);
    assert.deepStrictEqual(run('an Arabic newspaper said', 'O O O O'), []);
    assert.deepStrictEqual(run('the Tarnby-based newspaper', 'O O O'), []);
    assert.deepStrictEqual(run('the Velkan weekly radio address', 'O O O O O'), []);
    assert.deepStrictEqual(run('News of the Velka newspaper', 'O O O O O'), []);
  });
});
