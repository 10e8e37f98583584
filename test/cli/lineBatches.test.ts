import * as assert from 'assert';
import { lineBatches, LineBatch } from '../../src/cli/lineBatches';

async function collect(chunks: string[], maxChars: number): Promise<LineBatch[]> {
  async function* source() {
    yield* chunks;
  }
  const out: LineBatch[] = [];
  for await (const batch of lineBatches(source(), maxChars)) out.push(batch);
  return out;
}

describe('lineBatches', () => {
  it('cuts a stream into runs of whole lines, numbered, whatever the chunks', async () => {
    const text = 'one\r\ntwo\n\nthree, a longer line\nfour\nfive';
    const lines = ['one', 'two', '', 'three, a longer line', 'four', 'five'];
    for (const size of [1, 2, 3, 7, 100]) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      const batches = await collect(chunks, 8);
      assert.deepStrictEqual(
        batches.flatMap(b => b.text.split('\n')),
        lines,
        `chunks of ${size}`,
      );
      let next = 1;
      for (const b of batches) {
        assert.strictEqual(b.firstLine, next);
        assert.strictEqual(b.lines, b.text.split('\n').length);
        next += b.lines;
      }
      // A run closes once it holds 8 characters or more: "three, a longer line" ends one.
      assert.ok(
        batches.some(b => b.text.endsWith('three, a longer line')),
        `chunks of ${size}`,
      );
    }
  });

  it('counts a final newline as the end of the last line, not a line of its own', async () => {
    assert.deepStrictEqual(await collect(['a\nb\n'], 100), [{ text: 'a\nb', firstLine: 1, lines: 2 }]);
    assert.deepStrictEqual(await collect([], 100), []);
  });
});
