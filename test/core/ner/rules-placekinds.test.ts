import * as assert from 'assert';
import { run } from './ruleBench';

describe('places named as examples of a kind of place (rules-placekinds.ts)', () => {
  it('reads the names after a kind of place and "such as", "including" or "like" as places', () => {
    assert.deepStrictEqual(run('lakes such as Harlmere are polluted', 'O O O B-ORG O O'), ['Harlmere/LOC']);
    assert.deepStrictEqual(run('Lakes such as Harlmere are polluted', 'O O O B-ORG O O'), ['Harlmere/LOC']);
    assert.deepStrictEqual(run('ports including Brennick and Qorm', 'O O B-PER O B-PER'), ['Brennick/LOC', 'Qorm/LOC']);
    // Not after another kind of noun, nor a listed body.
    assert.deepStrictEqual(run('singers such as Brennick', 'O O O B-PER'), ['Brennick/PER']);
    assert.deepStrictEqual(run('towns such as Velkom', 'O O O B-ORG'), ['Velkom/ORG']);
    assert.deepStrictEqual(run('such as Brennick', 'O O B-PER'), ['Brennick/PER']);
  });
});
