import search from 'approx-string-match';
import { textHash } from '../sidecar/hash';
import { ContextRule } from './context';
import { Occurrences } from './occurrences';

/** What re-anchoring needs to know about an item (the sidecar's anchoring fields). */
interface ReanchorInput {
  quote: string;
  prefix?: string;
  suffix?: string;
  start: number;
  end: number;
  orphaned?: boolean;
}

export interface ReanchorResult {
  /** kept: same offsets; moved: same text found elsewhere; orphaned: not attached (offsets are the last known). */
  status: 'kept' | 'moved' | 'orphaned';
  start: number;
  end: number;
  /** For orphans: the closest match found, which the user may accept. Its text may differ from the quote. */
  suggestion?: { start: number; end: number };
}

interface ReanchorOptions {
  /** Least similarity (1 - errors / quote length) for a fuzzy suggestion; default 0.75. */
  minFuzzyScore?: number;
  /** `textHash(text)`, when the caller has it already: hashing a long article takes tens of milliseconds. */
  textHash?: string;
}

/** How far (UTF-16 units either side of where an item is expected) a similar text is looked for. */
export const FUZZY_WINDOW = 4000;

interface Candidate {
  start: number;
  end: number;
  /** The text around it supports attaching the item here (`ContextRule.supports`). */
  supported: boolean;
  /** Characters of the stored prefix and suffix found next to the candidate. */
  context: number;
  distance: number;
}

/** Best first: supported, then more matching context, then nearer where the item is expected, then earlier. */
function better(a: Candidate, b: Candidate): number {
  return (
    Number(b.supported) - Number(a.supported) || b.context - a.context || a.distance - b.distance || a.start - b.start
  );
}

/** How many of an item's best occurrences are kept for the assignment step; bounds memory on repetitive text. */
const MAX_CANDIDATES = 16;

/** One item being placed: its stored fields, its context rule and where it is expected in the new text. */
class Placement {
  readonly rule: ContextRule;
  constructor(
    readonly item: ReanchorInput,
    readonly text: string,
    readonly expected: number,
  ) {
    this.rule = new ContextRule(item, text);
  }

  /** The quote at `at` as a candidate, or undefined when its word boundaries differ from the original's. */
  candidateAt(at: number): Candidate | undefined {
    if (!this.rule.sameBoundaries(at)) return undefined;
    const before = this.rule.prefixAgreement(at);
    const after = this.rule.suffixAgreement(at);
    return {
      start: at,
      end: at + this.item.quote.length,
      supported: this.rule.supports(at, before, after),
      context: before + after,
      distance: Math.abs(at - this.expected),
    };
  }

  /**
   * The quote with all its stored context exactly where the item is expected (where its neighbours
   * moved), if it is there: supported by its place as much as by its context. (An item stored without
   * context is found only so.)
   */
  atExpected(): Candidate | undefined {
    const at = this.expected;
    if (at < 0 || !this.text.startsWith(this.item.quote, at)) return undefined;
    const c = this.candidateAt(at);
    return c && c.context === this.rule.prefix.length + this.rule.suffix.length ? { ...c, supported: true } : undefined;
  }

  /** The best occurrences of the quote with the original's word boundaries, best first. */
  candidates(occurrences: Occurrences): Candidate[] {
    const best: Candidate[] = [];
    for (const at of occurrences.of(this.item.quote)) {
      const c = this.candidateAt(at);
      if (!c || (best.length === MAX_CANDIDATES && better(c, best[best.length - 1]) >= 0)) continue;
      let i = best.length;
      while (i > 0 && better(c, best[i - 1]) < 0) i--;
      best.splice(i, 0, c);
      if (best.length > MAX_CANDIDATES) best.pop();
    }
    return best;
  }

  /** The most similar text near where the item is expected (Myers' bit-parallel algorithm), if similar enough. */
  fuzzy(minScore: number): { start: number; end: number } | undefined {
    const { quote } = this.item;
    const maxErrors = Math.floor(quote.length * (1 - minScore));
    if (maxErrors < 1) return undefined;
    const from = Math.max(0, this.expected - FUZZY_WINDOW);
    const to = Math.min(this.text.length, this.expected + quote.length + FUZZY_WINDOW);
    const matches = search(this.text.slice(from, to), quote, maxErrors);
    let chosen: { start: number; end: number; errors: number; distance: number } | undefined;
    for (const m of matches) {
      const found = { start: from + m.start, end: from + m.end, errors: m.errors };
      const distance = Math.abs(found.start - this.expected);
      if (!chosen || found.errors < chosen.errors || (found.errors === chosen.errors && distance < chosen.distance))
        chosen = { ...found, distance };
    }
    return chosen && { start: chosen.start, end: chosen.end };
  }
}

/**
 * Where each item is expected in the new text: its stored start shifted by the same amount as the
 * nearest anchor item. An anchor is an item whose whole stored context (prefix, quote, suffix) is
 * found either where the previous anchor's shift puts it (the common case: text inserted or deleted
 * somewhere shifts everything after it alike, checked in constant time per item) or, failing that,
 * exactly once in the new text (for an item stored with some context). Distances are measured from there, so that an insertion earlier in
 * the text does not make the wrong one of several look-alike occurrences the nearest.
 */
function expectedStarts(items: readonly ReanchorInput[], text: string, occurrences: Occurrences): number[] {
  const anchors: { stored: number; shift: number }[] = [];
  const order = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start);
  let shift = 0;
  for (const i of order) {
    const item = items[i];
    if (item.orphaned || item.quote.length === 0) continue;
    let at = item.start + shift;
    // A quote found once proves nothing without the context around it (an item another tool wrote bare).
    const stored = (item.prefix ?? '') + (item.suffix ?? '');
    if (!occurrences.wholeContextAt(item, at)) at = stored ? occurrences.uniqueContext(item) : -1;
    if (at < 0) continue;
    shift = at - item.start;
    anchors.push({ stored: item.start, shift });
  }
  return items.map(item => {
    let lo = 0,
      hi = anchors.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (anchors[mid].stored < item.start) lo = mid + 1;
      else hi = mid;
    }
    const before = anchors[lo - 1];
    const after = anchors[lo];
    const near = !before
      ? after
      : !after
        ? before
        : item.start - before.stored <= after.stored - item.start
          ? before
          : after;
    return item.start + (near?.shift ?? 0);
  });
}

/** One number per span (exact for texts and quotes shorter than 2^26 characters), as a map key. */
function spanKey(s: { start: number; end: number }): number {
  return s.start * 0x4000000 + (s.end - s.start);
}

/**
 * Finds stored items in the current text. Never attaches an item to text that differs from its quote,
 * nor to an occurrence whose word boundaries differ from the original's ("Syria" is not found in
 * "Syrian"), nor to one the text around does not support.
 *
 * 1. If `storedHash` equals the text's hash and the quote is at the stored offsets: kept.
 * 2. If the quote is at the stored offsets with its whole stored prefix and suffix, and its unambiguous
 *    neighbours did not move either: kept.
 * 3. Otherwise every exact occurrence of the quote with the original's word boundaries is a candidate.
 *    One is attached only when its context supports it (`ContextRule.supports`: the stored context on
 *    one side is all there, and at least half of it, and its nearest word, on the other side). Candidates are ranked by
 *    how many context characters agree, then by distance from where the item is expected (its stored
 *    offset shifted like its nearest unambiguous neighbour), then earlier first. Items are placed
 *    best-scoring first; each takes its best supported occurrence (of its 16 best) that no item stored
 *    at a different place holds, so annotations on repeated text ("Kim" ten times) never swap or pile up.
 * 4. An item left without such an occurrence is orphaned, with its best occurrence (if any) as a
 *    suggestion, else the most similar text near where it was expected when similar enough. A
 *    suggestion is never attached: the user decides.
 * Items already orphaned stay orphaned (only the user re-attaches them) but get a suggestion.
 */
export function reanchor(
  items: readonly ReanchorInput[],
  text: string,
  storedHash?: string,
  options: ReanchorOptions = {},
): ReanchorResult[] {
  const minScore = options.minFuzzyScore ?? 0.75;
  const hashMatches = storedHash !== undefined && storedHash === (options.textHash ?? textHash(text));
  const results: ReanchorResult[] = items.map(item => ({ status: 'orphaned', start: item.start, end: item.end }));
  const pending: Pending[] = [];
  const occurrences = new Occurrences(text);
  // An item whose quote is not at its stored offsets will probably be searched for.
  for (const item of items) if (!text.startsWith(item.quote, item.start)) occurrences.expect(item.quote);
  // Only needed once some item is not kept on the hash alone.
  let expected: number[] | undefined;
  const placement = (index: number) =>
    new Placement(items[index], text, (expected ??= expectedStarts(items, text, occurrences))[index]);
  items.forEach((item, index) => {
    const atStored =
      item.quote.length > 0 && item.end - item.start === item.quote.length && text.startsWith(item.quote, item.start);
    if (!item.orphaned && atStored && hashMatches) {
      results[index].status = 'kept';
      return;
    }
    if (item.quote.length === 0) return;
    const place = placement(index);
    // The whole context right where the item is expected is the best candidate there can be; the full
    // list is searched only if the assignment step needs more than that one.
    const best = place.atExpected();
    if (!item.orphaned && best && best.start === item.start) {
      results[index].status = 'kept';
      return;
    }
    const candidates = best ? [best] : place.candidates(occurrences);
    if (!item.orphaned && candidates[0]?.supported) pending.push({ place, index, candidates, complete: !best });
    else suggest(results[index], place, candidates[0], minScore);
  });
  assignOccurrences(items, pending, results, occurrences, minScore);
  return results;
}

/** An item waiting for step 3; `complete` is false while only its best candidate is known. */
interface Pending {
  place: Placement;
  index: number;
  candidates: Candidate[];
  complete: boolean;
}

function suggest(result: ReanchorResult, place: Placement, best: Candidate | undefined, minScore: number): void {
  const suggested = best ?? place.fuzzy(minScore);
  if (suggested) result.suggestion = { start: suggested.start, end: suggested.end };
}

/**
 * An occurrence with the whole stored context around it is the item's text; one with only part of it
 * (an edit close by) only when no other occurrence comes close: its agreeing context characters more
 * than twice those of any other. Repeated phrasing ("Kim Jong Un said") must not decide.
 */
function clearlyBest(place: Placement, chosen: Candidate, candidates: readonly Candidate[]): boolean {
  if (chosen.context === place.rule.prefix.length + place.rule.suffix.length) return true;
  return candidates.every(c => c === chosen || 2 * c.context < chosen.context);
}

/** Step 3: greedy assignment of occurrences, best candidates first. */
function assignOccurrences(
  items: readonly ReanchorInput[],
  pending: Pending[],
  results: ReanchorResult[],
  occurrences: Occurrences,
  minScore: number,
): void {
  // Occurrence -> stored span of the item holding it; kept items hold theirs from the start.
  const owner = new Map<number, number>();
  items.forEach((item, i) => {
    if (results[i].status === 'kept') owner.set(spanKey(item), spanKey(item));
  });
  pending.sort((a, b) => better(a.candidates[0], b.candidates[0]) || a.index - b.index);
  for (const entry of pending) {
    const item = items[entry.index];
    const stored = spanKey(item);
    const isFree = (c: Candidate) =>
      c.supported && (owner.get(spanKey(c)) ?? stored) === stored && clearlyBest(entry.place, c, entry.candidates);
    let free = entry.candidates.find(isFree);
    if (!free && !entry.complete) {
      entry.candidates = entry.place.candidates(occurrences);
      free = entry.candidates.find(isFree);
    }
    if (!free) {
      suggest(results[entry.index], entry.place, entry.candidates[0], minScore);
      continue;
    }
    owner.set(spanKey(free), stored);
    results[entry.index] = {
      status: free.start === item.start && free.end === item.end ? 'kept' : 'moved',
      start: free.start,
      end: free.end,
    };
  }
}
