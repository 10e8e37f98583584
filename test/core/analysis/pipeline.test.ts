import * as assert from 'assert';
import fc from 'fast-check';
import { createArticleAnalyzer, mergeSpans } from '../../../src/core/analysis/pipeline';
import { Span } from '../../../src/core/types';

describe('mergeSpans', () => {
  it('keeps non-overlapping spans from both sources, sorted', () => {
    const merged = mergeSpans(
      [{ start: 10, end: 15, type: 'PER' }],
      [{ start: 0, end: 6, type: 'DATE', value: '2025' }],
    );
    assert.deepStrictEqual(
      merged.map(s => s.type),
      ['DATE', 'PER'],
    );
  });

  it('prefers the longer span where two overlap', () => {
    const merged = mergeSpans([{ start: 0, end: 3, type: 'MISC' }], [{ start: 0, end: 10, type: 'DATE' }]);
    assert.deepStrictEqual(merged, [{ start: 0, end: 10, type: 'DATE' }]);
  });

  it('on equal length, a name beats a date and a date beats MISC', () => {
    assert.strictEqual(
      mergeSpans([{ start: 0, end: 3, type: 'PER' }], [{ start: 0, end: 3, type: 'DATE' }])[0].type,
      'PER',
    );
    assert.strictEqual(
      mergeSpans([{ start: 0, end: 3, type: 'MISC' }], [{ start: 0, end: 3, type: 'DATE' }])[0].type,
      'DATE',
    );
  });
});

describe('mergeSpans on random input', () => {
  /** Non-overlapping sorted spans of the given types, as each tagger returns them. */
  const spansOf = (types: Span['type'][]) =>
    fc
      .array(fc.tuple(fc.nat(6), fc.integer({ min: 1, max: 6 }), fc.constantFrom(...types)), { maxLength: 30 })
      .map(parts => {
        let at = 0;
        return parts.map(([gap, length, type]) => {
          const span: Span = { start: at + gap, end: at + gap + length, type };
          at = span.end;
          return span;
        });
      });

  it('returns sorted, non-overlapping spans, each taken from the input, and never drops a span nothing overlaps', () => {
    fc.assert(
      fc.property(spansOf(['PER', 'ORG', 'LOC', 'MISC']), spansOf(['DATE', 'TIME']), (entities, temporal) => {
        const merged = mergeSpans(entities, temporal);
        for (let k = 1; k < merged.length; k++) assert.ok(merged[k - 1].end <= merged[k].start);
        for (const s of merged) assert.ok(entities.includes(s) || temporal.includes(s));
        const all = [...entities, ...temporal];
        for (const s of all) {
          const overlapped = all.some(o => o !== s && o.start < s.end && s.start < o.end);
          if (!overlapped) assert.ok(merged.includes(s));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('createArticleAnalyzer', () => {
  const entities = {
    recognizeParagraph: (text: string): Span[] => {
      const at = text.indexOf('Ada');
      return at >= 0 ? [{ start: at, end: at + 3, type: 'PER' }] : [];
    },
    harmonize: (_text: string, spans: Span[]) => spans.map(s => ({ ...s, type: 'ORG' as const })),
  };
  const temporal = (text: string, options?: { dct?: string }): Span[] => {
    const at = text.indexOf('today');
    return at >= 0 ? [{ start: at, end: at + 5, type: 'DATE', value: options?.dct }] : [];
  };

  it('passes the reference date to the temporal tagger and merges both', () => {
    const analyzer = createArticleAnalyzer(entities, temporal, { dct: '2025-01-02' });
    assert.deepStrictEqual(analyzer.analyzeUnit('Ada left today'), [
      { start: 0, end: 3, type: 'PER' },
      { start: 9, end: 14, type: 'DATE', value: '2025-01-02' },
    ]);
  });

  it('harmonises entity spans only, leaving temporal spans as they are', () => {
    const analyzer = createArticleAnalyzer(entities, temporal);
    const result = analyzer.harmonize('Ada left today', analyzer.analyzeUnit('Ada left today'));
    assert.deepStrictEqual(
      result.map(s => s.type),
      ['ORG', 'DATE'],
    );
  });

  it('forwards a resumable document pass when the entity tagger has one, with the same result', () => {
    function* harmonizeSteps(text: string, spans: Span[]): Generator<void, Span[], void> {
      yield;
      return entities.harmonize(text, spans);
    }
    const analyzer = createArticleAnalyzer({ ...entities, harmonizeSteps }, temporal);
    assert.strictEqual(createArticleAnalyzer(entities, temporal).harmonizeSteps, undefined);
    const text = 'Ada left today';
    const steps = analyzer.harmonizeSteps!(text, analyzer.analyzeUnit(text));
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.ok(pauses >= 1);
    assert.deepStrictEqual(step.value, analyzer.harmonize(text, analyzer.analyzeUnit(text)));
  });
});
