import * as assert from 'assert';
import { Gazetteer, categoryBit } from '../../../src/core/ner/gazetteer';
import { WordClusters } from '../../../src/core/ner/clusters';
import { decodeModel, EntityModel, TAG_COUNT } from '../../../src/core/ner/model';
import { encodeModel } from '../../../src/training/modelFile';
import { allowed, constrain, viterbi } from '../../../src/core/ner/decode';

function tinyModel(): EntityModel {
  const weights = new Int8Array((1 << 4) * TAG_COUNT);
  weights.forEach((_, i) => (weights[i] = (i % 7) - 3));
  return {
    ctx: {
      hashBits: 4,
      gazetteer: new Gazetteer({ city: ['oslo', 'new york'], first: ['anna'] }),
      lowerWords: new Set(['the', 'met']),
      clusters: WordClusters.fromLeaves([['plimbury', 'ostrevan'], [], ['quorl']], 2),
    },
    weights,
    transitions: Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, i) => i / 8),
    info: { note: 'test' },
  };
}

describe('entity model file', () => {
  it('round-trips weights, transitions, name lists and vocabulary', () => {
    const model = tinyModel();
    const back = decodeModel(encodeModel(model));
    assert.deepStrictEqual(Array.from(back.weights), Array.from(model.weights));
    assert.deepStrictEqual(Array.from(back.transitions), Array.from(model.transitions));
    assert.strictEqual(back.ctx.gazetteer.word('oslo'), model.ctx.gazetteer.word('oslo'));
    assert.notStrictEqual(back.ctx.gazetteer.word('anna'), 0);
    assert.deepStrictEqual([...back.ctx.lowerWords].sort(), ['met', 'the']);
    assert.deepStrictEqual(back.info, { note: 'test' });
    assert.strictEqual(back.ctx.clusters.leaf('quorl'), 2);
    assert.strictEqual(back.ctx.clusters.cluster('ostrevan', 1), 0);
  });

  it('loads a model written before word clusters as one without clusters', () => {
    const bytes = encodeModel(tinyModel());
    const length = new DataView(bytes.buffer).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Record<string, unknown>;
    delete header.clusters;
    const json = new TextEncoder().encode(JSON.stringify(header));
    const offset = Math.ceil((8 + json.length) / 8) * 8;
    const old = new Uint8Array(offset + (1 << 4) * TAG_COUNT);
    const view = new DataView(old.buffer);
    view.setUint32(0, new DataView(bytes.buffer).getUint32(0, true), true);
    view.setUint32(4, json.length, true);
    old.set(json, 8);
    const back = decodeModel(old);
    assert.strictEqual(back.ctx.clusters.size, 0);
    assert.strictEqual(back.ctx.clusters.leaf('quorl'), -1);
  });

  it('loads from a view into a larger buffer', () => {
    const bytes = encodeModel(tinyModel());
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    assert.strictEqual(decodeModel(padded.subarray(3)).weights.length, (1 << 4) * TAG_COUNT);
  });

  it('rejects other and truncated files', () => {
    assert.throws(() => decodeModel(new TextEncoder().encode('hello world')), /not an entity model/);
    const bytes = encodeModel(tinyModel());
    assert.throws(() => decodeModel(bytes.subarray(0, bytes.length - 10)), /truncated/);
  });
});

describe('gazetteer', () => {
  it('marks the longest phrase starting at a token', () => {
    const g = new Gazetteer({ city: ['new york', 'york'], region: ['new york state'] });
    const words = ['in', 'new', 'york', 'state', 'today'];
    const begin = new Int32Array(words.length);
    const inside = new Int32Array(words.length);
    g.match(words, () => true, begin, inside);
    assert.ok(begin[1] !== 0 && inside[3] !== 0);
    assert.strictEqual(inside[0], 0);
    assert.strictEqual(inside[4], 0);
  });

  it("gives the rules a body's head word the lexicon lacks, and the tagger nothing", () => {
    const g = new Gazetteer({ orgWord: ['bank'], first: ['railway'] });
    const orgWord = categoryBit('orgWord');
    assert.strictEqual(g.word('railway'), orgWord | categoryBit('first'));
    assert.strictEqual(g.taggerWord('railway'), categoryBit('first'));
    assert.strictEqual(g.word('bank'), orgWord);
    assert.strictEqual(g.word('museum'), 0);
  });

  it('keeps its listed bodies apart from the categories, through its serialisable form', () => {
    const g = new Gazetteer({ org: ['harl'] }, 'velmora dynamics');
    assert.strictEqual(g.word('velmora dynamics'), 0);
    assert.ok(g.mayBeBody('velmora') && !g.mayBeBody('harl'));
    const back = Gazetteer.fromLists(g.toLists());
    assert.ok(back.isListedBody('velmora dynamics') && !back.isListedBody('harl') && !back.isListedBody('velmora'));
    assert.strictEqual(back.word('harl'), g.word('harl'));
    assert.ok(!('bodies' in new Gazetteer({ org: ['harl'] }).toLists()));
  });

  it('answers whether a word opens a listed body as a search of the names would, through its first-word filter', () => {
    const syllables = ['vel', 'tar', 'mo', 'ra', 'kin', 'dov', 'el', 'sa', 'brin', 'ost'];
    const word = (n: number) =>
      syllables[n % 10] + syllables[Math.floor(n / 10) % 10] + syllables[Math.floor(n / 100) % 10];
    const names = Array.from({ length: 400 }, (_, i) => (i % 3 ? `${word(i * 2)} ${word(i * 2 + 1)}` : word(i * 2)));
    const g = new Gazetteer({}, [...names].sort().join('\n'));
    const starts = new Set(names.map(n => n.split(' ')[0]));
    for (let n = 0; n < 1000; n++) assert.strictEqual(g.mayBeBody(word(n)), starts.has(word(n)), word(n));
    assert.ok(!g.mayBeBody('') && !g.mayBeBody(`${word(0)} ${word(1)}`));
  });

  it('never answers "no" for a word that opens a listed place', () => {
    const places = Array.from({ length: 300 }, (_, i) => `port${i} tarn${i}`);
    const g = new Gazetteer({}, '', places.join('\n'));
    for (const name of places) assert.ok(g.mayBePlace(name.split(' ')[0]), name);
    const yes = Array.from({ length: 1000 }, (_, i) => `velk${i}`).filter(w => g.mayBePlace(w)).length;
    assert.ok(yes < 50, `${yes} of 1000 other words pass the filter`);
  });

  it('keeps its listed places apart from the categories, through its serialisable form', () => {
    const g = new Gazetteer({ city: ['velby'] }, '', 'port velby\nsanta tarna');
    assert.strictEqual(g.word('port velby'), 0);
    const back = Gazetteer.fromLists(g.toLists());
    assert.ok(back.isListedPlace('santa tarna') && back.isListedPlace('port velby') && !back.isListedPlace('velby'));
    assert.ok(!back.isListedBody('port velby'));
    assert.ok(!('places' in new Gazetteer({ city: ['velby'] }).toLists()));
  });

  it('keeps its listed towns apart from the places, through its serialisable form', () => {
    const back = Gazetteer.fromLists(new Gazetteer({}, '', 'port velby', 'velbuja\norvanda').toLists());
    assert.ok(back.isListedTown('velbuja') && back.isListedTown('orvanda') && !back.isListedTown('port velby'));
    assert.ok(!back.isListedPlace('velbuja'));
    assert.ok(!('towns' in new Gazetteer({}, '', 'port velby').toLists()));
  });
});

describe('gazetteer of a loaded model', () => {
  it("knows listed places' names by their abbreviated first word, which training does not see", () => {
    const lists = { city: ['saint tarnby', 'fort velk', 'tarnby'], org: ['saint velkom'] };
    const loaded = Gazetteer.fromLists(new Gazetteer(lists).toLists());
    const city = loaded.word('saint tarnby');
    for (const short of ['st. tarnby', 'st tarnby', 'ft. velk']) assert.strictEqual(loaded.word(short), city, short);
    assert.ok(loaded.longestFrom('st.') === 2 && loaded.longestFrom('ft') === 2);
    const begin = new Int32Array(3);
    loaded.match(['in', 'st.', 'tarnby'], () => true, begin, new Int32Array(3));
    assert.ok(begin[1] !== 0);
    // Bodies are not abbreviated, and the lists training builds hold only what they were given.
    assert.strictEqual(loaded.word('st. velkom'), 0);
    assert.strictEqual(new Gazetteer(lists).word('st. tarnby'), 0);
  });

  it('knows places written as dotted initials without their last stop, as hurried copy writes them', () => {
    const lists = { country: ['t.v.', 'tarnia'], org: ['v.k.'] };
    const loaded = Gazetteer.fromLists(new Gazetteer(lists).toLists());
    assert.strictEqual(loaded.word('t.v'), loaded.word('t.v.'));
    assert.notStrictEqual(loaded.word('t.v'), 0);
    // Not a body's initials, nor a name that is no initials.
    assert.strictEqual(loaded.word('v.k'), 0);
    assert.strictEqual(loaded.word('tarni'), 0);
  });

  it('lists the countries the lexicon files as nationalities as countries, and keeps their adjectives', () => {
    const lists = { demonym: ['philippines', 'philippine', 'laos'] };
    const loaded = Gazetteer.fromLists(new Gazetteer(lists).toLists());
    const country = Gazetteer.fromLists({ country: 'x' }).word('x');
    assert.strictEqual(loaded.word('philippines'), country);
    assert.strictEqual(loaded.word('laos'), country);
    assert.notStrictEqual(loaded.word('philippine'), country);
    assert.strictEqual(new Gazetteer(lists).word('philippines'), new Gazetteer(lists).word('philippine'));
  });
});

describe('viterbi', () => {
  it('never puts I-X after O or after another type', () => {
    const n = 3;
    const emit = new Float64Array(n * TAG_COUNT);
    emit[0 * TAG_COUNT + 0] = 5; // O
    emit[1 * TAG_COUNT + 2] = 5; // I-PER, not reachable from O
    emit[1 * TAG_COUNT + 1] = 1; // B-PER
    emit[2 * TAG_COUNT + 2] = 3; // I-PER
    const tags = viterbi(emit, n, constrain(new Float32Array((TAG_COUNT + 1) * TAG_COUNT)));
    assert.deepStrictEqual(Array.from(tags), [0, 1, 2]);
    for (let i = 1; i < n; i++) assert.ok(allowed(tags[i - 1], tags[i]));
  });
});
