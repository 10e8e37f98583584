import * as assert from 'assert';
import * as fc from 'fast-check';
import { splitUnits } from '../../../src/core/incremental/units';
import { articleText } from './fake';

describe('incremental/splitUnits', () => {
  it('makes one unit per non-blank line, with offsets into the article', () => {
    const text = 'First line.\n\n   \nSecond line\r\nThird';
    assert.deepStrictEqual(splitUnits(text), [
      { text: 'First line.', start: 0 },
      { text: 'Second line', start: 17 },
      { text: 'Third', start: 30 },
    ]);
  });

  it('gives no units for empty or blank text', () => {
    assert.deepStrictEqual(splitUnits(''), []);
    assert.deepStrictEqual(splitUnits('\n \r\n\t\n'), []);
  });

  it('cuts an over-long line after a sentence end when there is one', () => {
    const line = 'Aaaa bbbb. Cccc dddd eeee ffff';
    const units = splitUnits(line, 16);
    assert.deepStrictEqual(units.map((u) => u.text), ['Aaaa bbbb. ', 'Cccc dddd eeee ', 'ffff']);
  });

  it('cuts a line without spaces hard, but not inside a surrogate pair', () => {
    const units = splitUnits('abc😀def', 4);
    assert.deepStrictEqual(units.map((u) => u.text), ['abc', '😀de', 'f']);
  });

  it('always yields units that are exact, ordered, non-overlapping pieces of the text', () => {
    fc.assert(
      fc.property(articleText, fc.integer({ min: 2, max: 30 }), (text, max) => {
        let previousEnd = 0;
        for (const u of splitUnits(text, max)) {
          assert.strictEqual(text.slice(u.start, u.start + u.text.length), u.text);
          assert.ok(u.start >= previousEnd && u.text.length <= max && u.text.trim().length > 0);
          assert.ok(!u.text.includes('\n'));
          previousEnd = u.start + u.text.length;
        }
      }),
    );
  });

  it('covers every non-whitespace character of the text', () => {
    fc.assert(
      fc.property(articleText, fc.integer({ min: 2, max: 30 }), (text, max) => {
        const covered = new Array<boolean>(text.length).fill(false);
        for (const u of splitUnits(text, max)) for (let i = 0; i < u.text.length; i++) covered[u.start + i] = true;
        for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) assert.ok(covered[i], `offset ${i}`);
      }),
    );
  });
});
