import * as assert from 'assert';
import { run } from './ruleBench';

describe('bodies named for their fields before their head word (rules-fields.ts)', () => {
  it('joins names of everyday words joined by commas and "and" before a head word or legal form into one body', () => {
    assert.deepStrictEqual(
      run('engineers from Velk Borders and Government Trust Limited said', 'O O B-LOC I-LOC O B-ORG I-ORG I-ORG O'),
      ['Velk Borders and Government Trust Limited/ORG'],
    );
    assert.deepStrictEqual(
      run('the Velk Peoples , Women and Village Council said', 'O B-ORG I-ORG O B-ORG O B-ORG I-ORG O'),
      ['Velk Peoples , Women and Village Council/ORG'],
    );
  });

  it('leaves a first part ending in a head word, of one word, or a person', () => {
    assert.deepStrictEqual(run('Velk Trust and Government Trust Limited said', 'B-ORG I-ORG O B-ORG I-ORG I-ORG O'), [
      'Velk Trust/ORG',
      'Government Trust Limited/ORG',
    ]);
    assert.deepStrictEqual(run('Velk and Government Trust Limited said', 'B-ORG O B-ORG I-ORG I-ORG O'), [
      'Velk/ORG',
      'Government Trust Limited/ORG',
    ]);
    assert.deepStrictEqual(run('Ann Borders and Government Trust Limited said', 'B-PER I-PER O B-ORG I-ORG I-ORG O'), [
      'Ann Borders/PER',
      'Government Trust Limited/ORG',
    ]);
  });
});
