import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CUE, RuleCues, SENTENCE_CUES, SentenceCues } from '../../../src/core/ner/ruleCues';
import { Gazetteer, categoryBit } from '../../../src/core/ner/gazetteer';
import { loadEntityModel } from '../../../src/core/ner';
import { sentenceEmissions, sentenceSlots } from '../../../src/core/ner/emissions';
import { RULE_CUES, WordTable } from '../../../src/core/ner/wordTable';
import { TAG_COUNT } from '../../../src/core/ner/model';
import { tokenize } from '../../../src/core/text/tokenize';

const gazetteer = new Gazetteer({ orgWord: ['ministry'], first: ['ula'] }, '', '');
const present = (cues: SentenceCues, ids: number[]) => ids.filter(id => cues.has(id));

describe('RuleCues', () => {
  it('finds a cue by any of its words, whatever their case', () => {
    const cues = new RuleCues();
    const poll = cues.add({ words: ['poll', 'survey'] });
    const storm = cues.add({ words: ['Hurricane'] });
    assert.deepStrictEqual(present(cues.read(tokenize('A new Survey by Velmar.'), gazetteer), [poll, storm]), [poll]);
    assert.deepStrictEqual(present(cues.read(tokenize('HURRICANE Ula'), gazetteer), [poll, storm]), [storm]);
    assert.deepStrictEqual(present(cues.read(tokenize('Polls closed.'), gazetteer), [poll, storm]), []);
  });

  it('finds a cue by a category of the name lists', () => {
    const cues = new RuleCues();
    const head = cues.add({ bits: categoryBit('orgWord') });
    const given = cues.add({ bits: categoryBit('first'), words: ['Mr'] });
    const ids = [head, given];
    assert.deepStrictEqual(present(cues.read(tokenize('the Tarn Ministry said'), gazetteer), ids), [head]);
    assert.deepStrictEqual(present(cues.read(tokenize('Ula Brennick said'), gazetteer), ids), [given]);
    assert.deepStrictEqual(present(cues.read(tokenize('Mr Brennick said'), gazetteer), ids), [given]);
    assert.deepStrictEqual(present(cues.read(tokenize('Brennick said'), gazetteer), ids), []);
  });

  it('finds a cue by a test of a word as written', () => {
    const cues = new RuleCues();
    const capitalHead = cues.add({ test: (text, lower, gaz) => /^\p{Lu}/u.test(text) && gaz.word(lower) !== 0 });
    assert.deepStrictEqual(present(cues.read(tokenize('the Ministry'), gazetteer), [capitalHead]), [capitalHead]);
    assert.deepStrictEqual(present(cues.read(tokenize('the ministry'), gazetteer), [capitalHead]), []);
  });

  it('numbers at most 64 cues, one bit each', () => {
    const cues = new RuleCues();
    for (let i = 0; i < 64; i++) assert.strictEqual(cues.add({ words: [`w${i}`] }), i);
    assert.throws(() => cues.add({ words: ['one more'] }), /at most 64/);
    const ids = [0, 30, 31, 32, 62, 63];
    assert.deepStrictEqual(present(cues.read(tokenize('w31 w63 w0'), gazetteer), ids), [0, 31, 63]);
    assert.deepStrictEqual(present(cues.read(tokenize('w32 w30'), gazetteer), ids), [30, 32]);
  });

  it("reads the same cues from the tagger's table of words as from the tokens", () => {
    let dir = __dirname;
    while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
    const model = loadEntityModel(new Uint8Array(fs.readFileSync(path.join(dir, 'models', 'ner.bin'))));
    const table = new WordTable(model.ctx, model.weights, (word, lower) =>
      SENTENCE_CUES.cuesOf(word, lower, model.ctx.gazetteer),
    );
    const ids = Object.values(CUE);
    const sentences = [
      'A Velmar poll put the Tarn Labour party ahead , the Ministry of Finance said on Independence Day .',
      'Secretary-General Ula Brennick spoke to radio 2VK before Hurricane Tarna reached Highway 9 .',
      'Shares in Velkom Holdings rose 4 percent ; the Velka newspaper said the Velkan language was taught .',
      'nothing here but lower-case words',
    ];
    for (const sentence of sentences) {
      const tokens = tokenize(sentence);
      sentenceEmissions(tokens, table, new Float64Array(tokens.length * TAG_COUNT));
      const slots = sentenceSlots();
      const n = tokens.length;
      const fromTable = SENTENCE_CUES.sentence(
        table.orOf(slots, 2, n + 2, RULE_CUES),
        table.orOf(slots, 2, n + 2, RULE_CUES + 1),
      );
      const fromTokens = SENTENCE_CUES.read(tokens, model.ctx.gazetteer);
      assert.deepStrictEqual(present(fromTable, ids), present(fromTokens, ids), sentence);
    }
    assert.ok(present(SENTENCE_CUES.read(tokenize(sentences[1]), model.ctx.gazetteer), ids).includes(CUE.storm));
  });
});
