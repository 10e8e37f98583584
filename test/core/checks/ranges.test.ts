import * as assert from 'assert';
import { applyFix, check, found } from './helpers';

const ranges = (text: string, date?: string) => check(text, { date, only: ['rangesAndAges'] });

describe('checks: ranges that end before they start', () => {
  it('flags reversed ranges of days, years and dates, and swaps the ends', () => {
    const text = [
      'The fair runs March 12-10 in the square.',
      'She ran the port from 2021 to 2019.',
      'Hearings were held between June 5, 2026 and June 1, 2026.',
      'Costs are set for 2026-08-20 to 2026-08-14.',
      'The exhibition runs from May 21 to May 19, 2026.',
    ].join('\n');
    const diagnostics = ranges(text);
    assert.deepStrictEqual(found(text, diagnostics), [
      'reversed-range: March 12-10',
      'reversed-range: from 2021 to 2019',
      'reversed-range: June 5, 2026 and June 1, 2026',
      'reversed-range: 2026-08-20 to 2026-08-14',
      'reversed-range: May 21 to May 19, 2026',
    ]);
    const fixed = applyFix(text, diagnostics[0]);
    assert.ok(fixed.startsWith('The fair runs March 10-12 in the square.'), fixed);
    assert.ok(
      applyFix(text, diagnostics[4]).includes('from May 19 to May 21, 2026'),
      'only the days move in one month',
    );
  });

  it('leaves ranges that run forwards, cross a new year, or count back in time alone', () => {
    const text = [
      'The festival runs March 10-12 and again from Dec. 30 to Jan. 2.',
      'He played in the 2019-20 season and studied between 2010 and 2012.',
      'The settlement dates from 1500-1200 BC.',
      'Scores of 2-1 and 14-12 decided the match.',
    ].join('\n');
    assert.deepStrictEqual(ranges(text), []);
  });
});

describe('checks: ages and lengths of time against dates', () => {
  it('flags an age that does not fit a birth year and the article date', () => {
    const text = 'Okafor, 45, who was born in 1970, leads the delegation.';
    const [d, ...rest] = ranges(text, '2026-03-10');
    assert.strictEqual(rest.length, 0);
    assert.deepStrictEqual(found(text, [d]), ['age-mismatch: 45']);
    assert.match(d.message, /55 or 56/);
    assert.strictEqual(applyFix(text, d, 1), 'Okafor, 56, who was born in 1970, leads the delegation.');
  });

  it('uses a full date of birth to tell which age is right', () => {
    const text = 'The 55-year-old, born on March 20, 1970, leads the delegation.';
    // Before the birthday in March 2026 the age is 55.
    assert.deepStrictEqual(ranges(text, '2026-03-10'), []);
    assert.deepStrictEqual(found(text, ranges(text, '2026-04-01')), ['age-mismatch: 55']);
  });

  it('checks an age at death against a birth and a death', () => {
    const text = 'Montenegro, who was born in 1945, died in 2025 at the age of 83.';
    assert.deepStrictEqual(found(text, ranges(text, '2026-01-22')), ['age-mismatch: 83']);
    assert.deepStrictEqual(ranges(text.replace('83', '80'), '2026-01-22'), []);
  });

  it('stays quiet where the sentence leaves any doubt', () => {
    const text = [
      'Okafor, 45, and Lindqvist, 50, who was born in 1970, met in Lisbon.',
      'Volunteers aged 18 to 25, born in 2001 or later, may apply.',
      'In 2010 the then 30-year-old, born in 1975, moved abroad.',
    ].join('\n');
    assert.deepStrictEqual(ranges(text, '2026-03-10'), [], 'two ages; a range of ages; another year');
    assert.deepStrictEqual(ranges('Lindqvist, 45, was born in 1970.'), [], 'no article date');
  });

  it('flags a length of time that does not fit the range beside it', () => {
    const text = [
      'The 12-year expansion, from 1990 to 1998, doubled the yard.',
      'A three-day programme from June 5 to June 11 fills the square.',
      'The ten-year plan (2021-2030) was approved.',
      'The fair lasts five days, from June 5 to June 9.',
    ].join('\n');
    assert.deepStrictEqual(found(text, ranges(text)), ['duration-mismatch: 12-year', 'duration-mismatch: three-day']);
  });
});
