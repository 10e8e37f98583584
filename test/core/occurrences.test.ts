import * as assert from 'assert';
import { contextLine, findOccurrences, freeRanges } from '../../src/core/occurrences';

describe('findOccurrences', () => {
  it('finds whole words with exact case, possessives included', () => {
    const text = 'KCNA said; KCNAX and kcna did not. KCNA’s report.';
    assert.deepStrictEqual(findOccurrences(text, 'KCNA').map(r => text.slice(r.start, r.end + 2)), ['KCNA s', 'KCNA’s']);
  });

  it('handles phrases ending in punctuation and repeated text', () => {
    assert.deepStrictEqual(findOccurrences('U.S.A. and U.S. and U.S.', 'U.S.'), [{ start: 11, end: 15 }, { start: 20, end: 24 }]);
    assert.deepStrictEqual(findOccurrences('aaaa', 'aa'), []);
    assert.deepStrictEqual(findOccurrences('aa aa', 'aa'), [{ start: 0, end: 2 }, { start: 3, end: 5 }]);
  });

  it('leaves out ranges already taken and shows context', () => {
    assert.deepStrictEqual(freeRanges([{ start: 0, end: 4 }, { start: 10, end: 14 }], [{ start: 2, end: 3 }]), [{ start: 10, end: 14 }]);
    assert.strictEqual(contextLine('one two\nthree four five', { start: 8, end: 13 }, 4), '…two three fou…');
  });
});
