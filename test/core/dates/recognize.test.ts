import * as assert from 'assert';
import { recognizeTemporal, TemporalRecognizer } from '../../../src/core/dates';
import type { Span } from '../../../src/core/types';

const DCT = '2025-10-15'; // a Wednesday

/** The spans as [text, type, value] triples, for compact assertions. */
function tag(text: string, dct: string | null = DCT): [string, string, string | undefined][] {
  return recognizeTemporal(text, { dct: dct ?? undefined }).map(s => [text.slice(s.start, s.end), s.type, s.value]);
}

function only(text: string, dct: string | null = DCT): [string, string, string | undefined] {
  const all = tag(text, dct);
  assert.strictEqual(all.length, 1, JSON.stringify(all));
  return all[0];
}

describe('recognizeTemporal', () => {
  describe('explicit calendar dates', () => {
    it('reads month-day-year in US and UK order and ISO form', () => {
      assert.deepStrictEqual(only('The plant opened on Oct. 3, 2019 after delays.'), [
        'Oct. 3, 2019',
        'DATE',
        '2019-10-03',
      ]);
      assert.deepStrictEqual(only('It closed on 4 February 2021.'), ['4 February 2021', 'DATE', '2021-02-04']);
      assert.deepStrictEqual(only('Filed 2024-03-09 at the registry.'), ['2024-03-09', 'DATE', '2024-03-09']);
      assert.deepStrictEqual(only('Updated 2024-03-09T08:15:00Z'), ['2024-03-09', 'DATE', '2024-03-09']);
      assert.deepStrictEqual(only('Filed 2024/03/09.'), ['2024/03/09', 'DATE', '2024-03-09']);
    });
    it('keeps a leading weekday inside a full date', () => {
      assert.deepStrictEqual(only('Voting ends Saturday, April 12, 2025.'), [
        'Saturday, April 12, 2025',
        'DATE',
        '2025-04-12',
      ]);
    });
    it('reads months with a year and bare years', () => {
      assert.deepStrictEqual(tag('Sales fell in July 2023 and again in 2024.'), [
        ['July 2023', 'DATE', '2023-07'],
        ['2024', 'DATE', '2024'],
      ]);
    });
    it('reads seasons with a year and dates in spaced-out comma style', () => {
      assert.deepStrictEqual(only('Work began in the summer of 2024.'), ['the summer of 2024', 'DATE', '2024-SU']);
      assert.deepStrictEqual(only('Valid until December 31 , 2001 .'), ['December 31 , 2001', 'DATE', '2001-12-31']);
    });
    it('reads abbreviated weekdays before a date, business quarters and dotted clock times', () => {
      assert.deepStrictEqual(only('Published Mon 13 Oct 2025'), ['Mon 13 Oct 2025', 'DATE', '2025-10-13']);
      assert.deepStrictEqual(tag('Sales in Q3 2024 beat H1 and 2023 Q4.'), [
        ['Q3 2024', 'DATE', '2024-Q3'],
        ['H1', 'DATE', '2025-H1'],
        ['2023 Q4', 'DATE', '2023-Q4'],
      ]);
      assert.deepStrictEqual(only('Kick-off is at 3.30pm.'), ['3.30pm', 'TIME', '2025-10-15T15:30']);
    });
    it('reads decades and centuries', () => {
      assert.deepStrictEqual(only('Prices soared in the 1980s.'), ['the 1980s', 'DATE', '198X']);
      assert.deepStrictEqual(only('A relic of the 19th century.'), ['the 19th century', 'DATE', '18']);
    });
  });

  describe('boundaries follow TimeML', () => {
    it('leaves out prepositions and keeps determiners and modifiers', () => {
      assert.deepStrictEqual(only('The board met on Friday.'), ['Friday', 'DATE', '2025-10-10']);
      assert.deepStrictEqual(only('Profit rose in the third quarter.'), ['the third quarter', 'DATE', '2025-Q3']);
      assert.deepStrictEqual(only('The fund was set up in early September.'), ['early September', 'DATE', '2025-09']);
    });
    it('marks only the hyphenated adjective in "the third-quarter results"', () => {
      assert.deepStrictEqual(only('We await the third-quarter results.'), ['third-quarter', 'DATE', '2025-Q3']);
    });
  });

  describe('relative expressions against the article date', () => {
    it('puts a bare weekday in the past for past-tense reporting and ahead for future tense', () => {
      assert.strictEqual(only('The ministers met on Sunday in the capital.')[2], '2025-10-12');
      assert.strictEqual(only('The ministers will meet on Sunday in the capital.')[2], '2025-10-19');
    });
    it('treats the article day itself as that weekday', () => {
      assert.strictEqual(only('Officials said Wednesday that talks broke down.')[2], '2025-10-15');
    });
    it('resolves last/next/this periods', () => {
      assert.deepStrictEqual(tag('Last month exports rose, this year they may fall and next week we will know.'), [
        ['Last month', 'DATE', '2025-09'],
        ['this year', 'DATE', '2025'],
        ['next week', 'DATE', '2025-W43'],
      ]);
    });
    it('resolves deictic words and "ago"', () => {
      assert.deepStrictEqual(tag('Yesterday the mayor resigned; two weeks ago she denied it; today nobody is sure.'), [
        ['Yesterday', 'DATE', '2025-10-14'],
        ['two weeks ago', 'DATE', '2025-W40'],
        ['today', 'DATE', '2025-10-15'],
      ]);
      assert.deepStrictEqual(only('Results are due soon.'), ['soon', 'DATE', 'FUTURE_REF']);
      assert.deepStrictEqual(only('Now the river is calm.'), ['Now', 'DATE', 'PRESENT_REF']);
    });
    it('places a month without year in the most recent past, or ahead in future talk', () => {
      assert.strictEqual(only('The parade was held in early September.')[2], '2025-09');
      assert.strictEqual(only('The vote happened in December.')[2], '2024-12');
      assert.strictEqual(only('The vote will take place in December.')[2], '2025-12');
      assert.deepStrictEqual(only('The firm agreed in June to sell.'), ['June', 'DATE', '2025-06']);
    });
    it('takes "the weekend" as the latest weekend in past talk', () => {
      assert.deepStrictEqual(only('Crowds gathered over the weekend.'), ['the weekend', 'DATE', '2025-W41-WE']);
    });
    it('places a numbered quarter that has not begun in the previous year', () => {
      assert.strictEqual(only('Profit rose in the fourth quarter.', '2026-01-20')[2], '2025-Q4');
    });
    it('gives underspecified values without an article date', () => {
      assert.deepStrictEqual(only('The deadline is October 31.', null), ['October 31', 'DATE', 'XXXX-10-31']);
      assert.deepStrictEqual(only('He left on Friday.', null), ['Friday', 'DATE', 'XXXX-WXX-5']);
      assert.deepStrictEqual(only('She left yesterday.', null), ['yesterday', 'DATE', undefined]);
    });
  });

  describe('times, durations and sets', () => {
    it('reads clock times with the day they belong to', () => {
      assert.deepStrictEqual(only('The blast came at 10:35 a.m. Tuesday.'), [
        '10:35 a.m. Tuesday',
        'TIME',
        '2025-10-14T10:35',
      ]);
      assert.deepStrictEqual(only('They met this morning.'), ['this morning', 'TIME', '2025-10-15TMO']);
    });
    it('reads durations with modifiers', () => {
      assert.deepStrictEqual(only('The strike lasted more than four hours.'), [
        'more than four hours',
        'DURATION',
        'PT4H',
      ]);
      assert.deepStrictEqual(only('Output fell over the past two months.'), ['the past two months', 'DURATION', 'P2M']);
      assert.deepStrictEqual(only('They signed a 10-year lease.'), ['10-year', 'DURATION', 'P10Y']);
      assert.deepStrictEqual(only('It took several weeks.'), ['several weeks', 'DURATION', 'PXW']);
      assert.deepStrictEqual(only('They began the 14-day wait.'), ['14-day', 'DURATION', 'P14D']);
    });
    it('reads sets', () => {
      assert.deepStrictEqual(only('The paper is printed daily.'), ['daily', 'SET', 'P1D']);
      assert.deepStrictEqual(only('The club meets every Monday.'), ['every Monday', 'SET', 'XXXX-WXX-1']);
      assert.deepStrictEqual(only('Inspectors come twice a year.'), ['twice a year', 'SET', 'P1Y']);
    });
  });

  describe('ranges', () => {
    it('joins two dates into a range with both ends', () => {
      const text = 'The fair runs October 31 to November 1, 2025.';
      const [s] = recognizeTemporal(text, { dct: DCT });
      assert.strictEqual(text.slice(s.start, s.end), 'October 31 to November 1, 2025');
      assert.deepStrictEqual(s.range, { from: '2025-10-31', to: '2025-11-01' });
    });
    it('reads compact year and day ranges', () => {
      const [years] = recognizeTemporal('He served 2019-2021 as chair.');
      assert.deepStrictEqual(years.range, { from: '2019', to: '2021' });
      const [days] = recognizeTemporal('The summit is on Nov. 10-12, 2025.');
      assert.deepStrictEqual(days.range, { from: '2025-11-10', to: '2025-11-12' });
    });
    it('carries a range across a year end', () => {
      const [s] = recognizeTemporal('Shops close Dec. 30 to Jan. 2.', { dct: '2025-12-01' });
      assert.deepStrictEqual(s.range, { from: '2025-12-30', to: '2026-01-02' });
    });
  });

  describe('false positives', () => {
    it('does not take names, modals or verbs for months', () => {
      assert.deepStrictEqual(tag('Theresa May said she may march on. They March forward.'), []);
      assert.deepStrictEqual(tag('Reporters April Ryan and June Carter asked.'), []);
      assert.deepStrictEqual(tag('The Sun reported the story.'), []);
      assert.deepStrictEqual(only('The jury sat Oct. 12, 2024.'), ['Oct. 12, 2024', 'DATE', '2024-10-12']);
    });
    it('does not take counts or prices for years', () => {
      assert.deepStrictEqual(tag('About 1500 troops and $2000 were sent, 1999 people voted.'), []);
    });
    it('does not take ages, titles or newspaper names for durations and sets', () => {
      assert.deepStrictEqual(tag('The 44-year-old pilot watched 60 Minutes and read the party daily Pravda.'), []);
      // A weekly or monthly paper too, but not a set before a weekday.
      assert.deepStrictEqual(tag('She told the music weekly Velk and the monthly Tarn Review.'), []);
      assert.deepStrictEqual(tag('They hold weekly Monday meetings.'), [
        ['weekly', 'SET', 'P1W'],
        ['Monday', 'DATE', '2025-10-13'],
      ]);
    });
    it('does not take rates or "as soon as" for time expressions', () => {
      assert.deepStrictEqual(tag('It costs $5 a day. Call as soon as possible.'), []);
    });
  });

  describe('structure', () => {
    it('returns sorted, non-overlapping spans', () => {
      const text = 'On Monday, March 3, 2025, at noon, the last two weeks and 2024 ended; next year too.';
      const spans = recognizeTemporal(text, { dct: DCT });
      assert.ok(spans.length >= 4);
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start);
    });
    it('gives each paragraph the same spans alone as inside the whole text', () => {
      const paras = [
        'Officials met on Sunday.',
        'In early September the parade was held.',
        'Prices will rise next year.',
      ];
      const whole = paras.join('\n\n');
      const together = recognizeTemporal(whole, { dct: DCT });
      let offset = 0;
      const separate: Span[] = [];
      for (const p of paras) {
        for (const s of recognizeTemporal(p, { dct: DCT }))
          separate.push({ ...s, start: s.start + offset, end: s.end + offset });
        offset += p.length + 2;
      }
      assert.deepStrictEqual(together, separate);
    });
    it('is available as a Recognizer', () => {
      assert.deepStrictEqual(new TemporalRecognizer().recognize('Yesterday.', { dct: DCT }), [
        { start: 0, end: 9, type: 'DATE', value: '2025-10-14' },
      ]);
    });
  });
});
