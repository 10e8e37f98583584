import * as assert from 'assert';
import { fencedCode, maskMarkup } from '../../../src/core/text/markdown';

describe('fencedCode', () => {
  it('finds fenced blocks of either kind with their fence lines, an unclosed one to the end of the text', () => {
    const text = 'Prose.\n```js\nx = 1\n\ny = 2\n```\nMore prose.\n~~~\nopen to the end\n```\nstill code';
    const blocks = fencedCode(text).map(b => text.slice(b.start, b.end));
    assert.deepStrictEqual(blocks, ['```js\nx = 1\n\ny = 2\n```', '~~~\nopen to the end\n```\nstill code']);
  });

  it('finds none without a fence at a line start, and blanks what it finds', () => {
    assert.deepStrictEqual(fencedCode('Say ```code``` inline, or ~~~ in a line.'), []);
    const text = 'A\n```\nOslo\n```\nB';
    assert.strictEqual(maskMarkup(text), 'A\n   \n    \n   \nB');
  });
});
