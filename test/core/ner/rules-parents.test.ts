import * as assert from 'assert';
import { run } from './ruleBench';

describe("rules on a body's name that names the state or body it belongs to (rules-parents.ts)", () => {
  it('runs a body\'s name on over "of the State of" and the state\'s name', () => {
    assert.deepStrictEqual(
      run('the Court of Justice of the State of Vellandia ruled', 'O B-ORG I-ORG I-ORG O O O O B-LOC O'),
      ['Court of Justice of the State of Vellandia/ORG'],
    );
    // Also when the tagger read the state's words into the place.
    assert.deepStrictEqual(
      run('the Velk Bank of the Republic of Tarnia said', 'O B-ORG I-ORG O O B-LOC I-LOC I-LOC O'),
      ['Velk Bank of the Republic of Tarnia/ORG'],
    );
  });

  it('runs a unit\'s name on over "of the" and the larger body\'s name', () => {
    assert.deepStrictEqual(
      run('the Internal Affairs Division of the Velk Police said', 'O B-ORG I-ORG I-ORG O O B-ORG I-ORG O'),
      ['Internal Affairs Division of the Velk Police/ORG'],
    );
  });

  it('leaves a body and a place or body after "of the" apart otherwise', () => {
    // No state word and no unit, or a person after "of the".
    assert.deepStrictEqual(run('Velkom of the Tarn Group said', 'B-ORG O O B-ORG I-ORG O'), [
      'Velkom/ORG',
      'Tarn Group/ORG',
    ]);
    assert.deepStrictEqual(run('the Velk Office of the Ann Lee said', 'O B-ORG I-ORG O O B-PER I-PER O'), [
      'Velk Office/ORG',
      'Ann Lee/PER',
    ]);
  });
});
