import * as assert from 'assert';
import * as fc from 'fast-check';
import { splitUnits } from '../../../src/core/analysis/units';
import { splitUnitsAfterEdit } from '../../../src/core/analysis/unitsAfterEdit';
import { applyEdit, articleText, edit } from './fake';

describe('analysis/splitUnitsAfterEdit', () => {
  it('gives the units of splitting the edited text afresh, whatever the edits and limits', () => {
    fc.assert(
      fc.property(
        articleText,
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 2, max: 60 }),
        (text, edits, maxBlockChars, maxUnitChars) => {
          const limits = { maxBlockChars, maxUnitChars };
          let units = splitUnits(text, limits);
          for (const e of edits) {
            const next = applyEdit(text, e);
            units = splitUnitsAfterEdit(text, units, next, limits);
            assert.deepStrictEqual(units, splitUnits(next, limits), JSON.stringify({ text, next }));
            text = next;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees on blank lines of any white space, carriage returns and long lines', () => {
    const chars = fc.constantFrom('a', 'B', ' ', '\t', '\r', '\n', '\n', '\u00a0', '\u3000', '.', '😀');
    const text = fc.array(chars, { maxLength: 80 }).map(c => c.join(''));
    const change = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 5 }),
      insert: fc.array(chars, { maxLength: 4 }).map(c => c.join('')),
    });
    fc.assert(
      fc.property(
        text,
        fc.array(change, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 12 }),
        (start, edits, max) => {
          const limits = { maxBlockChars: max, maxUnitChars: max + 3 };
          let current = start;
          let units = splitUnits(current, limits);
          for (const e of edits) {
            const next = applyEdit(current, e);
            units = splitUnitsAfterEdit(current, units, next, limits);
            assert.deepStrictEqual(units, splitUnits(next, limits), JSON.stringify({ current, next }));
            current = next;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('splits a long block of one-line paragraphs after an edit as afresh', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} on the council's plans for the harbour.`);
    const text = lines.join('\n');
    const units = splitUnits(text);
    const at = text.indexOf('Paragraph 200');
    const edited = text.slice(0, at) + 'A ' + text.slice(at);
    const after = splitUnitsAfterEdit(text, units, edited);
    assert.deepStrictEqual(after, splitUnits(edited));
    assert.strictEqual(after[200].text, `A Paragraph 200 on the council's plans for the harbour.`);
  });
});
