import { EntityType, Span } from '../types';
import { maskMarkup } from '../text/markdown';
import { definedTypes } from './cues';
import { MentionCache, scanMentions } from './mentions';

/** Legal-form endings of company names. */
const COMPANY_SUFFIX = /,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|S\.A|SpA|NV|N\.V|BV|GmbH|Group|Holdings?)\.?$/;

const ENTITY = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * Document-level consistency over spans found independently per paragraph:
 * 1. a surface string keeps one type in the article: the type its defining contexts give ("..., a
 *    band from", "the village of ...", see `cues.ts`) if it has any, else the majority vote (first
 *    seen breaks ties);
 * 2. words of multi-word person names are person names on their own ("Kim Jong Un" -> "Kim"), and
 *    a company name without its legal form is the company ("Pirelli SpA" -> "Pirelli");
 * 3. unlabelled later mentions of a name already found are labelled too.
 * `isCommonWord(lower)` keeps ordinary words ("May", "Will") from being spread. A `MentionCache`
 * kept across calls makes repeated passes over an edited article cheaper; the result is the same.
 */
export function harmonizeSpans(
  text: string, input: Span[], isCommonWord: (lower: string) => boolean, cache?: MentionCache,
): Span[] {
  const sorted = input.filter((s) => ENTITY.has(s.type));
  sorted.sort((a, b) => a.start - b.start || b.end - a.end);
  // Surface strings sliced once; votes kept in first-seen order so that ties go to the first type seen.
  const keys = sorted.map((s) => text.slice(s.start, s.end));
  const votes = new Map<string, { types: EntityType[]; counts: number[] }>();
  sorted.forEach((s, i) => {
    const type = s.type as EntityType;
    const v = votes.get(keys[i]);
    if (!v) return void votes.set(keys[i], { types: [type], counts: [1] });
    const at = v.types.indexOf(type);
    if (at < 0) {
      v.types.push(type);
      v.counts.push(1);
    } else v.counts[at]++;
  });
  const typeOf = new Map<string, EntityType>();
  for (const [key, { types, counts }] of votes) {
    let best = 0;
    for (let t = 1; t < types.length; t++) if (counts[t] > counts[best]) best = t;
    typeOf.set(key, types[best]);
  }
  for (const [key, type] of definedTypes(text, sorted, keys)) typeOf.set(key, type);
  // Person name parts: only from names of two or more words, never ordinary words.
  const nameParts = new Set<string>();
  for (const [key, type] of typeOf) {
    if (type !== 'PER') continue;
    const words = key.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of words) if (w.length > 1 && /^\p{Lu}/u.test(w) && !isCommonWord(w.toLowerCase())) nameParts.add(w);
  }
  for (const part of nameParts) typeOf.set(part, 'PER');
  // "Pirelli SpA" names the company; later "Pirelli" alone is the same company.
  for (const [key, type] of [...typeOf]) {
    if (type !== 'ORG') continue;
    const short = key.replace(COMPANY_SUFFIX, '');
    if (short !== key && short.length > 1 && !(short.indexOf(' ') < 0 && isCommonWord(short.toLowerCase()))) {
      typeOf.set(short, 'ORG');
    }
  }
  // Spans keep their identity unless their type changes: copying every span cost time and garbage.
  const spans = sorted.map((s, i) => {
    const type = typeOf.get(keys[i]) ?? s.type;
    return type === s.type ? s : { ...s, type };
  });
  return addMissedMentions(text, spans, typeOf, isCommonWord, cache);
}

/** Merges two lists sorted by start; on equal starts the first list's span comes first. */
function mergeByStart(first: Span[], second: Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const s of first) {
    while (j < second.length && second[j].start < s.start) out.push(second[j++]);
    out.push(s);
  }
  while (j < second.length) out.push(second[j++]);
  return out;
}

/** Later mentions of known names, at capitals that begin a word, where no span is yet. */
function addMissedMentions(
  text: string, spans: Span[], typeOf: Map<string, EntityType>, isCommonWord: (lower: string) => boolean,
  cache: MentionCache | undefined,
): Span[] {
  const names = [...typeOf.keys()].filter(
    (k) => /^\p{Lu}/u.test(k) && k.length > 1 && !(k.indexOf(' ') < 0 && isCommonWord(k.toLowerCase())),
  );
  if (names.length === 0) return spans;
  const masked = maskMarkup(text);
  const found = cache ? cache.scan(masked, names) : scanMentions(masked, names);
  const added: Span[] = [];
  let k = 0;
  for (const { start, name } of found) {
    const end = start + name.length;
    while (k < spans.length && spans[k].end <= start) k++;
    // Not where a span already is.
    if (k === spans.length || spans[k].start >= end) added.push({ start, end, type: typeOf.get(name)! });
  }
  return added.length === 0 ? spans : mergeByStart(spans, added);
}
