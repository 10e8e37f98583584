import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contextEmissions, emissions } from '../../../src/core/ner/decode';
import { sentenceContextFeatures, sentenceFeatures } from '../../../src/core/ner/features';
import { loadEntityModel } from '../../../src/core/ner';
import { TAG_COUNT } from '../../../src/core/ner/model';
import { tokenize } from '../../../src/core/text/tokenize';

function shippedModel(): Uint8Array {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return new Uint8Array(fs.readFileSync(path.join(dir, 'models', 'ner.bin')));
}

describe('sentenceContextFeatures', () => {
  const model = loadEntityModel(shippedModel());
  const sentences = [
    'West Indian all-rounder Phil Simmons took four for 38 on Friday as Leicestershire beat Somerset .',
    'CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY .',
    'The Bank of England said on Tuesday that AT&T and Hewlett-Packard would meet in New York City.',
    'Mr. O’Brien’s visit to the U.S. Department of State ended early.',
    'a',
    'Zürich , São Paulo and Reykjavík — “quoted” names 1,000.5 1996-08-30',
  ];

  it('gives the same emission scores as the full feature set', () => {
    // Twice, so the second pass uses the scores cached per word.
    for (let pass = 0; pass < 2; pass++) {
      for (const sentence of sentences) {
        const words = tokenize(sentence).map(t => t.text);
        const n = words.length;
        const full = new Float64Array(n * TAG_COUNT);
        emissions(sentenceFeatures(words, model.ctx), n, model.weights, full);
        const { scores, feats } = sentenceContextFeatures(words, model.ctx, model.weights, TAG_COUNT);
        const split = new Float64Array(n * TAG_COUNT);
        contextEmissions(feats, scores, n, model.weights, split);
        assert.deepStrictEqual(split, full, sentence);
      }
    }
  });

  it('recomputes cached word scores for other weights', () => {
    const words = ['Paris', 'is', 'big'];
    const other = new Int8Array(model.weights.length).fill(1);
    const a = sentenceContextFeatures(words, model.ctx, model.weights, TAG_COUNT).scores[0];
    const b = sentenceContextFeatures(words, model.ctx, other, TAG_COUNT).scores[0];
    assert.deepStrictEqual([...b], new Array(TAG_COUNT).fill(11));
    assert.notDeepStrictEqual([...a], [...b]);
  });

  it('gazetteer matches are the same with looked-up word values', () => {
    const gaz = model.ctx.gazetteer;
    for (const sentence of sentences.concat(['new york city and the united states of america met los angeles'])) {
      const lower = tokenize(sentence).map(t => t.text.toLowerCase());
      const known = lower.map(w => ({ gaz: gaz.word(w), gazLongest: gaz.longestFrom(w) }));
      const run = (k?: typeof known) => {
        const begin = new Int32Array(lower.length);
        const inside = new Int32Array(lower.length);
        gaz.match(lower, () => true, begin, inside, k);
        return [begin, inside];
      };
      assert.deepStrictEqual(run(known), run(), sentence);
    }
  });
});
