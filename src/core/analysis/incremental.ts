/**
 * Incremental analysis of long articles.
 *
 * The article is cut into paragraph or line units (see `units.ts`). Each unit's spans are cached
 * by its text, so after an edit only changed units are analysed again; cached spans are relative
 * to their unit and are shifted to where the unit now is. Units before and after the edited stretch
 * are matched to the previous analysis by position, without a cache lookup (`reuse.ts`), so an
 * edit costs little more than the changed units. Document-level knowledge (a full name
 * seen earlier resolving a later surname) is the analyser's `harmonize` pass, run over the whole
 * article after the per-unit results are assembled.
 *
 * The text analysed is the article as the recogniser reads it (`readingText`): a line break that only
 * wraps a paragraph is a space, so a name goes on over it, and typographic spaces and quotes are plain
 * ones. Offsets are the article's own.
 *
 * The result always equals `harmonize(text, per-unit spans shifted and concatenated in order)`,
 * computed from scratch, whatever the cache held before.
 */
import type { Span } from '../types';
import { SpanCache } from './cache';
import { forgetEditBounds, reusableSpans, type Snapshot } from './reuse';
import { unitOrder } from './schedule';
import { splitUnits, type Unit, type UnitLimits } from './units';
import { fencedCode } from '../text/markdown';
import { drain } from '../steps';
import { splitUnitsAfterEdit } from './unitsAfterEdit';
import { readingText } from '../text/readingText';

/** Analyses one unit of text in isolation; optionally reconciles results across the article. */
export interface UnitAnalyzer {
  analyzeUnit(text: string): Span[];
  harmonize?(text: string, spans: Span[]): Span[];
  /**
   * Optional resumable form of `harmonize`, with the same result: a generator that yields at
   * points where it may pause. Sliced analysis then splits the document pass of a very large
   * article across slices instead of running it in one go.
   */
  harmonizeSteps?(text: string, spans: Span[]): Generator<void, Span[], void>;
  /**
   * Optional: called when the analysis of `after` begins, `before` being the text analysed last, so
   * that what the document pass keeps of `before` follows the edit (`TextSeen`) and lets it go.
   */
  followEdit?(before: string, after: string): void;
}

interface IncrementalOptions extends UnitLimits {
  /** Most units kept in the cache (old versions help undo and moved text), never fewer than the article's own. Default 5,000. */
  maxCacheEntries?: number;
}

interface SliceOptions {
  /** Offset range to analyse first, typically the visible range. */
  priority?: { start: number; end: number };
  /** Work per slice before yielding, in milliseconds. Default 10. */
  budgetMs?: number;
  /** Returns control to the host between slices (e.g. `() => new Promise(r => setTimeout(r, 0))`). */
  yieldFn: () => Promise<void>;
  /**
   * Receives harmonised spans of the analysed part: once the priority range is done (unless
   * nothing outside it needs analysing), then at slice ends where that part has doubled.
   */
  onPartial?: (spans: Span[]) => void;
  /** Checked after every yield; when true, analysis stops and resolves to undefined. */
  isCancelled?: () => boolean;
}

/**
 * Default size above which an editor should not start analysis on its own: about 330k words. Both
 * the units and (with an analyser offering `harmonizeSteps`) the document pass run in slices, but the
 * whole analysis of 2M characters already costs a few seconds of CPU and several hundred MB of heap.
 */
export const DEFAULT_AUTO_ANALYSIS_MAX_CHARS = 2_000_000;

/** Whether an article is small enough to be analysed automatically, without the user asking. */
export function allowsAutomaticAnalysis(textLength: number, maxChars = DEFAULT_AUTO_ANALYSIS_MAX_CHARS): boolean {
  return textLength <= maxChars;
}

const now: () => number = () => globalThis.performance.now();

export class IncrementalAnalysis {
  private readonly cache: SpanCache;
  private readonly limits: UnitLimits;
  private last: Snapshot | undefined;
  private readonly placed = new PlacedSpans();

  constructor(
    private readonly analyzer: UnitAnalyzer,
    options: IncrementalOptions = {},
  ) {
    this.cache = new SpanCache(options.maxCacheEntries ?? 5_000);
    this.limits = { maxBlockChars: options.maxBlockChars, maxUnitChars: options.maxUnitChars };
  }

  /** Number of cached units (for diagnostics and tests). */
  get cachedUnits(): number {
    return this.cache.size;
  }

  /**
   * Full result for the current text, re-analysing only paragraphs whose content is not cached.
   * Read-only for the caller: the spans are shared with earlier results, and the spans of a unit
   * that a later edit moves are moved in place (they keep up with the latest text analysed).
   */
  analyze(article: string): Readonly<Span>[] {
    const text = readingText(article);
    const units = this.units(text);
    const known = reusableSpans(this.last, text, units);
    const perUnit: Span[][] = new Array(units.length);
    this.begin(text, units, perUnit);
    for (let i = 0; i < units.length; i++) perUnit[i] = known[i] ?? this.unitSpans(units[i].text);
    return this.finish(text, units, perUnit);
  }

  /**
   * Same result as `analyze`, computed in slices of about `budgetMs` that yield in between, the
   * priority range first. Resolves to undefined if cancelled.
   */
  async analyzeInSlices(article: string, options: SliceOptions): Promise<Readonly<Span>[] | undefined> {
    const clock = new SliceClock(options);
    if (clock.cancelled()) return undefined;
    const text = readingText(article);
    const units = this.units(text);
    const known = reusableSpans(this.last, text, units);
    const perUnit: Span[][] = new Array(units.length);
    this.begin(text, units, perUnit);
    const { order, priorityCount } = unitOrder(units, options.priority);
    // After a typical edit everything outside the visible range is reused: then there is nothing
    // to show early, and the whole update can finish in one slice.
    let workOutsidePriority = false;
    for (let k = priorityCount; k < order.length && !workOutsidePriority; k++)
      workOutsidePriority = known[order[k]] === undefined;
    const fenced = fencedUnits(text, units);
    const done = { lo: units.length, hi: -1, chars: 0 };
    let emittedChars = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      perUnit[i] = known[i] ?? this.unitSpans(units[i].text);
      done.lo = Math.min(done.lo, i);
      done.hi = Math.max(done.hi, i);
      done.chars += units[i].text.length;
      const priorityDone = k + 1 === priorityCount && workOutsidePriority;
      const lastUnit = k + 1 === order.length;
      if (!priorityDone && (lastUnit || !clock.due())) continue;
      if (options.onPartial && (priorityDone || done.chars >= 2 * emittedChars)) {
        const partial = await this.partial(text, units, shown(perUnit, fenced), done.lo, done.hi + 1, clock);
        if (partial === undefined) return undefined;
        options.onPartial(partial);
        emittedChars = done.chars;
      }
      if (!(await clock.pause())) return undefined;
    }
    this.cache.trim(units.length);
    // A document pass that cannot pause gets a fresh slice rather than the end of a used one.
    const fresh = this.analyzer.harmonizeSteps ? clock.due() : clock.halfUsed();
    if (fresh && !(await clock.pause())) return undefined;
    return clock.run(this.documentPass(text, this.placed.assemble(units, shown(perUnit, fenced))));
  }

  /** The text's units: after an edit, only the edited stretch is split again. */
  private units(text: string): Unit[] {
    const last = this.last;
    return last ? splitUnitsAfterEdit(last.text, last.units, text, this.limits) : splitUnits(text, this.limits);
  }

  /** Drops every cached result (e.g. after the model changes). */
  clear(): void {
    this.cache.clear();
    this.last = undefined;
    this.placed.clear();
  }

  private finish(text: string, units: Unit[], perUnit: Span[][]): Span[] {
    this.cache.trim(units.length);
    return drain(this.documentPass(text, this.placed.assemble(units, shown(perUnit, fencedUnits(text, units)))));
  }

  /**
   * Moves on to `text` once its units and what they reuse are known, and has the analyser's caches
   * follow the edit: from here on nothing holds the text analysed before (see `TextSeen`). `perUnit` is
   * filled as units are analysed; left half-filled by a cancelled analysis, the next one looks the rest
   * up in the cache.
   */
  private begin(text: string, units: Unit[], perUnit: Span[][]): void {
    const before = this.last?.text;
    this.last = { text, units, perUnit };
    if (before !== undefined) this.analyzer.followEdit?.(before, text);
    // The edit's comparisons are all made by now.
    forgetEditBounds();
  }

  private unitSpans(text: string): Span[] {
    let spans = this.cache.get(text);
    if (spans === undefined) {
      spans = this.analyzer.analyzeUnit(text);
      this.cache.set(text, spans);
    }
    return spans;
  }

  /** The analyser's document pass over the assembled spans, resumable when the analyser allows it. */
  private *documentPass(text: string, assembling: Generator<void, Span[], void>): Generator<void, Span[], void> {
    const { analyzer } = this;
    const spans = yield* assembling;
    const result = analyzer.harmonizeSteps
      ? yield* analyzer.harmonizeSteps(text, spans)
      : analyzer.harmonize
        ? analyzer.harmonize(text, spans)
        : spans;
    // Comparisons the document pass made itself (of texts with markup masked, say) hold both versions.
    forgetEditBounds();
    return result;
  }

  /** Harmonised spans of units [from, to), which are contiguous, in article offsets. */
  private async partial(text: string, units: Unit[], perUnit: Span[][], from: number, to: number, clock: SliceClock) {
    const base = units[from].start;
    const last = units[to - 1];
    const stretch = text.slice(base, last.start + last.text.length);
    return clock.run(placedAt(base, this.documentPass(stretch, assemble(units, perUnit, from, to, base))));
  }
}

/** What a unit inside fenced code shows. */
const NO_SPANS: Span[] = [];

/**
 * Which units lie wholly inside fenced code blocks; undefined when the text has none. The analyser
 * reads a unit alone, so the lines of a long code block (which is cut into its lines) or the part of
 * one after a blank line would read as prose: such units show no spans. What the analyser found in
 * them is kept for reuse all the same, since whether a unit is fenced depends on the rest of the text
 * and is decided afresh on every analysis.
 */
function fencedUnits(text: string, units: readonly Unit[]): Uint8Array | undefined {
  const blocks = fencedCode(text);
  if (blocks.length === 0) return undefined;
  const fenced = new Uint8Array(units.length);
  let b = 0;
  for (let i = 0; i < units.length; i++) {
    const start = units[i].start;
    while (b < blocks.length && blocks[b].end <= start) b++;
    if (b < blocks.length && blocks[b].start <= start && start + units[i].text.length <= blocks[b].end) fenced[i] = 1;
  }
  return fenced;
}

/** `perUnit` with the units inside fenced code emptied; the list itself when there are none. */
function shown(perUnit: Span[][], fenced: Uint8Array | undefined): Span[][] {
  return fenced ? perUnit.map((spans, i) => (fenced[i] ? NO_SPANS : spans)) : perUnit;
}

/** Keeps time for one sliced analysis: when a slice is used up, and yielding to the host. */
class SliceClock {
  private readonly budget: number;
  private sliceStart = now();

  constructor(private readonly options: SliceOptions) {
    this.budget = options.budgetMs ?? 10;
  }

  cancelled(): boolean {
    return this.options.isCancelled?.() === true;
  }

  due(): boolean {
    return now() - this.sliceStart >= this.budget;
  }

  halfUsed(): boolean {
    return now() - this.sliceStart >= this.budget / 2;
  }

  /** Yields to the host; false when the analysis was cancelled meanwhile. */
  async pause(): Promise<boolean> {
    await this.options.yieldFn();
    this.sliceStart = now();
    return !this.cancelled();
  }

  /** Runs a resumable computation, pausing whenever the slice is used up; undefined if cancelled. */
  async run<T>(steps: Generator<void, T, void>): Promise<T | undefined> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (this.due() && !(await this.pause())) return undefined;
    }
  }
}

/**
 * Units whose spans are placed between pauses while assembling: the spans of a 3M-character text's
 * 24,000 units, about 57,000, took 20–50 ms to place in one go, longer than a slice.
 */
const UNITS_PER_STEP = 1024;

/** Spans shifted between pauses by `placedAt`. */
const SPANS_PER_STEP = 4096;

/** The spans `steps` results in, shifted by `base`; resumable. */
function* placedAt(base: number, steps: Generator<void, Span[], void>): Generator<void, Span[], void> {
  const spans = yield* steps;
  const out: Span[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    out[i] = shift(spans[i], base);
    if (i % SPANS_PER_STEP === SPANS_PER_STEP - 1) yield;
  }
  return out;
}

/** Spans of units [from, to) concatenated in order, positioned relative to `base`; resumable. */
function* assemble(
  units: readonly Unit[],
  perUnit: readonly Span[][],
  from: number,
  to: number,
  base: number,
): Generator<void, Span[], void> {
  let total = 0;
  for (let i = from; i < to; i++) total += perUnit[i].length;
  const out: Span[] = new Array(total);
  let k = 0;
  for (let i = from; i < to; i++) {
    const offset = units[i].start - base;
    for (const s of perUnit[i]) out[k++] = shift(s, offset);
    if ((i - from) % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
  }
  return out;
}

/**
 * Each unit's spans in article offsets, kept by unit index from the last whole-article assembly. A
 * unit at the same index with the same spans (the same list) hands back the same span objects: as
 * they are when the unit is where it was (every unit before an edit), moved in place by the unit's
 * shift when it is not (every unit after it). On a long article an edit then allocates no spans but
 * the re-analysed unit's: fresh copies of thousands of spans per keystroke were most of the garbage
 * collector's work. Plain arrays, not a weak map, whose entries every minor collection has to trace.
 */
class PlacedSpans {
  private relative: (readonly Span[])[] = [];
  private starts: number[] = [];
  private placed: Span[][] = [];

  /**
   * Resumable. Abandoned half-way (a cancelled analysis), it leaves every unit's entry whole: a unit
   * whose spans were moved records where they now are.
   */
  *assemble(units: readonly Unit[], perUnit: readonly Span[][]): Generator<void, Span[], void> {
    let total = 0;
    for (let i = 0; i < units.length; i++) total += perUnit[i].length;
    const out: Span[] = new Array(total);
    // Updated in place when the number of units stays the same, as after most edits: each entry is
    // read before it is written.
    const same = this.relative.length === units.length;
    const relative: (readonly Span[])[] = same ? this.relative : new Array(units.length);
    const starts: number[] = same ? this.starts : new Array(units.length);
    const placed: Span[][] = same ? this.placed : new Array(units.length);
    let k = 0;
    for (let i = 0; i < units.length; i++) {
      const spans = perUnit[i];
      const start = units[i].start;
      let here: Span[];
      if (this.relative[i] === spans) {
        here = this.placed[i];
        const by = start - this.starts[i];
        if (by !== 0) {
          for (const s of here) {
            s.start += by;
            s.end += by;
          }
          this.starts[i] = start;
        }
      } else here = spans.length === 0 ? [] : spans.map(s => shift(s, start));
      relative[i] = spans;
      starts[i] = start;
      placed[i] = here;
      for (let j = 0; j < here.length; j++) out[k++] = here[j];
      if (i % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
    }
    this.relative = relative;
    this.starts = starts;
    this.placed = placed;
    return out;
  }

  clear(): void {
    this.relative = [];
    this.starts = [];
    this.placed = [];
  }
}

function shift(span: Span, by: number): Span {
  return { ...span, start: span.start + by, end: span.end + by };
}
