import search from 'approx-string-match';
import { textHash } from '../sidecar/hash';

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
  /** Attached to an occurrence another item, stored elsewhere, also holds: worth the user's check. */
  shared?: boolean;
  /** For orphans: the closest match found, which the user may accept. Its text may differ from the quote. */
  suggestion?: { start: number; end: number };
}

interface ReanchorOptions {
  /** Least similarity (1 - errors / quote length) for a fuzzy suggestion; default 0.75. */
  minFuzzyScore?: number;
}

interface Candidate {
  start: number;
  end: number;
  /** Characters of the stored prefix and suffix found next to the candidate. */
  context: number;
  distance: number;
}

function commonSuffixLength(a: string, text: string, end: number): number {
  let n = 0;
  while (n < a.length && end - n - 1 >= 0 && a.charCodeAt(a.length - 1 - n) === text.charCodeAt(end - n - 1)) n++;
  return n;
}

function commonPrefixLength(a: string, text: string, start: number): number {
  let n = 0;
  while (n < a.length && start + n < text.length && a.charCodeAt(n) === text.charCodeAt(start + n)) n++;
  return n;
}

/** `origin`: where the item is expected now (its stored start shifted like its neighbours). */
function candidate(item: ReanchorInput, text: string, start: number, end: number, origin = item.start): Candidate {
  const context = commonSuffixLength(item.prefix ?? '', text, start) + commonPrefixLength(item.suffix ?? '', text, end);
  return { start, end, context, distance: Math.abs(start - origin) };
}

/** Best first: more matching context, then nearer the stored position, then earlier in the text. */
function better(a: Candidate, b: Candidate): number {
  return b.context - a.context || a.distance - b.distance || a.start - b.start;
}

/** How many of an item's best occurrences are kept for the assignment step; bounds memory on repetitive text. */
const MAX_CANDIDATES = 16;

/** Start offsets of every occurrence of each quote, computed once per distinct quote. */
class Occurrences {
  private readonly cache = new Map<string, number[]>();
  constructor(private readonly text: string) {}
  of(quote: string): number[] {
    let found = this.cache.get(quote);
    if (!found) {
      found = [];
      for (let at = this.text.indexOf(quote); at >= 0; at = this.text.indexOf(quote, at + 1)) found.push(at);
      this.cache.set(quote, found);
    }
    return found;
  }
}

function exactCandidates(item: ReanchorInput, text: string, occurrences: Occurrences, origin: number): Candidate[] {
  const best: Candidate[] = [];
  const prefix = item.prefix ?? '';
  const suffix = item.suffix ?? '';
  for (const at of occurrences.of(item.quote)) {
    // Scored without allocating: on repetitive text most occurrences are rejected right here.
    const context = commonSuffixLength(prefix, text, at) + commonPrefixLength(suffix, text, at + item.quote.length);
    const worst = best[best.length - 1];
    if (
      best.length === MAX_CANDIDATES &&
      better({ start: at, end: 0, context, distance: Math.abs(at - origin) }, worst) >= 0
    )
      continue;
    const c: Candidate = { start: at, end: at + item.quote.length, context, distance: Math.abs(at - origin) };
    let i = best.length;
    while (i > 0 && better(c, best[i - 1]) < 0) i--;
    best.splice(i, 0, c);
    if (best.length > MAX_CANDIDATES) best.pop();
  }
  return best;
}

/**
 * Where each item is expected in the new text: its stored start shifted by the same amount as the
 * nearest anchor item. An anchor is an item whose whole stored context (prefix, quote, suffix) is
 * found either where the previous anchor's shift puts it (the common case: text inserted or deleted
 * somewhere shifts everything after it alike, checked in constant time per item) or, failing that,
 * exactly once in the new text. Distances are measured from there, so that an insertion earlier in
 * the text does not make the wrong one of several look-alike occurrences the nearest.
 */
function expectedStarts(items: readonly ReanchorInput[], text: string, occurrences: Occurrences): number[] {
  const anchors: { stored: number; shift: number }[] = [];
  const contexts = new ContextCounts(text, occurrences);
  const order = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start);
  let shift = 0;
  for (const i of order) {
    const item = items[i];
    if (item.orphaned || item.quote.length === 0) continue;
    let at = item.start + shift;
    if (!wholeContextAt(item, text, at)) at = contexts.uniqueStart(item);
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

/** The item's quote at `at` with its whole stored prefix and suffix around it. */
function wholeContextAt(item: ReanchorInput, text: string, at: number): boolean {
  const prefix = item.prefix ?? '';
  const suffix = item.suffix ?? '';
  return (
    at - prefix.length >= 0 &&
    text.startsWith(item.quote, at) &&
    commonSuffixLength(prefix, text, at) === prefix.length &&
    commonPrefixLength(suffix, text, at + item.quote.length) === suffix.length
  );
}

/**
 * Where an item's whole stored context (prefix + quote + suffix) occurs exactly once. Found from the
 * quote's occurrences, counted once per quote and context length rather than searched per item.
 */
class ContextCounts {
  /** `${before}:${after}:${quote}` -> whole context text -> quote start of its only occurrence, or -1 if repeated. */
  private readonly cache = new Map<string, Map<string, number>>();
  constructor(
    private readonly text: string,
    private readonly occurrences: Occurrences,
  ) {}

  /** Start of the quote where its whole stored context occurs exactly once, or -1. */
  uniqueStart(item: ReanchorInput): number {
    const before = (item.prefix ?? '').length;
    const after = (item.suffix ?? '').length;
    const key = `${before}:${after}:${item.quote}`;
    let seen = this.cache.get(key);
    if (!seen) {
      seen = new Map();
      for (const at of this.occurrences.of(item.quote)) {
        const from = at - before;
        const to = at + item.quote.length + after;
        if (from < 0 || to > this.text.length) continue;
        const whole = this.text.slice(from, to);
        seen.set(whole, seen.has(whole) ? -1 : at);
      }
      this.cache.set(key, seen);
    }
    return seen.get((item.prefix ?? '') + item.quote + (item.suffix ?? '')) ?? -1;
  }
}

function fuzzySuggestion(item: ReanchorInput, text: string, minScore: number): Candidate | undefined {
  const maxErrors = Math.floor(item.quote.length * (1 - minScore));
  if (maxErrors < 1) return undefined;
  const matches = search(text, item.quote, maxErrors);
  return matches.map(m => candidate(item, text, m.start, m.end)).sort(better)[0];
}

/** One number per span (exact for texts and quotes shorter than 2^26 characters), as a map key. */
function spanKey(s: { start: number; end: number }): number {
  return s.start * 0x4000000 + (s.end - s.start);
}

/**
 * Finds stored items in the current text. Never attaches an item to text that differs from its quote.
 *
 * 1. If `storedHash` equals the text's hash and the quote is at the stored offsets: kept.
 * 2. If the quote is at the stored offsets with its whole stored prefix and suffix, and its unambiguous
 *    neighbours did not move either: kept.
 * 3. Otherwise every exact occurrence of the quote is a candidate, ranked by how many characters of the
 *    stored prefix and suffix surround it, then by distance from where the item is expected (its stored
 *    offset shifted like its nearest unambiguous neighbour), then earlier first.
 *    Items are placed best-scoring first and each takes its best occurrence (of its 16 best) not already taken by an item
 *    stored at a different place, so annotations on repeated text ("Kim" ten times) never swap. An item
 *    that finds every occurrence taken shares its best one, and is marked `shared`, rather than being
 *    orphaned: offline, an item whose context was edited cannot be told for certain from one whose text
 *    was deleted (one "Kim" of ten deleted), and losing an intact annotation is worse than showing two on
 *    one occurrence. The editor and the CLI point shared items out for the user to check.
 * 4. No exact occurrence: orphaned, with the best fuzzy match (Myers' bit-parallel algorithm) as a
 *    suggestion when it is similar enough. A fuzzy match is never attached: its text is not the quote.
 * Items already orphaned stay orphaned (only the user re-attaches them) but get a suggestion.
 */
export function reanchor(
  items: readonly ReanchorInput[],
  text: string,
  storedHash?: string,
  options: ReanchorOptions = {},
): ReanchorResult[] {
  const minScore = options.minFuzzyScore ?? 0.75;
  const hashMatches = storedHash !== undefined && storedHash === textHash(text);
  const results: ReanchorResult[] = items.map(item => ({ status: 'orphaned', start: item.start, end: item.end }));
  const pending: Pending[] = [];
  const occurrences = new Occurrences(text);
  // Only needed once some item is not kept on the hash alone.
  let expected: number[] | undefined;
  const expectedAt = (index: number) => (expected ??= expectedStarts(items, text, occurrences))[index];
  const allCandidates = (index: number) => exactCandidates(items[index], text, occurrences, expectedAt(index));
  items.forEach((item, index) => {
    const atStored =
      item.quote.length > 0 && item.end - item.start === item.quote.length && text.startsWith(item.quote, item.start);
    if (!item.orphaned && atStored) {
      const here = candidate(item, text, item.start, item.end);
      if (hashMatches || (here.context === fullContext(item) && expectedAt(index) === item.start)) {
        results[index].status = 'kept';
        return;
      }
    }
    if (item.quote.length === 0) return;
    // The whole context right where the item is expected is the best candidate there can be; the full
    // list is searched only if the assignment step needs more than that one.
    const best = expectedCandidate(item, text, expectedAt(index));
    const candidates = best ? [best] : allCandidates(index);
    if (candidates.length > 0 && !item.orphaned) pending.push({ index, candidates, complete: !best });
    else {
      const suggested = candidates[0] ?? fuzzySuggestion(item, text, minScore);
      if (suggested) results[index].suggestion = { start: suggested.start, end: suggested.end };
    }
  });
  assignOccurrences(items, pending, results, allCandidates);
  return results;
}

/** An item waiting for step 3; `complete` is false while only its best candidate is known. */
interface Pending {
  index: number;
  candidates: Candidate[];
  complete: boolean;
}

/** The quote with its whole stored context exactly at `origin`, if it is there. */
function expectedCandidate(item: ReanchorInput, text: string, origin: number): Candidate | undefined {
  if (origin < 0 || !text.startsWith(item.quote, origin)) return undefined;
  const c = candidate(item, text, origin, origin + item.quote.length, origin);
  return c.context === fullContext(item) ? c : undefined;
}

/** Step 3: greedy assignment of occurrences, best candidates first. */
function assignOccurrences(
  items: readonly ReanchorInput[],
  pending: Pending[],
  results: ReanchorResult[],
  allCandidates: (index: number) => Candidate[],
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
    const isFree = (c: Candidate) => (owner.get(spanKey(c)) ?? stored) === stored;
    let free = entry.candidates.find(isFree);
    if (!free && !entry.complete) {
      entry.candidates = allCandidates(entry.index);
      free = entry.candidates.find(isFree);
    }
    const chosen = free ?? entry.candidates[0];
    if (free) owner.set(spanKey(free), stored);
    results[entry.index] = {
      status: chosen.start === item.start && chosen.end === item.end ? 'kept' : 'moved',
      start: chosen.start,
      end: chosen.end,
    };
    if (!free) results[entry.index].shared = true;
  }
}

function fullContext(item: ReanchorInput): number {
  return (item.prefix ?? '').length + (item.suffix ?? '').length;
}
