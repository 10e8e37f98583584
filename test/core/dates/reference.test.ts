import * as assert from 'assert';
import { findReferenceDate } from '../../../src/core/dates';

describe('findReferenceDate', () => {
  it('prefers the date in front matter and points at it', () => {
    const text = '---\ntitle: Floods\ndate: 2025-10-12\n---\nPARIS, March 3, 2024 (AFP) - Rivers rose.';
    const ref = findReferenceDate(text)!;
    assert.deepStrictEqual({ date: ref.date, source: ref.source }, { date: '2025-10-12', source: 'front-matter' });
    assert.strictEqual(text.slice(ref.start, ref.end), '2025-10-12');
  });
  it('reads a quoted or written-out front-matter date', () => {
    assert.strictEqual(findReferenceDate('---\ndate: "2024-02-29T08:00:00Z"\n---\nBody')?.date, '2024-02-29');
    assert.strictEqual(findReferenceDate('---\ndate: October 12, 2025\n---\nBody')?.date, '2025-10-12');
  });
  it('falls back to a dateline', () => {
    const text = 'LIMA, Peru, Jan. 5, 2023 (Reuters) - The congress voted on Friday.';
    const ref = findReferenceDate(text)!;
    assert.deepStrictEqual(
      [ref.date, ref.source, text.slice(ref.start, ref.end)],
      ['2023-01-05', 'dateline', 'Jan. 5, 2023'],
    );
  });
  it('reads a byline date a few lines down', () => {
    const text = 'Rivers burst their banks\n\nBy Ana Ruiz | Published 12 October 2025\n\nThe water rose on Sunday.';
    assert.strictEqual(findReferenceDate(text)?.date, '2025-10-12');
  });
  it('ignores dates inside ordinary sentences and dates without a year', () => {
    assert.strictEqual(findReferenceDate('The treaty that was signed on May 2, 1998 still holds.'), undefined);
    assert.strictEqual(findReferenceDate('BEIJING, Oct. 12 (Reuters) - Talks ended.'), undefined);
    assert.strictEqual(findReferenceDate('No dates here at all.'), undefined);
  });
  it('does not take a date of birth for the article date', () => {
    assert.strictEqual(findReferenceDate('Brock Holt\nBorn: June 11, 1988\nFort Worth, Texas'), undefined);
    assert.strictEqual(findReferenceDate('Ana Ruiz (b. 3 March 1990) is a writer.'), undefined);
  });
});
