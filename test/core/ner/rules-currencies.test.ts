import * as assert from 'assert';
import { run } from './ruleBench';

describe("currencies' codes beside an amount (rules-currencies.ts)", () => {
  it('drops a currency code read as a name right after an amount or right before a number', () => {
    assert.deepStrictEqual(run('exports reached 35.8 billion USD last year', 'O O O O B-ORG O O'), []);
    assert.deepStrictEqual(run('a price of 627 USD per tonne', 'O O O O B-ORG O O'), []);
    assert.deepStrictEqual(run('Tarnair raised EUR 12 million', 'B-ORG O B-ORG O O'), ['Tarnair/ORG']);
  });

  it('keeps the code away from an amount, and a longer name holding it', () => {
    assert.deepStrictEqual(run('the USD rose on Sunday', 'O B-ORG O O O'), ['USD/ORG']);
    assert.deepStrictEqual(run('paid 12 million USD Velkom Fund', 'O O O B-ORG I-ORG I-ORG'), ['USD Velkom Fund/ORG']);
  });
});
