import * as assert from 'assert';
import { contextLine, freeRanges } from '../../../src/core/workspace/occurrences';

describe('occurrence helpers', () => {
  it('leaves out ranges already taken and shows context', () => {
    assert.deepStrictEqual(
      freeRanges(
        [
          { start: 0, end: 4 },
          { start: 10, end: 14 },
        ],
        [{ start: 2, end: 3 }],
      ),
      [{ start: 10, end: 14 }],
    );
    assert.strictEqual(contextLine('one two\nthree four five', { start: 8, end: 13 }, 4), '…two three fou…');
  });
});
