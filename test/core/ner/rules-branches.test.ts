import * as assert from 'assert';
import { run } from './ruleBench';

describe("a body's branch (rules-branches.ts)", () => {
  it("joins a listed body or an acronym and the country or continent right after it: the body's branch", () => {
    assert.deepStrictEqual(run('Velkom Vellandia said', 'B-ORG B-LOC O'), ['Velkom Vellandia/ORG']);
    assert.deepStrictEqual(run('a deal with TVK Europe', 'O O O B-ORG B-LOC'), ['TVK Europe/ORG']);
    // A word between, a name on no list, or a city: two names.
    assert.deepStrictEqual(run('Velkom in Vellandia', 'B-ORG O B-LOC'), ['Velkom/ORG', 'Vellandia/LOC']);
    assert.deepStrictEqual(run('Harl Velk Vellandia', 'B-ORG I-ORG B-LOC'), ['Harl Velk/ORG', 'Vellandia/LOC']);
    assert.deepStrictEqual(run('Velkom Tarnby', 'B-ORG B-LOC'), ['Velkom/ORG', 'Tarnby/LOC']);
  });
});
