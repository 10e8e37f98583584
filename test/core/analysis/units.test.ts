import * as assert from 'assert';
import * as fc from 'fast-check';
import { splitUnits } from '../../../src/core/analysis/units';
import { articleText } from './fake';

describe('analysis/splitUnits', () => {
  it('makes one unit per blank-line-separated paragraph, with offsets into the article', () => {
    const text = 'First line.\n\n   \nSecond line\r\nthird line\r\n\r\nLast';
    assert.deepStrictEqual(splitUnits(text), [
      { text: 'First line.', start: 0 },
      { text: 'Second line\r\nthird line', start: 17 },
      { text: 'Last', start: 44 },
    ]);
  });

  it('splits a paragraph longer than the block limit into its lines', () => {
    const text = 'Kim Jong Un spoke.\nChoe Son Hui listened.\n\nShort\nblock';
    assert.deepStrictEqual(splitUnits(text, { maxBlockChars: 30 }), [
      { text: 'Kim Jong Un spoke.', start: 0 },
      { text: 'Choe Son Hui listened.', start: 19 },
      { text: 'Short\nblock', start: 43 },
    ]);
  });

  it('gives no units for empty or blank text', () => {
    assert.deepStrictEqual(splitUnits(''), []);
    assert.deepStrictEqual(splitUnits('\n \r\n\t\n'), []);
  });

  it('cuts an over-long line after a sentence end when there is one', () => {
    const line = 'Aaaa bbbb. Cccc dddd eeee ffff';
    const units = splitUnits(line, { maxUnitChars: 16 });
    assert.deepStrictEqual(
      units.map(u => u.text),
      ['Aaaa bbbb. ', 'Cccc dddd eeee ', 'ffff'],
    );
  });

  it('cuts a line without spaces hard, but not inside a surrogate pair', () => {
    const units = splitUnits('abc😀def', { maxUnitChars: 4 });
    assert.deepStrictEqual(
      units.map(u => u.text),
      ['abc', '😀de', 'f'],
    );
  });

  it('always yields units that are exact, ordered, non-overlapping pieces of the text', () => {
    fc.assert(
      fc.property(articleText, fc.integer({ min: 2, max: 30 }), (text, max) => {
        let previousEnd = 0;
        for (const u of splitUnits(text, { maxUnitChars: max, maxBlockChars: max })) {
          assert.strictEqual(text.slice(u.start, u.start + u.text.length), u.text);
          assert.ok(u.start >= previousEnd && u.text.length <= max && u.text.trim().length > 0);
          assert.ok(!/\n\s*\n/.test(u.text), 'no blank line inside a unit');
          previousEnd = u.start + u.text.length;
        }
      }),
    );
  });

  it('covers every non-whitespace character of the text', () => {
    fc.assert(
      fc.property(articleText, fc.integer({ min: 2, max: 30 }), (text, max) => {
        const covered = new Array<boolean>(text.length).fill(false);
        for (const u of splitUnits(text, { maxUnitChars: max, maxBlockChars: max }))
          for (let i = 0; i < u.text.length; i++) covered[u.start + i] = true;
        for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) assert.ok(covered[i], `offset ${i}`);
      }),
    );
  });
});
