import * as assert from 'assert';
import { run } from './ruleBench';

describe('courts named with the district or circuit they serve (rules-courts.ts)', () => {
  it('joins a court and "for the" district or circuit into one body', () => {
    assert.deepStrictEqual(
      run(
        'Judge Ula Brennick of the U.S. District Court for the Northern District of Velmark found',
        'O B-PER I-PER O O B-ORG I-ORG I-ORG O O B-LOC I-LOC I-LOC I-LOC O',
      ),
      ['Ula Brennick/PER', 'U.S. District Court for the Northern District of Velmark/ORG'],
    );
    assert.deepStrictEqual(
      run(
        'an appeal to the Court of Appeals for the Sixth Circuit in Tarnby',
        'O O O O B-ORG I-ORG I-ORG O O O O O B-LOC',
      ),
      ['Court of Appeals for the Sixth Circuit/ORG', 'Tarnby/LOC'],
    );
  });

  it('leaves a body not ending in a court, words without a district or circuit, and a name read on past them', () => {
    assert.deepStrictEqual(run('the Velkom Fund for the Northern District', 'O B-ORG I-ORG O O O O'), [
      'Velkom Fund/ORG',
    ]);
    assert.deepStrictEqual(run('the Tarnby Court for the Arts Council', 'O B-ORG I-ORG O O B-ORG I-ORG'), [
      'Tarnby Court/ORG',
      'Arts Council/ORG',
    ]);
    // A name read on past the district's words.
    assert.deepStrictEqual(
      run('the Velk Court for the Velmark District and Harl', 'O B-ORG I-ORG O O B-LOC I-LOC I-LOC I-LOC'),
      ['Velk Court/ORG', 'Velmark District and Harl/LOC'],
    );
  });
});
