// Builds the entity-linking gold set (eval/linking-gum.jsonl) from a checkout of the GUM corpus
// (amir-zeldes/gum): its Wikinews news and interview documents (texts CC BY 2.5, annotations
// CC BY 4.0), whose named people, organisations and places carry a Wikipedia identity, mapped to
// Wikidata ids by the corpus's own coref/wiki_map.tab. A named mention without an identity is gold NIL.
// Usage: npm run build:linking-gold -- --gum DIR [--out FILE]
import * as fs from 'node:fs';
import * as path from 'node:path';

interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: 'PER' | 'ORG' | 'LOC';
  /** Wikidata id, or null when the corpus gives the mention no identity (not in Wikipedia). */
  wikidata: string | null;
}
interface GoldDocument {
  id: string;
  source: string;
  text: string;
  mentions: GoldMention[];
}

const TYPES: Record<string, GoldMention['type']> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const GENRES = /^GUM_(news|interview)_/;

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(name);
  const value = i > 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`missing ${name}`);
  return value;
}

function wikiMap(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.includes('\t')) continue;
    const [formatted, url, id] = line.split('\t');
    if (/^Q\d+$/.test(id)) {
      map.set(formatted, id);
      map.set(url, id);
    }
  }
  return map;
}

interface Open {
  key: string;
  start: number;
  firstToken: number;
  etype: string;
  identity: string;
}

/** Opens "(id-etype-...-identity" and closes "id)" in a token's Entity= value, in order. */
function entityMarks(value: string): { open?: { key: string; fields: string[] }; close?: string }[] {
  const marks: { open?: { key: string; fields: string[] }; close?: string }[] = [];
  let i = 0;
  while (i < value.length) {
    if (value[i] === '(') {
      let j = i + 1;
      while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
      const fields = value.slice(i + 1, j).split('-');
      marks.push({ open: { key: fields[0], fields } });
      if (value[j] === ')') {
        marks.push({ close: fields[0] });
        j++;
      }
      i = j;
    } else {
      let j = i;
      while (j < value.length && /\d/.test(value[j])) j++;
      if (value[j] === ')' && j > i) marks.push({ close: value.slice(i, j) });
      i = j + 1;
    }
  }
  return marks;
}

/** One document: text rebuilt from tokens (SpaceAfter=No respected, a line per sentence, a blank line per paragraph). */
function readDocument(file: string, ids: Map<string, string>): GoldDocument {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let text = '';
  let source = '';
  const mentions: GoldMention[] = [];
  const open: Open[] = [];
  const tokens: { start: number; end: number; upos: string; form: string }[] = [];
  let spaceBefore = false;
  for (const line of lines) {
    if (line.startsWith('# meta::sourceURL = ')) source = line.slice(20).trim();
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_') && text) text += '\n';
    if (line === '' && text && !text.endsWith('\n')) {
      text += '\n';
      spaceBefore = false;
    }
    if (!/^\d+\t/.test(line)) continue;
    const cols = line.split('\t');
    const form = cols[1];
    if (spaceBefore) text += ' ';
    const start = text.length;
    text += form;
    tokens.push({ start, end: text.length, upos: cols[3], form });
    spaceBefore = !/SpaceAfter=No/.test(cols[9]);
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(cols[9]);
    if (!entity) continue;
    for (const mark of entityMarks(entity[1])) {
      if (mark.open) {
        const f = mark.open.fields;
        const identity = f[1] && TYPES[f[1]] && f.length >= 8 ? f.slice(7).join('-') : '';
        open.push({ key: mark.open.key, start, firstToken: tokens.length - 1, etype: f[1], identity });
      } else if (mark.close !== undefined) {
        const k = open.map(o => o.key).lastIndexOf(mark.close);
        if (k < 0) continue;
        const [o] = open.splice(k, 1);
        const type = TYPES[o.etype];
        const span = tokens.slice(o.firstToken);
        // Named mentions only: every word of the mention is a proper noun ("the agency" is not a name).
        const named = span.every(t => t.upos === 'PROPN' || t.upos === 'PUNCT' || /^(of|the|and|for|de)$/.test(t.form));
        if (!type || !named || !span.some(t => t.upos === 'PROPN')) continue;
        const title = o.identity.replace(/%2D/g, '-');
        mentions.push({
          start: o.start,
          end: text.length,
          text: text.slice(o.start, text.length),
          type,
          wikidata: title ? (ids.get(title) ?? null) : null,
        });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { id: path.basename(file, '.conllu'), source, text, mentions };
}

function main(): void {
  const gum = arg('--gum');
  const out = arg('--out', path.join(__dirname, '..', '..', 'eval', 'linking-gum.jsonl'));
  const ids = wikiMap(path.join(gum, 'coref', 'wiki_map.tab'));
  const dir = path.join(gum, 'dep');
  const docs = fs
    .readdirSync(dir)
    .filter(f => GENRES.test(f) && f.endsWith('.conllu'))
    .sort()
    .map(f => readDocument(path.join(dir, f), ids));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, docs.map(d => JSON.stringify(d)).join('\n') + '\n');
  const all = docs.flatMap(d => d.mentions);
  console.log(
    `wrote ${out}: ${docs.length} documents, ${all.length} named mentions, ` +
      `${all.filter(m => m.wikidata).length} linked, ${all.filter(m => !m.wikidata).length} NIL`,
  );
}

main();
