import * as assert from 'assert';
import { SpanCache } from '../../../src/core/analysis/cache';

const spans = (n: number) => [{ start: 0, end: n, type: 'PER' as const }];

describe('analysis/SpanCache', () => {
  it('returns what was stored for the same text', () => {
    const cache = new SpanCache(10);
    cache.set('Kim Jong Un spoke.', spans(3));
    assert.deepStrictEqual(cache.get('Kim Jong Un spoke.'), spans(3));
    assert.strictEqual(cache.get('Kim Jong Un spoke!'), undefined);
  });

  it('evicts the least recently used entries first, counting reads as use', () => {
    const cache = new SpanCache(2);
    cache.set('a', spans(1));
    cache.set('b', spans(2));
    cache.get('a');
    cache.set('c', spans(3));
    cache.trim(0);
    assert.strictEqual(cache.size, 2);
    assert.strictEqual(cache.get('b'), undefined);
    assert.deepStrictEqual(cache.get('a'), spans(1));
    assert.deepStrictEqual(cache.get('c'), spans(3));
  });

  it('keeps at least the entries in use, beyond the bound', () => {
    const cache = new SpanCache(1);
    for (const t of ['a', 'b', 'c', 'd']) cache.set(t, spans(1));
    cache.trim(3);
    assert.strictEqual(cache.size, 3);
    assert.strictEqual(cache.get('a'), undefined);
  });
});
