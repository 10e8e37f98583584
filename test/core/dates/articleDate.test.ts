import * as assert from 'assert';
import { chooseArticleDate, dayOf, isValidDay } from '../../../src/core/dates/articleDate';

describe('chooseArticleDate', () => {
  const withFrontMatter = '---\ndate: 2024-03-05\n---\nThe council met on Sunday.';

  it('prefers a date the user set in the sidecar', () => {
    assert.deepStrictEqual(chooseArticleDate(withFrontMatter, '2024-04-01'), {
      date: '2024-04-01',
      source: 'sidecar',
      guess: false,
    });
  });

  it('then the date the article states', () => {
    assert.deepStrictEqual(chooseArticleDate(withFrontMatter, undefined, '2030-01-01'), {
      date: '2024-03-05',
      source: 'front-matter',
      guess: false,
    });
  });

  it('falls back to the file date, marked as a guess', () => {
    assert.deepStrictEqual(chooseArticleDate('No date here.', undefined, '2023-02-01'), {
      date: '2023-02-01',
      source: 'file-modified',
      guess: true,
    });
    assert.strictEqual(chooseArticleDate('No date here.'), undefined);
  });

  it('ignores an invalid sidecar date', () => {
    assert.strictEqual(chooseArticleDate('No date here.', '2023-02-30'), undefined);
  });
});

describe('isValidDay / dayOf', () => {
  it('accepts real days only', () => {
    assert.ok(isValidDay('2024-02-29'));
    assert.ok(!isValidDay('2023-02-29'));
    assert.ok(!isValidDay('2023-2-1'));
  });
  it('gives the UTC day of a timestamp', () => {
    assert.strictEqual(dayOf(Date.UTC(2025, 9, 12, 23, 59)), '2025-10-12');
  });
});
