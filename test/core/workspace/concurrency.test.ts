import * as assert from 'assert';
import { forEachConcurrently } from '../../../src/core/workspace/concurrency';

describe('forEachConcurrently', () => {
  it('visits every item once with its index, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const seen: string[] = [];
    await forEachConcurrently(['a', 'b', 'c', 'd', 'e'], 2, async (item, index) => {
      running++;
      most = Math.max(most, running);
      await new Promise(resolve => setTimeout(resolve, 5));
      seen[index] = item;
      running--;
    });
    assert.deepStrictEqual(seen, ['a', 'b', 'c', 'd', 'e']);
    assert.strictEqual(most, 2);
  });

  it('does nothing for no items', async () => {
    await forEachConcurrently([], 4, () => Promise.reject(new Error('not called')));
  });
});
