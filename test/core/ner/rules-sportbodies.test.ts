import * as assert from 'assert';
import { run } from './ruleBench';

describe("a sport's governing body (rules-sportbodies.ts)", () => {
  it("joins a listed country and a sport's word right before or after it into the sport's body there", () => {
    assert.deepStrictEqual(run('suspended by Athletics Vellandia on', 'O O O B-LOC O'), ['Athletics Vellandia/ORG']);
    assert.deepStrictEqual(run('San Tarno Cricket said', 'B-LOC I-LOC B-PER O'), ['San Tarno Cricket/ORG']);
    assert.deepStrictEqual(run('officials at Cricket Vellandia said', 'O O B-LOC I-LOC O'), ['Cricket Vellandia/ORG']);
    assert.deepStrictEqual(run('Vellandia Track & Field named', 'B-ORG O O O O'), ['Vellandia Track & Field/ORG']);
    // A name the sport's word was read in is taken in whole.
    assert.deepStrictEqual(run('met Velk Athletics Vellandia staff', 'O B-ORG I-ORG B-LOC O'), [
      'Velk Athletics Vellandia/ORG',
    ]);
  });

  it('leaves a country with no sport beside it, a sport after a mark, and a town', () => {
    assert.deepStrictEqual(run('Vellandia won at cricket', 'B-LOC O O O'), ['Vellandia/LOC']);
    assert.deepStrictEqual(run('Cricket : Vellandia won', 'O O B-LOC O'), ['Vellandia/LOC']);
    assert.deepStrictEqual(run('Cricket Tarnby won', 'O B-LOC O'), ['Tarnby/LOC']);
  });
});
