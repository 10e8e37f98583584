import * as assert from 'assert';
import { run } from './ruleBench';

describe('call signs and channel names in capitals and digits (rules-callsigns.ts)', () => {
  it('reads one after a broadcaster noun as a body', () => {
    assert.deepStrictEqual(run('She told Tarnby radio 4VK on Friday', 'O O B-LOC O O O O'), ['Tarnby/LOC', '4VK/ORG']);
    assert.deepStrictEqual(run('sister stations 7TR and 5KV', 'O O O O O'), ['7TR/ORG']);
  });

  it("reads one as a body when a body's doing or belonging follows it", () => {
    assert.deepStrictEqual(run('4VK was founded in 1931', 'O O O O O'), ['4VK/ORG']);
    assert.deepStrictEqual(run('4VK is owned by Velkom', 'O O O O B-ORG'), ['4VK/ORG', 'Velkom/ORG']);
    assert.deepStrictEqual(run("This lifted 4VK 's ratings", 'O O O O O'), ['4VK/ORG']);
    assert.deepStrictEqual(run('TV9X began broadcasting in May', 'O O O O O'), ['TV9X/ORG']);
    assert.deepStrictEqual(run('4VK aired the match', 'O O O O'), ['4VK/ORG']);
  });

  it('leaves sizes, chemicals, models and a call sign without such context alone', () => {
    assert.deepStrictEqual(run('a 2GB card was sold', 'O O O O O'), []);
    assert.deepStrictEqual(run('CO2 was released', 'O O O'), []);
    assert.deepStrictEqual(run('The VK900 began flying', 'O O O O'), []);
    assert.deepStrictEqual(run('4VK said it would appeal', 'O O O O O'), []);
    assert.deepStrictEqual(run('radio 4vk and radio 44', 'O O O O O'), []);
  });
});
