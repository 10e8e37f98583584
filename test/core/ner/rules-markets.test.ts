import * as assert from 'assert';
import { run } from './ruleBench';

describe('companies named where markets news trades them (rules-markets.ts)', () => {
  it('reads the capitalised words after "shares in", "stake in" or "shares of" as a company', () => {
    assert.deepStrictEqual(run('Shares in Qorvane rose', 'O O O O'), ['Qorvane/ORG']);
    assert.deepStrictEqual(run('a stake in Harl Velkin Ltd', 'O O O O O O'), ['Harl Velkin Ltd/ORG']);
    assert.deepStrictEqual(run('shares of Qorvane fell', 'O O B-LOC O'), ['Qorvane/ORG']);
  });

  it('leaves places, continents, nationalities, kinds of company and compound adjectives alone', () => {
    assert.deepStrictEqual(run('Shares in Tarnby fell', 'O O B-LOC O'), ['Tarnby/LOC']);
    assert.deepStrictEqual(run('Shares in Europe fell', 'O O B-LOC O'), ['Europe/LOC']);
    assert.deepStrictEqual(run('Shares in Korean banks fell', 'O O B-MISC O O'), ['Korean/MISC']);
    assert.deepStrictEqual(run('Shares in Qorvane firms fell', 'O O O O O'), []);
    assert.deepStrictEqual(run('Shares of Tarnia-registered Velkom', 'O O O B-ORG'), ['Velkom/ORG']);
  });
});
