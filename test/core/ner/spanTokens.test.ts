import * as assert from 'assert';
import { tokenize } from '../../../src/core/text/tokenize';
import { soleInnerAnd, spansWithin, splitAround } from '../../../src/core/ner/spanTokens';
import { Span } from '../../../src/core/types';

describe('span and token helpers of the rules', () => {
  const tokens = tokenize('Tarnia and Velland and Harl');

  it('finds the one "and" strictly inside a run of tokens', () => {
    assert.strictEqual(soleInnerAnd(tokens, 0, 3), 1);
    assert.strictEqual(soleInnerAnd(tokens, 2, 5), 3);
    // Two of them, or one at an edge: none.
    assert.strictEqual(soleInnerAnd(tokens, 0, 5), -1);
    assert.strictEqual(soleInnerAnd(tokens, 1, 3), -1);
    assert.strictEqual(soleInnerAnd(tokens, 0, 2), -1);
  });

  it('splits a span around a token, keeping the first tokens in step', () => {
    const spans: Span[] = [{ start: 0, end: 18, type: 'ORG' }];
    const first = [0];
    splitAround(tokens, spans, first, 0, 1, 'LOC', 'ORG');
    assert.deepStrictEqual(spans, [
      { start: 0, end: 6, type: 'LOC' },
      { start: 11, end: 18, type: 'ORG' },
    ]);
    assert.deepStrictEqual(first, [0, 2]);
  });

  it('lists the spans lying wholly inside a range, and none when one crosses its edges', () => {
    const spans: Span[] = [
      { start: 0, end: 6, type: 'LOC' },
      { start: 11, end: 18, type: 'LOC' },
      { start: 23, end: 27, type: 'PER' },
    ];
    assert.deepStrictEqual(spansWithin(spans, 7, 27), [1, 3]);
    assert.deepStrictEqual(spansWithin(spans, 7, 10), [1, 1]);
    assert.strictEqual(spansWithin(spans, 3, 18), undefined);
    assert.strictEqual(spansWithin(spans, 11, 25), undefined);
  });
});
