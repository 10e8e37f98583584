import * as assert from 'assert';
import { findName, positionsOf, skipReason } from '../../../src/core/workspace/search';

const found = (text: string, name: string) => findName(text, name).map(r => text.slice(r.start, r.end));

describe('workspace search', () => {
  it('finds whole words only, with exact case', () => {
    const text = "Lee met Leeds fans. LEE and Lee's dog; lee. (Lee)";
    assert.deepStrictEqual(
      findName(text, 'Lee').map(r => r.start),
      [0, 28, 45],
    );
    assert.deepStrictEqual(found('Zoë Zoëy aZoë Zoë.', 'Zoë'), ['Zoë', 'Zoë']);
  });

  it('lets any whitespace stand between the words of a name', () => {
    assert.deepStrictEqual(found('Daniel\nOkafor and Daniel  Okafor, Daniel Okaforson', 'Daniel Okafor'), [
      'Daniel\nOkafor',
      'Daniel  Okafor',
    ]);
  });

  it('treats regular-expression characters in the name literally', () => {
    assert.deepStrictEqual(found('AT&T (US) and A.B. Ltd and AxB', 'A.B'), ['A.B']);
    assert.deepStrictEqual(found('AT&T (US)', 'AT&T'), ['AT&T']);
    assert.deepStrictEqual(findName('anything', '  '), []);
  });

  it('finds every occurrence in a long text', () => {
    const text = 'Maria Lindqvist spoke. '.repeat(50000);
    const hits = findName(text, 'Lindqvist');
    assert.strictEqual(hits.length, 50000);
    assert.strictEqual(hits[49999].start, text.lastIndexOf('Lindqvist'));
  });

  it('skips binary files (very large ones are never read: their size is checked first)', () => {
    assert.strictEqual(skipReason(new TextEncoder().encode('plain text')), undefined);
    assert.strictEqual(skipReason(new Uint8Array([80, 78, 71, 0, 1])), 'binary');
  });

  it('converts offsets to lines and characters for every kind of line break', () => {
    const text = 'ab\ncd\r\nef\rgh';
    assert.deepStrictEqual(positionsOf(text, [0, 4, 7, 10, 11]), [
      { line: 0, character: 0 },
      { line: 1, character: 1 },
      { line: 2, character: 0 },
      { line: 3, character: 0 },
      { line: 3, character: 1 },
    ]);
  });
});
