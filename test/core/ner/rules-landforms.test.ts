import * as assert from 'assert';
import { run } from './ruleBench';

describe('rivers and mountains named by their opening word (rules-landforms.ts)', () => {
  it('types "the River ..." and "Mount ..." read as a body or a person as the place', () => {
    assert.deepStrictEqual(run('flooding from the River Lenvale and', 'O O O B-ORG I-ORG O'), ['River Lenvale/LOC']);
    assert.deepStrictEqual(run('climbers on Mount Tarvel said', 'O O B-ORG I-ORG O'), ['Mount Tarvel/LOC']);
    assert.deepStrictEqual(run('the slopes of Mt. Qorvin Peak', 'O O O B-ORG I-ORG I-ORG'), ['Mt. Qorvin Peak/LOC']);
    // A surname after "River": the tagger reads a person.
    assert.deepStrictEqual(run('the bank of the River Brennick ,', 'O O O O B-PER I-PER O'), ['River Brennick/LOC']);
  });

  it('leaves a club without "the", a body, a name with an everyday word and a person as read', () => {
    assert.deepStrictEqual(run('River Lenvale beat Tarnby', 'B-ORG I-ORG O B-ORG'), [
      'River Lenvale/ORG',
      'Tarnby/ORG',
    ]);
    assert.deepStrictEqual(run('at Mount Tarvel University', 'O B-ORG I-ORG I-ORG'), ['Mount Tarvel University/ORG']);
    assert.deepStrictEqual(run('the River Dream won', 'O B-ORG I-ORG O'), ['River Dream/ORG']);
    // A person named so is left to the tagger.
    assert.deepStrictEqual(run('the actor River Velk said', 'O O B-PER I-PER O'), ['River Velk/PER']);
  });

  it('reads "the" and a listed sea\'s adjective as the sea where its noun phrase ends', () => {
    assert.deepStrictEqual(run('tankers crossing the Qarvian were delayed', 'O O O B-MISC O O'), ['Qarvian/LOC']);
    assert.deepStrictEqual(run('ferries from Tarnby on the Qarvian .', 'O O B-LOC O O O O'), [
      'Tarnby/LOC',
      'Qarvian/LOC',
    ]);
    // Also in a sentence with no other name.
    assert.deepStrictEqual(run('ferries cross the Qarvian .', 'O O O O O'), ['Qarvian/LOC']);
    // Not before a noun, nor a people's name or a word with no listed sea.
    assert.deepStrictEqual(run('the Qarvian region grew', 'O B-MISC O O'), ['Qarvian/MISC']);
    assert.deepStrictEqual(run('the Korean were beaten', 'O B-MISC O O'), ['Korean/MISC']);
    assert.deepStrictEqual(run('the Velkan were delayed', 'O B-MISC O O'), ['Velkan/MISC']);
  });
});
