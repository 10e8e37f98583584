import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { emissions } from '../../../src/core/ner/decode';
import { sentenceEmissions } from '../../../src/core/ner/emissions';
import { WordTable } from '../../../src/core/ner/wordTable';
import {
  CLUSTER_LEVELS,
  FEATURES_PER_TOKEN,
  FIRST_CLUSTER_FEATURE,
  LEXICAL_FEATURES,
  sentenceFeatures,
} from '../../../src/core/ner/features';
import { WordClusters } from '../../../src/core/ner/clusters';
import { loadEntityModel } from '../../../src/core/ner';
import { wordlessRunBuckets } from '../../../src/core/ner/runs';
import { TAG_COUNT } from '../../../src/core/ner/model';
import { tokenize } from '../../../src/core/text/tokenize';
import { bigText, liveHeap } from '../heap';

function shippedModel(): Uint8Array {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return new Uint8Array(fs.readFileSync(path.join(dir, 'models', 'ner.bin')));
}

describe('sentenceEmissions', () => {
  const model = loadEntityModel(shippedModel());
  const sentences = [
    'West Indian all-rounder Phil Simmons took four for 38 on Friday as Leicestershire beat Somerset .',
    'CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY .',
    'The Bank of England said on Tuesday that AT&T and Hewlett-Packard would meet in New York City.',
    'Mr. O’Brien’s visit to the U.S. Department of State ended early.',
    'a',
    'Zürich , São Paulo and Reykjavík — “quoted” names 1,000.5 1996-08-30',
    'University of California and the Ministry of Finance of South Korea met in Los Angeles .',
  ];

  /** The scores from the full feature list, as training sees the features. */
  function reference(words: string[]): Float64Array {
    const full = new Float64Array(words.length * TAG_COUNT);
    emissions(sentenceFeatures(words, model.ctx), words.length, model.weights, full);
    return full;
  }

  function summed(table: WordTable, text: string): Float64Array {
    const tokens = tokenize(text);
    const out = new Float64Array(tokens.length * TAG_COUNT + 5).fill(NaN);
    sentenceEmissions(tokens, table, out);
    return out.subarray(0, tokens.length * TAG_COUNT);
  }

  it('gives the scores of the full feature list', () => {
    const table = new WordTable(model.ctx, model.weights);
    // Twice, so the second pass reads words already in the table.
    for (let pass = 0; pass < 2; pass++) {
      for (const sentence of sentences) {
        const words = tokenize(sentence).map(t => t.text);
        assert.deepStrictEqual(summed(table, sentence), reference(words), sentence);
      }
    }
  });

  it('gives the scores of the full feature list for any sentence, also when the table starts afresh', () => {
    const vocabulary = [
      'Kim',
      'KIM',
      'Jong',
      'of',
      'Of',
      'the',
      'The',
      '&',
      'New',
      'York',
      'new',
      'york',
      'city',
      'City',
      'Bank',
      'England',
      'said',
      'U.S.',
      'Ünal',
      'ÉDITH',
      '1996',
      '1,000',
      '.',
      ',',
      '"',
      '—',
      'de',
      'van',
      'Mr.',
      'Friday',
      'los',
      'Los',
      'Angeles',
      'ANGELES',
      'x',
      'Ministry',
      'Finance',
      'South',
      'Korea',
      '\u{1D400}rno',
    ];
    // A table that starts afresh every few words exercises the slots' reuse.
    const small = new WordTable(model.ctx, model.weights, undefined, 12);
    const large = new WordTable(model.ctx, model.weights);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 30 }), words => {
        const text = words.join(' ');
        const expected = reference(tokenize(text).map(t => t.text));
        assert.deepStrictEqual(summed(large, text), expected);
        assert.deepStrictEqual(summed(small, text), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds every word again as the table grows, its index rebuilt', () => {
    const table = new WordTable(model.ctx, model.weights);
    const words = Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0 ? `Veldt${i}` : i % 3 === 1 ? `nor${i}` : `${i}`,
    );
    const sentences = Array.from({ length: 100 }, (_, k) => words.slice(k * 30, k * 30 + 30).join(' '));
    for (let pass = 0; pass < 2; pass++)
      for (const sentence of sentences)
        assert.deepStrictEqual(summed(table, sentence), reference(tokenize(sentence).map(t => t.text)), sentence);
  });

  it('keeps no text a new word was cut from alive', () => {
    const table = new WordTable(model.ctx, model.weights);
    const before = liveHeap();
    for (let i = 0; i < 20; i++) {
      // A word long enough that cutting it makes a view into the 1 MB text, as a newly typed word is.
      const text = bigText(`Quarterbackingness${i}`, 1_000_000);
      table.slot(text.slice(0, text.indexOf(' ')));
    }
    const grown = liveHeap() - before;
    assert.ok(grown < 4 * 2 ** 20, `the heap grew by ${(grown / 2 ** 20).toFixed(1)} MB for 20 words`);
  });

  it('gazetteer matches are the same with looked-up word values', () => {
    const gaz = model.ctx.gazetteer;
    for (const sentence of sentences.concat(['new york city and the united states of america met los angeles'])) {
      const lower = tokenize(sentence).map(t => t.text.toLowerCase());
      const known = { bits: lower.map(w => gaz.taggerWord(w)), longest: lower.map(w => gaz.longestFrom(w)) };
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

describe('word cluster features', () => {
  const shipped = loadEntityModel(shippedModel());
  // Invented words in a five-level tree: "varnholt" and "dresmore" share a leaf, "tamberlin" shares
  // their clusters at levels 3 and 4 but not their leaf, "quellmark" is in another part of the tree.
  const leaves: string[][] = Array.from({ length: 4 ** 5 }, () => []);
  leaves[0] = ['varnholt', 'dresmore'];
  leaves[3] = ['tamberlin'];
  leaves[1023] = ['quellmark'];
  const ctx = { ...shipped.ctx, clusters: WordClusters.fromLeaves(leaves, 5) };
  const own = (words: string[], i: number) => {
    const feats = sentenceFeatures(words, ctx);
    const at = i * FEATURES_PER_TOKEN + FIRST_CLUSTER_FEATURE;
    return Array.from(feats.subarray(at, at + CLUSTER_LEVELS.length));
  };

  it('are the same for two words of one cluster, whatever their case', () => {
    assert.deepStrictEqual(own(['at', 'Varnholt', 'today'], 1), own(['at', 'DRESMORE', 'today'], 1));
  });

  it('share the coarse levels only with a word of a nearby cluster, and none with a distant one', () => {
    const a = own(['Varnholt'], 0);
    const b = own(['Tamberlin'], 0);
    const c = own(['Quellmark'], 0);
    assert.deepStrictEqual(
      a.map((x, k) => x === b[k]),
      [true, true, false],
    );
    assert.deepStrictEqual(
      a.map((x, k) => x === c[k]),
      [false, false, false],
    );
  });

  it('are summed per word in the word table as in the full feature list', () => {
    const table = new WordTable(ctx, shipped.weights);
    for (const text of ['Varnholt met Quellmark in Tamberlin .', 'DRESMORE AND VARNHOLT', 'Glimmerford , Dresmore']) {
      const tokens = tokenize(text);
      const words = tokens.map(t => t.text);
      const expected = new Float64Array(words.length * TAG_COUNT);
      emissions(sentenceFeatures(words, ctx), words.length, shipped.weights, expected);
      const out = new Float64Array(words.length * TAG_COUNT);
      sentenceEmissions(tokens, table, out);
      assert.deepStrictEqual(out, expected, text);
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
