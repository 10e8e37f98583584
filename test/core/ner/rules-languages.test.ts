import * as assert from 'assert';
import { run } from './ruleBench';

describe('languages (rules-languages.ts)', () => {
  it('makes the names right before "language" or "languages", and their list, languages', () => {
    assert.deepStrictEqual(run('taught in the Velkic and Tarnish languages', 'O O O B-LOC O B-MISC O'), [
      'Velkic/MISC',
      'Tarnish/MISC',
    ]);
    // Left out by the tagger: after an article or a link, or with a language's look.
    assert.deepStrictEqual(run('in the Velk language', 'O O O O'), ['Velk/MISC']);
    assert.deepStrictEqual(run('Official language rules', 'O O O'), []);
    assert.deepStrictEqual(run('These language tests', 'O O O'), []);
  });

  it('makes a language\'s name after "speak", "learn", "teach" or "fluent" a language', () => {
    assert.deepStrictEqual(run('she speaks fluent Velkic and learned some Tarnish', 'O O O B-LOC O O O B-LOC'), [
      'Velkic/MISC',
      'Tarnish/MISC',
    ]);
    assert.deepStrictEqual(run('he speaks Swahili', 'O O O'), ['Swahili/MISC']);
    // A name without a language's look is a person taught.
    assert.deepStrictEqual(run('he taught Velk at school', 'O O B-PER O O'), ['Velk/PER']);
  });

  it('makes a listed language after "in", and the names listed with it, languages', () => {
    assert.deepStrictEqual(run('a briefing held in Amharic on Monday', 'O O O O B-LOC O O'), ['Amharic/MISC']);
    assert.deepStrictEqual(run('on radio in Tarvo and Swahili', 'O O O B-LOC O B-LOC'), ['Tarvo/MISC', 'Swahili/MISC']);
    // A place after "in" with no listed language beside it stays a place.
    assert.deepStrictEqual(run('on radio in Tarvo and Velm', 'O O O B-LOC O B-LOC'), ['Tarvo/LOC', 'Velm/LOC']);
    assert.deepStrictEqual(run('he lives in Tarvo', 'O O O B-LOC'), ['Tarvo/LOC']);
  });
});
