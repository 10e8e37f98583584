import * as assert from 'assert';
import { mapInOrder } from '../../src/cli/workers';
import { analyzeLines } from '../../src/cli/analyzeLines';

describe('mapInOrder', () => {
  const doc = (id: number, words: number) =>
    JSON.stringify({ id, text: 'Ana Ferreira met Olaf Brandt in Lisbon on Monday. '.repeat(words) });

  it('hands back results in input order, though a later input finishes first', async () => {
    // A long first run and short later ones, on two workers.
    const inputs = [doc(0, 3000), doc(1, 1), doc(2, 1), doc(3, 200), doc(4, 1)].map((text, i) => ({
      text,
      firstLine: i + 1,
    }));
    async function* source() {
      yield* inputs;
    }
    const results: string[] = [];
    await mapInOrder('analyzeLines', source(), 2, r => {
      results.push(r.output);
    });
    assert.deepStrictEqual(
      results,
      inputs.map(i => analyzeLines(i.text, i.firstLine).output),
    );
  });

  it('reads only a few inputs ahead of the one it delivers, so memory stays bounded', async () => {
    let read = 0;
    let deliveredAt: number[] = [];
    async function* source() {
      for (let i = 0; i < 40; i++) {
        read++;
        yield { text: doc(i, 1), firstLine: i + 1 };
      }
    }
    await mapInOrder('analyzeLines', source(), 2, async () => {
      deliveredAt.push(read);
      // A slow reader downstream.
      await new Promise(resolve => setTimeout(resolve, 2));
    });
    assert.strictEqual(deliveredAt.length, 40);
    // Two workers take two inputs each: at most five read when any result is delivered, the rest in step.
    deliveredAt = deliveredAt.map((r, k) => r - k);
    assert.ok(
      deliveredAt.every(ahead => ahead <= 5),
      `inputs read ahead of the one delivered: ${deliveredAt.join(' ')}`,
    );
  });
});
