import * as assert from 'assert';
import * as fc from 'fast-check';
import { commonPrefixLength, commonSuffixLength, reusableSpans, TextSeen } from '../../../src/core/analysis/reuse';
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

  it('follows edits in a row to bounds outside which the first and the last text agree', () => {
    fc.assert(
      fc.property(articleText, fc.array(edit, { maxLength: 4 }), edit, (first, edits, last) => {
        const seen = new TextSeen(first);
        let text = first;
        for (const e of edits) {
          const edited = applyEdit(text, e);
          seen.follow(text, edited);
          text = edited;
        }
        // The text compared with may also differ from the last one followed.
        const final = applyEdit(text, last);
        const { prefix, suffix, delta } = seen.editTo(final);
        assert.strictEqual(delta, final.length - first.length);
        assert.ok(prefix + suffix <= Math.min(first.length, final.length));
        assert.strictEqual(final.slice(0, prefix), first.slice(0, prefix));
        assert.strictEqual(final.slice(final.length - suffix), first.slice(first.length - suffix));
      }),
    );
  });

  it('reuses nothing without a previous analysis', () => {
    const units = splitUnits('One.\n\nTwo.');
    assert.deepStrictEqual(reusableSpans(undefined, 'One.\n\nTwo.', units), [undefined, undefined]);
  });
});
