import * as assert from 'assert';
import { run } from './ruleBench';

describe("a state's body named with its state (rules-polities.ts)", () => {
  it('joins a body holding its head noun to "of the" and a listed country', () => {
    assert.deepStrictEqual(run('the National Council of the San Tarno met', 'O B-ORG I-ORG O O B-LOC I-LOC O'), [
      'National Council of the San Tarno/ORG',
    ]);
    // Also when the tagger read the state's name in parts.
    assert.deepStrictEqual(run('the Velk University of the San Tarno met', 'O B-ORG I-ORG O O B-MISC B-LOC O'), [
      'Velk University of the San Tarno/ORG',
    ]);
  });

  it('joins a body to a union of states named by a nationality, read as a body', () => {
    assert.deepStrictEqual(
      run('the Velk Regional Council of the Korean Union ruled', 'O B-ORG I-ORG I-ORG O O B-ORG I-ORG O'),
      ['Velk Regional Council of the Korean Union/ORG'],
    );
    assert.deepStrictEqual(
      run('the Velk Regional Council of the Brask Union ruled', 'O B-ORG I-ORG I-ORG O O B-ORG I-ORG O'),
      ['Velk Regional Council/ORG', 'Brask Union/ORG'],
    );
  });

  it('leaves a firm, a firm ending in its legal form, and a town after "of the" as read', () => {
    assert.deepStrictEqual(run('Brask Velm of the San Tarno said', 'B-ORG I-ORG O O B-LOC I-LOC O'), [
      'Brask Velm/ORG',
      'San Tarno/LOC',
    ]);
    assert.deepStrictEqual(run('the Velk Bank Ltd of the San Tarno said', 'O B-ORG I-ORG I-ORG O O B-LOC I-LOC O'), [
      'Velk Bank Ltd/ORG',
      'San Tarno/LOC',
    ]);
    assert.deepStrictEqual(run('the Velk Regional Council of the Tarnby area', 'O B-ORG I-ORG I-ORG O O B-LOC O'), [
      'Velk Regional Council/ORG',
      'Tarnby/LOC',
    ]);
  });

  it('joins a body to a state read in parts as a body, and to a region named with its noun after a listed place', () => {
    assert.deepStrictEqual(run('the Velk Council of the Korean Federation ruled', 'O B-ORG I-ORG O O B-MISC B-ORG O'), [
      'Velk Council of the Korean Federation/ORG',
    ]);
    assert.deepStrictEqual(
      run(
        'the Ministry of Roads and Ports of the Velbuja Region said',
        'O B-ORG I-ORG I-ORG I-ORG I-ORG O O B-LOC I-LOC O',
      ),
      ['Ministry of Roads and Ports of the Velbuja Region/ORG'],
    );
    // Not a region no list knows.
    assert.deepStrictEqual(
      run(
        'the Ministry of Roads and Ports of the Qarvo Region said',
        'O B-ORG I-ORG I-ORG I-ORG I-ORG O O B-LOC I-LOC O',
      ),
      ['Ministry of Roads and Ports/ORG', 'Qarvo Region/LOC'],
    );
  });
});
