import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IncrementalAnalysis } from '../../../src/core/analysis/incremental';
import { EntityRecognizer, loadEntityModel } from '../../../src/core/ner';
import { recognizeTemporal } from '../../../src/core/dates';
import { createArticleAnalyzer } from '../../../src/core/analysis/pipeline';
import { generateArticle, seededRandom } from '../../../scripts/bench-news';

function shippedModel(): Uint8Array {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return new Uint8Array(fs.readFileSync(path.join(dir, 'models', 'ner.bin')));
}

// Edits that change names, votes, markup and lines, besides single characters.
const INSERTS = [
  'e',
  'E',
  ' ',
  '.',
  '\n',
  'Kim Jong Un',
  ' Kim',
  'Okafor',
  'Meridian Energy Group',
  '# ',
  '*',
  '[x](http://y.org/Kim)',
  'https://z.org ',
  '```\n',
  '- ',
  'May 3, 2024',
  ' Lisbon',
];

describe('incremental analysis with the shipped model', () => {
  it('equals a from-scratch analysis after every edit of a long article, synchronous or sliced', async () => {
    const model = loadEntityModel(shippedModel());
    const dct = '2025-10-12';
    const engine = new IncrementalAnalysis(
      createArticleAnalyzer(new EntityRecognizer(model), recognizeTemporal, { dct }),
    );
    const rand = seededRandom(7);
    let text = generateArticle(2500, 11);
    engine.analyze(text);
    for (let k = 0; k < 60; k++) {
      const at = Math.floor(rand() * text.length);
      const remove = rand() < 0.4 ? Math.floor(rand() * 12) : 0;
      const insert = rand() < 0.7 ? INSERTS[Math.floor(rand() * INSERTS.length)] : '';
      text = text.slice(0, at) + insert + text.slice(at + remove);
      const spans =
        k % 2 === 0
          ? engine.analyze(text)
          : await engine.analyzeInSlices(text, {
              priority: { start: at, end: at + 500 },
              budgetMs: k % 4 === 1 ? 0 : 20,
              yieldFn: () => Promise.resolve(),
            });
      const fresh = new IncrementalAnalysis(
        createArticleAnalyzer(new EntityRecognizer(model), recognizeTemporal, { dct }),
      ).analyze(text);
      assert.deepStrictEqual(spans, fresh, `after edit ${k}`);
    }
  });

  it('equals a from-scratch analysis after edits whose sliced analysis was cancelled, before or during the document pass', async () => {
    const model = loadEntityModel(shippedModel());
    const dct = '2025-10-12';
    const engine = new IncrementalAnalysis(
      createArticleAnalyzer(new EntityRecognizer(model), recognizeTemporal, { dct }),
    );
    const rand = seededRandom(5);
    let text = generateArticle(1500, 13);
    engine.analyze(text);
    for (let k = 0; k < 30; k++) {
      const at = Math.floor(rand() * text.length);
      const insert = INSERTS[Math.floor(rand() * INSERTS.length)];
      text = text.slice(0, at) + insert + text.slice(at + (rand() < 0.3 ? 3 : 0));
      if (k % 3 !== 2) {
        // Cancelled at a pause among the units' (about 40) or the document pass's that follow them.
        let pauses = Math.floor(rand() * 60);
        await engine.analyzeInSlices(text, {
          priority: { start: at, end: at + 500 },
          budgetMs: 0,
          yieldFn: () => Promise.resolve(),
          isCancelled: () => pauses-- <= 0,
        });
        continue;
      }
      const fresh = new IncrementalAnalysis(
        createArticleAnalyzer(new EntityRecognizer(model), recognizeTemporal, { dct }),
      ).analyze(text);
      assert.deepStrictEqual(engine.analyze(text), fresh, `after edit ${k}`);
    }
  });
});
