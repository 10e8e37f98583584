import * as assert from 'assert';
import { run } from './ruleBench';

describe("rules on a name's edges", () => {
  it('joins a capitalised compass word the model left out to a nationality', () => {
    assert.deepStrictEqual(run('South Korean officials', 'O B-MISC O'), ['South Korean/MISC']);
    assert.deepStrictEqual(run('the south Korean', 'O O B-MISC'), ['Korean/MISC']);
  });

  it('strips titles from person names', () => {
    assert.deepStrictEqual(run('President Harl Voss said', 'B-PER I-PER I-PER O'), ['Harl Voss/PER']);
  });

  it('takes initials right before a person name into it', () => {
    assert.deepStrictEqual(run('by writer L. Joss Tarvell today', 'O O O B-PER I-PER O'), ['L. Joss Tarvell/PER']);
    assert.deepStrictEqual(run('J. R. Tarvell wrote', 'O O B-PER O'), ['J. R. Tarvell/PER']);
    // Not a place's, and not over a name before it.
    assert.deepStrictEqual(run('in N. Tarnby today', 'O O B-LOC O'), ['Tarnby/LOC']);
  });

  it('drops a leading lower-case article or direction from a name', () => {
    assert.deepStrictEqual(run('in southern Tarnia today', 'O B-LOC I-LOC O'), ['Tarnia/LOC']);
    assert.deepStrictEqual(run('in the Velland', 'O B-LOC I-LOC'), ['Velland/LOC']);
  });
});
