import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contextEmissions, emissions } from '../../../src/core/ner/decode';
import {
  FEATURES_PER_TOKEN,
  LEXICAL_FEATURES,
  sentenceContextFeatures,
  sentenceFeatures,
} from '../../../src/core/ner/features';
import { loadEntityModel } from '../../../src/core/ner';
import { wordlessRunBuckets } from '../../../src/core/ner/runs';
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

describe('LEXICAL_FEATURES', () => {
  const model = loadEntityModel(shippedModel());

  it('are exactly the features that change when the words of a name change', () => {
    // Two invented names on no list, with the same shapes and lengths: only the words differ.
    const a = sentenceFeatures(['Officials', 'at', 'Varnholt', 'Quellmark', 'said', 'so', '.'], model.ctx);
    const b = sentenceFeatures(['Officials', 'at', 'Dresmore', 'Tamberlin', 'said', 'so', '.'], model.ctx);
    const changed = new Set<number>();
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.add(i % FEATURES_PER_TOKEN);
    assert.deepStrictEqual(
      [...changed].sort((x, y) => x - y),
      [...LEXICAL_FEATURES].sort((x, y) => x - y),
    );
  });
});

describe('wordlessRunBuckets', () => {
  const model = loadEntityModel(shippedModel());

  it('are the buckets of the run-word features of words outside a run and of one-word runs, not of longer runs', () => {
    const wordless = new Set(wordlessRunBuckets(model.ctx.hashBits));
    const words = ['the', 'minister', 'met', 'Varnholt', 'in', 'Quellmark', 'Dresmore', '.'];
    const feats = sentenceFeatures(words, model.ctx);
    const runWords = (i: number) => [29, 30].map(k => wordless.has(feats[i * FEATURES_PER_TOKEN + k]));
    assert.deepStrictEqual(runWords(0), [true, true]);
    assert.deepStrictEqual(runWords(3), [true, true]);
    assert.deepStrictEqual(runWords(5), [false, false]);
    assert.deepStrictEqual(runWords(6), [false, false]);
  });
});
