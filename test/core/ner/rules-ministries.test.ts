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

  it('takes a portfolio named by capitalised words before its portfolio word, after "and" too', () => {
    assert.deepStrictEqual(
      run('The Ministry of the Interior and Kingdom Relations said', 'O B-ORG O O O O B-ORG I-ORG O'),
      ['Ministry of the Interior and Kingdom Relations/ORG'],
    );
    assert.deepStrictEqual(
      run('The Ministry of the Interior and Kingdom Relations said', 'O B-ORG I-ORG I-ORG I-ORG O B-ORG I-ORG O'),
      ['Ministry of the Interior and Kingdom Relations/ORG'],
    );
    assert.deepStrictEqual(run('the Ministry of Tarnian Affairs said', 'O B-ORG O B-MISC O O'), [
      'Ministry of Tarnian Affairs/ORG',
    ]);
    // Not capitalised words that end in no portfolio: a second body.
    assert.deepStrictEqual(
      run('the Ministry of Health and Velkom Tarnby said', 'O B-ORG I-ORG I-ORG O B-ORG I-ORG O'),
      ['Ministry of Health/ORG', 'Velkom Tarnby/ORG'],
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

describe('an office named after its holder (rules-ministries.ts)', () => {
  it('runs "Office of the" over the capitalised words up to the holder\'s title, however they were read', () => {
    assert.deepStrictEqual(run('the Office of the Korean Velk Commissioner said', 'O B-ORG O O B-MISC O O O'), [
      'Office of the Korean Velk Commissioner/ORG',
    ]);
    assert.deepStrictEqual(
      run('the Office of the Vellandia Trade Representative said', 'O B-ORG I-ORG I-ORG I-ORG O O O'),
      ['Office of the Vellandia Trade Representative/ORG'],
    );
  });

  it("stops at the title already read and does not run over a person's name", () => {
    assert.deepStrictEqual(
      run('the Office of the Commissioner Joss Harl said', 'O B-ORG I-ORG I-ORG I-ORG B-PER I-PER O'),
      ['Office of the Commissioner/ORG', 'Joss Harl/PER'],
    );
    assert.deepStrictEqual(run('the Office of the Joss Harl Commissioner said', 'O B-ORG O O B-PER I-PER O O'), [
      'Office/ORG',
      'Joss Harl/PER',
    ]);
  });
});
