import * as assert from 'assert';
import { run } from './ruleBench';

describe('lower-case words a name does not open with (rules-openers.ts)', () => {
  it('cuts everyday lower-case words off the start of a name, up to its first capitalised word', () => {
    assert.deepStrictEqual(run('the Velish village Qelmo said', 'O B-MISC B-ORG I-ORG O'), [
      'Velish/MISC',
      'Qelmo/ORG',
    ]);
    assert.deepStrictEqual(run('from the border Qelmo Harl crossing', 'O O B-LOC I-LOC I-LOC O'), ['Qelmo Harl/LOC']);
    // A body's head word written lower-case is the noun too, however often names capitalise it.
    assert.deepStrictEqual(run('the Velish bank Qelmo said', 'O B-MISC B-ORG I-ORG O'), ['Velish/MISC', 'Qelmo/ORG']);
    // And the plural of such a word ("the villages"), but not a short word ending in "s" ("des").
    assert.deepStrictEqual(run('The villages Qelmo and Harl said', 'O B-LOC I-LOC I-LOC I-LOC O'), [
      'Qelmo and Harl/LOC',
    ]);
  });

  it("cuts any lower-case word off the start of a person's name but a particle or a given name", () => {
    assert.deepStrictEqual(run('and qorvan Qelmo Harl scored', 'O B-PER I-PER I-PER O'), ['Qelmo Harl/PER']);
    assert.deepStrictEqual(run('and abu Qelmo scored', 'O B-PER I-PER O'), ['abu Qelmo/PER']);
    assert.deepStrictEqual(run('I love ula Brennick', 'O O B-PER I-PER'), ['ula Brennick/PER']);
  });

  it("leaves a name's particles, and words the lists do not know as everyday", () => {
    assert.deepStrictEqual(run('with de Qelmo today', 'O B-PER I-PER O'), ['de Qelmo/PER']);
    assert.deepStrictEqual(run('with qorvan Qelmo today', 'O B-ORG I-ORG O'), ['qorvan Qelmo/ORG']);
    assert.deepStrictEqual(run('with qorvans Qelmo today', 'O B-ORG I-ORG O'), ['qorvans Qelmo/ORG']);
  });
});
