import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import * as fc from 'fast-check';
import type { Span } from '../../../src/core/types';
import { IncrementalAnalysis, allowsAutomaticAnalysis } from '../../../src/core/analysis/incremental';
import {
  FakeAnalyzer,
  applyEdit,
  articleText,
  edit,
  fakeHarmonize,
  fakeHarmonizeSteps,
  fakeSpans,
  wholeText,
} from './fake';

/** Order-insensitive comparison: the whole-text run lists spans by rule, the engine by line. */
function sorted(spans: Span[]): Span[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
}

const immediate = () => Promise.resolve();

describe('analysis/IncrementalAnalysis', () => {
  it('finds spans at article offsets and applies the document pass across lines', () => {
    const text = 'Kim Jong Un arrived.\n\nlater Kim spoke in 2024.';
    const spans = new IncrementalAnalysis(new FakeAnalyzer()).analyze(text);
    assert.deepStrictEqual(sorted(spans), [
      { start: 0, end: 11, type: 'PER' },
      { start: 28, end: 31, type: 'PER', value: 'ref' },
      { start: 41, end: 45, type: 'DATE', value: '2024' },
    ]);
  });

  it('equals analysing the whole text in one go, for any text', () => {
    fc.assert(
      fc.property(articleText, text => {
        const spans = new IncrementalAnalysis(new FakeAnalyzer()).analyze(text);
        assert.deepStrictEqual(sorted(spans), sorted(wholeText(text)));
      }),
    );
  });

  it('stays equal to a from-scratch analysis through any sequence of edits, cache size and paragraph limit', () => {
    const limits = fc.record({
      maxCacheEntries: fc.constantFrom(1, 3, 1000),
      maxBlockChars: fc.constantFrom(0, 30, 2000),
    });
    fc.assert(
      fc.property(articleText, fc.array(edit, { maxLength: 8 }), limits, (start, edits, options) => {
        const engine = new IncrementalAnalysis(new FakeAnalyzer(), options);
        let text = start;
        engine.analyze(text);
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepStrictEqual(sorted(engine.analyze(text)), sorted(wholeText(text)));
        }
      }),
    );
  });

  for (const [layout, separator] of [
    ['blank-line paragraphs', '\n\n'],
    ['one paragraph per line', '\n'],
  ]) {
    it(`re-analyses only the edited paragraph after a one-character edit (${layout})`, () => {
      const analyzer = new FakeAnalyzer();
      const engine = new IncrementalAnalysis(analyzer, { maxBlockChars: 500 });
      const lines = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} mentions Kim Jong Un in 20${10 + i}.`);
      engine.analyze(lines.join(separator));
      assert.strictEqual(analyzer.calls.length, 50);
      lines[20] = lines[20].replace('mentions', 'Mentions');
      const spans = engine.analyze(lines.join(separator));
      assert.deepStrictEqual(analyzer.calls.slice(50), [lines[20]]);
      assert.deepStrictEqual(sorted(spans), sorted(wholeText(lines.join(separator))));
    });
  }

  it('reads a name over a line break that only wraps its paragraph, and again after an edit', () => {
    const engine = new IncrementalAnalysis(new FakeAnalyzer());
    const lines = [
      'The quay at the harbour was opened on Monday by the board chair Marit',
      'Oyelaran, who thanked the workers of the port for a year of hard work',
      'in 2025 and said that the strait would be dredged next.',
    ];
    const text = lines.join('\n');
    const names = (spans: readonly Span[], t: string) =>
      spans.filter(s => s.type === 'PER').map(s => t.slice(s.start, s.end));
    assert.ok(names(engine.analyze(text), text).includes('Marit\nOyelaran'));
    const edited = text.replace('Monday', 'Friday');
    assert.ok(names(engine.analyze(edited), edited).includes('Marit\nOyelaran'));
    const ended = text.replace('chair Marit', 'chair.\nMarit');
    assert.deepStrictEqual(sorted(engine.analyze(ended)), sorted(wholeText(ended)));
  });

  it('notices a same-length change at either end of a paragraph', () => {
    const engine = new IncrementalAnalysis(new FakeAnalyzer());
    for (const text of [
      'Seen in 2024\n\nLater in 1999',
      'Seen in 2025\n\nLater in 1999',
      'Seen in 2025\n\nLater in 1998',
      '1025 in\n\nLater in 1998',
    ]) {
      assert.deepStrictEqual(sorted(engine.analyze(text)), sorted(wholeText(text)), text);
    }
  });

  it('keeps the cache within its bound, but never below the current article', () => {
    const engine = new IncrementalAnalysis(new FakeAnalyzer(), { maxCacheEntries: 5 });
    const article = (tag: string) => Array.from({ length: 10 }, (_, i) => `${tag} line ${i}`).join('\n\n');
    engine.analyze(article('A'));
    assert.strictEqual(engine.cachedUnits, 10);
    engine.analyze('one\ntwo');
    assert.strictEqual(engine.cachedUnits, 5);
  });

  it('hands back the same span objects for units an edit did not re-analyse, moved in place where the unit moved', () => {
    const engine = new IncrementalAnalysis(new FakeAnalyzer());
    const before = engine.analyze('Seoul 2024\n\nBusan 2025');
    const seoul = before.find(s => s.start === 0);
    const busan = before.find(s => s.start === 12);
    const after = engine.analyze('Seoul 2024\n\nin Busan 2025');
    assert.deepStrictEqual(sorted(after), sorted(wholeText('Seoul 2024\n\nin Busan 2025')));
    assert.strictEqual(
      after.find(s => s.start === 0),
      seoul,
      'unit before the edit: as it was',
    );
    assert.ok(busan, 'Busan found at first');
    const busanAfter = after.find(s => s.start === 15);
    const moved = engine.analyze('Big Seoul 2024\n\nin Busan 2025');
    assert.deepStrictEqual(sorted(moved), sorted(wholeText('Big Seoul 2024\n\nin Busan 2025')));
    assert.strictEqual(
      moved.find(s => s.start === 19),
      busanAfter,
      'unit after the edit: the same span, moved',
    );
    assert.strictEqual(busanAfter?.end, 24);
  });

  it('keeps no earlier version of an edited article alive', () => {
    // A full collection on demand, without starting the process with --expose-gc.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const line = (i: number) => `Line ${i} names Kim Jong Un in Beijing in 2024, and then some more words.`;
    let text = Array.from({ length: 3000 }, (_, i) => line(i)).join('\n');
    const engine = new IncrementalAnalysis({ analyzeUnit: fakeSpans, harmonize: fakeHarmonize });
    engine.analyze(text);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) {
      const at = text.indexOf('Beijing', (i * 7919) % text.length);
      text = text.slice(0, at) + 'x' + text.slice(at);
      text.indexOf('\u0000'); // flat, as an editor's text is
      engine.analyze(text);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // One version is about 230 kB; a hundred kept alive would be over 20 MB.
    assert.ok(grown < 4 * 2 ** 20, `the heap grew by ${(grown / 2 ** 20).toFixed(1)} MB over 100 edits`);
  });

  it('cuts over-long lines into bounded units and still covers the line', () => {
    const analyzer = new FakeAnalyzer();
    const line = Array.from({ length: 40 }, (_, i) => `Word ${i}.`).join(' ');
    new IncrementalAnalysis(analyzer, { maxUnitChars: 50 }).analyze(line);
    assert.ok(analyzer.calls.length > 1);
    assert.ok(analyzer.calls.every(u => u.length <= 50));
    assert.strictEqual(analyzer.calls.join(''), line);
  });
});

describe('analysis/IncrementalAnalysis.analyzeInSlices', () => {
  it('gives the same result as analyze, for any text, priority range and budget', async () => {
    await fc.assert(
      fc.asyncProperty(
        articleText,
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.constantFrom(0, 5),
        async (text, at, len, budgetMs) => {
          const start = at % (text.length + 1);
          const engine = new IncrementalAnalysis(new FakeAnalyzer());
          const spans = await engine.analyzeInSlices(text, {
            priority: { start, end: start + len },
            budgetMs,
            yieldFn: immediate,
          });
          assert.deepStrictEqual(sorted(spans!), sorted(wholeText(text)));
        },
      ),
    );
  });

  it('analyses the priority range first, yielding between slices', async () => {
    const analyzer = new FakeAnalyzer();
    const lines = Array.from({ length: 10 }, (_, i) => `Line ${i}`);
    const text = lines.join('\n\n');
    let yields = 0;
    const priority = { start: text.indexOf('Line 4'), end: text.indexOf('Line 5') + 2 };
    await new IncrementalAnalysis(analyzer).analyzeInSlices(text, {
      priority,
      budgetMs: 0,
      yieldFn: async () => void yields++,
    });
    assert.deepStrictEqual(analyzer.calls, [
      'Line 4',
      'Line 5',
      'Line 6',
      'Line 7',
      'Line 8',
      'Line 9',
      'Line 3',
      'Line 2',
      'Line 1',
      'Line 0',
    ]);
    assert.ok(yields >= 9, `yielded ${yields} times`);
  });

  it('reports the priority range first, and partial results that agree with the final ones', async () => {
    const lines = Array.from({ length: 64 }, (_, i) => `Reporter Mary Lee wrote line ${i} in ${1900 + i}. Lee agreed.`);
    const text = lines.join('\n\n');
    const partials: Span[][] = [];
    const priority = { start: text.indexOf('line 30'), end: text.indexOf('line 30') + 5 };
    const final = await new IncrementalAnalysis(new FakeAnalyzer()).analyzeInSlices(text, {
      priority,
      budgetMs: 0,
      yieldFn: immediate,
      onPartial: spans => partials.push(spans),
    });
    const line30 = { start: text.indexOf(lines[30]), end: text.indexOf(lines[30]) + lines[30].length };
    assert.ok(partials[0].length > 0 && partials[0].every(s => s.start >= line30.start && s.end <= line30.end));
    assert.ok(partials.length < 10, `${partials.length} partial reports for 64 lines`);
    const key = (s: Span) => JSON.stringify(s);
    const finalKeys = new Set(final!.map(key));
    for (const p of partials) for (const s of p) assert.ok(finalKeys.has(key(s)), key(s));
  });

  it('splits a resumable document pass across slices, with the same result', async () => {
    const text = Array.from({ length: 6 }, (_, i) => `Mary Lee met Lee in ${2000 + i}.`).join('\n\n');
    let yields = 0;
    const engine = new IncrementalAnalysis({ analyzeUnit: fakeSpans, harmonizeSteps: fakeHarmonizeSteps });
    const spans = await engine.analyzeInSlices(text, { budgetMs: 0, yieldFn: async () => void yields++ });
    assert.deepStrictEqual(sorted(spans!), sorted(wholeText(text)));
    assert.ok(yields >= 5 + 18, `yielded ${yields} times for 6 units and 18 spans`);
    assert.deepStrictEqual(sorted(engine.analyze(text + '\nLee')), sorted(wholeText(text + '\nLee')));
  });

  it('after an edit in the priority range, finishes in one slice without partial results', async () => {
    const analyzer = new FakeAnalyzer();
    const engine = new IncrementalAnalysis(analyzer);
    const lines = Array.from({ length: 30 }, (_, i) => `Line ${i} on Mary Lee`);
    engine.analyze(lines.join('\n\n'));
    lines[12] += ' and Lee';
    const text = lines.join('\n\n');
    const at = text.indexOf(lines[12]);
    let yields = 0;
    let partials = 0;
    const spans = await engine.analyzeInSlices(text, {
      priority: { start: at, end: at + 10 },
      budgetMs: 60_000,
      yieldFn: async () => void yields++,
      onPartial: () => void partials++,
    });
    assert.deepStrictEqual([yields, partials], [0, 0]);
    assert.deepStrictEqual(analyzer.calls.slice(30), [lines[12]]);
    assert.deepStrictEqual(sorted(spans!), sorted(wholeText(text)));
  });

  it('is left right for the next analysis when cancelled at any pause of assembling a long article', async () => {
    // Over a thousand units, so that placing their spans pauses; the edit moves every unit but the
    // first and adds one at the end, so that spans are moved in place while the units' count changes.
    const lines = Array.from({ length: 2600 }, (_, i) => `Line ${i} on Mary Lee in ${1000 + i}`);
    const before = lines.join('\n\n');
    const after = `X${before}\n\nLast Line`;
    const units = 2601;
    for (const cancelAt of [units - 1, units, units + 1, units + 2]) {
      const engine = new IncrementalAnalysis(new FakeAnalyzer());
      engine.analyze(before);
      let yields = 0;
      const cancelled = await engine.analyzeInSlices(after, {
        budgetMs: 0,
        yieldFn: async () => void yields++,
        isCancelled: () => yields >= cancelAt,
      });
      assert.strictEqual(cancelled, undefined, `cancelled at pause ${cancelAt}`);
      assert.deepStrictEqual(sorted(engine.analyze(after)), sorted(wholeText(after)), `cancelled at pause ${cancelAt}`);
    }
  });

  it('stops and resolves to undefined when cancelled, without analysing the rest', async () => {
    const analyzer = new FakeAnalyzer();
    const text = Array.from({ length: 20 }, (_, i) => `Line ${i}`).join('\n\n');
    let cancel = false;
    const result = await new IncrementalAnalysis(analyzer).analyzeInSlices(text, {
      budgetMs: 0,
      yieldFn: async () => void (cancel = analyzer.calls.length >= 3),
      isCancelled: () => cancel,
    });
    assert.strictEqual(result, undefined);
    assert.strictEqual(analyzer.calls.length, 3);
  });
});

describe('analysis/allowsAutomaticAnalysis', () => {
  it('compares the article length with the cap', () => {
    assert.strictEqual(allowsAutomaticAnalysis(1000, 1000), true);
    assert.strictEqual(allowsAutomaticAnalysis(1001, 1000), false);
    assert.strictEqual(allowsAutomaticAnalysis(1_000_000), true);
  });
});
