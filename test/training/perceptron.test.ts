import * as assert from 'assert';
import { Gazetteer } from '../../src/core/ner/gazetteer';
import { WordClusters } from '../../src/core/ner/clusters';
import { FeatureContext, sentenceFeatures, wordShape } from '../../src/core/ner/features';
import { TAGS } from '../../src/core/ner/model';
import { encodeModel } from '../../src/training/modelFile';
import { quantise, trainPerceptron, TrainSentence } from '../../src/training/perceptron';
import { EntityRecognizer } from '../../src/core/ner';

const ctx: FeatureContext = {
  hashBits: 14,
  gazetteer: new Gazetteer({ title: ['mayor'] }),
  lowerWords: new Set(['visited', 'the']),
  clusters: WordClusters.empty(),
};
const tag = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);

/** "Mayor <Name> visited <Place>" with invented names: PER after "Mayor", LOC after "visited". */
function toyData(): TrainSentence[] {
  const names = ['Ruvo', 'Tesk', 'Ombal', 'Frin', 'Quell', 'Dasko', 'Virn', 'Holp'];
  const data: TrainSentence[] = [];
  for (const a of names) {
    for (const b of names) {
      if (a === b) continue;
      const words = ['Mayor', a, 'visited', b, '.'];
      data.push({
        feats: sentenceFeatures(words, ctx),
        gold: Uint8Array.from([0, tag('B-PER'), 0, tag('B-LOC'), 0]),
        weight: 1,
      });
    }
  }
  return data;
}

function buildModel(seed: number) {
  const { weights, transitions } = quantise(trainPerceptron(toyData(), ctx.hashBits, 4, seed));
  return { ctx, weights, transitions, info: {} };
}

describe('averaged perceptron', () => {
  it('learns context cues and applies them to unseen names', () => {
    const recognizer = new EntityRecognizer(buildModel(7));
    const spans = recognizer.recognizeParagraph('Mayor Zabu visited Kellt.');
    assert.deepStrictEqual(
      spans.map(s => s.type),
      ['PER', 'LOC'],
    );
    assert.deepStrictEqual(
      spans.map(s => [s.start, s.end]),
      [
        [6, 10],
        [19, 24],
      ],
    );
  });

  it('is deterministic: same data and seed give the same bytes', () => {
    assert.deepStrictEqual(encodeModel(buildModel(3)), encodeModel(buildModel(3)));
  });
});

describe('word shape', () => {
  it('collapses character classes', () => {
    assert.strictEqual(wordShape('Leicestershire'), 'Xx');
    assert.strictEqual(wordShape('U.S.'), 'X.X.');
    assert.strictEqual(wordShape('1996-08-30'), 'd-d-d');
    assert.strictEqual(wordShape('NATO'), 'X');
  });
});
