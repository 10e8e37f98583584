import * as assert from 'assert';
import * as fc from 'fast-check';
import type { Span } from '../../../src/core/types';
import { IncrementalAnalysis } from '../../../src/core/analysis/incremental';
import { FakeAnalyzer, applyEdit } from './fake';

const texts = (spans: readonly Span[], text: string) => spans.map(s => text.slice(s.start, s.end));

// Names, fence lines of both kinds, blank lines and prose: fences open and close as the text is edited.
const PIECES = [
  'Kim Jong Un',
  'Beijing',
  'Choe',
  ' met ',
  ' in ',
  '.',
  '\n',
  '\n\n',
  '```\n',
  '```js\n',
  '~~~\n',
  'x = 1',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map(p => p.join(''));
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map(p => p.join('')),
});

describe('analysis/IncrementalAnalysis: fenced code', () => {
  it('shows no spans inside fenced code, however the code is cut into units', () => {
    const code = ['```python', 'Beijing = 1', '', 'Choe = 2', 'Oslo = 3', '```'].join('\n');
    const article = `Kim Jong Un arrived.\n\n${code}\n\nlater Kim spoke.`;
    // Blocks over 20 characters are cut into lines: the code's lines are then units of their own.
    for (const maxBlockChars of [20, 2000]) {
      const spans = new IncrementalAnalysis(new FakeAnalyzer(), { maxBlockChars }).analyze(article);
      assert.deepStrictEqual(texts(spans, article), ['Kim Jong Un', 'Kim'], `maxBlockChars ${maxBlockChars}`);
    }
  });

  it('shows the code as prose again once its fences are removed, though its lines were analysed before', () => {
    // Every line a unit of its own: the code's lines keep their text, and what was found in them is reused.
    const analyzer = new FakeAnalyzer();
    const engine = new IncrementalAnalysis(analyzer, { maxBlockChars: 0 });
    const fenced = 'Intro.\n```\nBeijing code\n\nChoe code\n```\nEnd.';
    assert.deepStrictEqual(texts(engine.analyze(fenced), fenced), ['Intro', 'End']);
    const prose = fenced.replace('```\nBeijing', 'Beijing').replace('code\n```', 'code');
    const calls = analyzer.calls.length;
    assert.deepStrictEqual(texts(engine.analyze(prose), prose), ['Intro', 'Beijing', 'Choe', 'End']);
    assert.deepStrictEqual(analyzer.calls.slice(calls), [], 'no line analysed again');
  });

  it('stays equal to a fresh analysis through edits that open and close fences, whole or in slices', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.array(edit, { maxLength: 6 }),
        fc.constantFrom(0, 20, 2000),
        async (start, edits, maxBlockChars) => {
          const engine = new IncrementalAnalysis(new FakeAnalyzer(), { maxBlockChars });
          const sliced = new IncrementalAnalysis(new FakeAnalyzer(), { maxBlockChars });
          let article = start;
          for (const e of [undefined, ...edits]) {
            if (e) article = applyEdit(article, e);
            const fresh = new IncrementalAnalysis(new FakeAnalyzer(), { maxBlockChars }).analyze(article);
            assert.deepStrictEqual(engine.analyze(article), fresh);
            const inSlices = await sliced.analyzeInSlices(article, { budgetMs: 0, yieldFn: () => Promise.resolve() });
            assert.deepStrictEqual(inSlices, fresh);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
