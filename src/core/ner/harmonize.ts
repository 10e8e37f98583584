import { EntityType, Span, isEntityType } from '../types';
import { maskMarkupSteps } from '../text/markdown';
import { drain } from '../steps';
import { Positions, STEP, TYPE_OF_INDEX, freshTable } from './documentTable';
import { HarmonizeCache } from './harmonizeCache';
import { MentionCache, scanMentionsSteps } from './mentionSearch';

export { HarmonizeCache };

/**
 * Document-level consistency over spans found independently per paragraph:
 * 1. a surface string keeps one type in the article: the type its defining contexts give ("..., a
 *    band from", "the village of ...", see `cues.ts`) if it has any, else the majority vote (first
 *    seen breaks ties);
 * 2. words of multi-word person names are person names on their own ("Kim Jong Un" -> "Kim"), and
 *    a company name without its legal form is the company ("Pirelli SpA" -> "Pirelli");
 * 3. unlabelled later mentions of a name already found are labelled too.
 * `isCommonWord(lower)` keeps ordinary words ("May", "Will") from being spread. A `HarmonizeCache`
 * (or just a `MentionCache`) kept across calls makes repeated passes over an edited article
 * cheaper; the result is the same.
 */
export function harmonizeSpans(
  text: string,
  input: Span[],
  isCommonWord: (lower: string) => boolean,
  cache?: HarmonizeCache | MentionCache,
): Span[] {
  return drain(harmonizeSteps(text, input, isCommonWord, cache));
}

/**
 * `harmonizeSpans` as a resumable computation: it yields every few thousand spans and every stretch
 * of the mention search, so that a caller can spread the pass over a long article across slices.
 */
export function* harmonizeSteps(
  text: string,
  input: Span[],
  isCommonWord: (lower: string) => boolean,
  cache?: HarmonizeCache | MentionCache,
): Generator<void, Span[], void> {
  const sorted = entitiesInOrder(input);
  yield;
  const memo = cache instanceof HarmonizeCache ? cache : undefined;
  const mentions = cache instanceof HarmonizeCache ? cache.mentions : cache;
  const table = memo
    ? yield* memo.table(text, sorted, isCommonWord)
    : (yield* freshTable(text, sorted, isCommonWord)).table;
  const { keys, typeOf, positions, labels } = table;
  // Spans keep their identity unless their type changes: copying every span cost time and garbage.
  // With labels at hand, only spans whose label differs from their own type are read.
  const retyped: Retyped = { at: [], spans: [] };
  for (let i = 0; i < sorted.length; i++) {
    if (labels ? labels[i] !== positions.types[i] : true) {
      const s = sorted[i];
      const type = labels ? TYPE_OF_INDEX[labels[i]] : (typeOf.get(keys[i]) ?? s.type);
      if (type !== s.type) {
        retyped.at.push(i);
        retyped.spans.push({ ...s, type });
      }
    }
    if (i % STEP === STEP - 1) yield;
  }
  let added: Span[] = [];
  if (table.names.length > 0) {
    const masked = memo ? yield* memo.masked(text) : yield* maskMarkupSteps(text);
    added = yield* missedMentions(masked, positions, typeOf, table.names, mentions);
  }
  return assembled(sorted, retyped, positions.starts, added);
}

/** Spans whose type the document pass changed: their indices in the sorted list, and the spans with their new type. */
interface Retyped {
  at: number[];
  spans: Span[];
}

/**
 * The entity spans of `input` by start, longer first on equal starts. The input itself (never changed)
 * when it already is such a list, as the pipeline passes it: no copy and no sort.
 */
function entitiesInOrder(input: Span[]): Span[] {
  let ordered = true;
  for (let i = 0; i < input.length && ordered; i++) {
    const s = input[i];
    if (!isEntityType(s.type)) ordered = false;
    else if (i > 0) {
      const p = input[i - 1];
      ordered = p.start < s.start || (p.start === s.start && p.end >= s.end);
    }
  }
  if (ordered) return input;
  const sorted = input.filter(s => isEntityType(s.type));
  sorted.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted;
}

/**
 * The result in one new list (the caller's list is never handed back): `sorted` with the `retyped`
 * spans in place, merged by start (`starts`: those of `sorted`) with `added`; on equal starts the span
 * of `sorted` comes first.
 */
function assembled(sorted: Span[], retyped: Retyped, starts: Int32Array, added: Span[]): Span[] {
  const out: Span[] = new Array(sorted.length + added.length);
  let k = 0;
  let j = 0;
  let r = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (j < added.length && added[j].start < starts[i]) out[k++] = added[j++];
    out[k++] = retyped.at[r] === i ? retyped.spans[r++] : sorted[i];
  }
  while (j < added.length) out[k++] = added[j++];
  return out;
}

/** Spans for later mentions of known names, at capitals that begin a word, where no span is yet (`positions`: the spans'). */
function* missedMentions(
  masked: string,
  { starts, ends }: Positions,
  typeOf: Map<string, EntityType>,
  names: string[],
  cache: MentionCache | undefined,
): Generator<void, Span[], void> {
  const found = cache ? yield* cache.scanSteps(masked, names) : yield* scanMentionsSteps(masked, names);
  const added: Span[] = [];
  let k = 0;
  for (let f = 0; f < found.starts.length; f++) {
    const start = found.starts[f];
    const name = found.names[f];
    const end = start + name.length;
    while (k < starts.length && ends[k] <= start) k++;
    // Not where a span already is.
    if (k === starts.length || starts[k] >= end) added.push({ start, end, type: typeOf.get(name)! });
  }
  yield;
  return added;
}
