import * as assert from 'assert';
import { run } from './ruleBench';

describe('bodies named before a noun for their kind (rules-kinds.ts)', () => {
  it('makes a name read as a person, or left out, before a kind of body that body', () => {
    assert.deepStrictEqual(run('the Velkar union called a strike', 'O B-PER O O O O'), ['Velkar/ORG']);
    assert.deepStrictEqual(run('The Velkar services union called', 'O B-PER O O O'), ['Velkar/ORG']);
    assert.deepStrictEqual(run('the VGB trade union federation', 'O O O O O'), ['VGB/ORG']);
    assert.deepStrictEqual(run('shares in the Harl Ostrom group fell', 'O O O B-PER I-PER O O'), ['Harl Ostrom/ORG']);
  });

  it('leaves a place, a given name, an everyday word, a longer name and other nouns alone', () => {
    assert.deepStrictEqual(run('the Port Velby bank said', 'O B-PER I-PER O O'), ['Port Velby/LOC']);
    assert.deepStrictEqual(run('the Ula Velkar company', 'O B-PER I-PER O'), ['Ula Velkar/PER']);
    assert.deepStrictEqual(run('the Opposition group met', 'O O O O'), []);
    assert.deepStrictEqual(run('the Velkar family said', 'O B-PER O O'), ['Velkar/PER']);
    assert.deepStrictEqual(run('the Velkar team won', 'O B-PER O O'), ['Velkar/PER']);
    assert.deepStrictEqual(run('Velkar union members', 'B-PER O O'), ['Velkar/PER']);
    assert.deepStrictEqual(run('the Velkar said the union', 'O B-PER O O O'), ['Velkar/PER']);
    // The firm named after the noun.
    assert.deepStrictEqual(run('the Netcast security firm Velkasoft said', 'O O O O B-ORG O'), ['Velkasoft/ORG']);
  });
});
