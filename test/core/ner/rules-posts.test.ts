import * as assert from 'assert';
import { run } from './ruleBench';

describe('the place of a post between the post and its holder (rules-posts.ts)', () => {
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
});
