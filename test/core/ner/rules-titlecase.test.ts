import * as assert from 'assert';
import { run } from './ruleBench';

describe('names written in title case, prepositions and all (rules-titlecase.ts)', () => {
  it('reads capitalised words around a capitalised "Without" or "Against" as a body', () => {
    assert.deepStrictEqual(run('a statement by Reporters Without Borders said', 'O O O O O O O'), [
      'Reporters Without Borders/ORG',
    ]);
    assert.deepStrictEqual(run('Citizens Against the Velby Dam said so', 'O O O O O O O'), [
      'Citizens Against the Velby Dam/ORG',
    ]);
    // A describing word before it and a sentence's "The" are no part of the name.
    assert.deepStrictEqual(run('the Tarnby-based Nurses Without Borders said', 'O O O O O O'), [
      'Nurses Without Borders/ORG',
    ]);
    assert.deepStrictEqual(run('The Nurses Without Borders group said', 'O O O O O O'), ['Nurses Without Borders/ORG']);
    // A name a rule before found there stands: no second span over it.
    assert.deepStrictEqual(run('the band Rage Against the Velby reunited', 'O O O O O O O'), [
      'Rage Against the Velby/ORG',
    ]);
  });

  it('leaves quoted titles, lower-case prepositions, other prepositions and tagged words alone', () => {
    assert.deepStrictEqual(run('the film " World Without Velby " opened', 'O O O O O O O O'), []);
    // Quoted with its "The": the rule on a quoted "The" reads it as a work's title.
    assert.deepStrictEqual(run('a meeting called " The World Without Velby . "', 'O O O O O O O O O O'), [
      'The World Without Velby/MISC',
    ]);
    assert.deepStrictEqual(run('Ann went without Borders', 'B-PER O O O'), ['Ann/PER']);
    assert.deepStrictEqual(run('she wrote Ask For It today', 'O O O O O O'), []);
    assert.deepStrictEqual(run('Without Borders they said', 'O O O O'), []);
    assert.deepStrictEqual(run('Velby Against Harl', 'B-LOC O B-PER'), ['Velby/LOC', 'Harl/PER']);
  });
});
