import * as assert from 'assert';
import * as fc from 'fast-check';
import { recognizeTemporal } from '../../../src/core/dates';

/** Sentence pieces with and without temporal expressions, joined at random. */
const PIECES = [
  'The council met on Friday',
  'prices rose 3% in the third quarter',
  'last month',
  'two weeks ago',
  'Theresa May said',
  'on Oct. 12, 2024',
  'every Monday',
  'at 10:30 a.m.',
  'for several years',
  'in early September',
  'since 1998',
  'the 1990s',
  'about 1500 troops',
  'yesterday',
  'will open next week',
  'Dec. 30 to Jan. 2',
  'from 2019-2021',
  'the year-ago quarter',
  'now',
  'A 10-year plan',
  'He said',
  'and',
  ',',
  '.',
  '\n',
  '\n\n',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map(xs => xs.join(' '));
const dctArb = fc.option(
  fc
    .date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
    .map(d => d.toISOString().slice(0, 10)),
  { nil: undefined },
);

describe('recognizeTemporal properties', () => {
  it('returns sorted, non-overlapping, in-bounds spans', () => {
    fc.assert(
      fc.property(textArb, dctArb, (text, dct) => {
        const spans = recognizeTemporal(text, { dct });
        spans.forEach((s, i) => {
          assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
          if (i > 0) assert.ok(spans[i - 1].end <= s.start);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same spans in each paragraph alone as in the whole text', () => {
    fc.assert(
      fc.property(textArb, dctArb, (text, dct) => {
        const whole = recognizeTemporal(text, { dct });
        const pieces: typeof whole = [];
        let offset = 0;
        for (const para of text.split('\n\n')) {
          for (const s of recognizeTemporal(para, { dct }))
            pieces.push({ ...s, start: s.start + offset, end: s.end + offset });
          offset += para.length + 2;
        }
        assert.deepStrictEqual(whole, pieces);
      }),
      { numRuns: 300 },
    );
  });
});
