/**
 * The straightforward form of `harmonizeSpans` (regex look-behind at every capital, string keys, sort at
 * the end), kept as the oracle that the optimised scan must agree with.
 */
import { EntityType, Span } from '../../../src/core/types';
import { maskMarkup } from '../../../src/core/text/markdown';
import { definedTypes } from '../../../src/core/ner/cues';

/** After a name: a letter, digit or hyphen, or an apostrophe other than a possessive, continues the word. */
const WORD_GOES_ON = /^(?:[\p{L}\p{N}-]|['’](?![sS](?![\p{L}\p{N}])))/u;

/** Legal-form endings of company names. */
const COMPANY_SUFFIX = /,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|S\.A|SpA|NV|N\.V|BV|GmbH|Group|Holdings?)\.?$/;

const ENTITY = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * Document-level consistency over spans found independently per paragraph:
 * 1. a surface string keeps one type in the article (majority vote, first seen breaks ties);
 * 2. words of multi-word person names are person names on their own ("Kim Jong Un" -> "Kim"), and
 *    a company name without its legal form is the company ("Pirelli SpA" -> "Pirelli");
 * 3. unlabelled later mentions of a name already found are labelled too.
 * `isCommonWord(lower)` keeps ordinary words ("May", "Will") from being spread.
 */
export function referenceHarmonizeSpans(text: string, input: Span[], isCommonWord: (lower: string) => boolean): Span[] {
  const spans = input.filter(s => ENTITY.has(s.type)).map(s => ({ ...s }));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const votes = new Map<string, Map<EntityType, number>>();
  for (const s of spans) {
    const key = text.slice(s.start, s.end);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(s.type as EntityType, (v.get(s.type as EntityType) ?? 0) + 1);
    votes.set(key, v);
  }
  const typeOf = new Map<string, EntityType>();
  for (const [key, v] of votes) {
    let best: EntityType | undefined;
    for (const [type, count] of v) if (best === undefined || count > v.get(best)!) best = type;
    typeOf.set(key, best!);
  }
  // Defining contexts ("..., a band from") settle the type; the same function as the optimised form.
  for (const [key, type] of definedTypes(
    text,
    spans,
    spans.map(s => text.slice(s.start, s.end)),
  ))
    typeOf.set(key, type);
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
  for (const s of spans) s.type = typeOf.get(text.slice(s.start, s.end)) ?? s.type;
  return addMissedMentions(text, spans, typeOf, isCommonWord);
}

function addMissedMentions(
  text: string,
  spans: Span[],
  typeOf: Map<string, EntityType>,
  isCommonWord: (lower: string) => boolean,
): Span[] {
  const names = [...typeOf.keys()].filter(
    k => /^\p{Lu}/u.test(k) && k.length > 1 && !(k.indexOf(' ') < 0 && isCommonWord(k.toLowerCase())),
  );
  if (names.length === 0) return spans;
  // Candidates by their first two characters, longest first, checked at each capital letter.
  const byPrefix = new Map<string, string[]>();
  for (const name of names.sort((a, b) => b.length - a.length)) {
    const key = name.slice(0, 2);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), name]);
  }
  const masked = maskMarkup(text);
  const added: Span[] = [];
  const capital = /(?<![\p{L}\p{N}\-'’.])\p{Lu}/gu;
  let k = 0;
  for (let m = capital.exec(masked); m; m = capital.exec(masked)) {
    const start = m.index;
    const name = byPrefix
      .get(masked.slice(start, start + 2))
      ?.find(
        c => masked.startsWith(c, start) && !WORD_GOES_ON.test(masked.slice(start + c.length, start + c.length + 2)),
      );
    if (!name) continue;
    const end = start + name.length;
    capital.lastIndex = end;
    while (k < spans.length && spans[k].end <= start) k++;
    if (k < spans.length && spans[k].start < end) continue; // overlaps a span already there
    added.push({ start, end, type: typeOf.get(name)! });
  }
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}
