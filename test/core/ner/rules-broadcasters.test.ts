import * as assert from 'assert';
import { run } from './ruleBench';

describe('call signs and channel names in capitals and digits (rules-broadcasters.ts)', () => {
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

  it("takes a channel's, a division's or a union local's number into the body's name before it", () => {
    assert.deepStrictEqual(run("told Velkom Radio 4 's news", 'O B-ORG I-ORG O O O'), ['Velkom Radio 4/ORG']);
    assert.deepStrictEqual(run('on Velkom Radio 5 Live ,', 'O B-ORG I-ORG O O O'), ['Velkom Radio 5 Live/ORG']);
    assert.deepStrictEqual(run('aired on Velkom Channel Two', 'O O B-ORG I-ORG O'), ['Velkom Channel Two/ORG']);
    assert.deepStrictEqual(run('in Velk Division II .', 'O B-ORG I-ORG B-MISC O'), ['Velk Division II/ORG']);
    assert.deepStrictEqual(run('Velk Workers Union Local 113 voted', 'B-ORG I-ORG I-ORG I-ORG O O'), [
      'Velk Workers Union Local 113/ORG',
    ]);
    assert.deepStrictEqual(run('of Velk Union Local 32BJ .', 'O B-ORG I-ORG I-ORG O O'), ['Velk Union Local 32BJ/ORG']);
  });

  it('leaves a quantity, a numeral after another head, and a name after the channel word alone', () => {
    assert.deepStrictEqual(run('told TVK Radio 2 years ago', 'O B-ORG I-ORG O O O'), ['TVK Radio/ORG']);
    assert.deepStrictEqual(run('Velkom Radio II', 'B-ORG I-ORG O'), ['Velkom Radio/ORG']);
    assert.deepStrictEqual(run('Velkom 2 Tarnair 1', 'B-ORG O B-ORG O'), ['Velkom/ORG', 'Tarnair/ORG']);
    assert.deepStrictEqual(run('the Velkom Radio 1 Live Lounge', 'O B-ORG I-ORG O O O'), ['Velkom Radio 1/ORG']);
  });
});
