import * as assert from 'assert';
import { run } from './ruleBench';

describe("posts written with a holder's name (rules-posts.ts)", () => {
  it("cuts the place after a title and 'of' from the holder's name that follows it", () => {
    assert.deepStrictEqual(run('the President of Qorma Joss Velk said', 'O O O B-PER I-PER I-PER O'), [
      'Qorma/LOC',
      'Joss Velk/PER',
    ]);
  });

  it('leaves a surname, a name without a given name second, or no title before "of" as read', () => {
    assert.deepStrictEqual(run('the President of Brennick Joss Velk said', 'O O O B-PER I-PER I-PER O'), [
      'Brennick Joss Velk/PER',
    ]);
    assert.deepStrictEqual(run('the President of Qorma Velk Harl said', 'O O O B-PER I-PER I-PER O'), [
      'Qorma Velk Harl/PER',
    ]);
    assert.deepStrictEqual(run('a friend of Qorma Joss Velk said', 'O O O B-PER I-PER I-PER O'), [
      'Qorma Joss Velk/PER',
    ]);
  });

  it("cuts counsel's rank and an honour's letters off a person's name", () => {
    assert.deepStrictEqual(run('Ann Velk KC told the jury', 'B-PER I-PER I-PER O O O'), ['Ann Velk/PER']);
    assert.deepStrictEqual(run('Joss Harl CBE , who', 'B-PER I-PER I-PER O O'), ['Joss Harl/PER']);
    // Not a one-word name, and not letters that are no such rank.
    assert.deepStrictEqual(run('Velk KC said', 'B-PER I-PER O'), ['Velk KC/PER']);
    assert.deepStrictEqual(run('Ann Velk JR said', 'B-PER I-PER I-PER O'), ['Ann Velk JR/PER']);
  });
});
