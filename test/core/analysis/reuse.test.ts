import * as assert from 'assert';
import * as fc from 'fast-check';
import { commonPrefixLength, commonSuffixLength, reusableSpans } from '../../../src/core/analysis/reuse';
import { splitUnits } from '../../../src/core/analysis/units';
import { applyEdit, articleText, edit, fakeSpans } from './fake';

function naivePrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Long texts (several 1,024-unit chunks) so that the chunked comparison is exercised. */
const longText = fc.array(articleText, { minLength: 20, maxLength: 60 }).map(parts => parts.join('\n'));

describe('analysis/reuse', () => {
  it('finds the common prefix and suffix of an edited text', () => {
    fc.assert(
      fc.property(longText, edit, (text, e) => {
        const edited = applyEdit(text, e);
        const prefix = commonPrefixLength(text, edited);
        assert.strictEqual(prefix, naivePrefix(text, edited));
        const max = Math.min(text.length, edited.length) - prefix;
        const suffix = commonSuffixLength(text, edited, max);
        const reversed = (s: string) => s.split('').reverse().join('');
        assert.strictEqual(suffix, Math.min(max, naivePrefix(reversed(text), reversed(edited))));
      }),
    );
  });

  it('reuses only spans of units whose text is unchanged, and all but the edited lines', () => {
    fc.assert(
      fc.property(longText, edit, (text, e) => {
        const units = splitUnits(text, { maxBlockChars: 0 });
        const prev = { text, units, perUnit: units.map(u => fakeSpans(u.text)) };
        const edited = applyEdit(text, e);
        const next = splitUnits(edited, { maxBlockChars: 0 });
        const known = reusableSpans(prev, edited, next);
        next.forEach((u, i) => {
          if (known[i] !== undefined) assert.deepStrictEqual(known[i], fakeSpans(u.text));
        });
        const missed = known.filter(k => k === undefined).length;
        assert.ok(missed <= 12, `${missed} of ${next.length} units not reused`);
      }),
    );
  });

  it('reuses nothing without a previous analysis', () => {
    const units = splitUnits('One.\n\nTwo.');
    assert.deepStrictEqual(reusableSpans(undefined, 'One.\n\nTwo.', units), [undefined, undefined]);
  });
});
