import * as assert from 'assert';
import { run } from './ruleBench';

describe("a ministry's portfolio (rules-ministries.ts)", () => {
  it('takes the portfolio after "of" or "for" into a long ministry\'s name, whatever the tagger read it as', () => {
    assert.deepStrictEqual(run('the Velmark State Ministry of the Interior said', 'O B-ORG I-ORG I-ORG O O B-LOC O'), [
      'Velmark State Ministry of the Interior/ORG',
    ]);
    assert.deepStrictEqual(
      run('the Tarnian Regional Office for Health and Social Care said', 'O B-ORG I-ORG I-ORG O O O O O O'),
      ['Tarnian Regional Office for Health and Social Care/ORG'],
    );
  });

  it("starts a body read as its last portfolio alone at the department's head before it", () => {
    assert.deepStrictEqual(run('the Department of Trade and Industry said', 'O O O O O B-ORG O'), [
      'Department of Trade and Industry/ORG',
    ]);
    assert.deepStrictEqual(
      run('the Velmark State Ministry of Trade and Industry said', 'O B-ORG I-ORG I-ORG O O O B-ORG O'),
      ['Velmark State Ministry of Trade and Industry/ORG'],
    );
  });

  it('leaves a head with no portfolio after it, and portfolios with no head before them', () => {
    assert.deepStrictEqual(run('the Trade and Industry figures', 'O O O B-ORG O'), ['Industry/ORG']);
    assert.deepStrictEqual(run('sent to the Velmark Ministry for an arrest', 'O O O B-ORG I-ORG O O O'), [
      'Velmark Ministry/ORG',
    ]);
  });

  it('leaves words that are no portfolio, a person and other heads as read', () => {
    assert.deepStrictEqual(run('the Velmark State Ministry of Tarnby said', 'O B-ORG I-ORG I-ORG O B-LOC O'), [
      'Velmark State Ministry/ORG',
      'Tarnby/LOC',
    ]);
    assert.deepStrictEqual(run('the Velmark Regional Museum of Health said', 'O B-ORG I-ORG I-ORG O O O'), [
      'Velmark Regional Museum/ORG',
    ]);
    assert.deepStrictEqual(
      run('the Velmark State Ministry for Health Joss Harl said', 'O B-ORG I-ORG I-ORG O B-PER I-PER I-PER O'),
      ['Velmark State Ministry/ORG', 'Health Joss Harl/PER'],
    );
  });
});
