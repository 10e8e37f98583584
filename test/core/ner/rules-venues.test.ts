import * as assert from 'assert';
import { run } from './ruleBench';

describe('venues (rules-venues.ts)', () => {
  it('makes a venue\'s name right after "at" or "outside" a place, not the body that runs it', () => {
    assert.deepStrictEqual(run('won at the Tarnby County Ground on', 'O O O B-ORG I-ORG I-ORG O'), [
      'Tarnby County Ground/LOC',
    ]);
    assert.deepStrictEqual(run('said outside Velby Palace', 'O O B-ORG I-ORG'), ['Velby Palace/LOC']);
    assert.deepStrictEqual(run('at the Velby Convention Centre', 'O O B-ORG I-ORG I-ORG'), [
      'Velby Convention Centre/LOC',
    ]);
    // Not a centre that may be a body, a name after another word, nor a listed body.
    assert.deepStrictEqual(run('at the Velby Research Centre', 'O O B-ORG I-ORG I-ORG'), ['Velby Research Centre/ORG']);
    assert.deepStrictEqual(run('by the Tarnby County Ground', 'O O B-ORG I-ORG I-ORG'), ['Tarnby County Ground/ORG']);
  });

  it("makes a name ending in a stadium's or a dome's word a place wherever it stands", () => {
    assert.deepStrictEqual(run('the tour moves to the Tarnby Dome in June', 'O O O O O B-ORG I-ORG O O'), [
      'Tarnby Dome/LOC',
    ]);
    assert.deepStrictEqual(run('Velk Stadium was full', 'B-ORG I-ORG O O'), ['Velk Stadium/LOC']);
    // Not one word, not a listed body, nor another site the corpora read as a body (an air base).
    assert.deepStrictEqual(run('the Dome was full', 'O B-ORG O O'), ['Dome/ORG']);
    assert.deepStrictEqual(run('flew from Tarnby Air Base', 'O O B-ORG I-ORG I-ORG'), ['Tarnby Air Base/ORG']);
  });
});
