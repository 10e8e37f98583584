import * as assert from 'assert';
import { run } from './ruleBench';

describe('venues (rules-venues.ts)', () => {
  it('makes a venue\'s name right after "at" or "outside" a place, not the body that runs it', () => {
    assert.deepStrictEqual(run('won at the Tarnby County Ground on', 'O O O B-ORG I-ORG I-ORG O'), [
      'Tarnby County Ground/LOC',
    ]);
    assert.deepStrictEqual(run('said outside Velby Palace', 'O O B-ORG I-ORG'), ['Velby Palace/LOC']);
    // Opening the sentence too.
    assert.deepStrictEqual(run('Outside the Velby Palace , crowds', 'O O B-ORG I-ORG O O'), ['Velby Palace/LOC']);
    assert.deepStrictEqual(run('at the Velby Convention Centre', 'O O B-ORG I-ORG I-ORG'), [
      'Velby Convention Centre/LOC',
    ]);
    assert.deepStrictEqual(run('at the Velby Sports Complex', 'O O B-ORG I-ORG I-ORG'), ['Velby Sports Complex/LOC']);
    assert.deepStrictEqual(run('vendors at the Velby Public Market', 'O O O B-ORG I-ORG I-ORG'), [
      'Velby Public Market/LOC',
    ]);
    // Not a centre or complex that may be a body, a name after another word, nor a listed body.
    assert.deepStrictEqual(run('at the Velby Research Centre', 'O O B-ORG I-ORG I-ORG'), ['Velby Research Centre/ORG']);
    assert.deepStrictEqual(run('at the Velby Industrial Complex', 'O O B-ORG I-ORG I-ORG'), [
      'Velby Industrial Complex/ORG',
    ]);
    assert.deepStrictEqual(run('by the Tarnby County Ground', 'O O B-ORG I-ORG I-ORG'), ['Tarnby County Ground/ORG']);
  });

  it("makes a name ending in a stadium's or a dome's word, or opening with another language's site word, a place", () => {
    assert.deepStrictEqual(run('the tour moves to the Tarnby Dome in June', 'O O O O O B-ORG I-ORG O O'), [
      'Tarnby Dome/LOC',
    ]);
    assert.deepStrictEqual(run('Velk Stadium was full', 'B-ORG I-ORG O O'), ['Velk Stadium/LOC']);
    // Not one word, not a listed body, nor another site the corpora read as a body (an air base).
    assert.deepStrictEqual(run('the Dome was full', 'O B-ORG O O'), ['Dome/ORG']);
    // Another language's word for a site opens its name, with the capitalised words the tagger left out.
    assert.deepStrictEqual(run('won at the Stade Ulla Brennick in Tarnby', 'O O O B-ORG I-ORG O O B-LOC'), [
      'Stade Ulla Brennick/LOC',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('queues at Gare Velmont on Monday', 'O O B-PER I-PER O O'), ['Gare Velmont/LOC']);
    // A Portuguese or Malay street named after someone.
    assert.deepStrictEqual(run('lived on Rua de Ulla Brennick for years', 'O O B-PER I-PER I-PER I-PER O O'), [
      'Rua de Ulla Brennick/LOC',
    ]);
    assert.deepStrictEqual(run('traffic on Jalan Velko stopped', 'O O B-PER I-PER O'), ['Jalan Velko/LOC']);
    // A person's name right after it: a site named after someone.
    assert.deepStrictEqual(run('at the Estadio Velko Ulla Brennick in', 'O O B-LOC I-LOC B-PER I-PER O'), [
      'Estadio Velko Ulla Brennick/LOC',
    ]);
    assert.deepStrictEqual(run('at the Estadio Velko , Ulla Brennick said', 'O O B-LOC I-LOC O B-PER I-PER O'), [
      'Estadio Velko/LOC',
      'Ulla Brennick/PER',
    ]);
    assert.deepStrictEqual(run('flew from Tarnby Air Base', 'O O B-ORG I-ORG I-ORG'), ['Tarnby Air Base/ORG']);
  });
});
