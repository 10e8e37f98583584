import * as assert from 'assert';
import { applyFix, check, found } from './helpers';

const weekdays = (text: string, date?: string) => check(text, { date, only: ['weekdays'] });

describe('checks: weekdays and impossible dates', () => {
  it('flags a weekday that contradicts a dated day and offers both fixes', () => {
    const text = 'The council met on Monday, March 3, 2026, in the old hall.';
    const [d, ...rest] = weekdays(text);
    assert.strictEqual(rest.length, 0);
    assert.deepStrictEqual(found(text, [d]), ['weekday-mismatch: Monday, March 3, 2026']);
    assert.strictEqual(d.severity, 'warning');
    assert.match(d.message, /March 3, 2026 is a Tuesday, not a Monday/);
    assert.strictEqual(applyFix(text, d, 0), 'The council met on Tuesday, March 3, 2026, in the old hall.');
    assert.strictEqual(applyFix(text, d, 1), 'The council met on Monday, March 2, 2026, in the old hall.');
  });

  it('leaves a correct weekday alone', () => {
    assert.deepStrictEqual(weekdays('The council met on Tuesday, March 3, 2026.'), []);
    assert.deepStrictEqual(weekdays('Voting ends Sunday 14 June 2026 at noon.'), []);
  });

  it('checks a date without its year against the year the article date gives it', () => {
    // March 3 was a Monday in 2025, but an article of March 2026 means this year's March 3.
    const text = 'The council met on Monday, March 3, in the old hall.';
    assert.deepStrictEqual(found(text, weekdays(text, '2026-03-10')), ['weekday-mismatch: Monday, March 3']);
    assert.deepStrictEqual(weekdays(text), [], 'without an article date the year is unknown');
  });

  it('keeps the way the weekday and the month are written, and crosses a month end', () => {
    // October 1, 2026 is a Thursday; the Tuesday nearest it is September 29.
    const text = 'Storm warnings went out on Tue., Oct. 1, 2026.';
    const [d] = weekdays(text);
    assert.strictEqual(applyFix(text, d, 0), 'Storm warnings went out on Thu., Oct. 1, 2026.');
    assert.strictEqual(applyFix(text, d, 1), 'Storm warnings went out on Tue., Sept. 29, 2026.');
  });

  it('pairs a weekday with a numeric date beside it or in brackets after it', () => {
    const iso = 'The terminal opened on Monday, 2026-09-15.';
    const [d] = weekdays(iso);
    assert.deepStrictEqual(found(iso, [d]), ['weekday-mismatch: Monday, 2026-09-15']);
    assert.strictEqual(applyFix(iso, d, 1), 'The terminal opened on Monday, 2026-09-14.');
    const bracketed = 'It was signed on July 9, 2019 (Wednesday), in the port office.';
    assert.deepStrictEqual(found(bracketed, weekdays(bracketed)), ['weekday-mismatch: July 9, 2019 (Wednesday']);
  });

  it('flags days that do not exist', () => {
    const text = [
      'A recount on February 30 was refused.',
      'Work began on April 31, 2026.',
      'Staff were paid from Feb. 29, 2026.',
      'The parade is on 31 June.',
    ].join('\n');
    assert.deepStrictEqual(found(text, weekdays(text)), [
      'impossible-date: February 30',
      'impossible-date: April 31, 2026',
      'impossible-date: Feb. 29, 2026',
      'impossible-date: 31 June',
    ]);
    assert.match(weekdays('Paid from Feb. 29, 2026.')[0].message, /2026 is not a leap year/);
  });

  it('accepts February 29 of a leap year or without a year, and numbers that are not days', () => {
    assert.deepStrictEqual(weekdays('It happened on Feb. 29, 2024, and again on February 29.'), []);
    assert.deepStrictEqual(weekdays('Liquid assets July 96 June 96 July 95 stood at 107.'), []);
  });

  it('moves an impossible date with a weekday to the nearest such day', () => {
    const text = 'The vote is on Monday, February 30, 2026.';
    const [d] = weekdays(text);
    assert.strictEqual(d.code, 'impossible-date');
    assert.strictEqual(applyFix(text, d), 'The vote is on Monday, March 2, 2026.');
  });
});
