import * as assert from 'assert';
import { run } from './ruleBench';

describe("exchanges in a ticker's brackets (rules-tickers.ts)", () => {
  it('tags the exchange before a colon and a ticker as a body', () => {
    assert.deepStrictEqual(run('Velkom ( NYSE : VLK ) fell', 'B-ORG O O O B-ORG O O'), [
      'Velkom/ORG',
      'NYSE/ORG',
      'VLK/ORG',
    ]);
    assert.deepStrictEqual(run('Velkom ( ASX : VLK ) fell', 'B-ORG O B-LOC O O O O'), ['Velkom/ORG', 'ASX/ORG']);
  });

  it('leaves an exchange outside such brackets, and one before no ticker', () => {
    assert.deepStrictEqual(run('listed on the NYSE since May', 'O O O O O O'), []);
    assert.deepStrictEqual(run('Velkom ( NYSE : shares ) fell', 'B-ORG O O O O O O'), ['Velkom/ORG']);
  });
});
