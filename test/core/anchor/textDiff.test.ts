import * as assert from 'assert';
import fc from 'fast-check';
import { LiveAnchors } from '../../../src/core/anchor';
import type { TextChange } from '../../../src/core/anchor/shift';
import { textChanges } from '../../../src/core/anchor/textDiff';

/** Applies changes given on the old text (in order, not overlapping), as an editor does for one event. */
function apply(text: string, changes: readonly TextChange[]): string {
  let result = text;
  for (const c of [...changes].reverse())
    result = result.slice(0, c.rangeOffset) + c.text + result.slice(c.rangeOffset + c.rangeLength);
  return result;
}

const WORDS = ['Mina', 'Park', 'said', 'the', 'ferry', 'Busan', 'talks', ',', '.', ' ', ' ', ' ', '\n', 'é'];

describe('changes between two versions of an article', () => {
  it('turn the old text into the new one, in order and without overlap', () => {
    const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map(w => w.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const changes = textChanges(before, after);
        assert.strictEqual(apply(before, changes), after);
        for (let i = 1; i < changes.length; i++)
          assert.ok(changes[i - 1].rangeOffset + changes[i - 1].rangeLength <= changes[i].rangeOffset);
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  it('leave the words both versions share outside every change', () => {
    const before = 'Mina Park runs the ferry.\nShe met Tom Reyes in Busan.\nTalks end.\n';
    const after = 'Update.\nMina Park runs the ferry.\nShe met Tom Reyes and Ivo Petrov in Busan.\n';
    const changes = textChanges(before, after);
    assert.deepStrictEqual(changes.slice(0, 2), [
      { rangeOffset: 0, rangeLength: 0, text: 'Update.\n' },
      { rangeOffset: 44, rangeLength: 0, text: 'and Ivo Petrov ' },
    ]);
    // The last line's removal: eleven characters, wherever the shared ".\n" is counted.
    assert.deepStrictEqual(
      changes.slice(2).map(c => [c.rangeLength, c.text]),
      [[11, '']],
    );
    const [busan] = new LiveAnchors().applyChanges(
      [{ id: 'a', start: before.indexOf('Busan'), end: before.indexOf('Busan') + 5, quote: 'Busan' }],
      textChanges(before, after),
    );
    assert.strictEqual(after.slice(busan.start, busan.end), 'Busan');
  });

  it('are none between equal texts, and one when a text is all new', () => {
    assert.deepStrictEqual(textChanges('same\ntext', 'same\ntext'), []);
    assert.deepStrictEqual(textChanges('', 'new'), [{ rangeOffset: 0, rangeLength: 0, text: 'new' }]);
  });
});
