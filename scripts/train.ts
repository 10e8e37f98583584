// Trains the PER/ORG/LOC/MISC model from ../shared/data/ner-train and writes models/ner.bin.
// Usage: npm run train [-- --data DIR] [--out FILE] [--clusters FILE] (default models/word-clusters.txt,
// built by npm run build:clusters) [--names FILE] (default models/given-names.txt, built by npm run
// build:names) [--seed N]. Also reads models/town-names.txt (npm run build:towns). Deterministic: same
// data => same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Gazetteer } from '../src/core/ner/gazetteer';
import { ENTITY_MODEL_PATH } from '../src/core/ner';
import { FeatureContext, sentenceFeatures } from '../src/core/ner/features';
import { TAGS } from '../src/core/ner/model';
import { encodeModel } from '../src/training/modelFile';
import { parseClusterFile, WORD_CLUSTERS_PATH } from '../src/training/clusterFile';
import { GIVEN_NAMES_PATH, parseGivenNames, parseNameList, TOWN_NAMES_PATH } from '../src/training/nameFile';
import { quantise, seededRandom, trainPerceptron, TrainSentence } from '../src/training/perceptron';
import { tokenize } from '../src/core/text/tokenize';
import { buildGazetteerLists } from './ner-gazetteer';
import { listedBodies, readBodyNames, readHandWrittenLists, readWorld, worldBodies } from './gazetteer-bodies';
import { listedPlaces } from './gazetteer-places';
import { sportsSentences } from './ner-synthetic';

/** Training sources (see docs/data-card.md) and how much one of their sentences counts. */
const SOURCES = [
  { file: 'gmb.jsonl', weight: Number(arg('--gmb-weight', '1')), fullMisc: true },
  { file: 'gum-ccby.jsonl', weight: Number(arg('--gum-weight', '1')), fullMisc: false },
  { file: 're3d.jsonl', weight: Number(arg('--re3d-weight', '1')), fullMisc: false },
  { file: 'btc.jsonl', weight: Number(arg('--btc-weight', '0.5')), fullMisc: false },
];
const HASH_BITS = 19;
const EPOCHS = Number(arg('--epochs', '6'));
const SEED = Number(arg('--seed', '20250101'));
/** Share of sentences also trained in capitals, to learn headlines and datelines. */
const UPPER_CASE_SHARE = Number(arg('--caps', '0.08'));
/** Synthetic sports sentences (clubs named after towns), see scripts/ner-synthetic.ts. */
const SPORTS_SENTENCES = Number(arg('--sports', '6000'));

interface Doc {
  text: string;
  spans: { start: number; end: number; type: string }[];
}
interface Sentence {
  words: string[];
  tags: Uint8Array;
  weight: number;
  fullMisc: boolean;
}

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** Tokenises each line with the runtime tokenizer and labels tokens from the gold spans (BIO). */
function toSentences(doc: Doc, weight: number, fullMisc: boolean): Sentence[] {
  const out: Sentence[] = [];
  const spans = doc.spans.filter(s => TAGS.includes(`B-${s.type}` as (typeof TAGS)[number]));
  let lineStart = 0;
  let k = 0;
  for (const line of doc.text.split('\n')) {
    const tokens = tokenize(line);
    const tags = new Uint8Array(tokens.length);
    tokens.forEach((t, i) => {
      const start = lineStart + t.start;
      while (k < spans.length && spans[k].end <= start) k++;
      const s = spans[k];
      if (s && s.start <= start && start < s.end) {
        tags[i] = TAGS.indexOf(`${start === s.start ? 'B' : 'I'}-${s.type}` as (typeof TAGS)[number]);
      }
    });
    if (tokens.length > 0) out.push({ words: tokens.map(t => t.text), tags, weight, fullMisc });
    lineStart += line.length + 1;
  }
  return out;
}

/** Words seen at least 3 times, 70 %+ of them in lower case when not sentence-initial. */
function commonLowerWords(sentences: Sentence[]): Set<string> {
  const lower = new Map<string, number>();
  const total = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 1; i < s.words.length; i++) {
      const w = s.words[i];
      const lo = w.toLowerCase();
      if (!/^\p{L}/u.test(lo)) continue;
      total.set(lo, (total.get(lo) ?? 0) + 1);
      if (w === lo) lower.set(lo, (lower.get(lo) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [w, n] of total) if (n >= 3 && (lower.get(w) ?? 0) >= 0.7 * n) out.add(w);
  return out;
}

/** Capitalised words seen 3+ times, under half of them in a person's name ("West", "Nations", "Hong"). */
function mostlyNotPersons(sentences: Sentence[]): Set<string> {
  return capitalisedWordsWhere(sentences, 'PER', (n, typed) => n >= 3 && typed < 0.5 * n);
}

/**
 * Capitalised words that the training text labels as (part of) a place in most of their 5+
 * occurrences ("Atlantic"): a one-word listed body with such a name is left out of the listed bodies.
 */
function mostlyPlaces(sentences: Sentence[]): Set<string> {
  return capitalisedWordsWhere(sentences, 'LOC', (n, typed) => n >= 5 && typed > 0.5 * n);
}

/** Capitalised words seen 3+ times, under half of them in a place's name ("Columbia", "Swan"). */
function mostlyNotPlaces(sentences: Sentence[]): Set<string> {
  return capitalisedWordsWhere(sentences, 'LOC', (n, typed) => n >= 3 && typed < 0.5 * n);
}

/**
 * Capitalised words, lower-cased, whose count in the training text and count inside a name of `type`
 * pass `keep`.
 */
function capitalisedWordsWhere(
  sentences: Sentence[],
  type: 'PER' | 'LOC',
  keep: (n: number, typed: number) => boolean,
): Set<string> {
  const typed = new Map<string, number>();
  const total = new Map<string, number>();
  const tags = [TAGS.indexOf(`B-${type}`), TAGS.indexOf(`I-${type}`)];
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      if (!/^\p{Lu}\p{Ll}/u.test(w)) return;
      const lo = w.toLowerCase();
      total.set(lo, (total.get(lo) ?? 0) + 1);
      if (tags.includes(s.tags[i])) typed.set(lo, (typed.get(lo) ?? 0) + 1);
    });
  }
  const out = new Set<string>();
  for (const [w, n] of total) if (keep(n, typed.get(w) ?? 0)) out.add(w);
  return out;
}

/**
 * Capitalised single words that are MISC (nationalities, religions) where a source marks them:
 * typed MISC in 70 %+ of 5+ labelled occurrences, plus the demonym list.
 */
const RELIGIONS = [
  'muslim',
  'moslem',
  'islamic',
  'jewish',
  'christian',
  'catholic',
  'protestant',
  'buddhist',
  'hindu',
  'sikh',
  'sunni',
  'shiite',
  'kurdish',
  'olympic',
];

function miscWords(sentences: Sentence[], demonyms: string[]): Set<string> {
  const misc = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const s of sentences) {
    if (!s.fullMisc) continue;
    s.words.forEach((w, i) => {
      const single = s.tags[i] % 2 === 1 && s.tags[i + 1] !== s.tags[i] + 1;
      if (!single) return;
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if (TAGS[s.tags[i]] === 'B-MISC') misc.set(w, (misc.get(w) ?? 0) + 1);
    });
  }
  const out = new Set<string>();
  for (const [w, n] of seen) if (n >= 5 && (misc.get(w) ?? 0) >= 0.7 * n) out.add(w);
  for (const d of [...demonyms, ...RELIGIONS]) if (!d.includes(' ')) out.add(d.charAt(0).toUpperCase() + d.slice(1));
  return out;
}

/** Corpora often leave nationality and religion adjectives unlabelled; label them as CoNLL-style news does. */
function markMisc(s: Sentence, misc: Set<string>): number {
  let n = 0;
  s.words.forEach((w, i) => {
    if (s.tags[i] === 0 && misc.has(w)) {
      s.tags[i] = TAGS.indexOf('B-MISC');
      n++;
    }
  });
  return n;
}

function main(): void {
  const root = repoRoot();
  const dataDir = arg('--data', path.resolve(root, '..', 'shared', 'data', 'ner-train'));
  const outFile = arg('--out', path.join(root, ...ENTITY_MODEL_PATH));
  const clusterFile = arg('--clusters', path.join(root, ...WORD_CLUSTERS_PATH));
  const namesFile = arg('--names', path.join(root, ...GIVEN_NAMES_PATH));
  const t0 = Date.now();
  const sentences: Sentence[] = [];
  for (const { file, weight, fullMisc } of SOURCES) {
    const lines = fs.readFileSync(path.join(dataDir, file), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) sentences.push(...toSentences(JSON.parse(line) as Doc, weight, fullMisc));
    console.log(`${file}: ${lines.length} docs`);
  }
  const lowerWords = commonLowerWords(sentences);
  const { lists, counts } = buildGazetteerLists({
    givenNames: parseGivenNames(fs.readFileSync(namesFile, 'utf8')),
    notNames: new Set([...lowerWords, ...mostlyNotPersons(sentences)]),
  });
  console.log(
    `${namesFile}: ${counts.added} given names for the rules, ${counts.dropped} left out as ordinary words, places or surnames`,
  );
  const misc = miscWords(sentences, lists.demonym ?? []);
  let relabelled = 0;
  for (const s of sentences) relabelled += markMisc(s, misc);
  console.log(`unlabelled nationality/religion words marked MISC: ${relabelled}`);
  const world = readWorld();
  const bodyNames = [...readBodyNames(), ...readHandWrittenLists(), ...worldBodies(world, new Set(lists.first))];
  const bodies = listedBodies(lists, lowerWords, bodyNames, world, mostlyPlaces(sentences));
  console.log(`listed bodies: ${JSON.stringify(bodies.counts)}`);
  const moreTowns = parseNameList(fs.readFileSync(path.join(root, ...TOWN_NAMES_PATH), 'utf8'), 'town names');
  const places = listedPlaces(lists, world, new Set([...lowerWords, ...mostlyNotPlaces(sentences)]), moreTowns);
  console.log(`listed places: ${JSON.stringify(places.counts)}`);
  const ctx: FeatureContext = {
    hashBits: HASH_BITS,
    gazetteer: new Gazetteer(lists, bodies.bodies.join('\n'), places.places.join('\n'), places.towns.join('\n')),
    lowerWords,
    clusters: parseClusterFile(fs.readFileSync(clusterFile, 'utf8')),
  };
  console.log(`word clusters: ${ctx.clusters.size} words from ${clusterFile}`);
  const random = seededRandom(SEED);
  const sports = sportsSentences(
    {
      places: [...(lists.city ?? []), ...(lists.region ?? [])],
      countries: lists.country ?? [],
      first: lists.first ?? [],
      last: lists.last ?? [],
      teams: lists.team ?? [],
    },
    SPORTS_SENTENCES,
    random,
  );
  for (const s of sports) {
    sentences.push({
      words: s.words,
      tags: Uint8Array.from(s.tags, t => TAGS.indexOf(t as (typeof TAGS)[number])),
      weight: 1,
      fullMisc: true,
    });
  }
  const data: TrainSentence[] = [];
  for (const s of sentences) {
    data.push({ feats: sentenceFeatures(s.words, ctx), gold: s.tags, weight: s.weight });
    if (random() < UPPER_CASE_SHARE) {
      data.push({
        feats: sentenceFeatures(
          s.words.map(w => w.toUpperCase()),
          ctx,
        ),
        gold: s.tags,
        weight: s.weight,
      });
    }
  }
  const tokens = data.reduce((n, s) => n + s.gold.length, 0);
  console.log(
    `${data.length} sentences, ${tokens} tokens (with capitalised copies); features in ${Date.now() - t0} ms`,
  );
  const trained = trainPerceptron(data, HASH_BITS, EPOCHS, SEED, m => console.log(`${m} (${Date.now() - t0} ms)`));
  const { weights, transitions } = quantise(trained);
  const bytes = encodeModel({
    ctx,
    weights,
    transitions,
    info: {
      sources: SOURCES.map(s => s.file),
      sports: SPORTS_SENTENCES,
      epochs: EPOCHS,
      hashBits: HASH_BITS,
      seed: SEED,
    },
  });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  console.log(`wrote ${outFile} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
