/**
 * Runs the checks over an article as it is edited. Checks that look at one paragraph (weekdays,
 * impossible dates, the past tense, ranges, ages) are cached per paragraph, by its text and the
 * article date (the dates they look at come from the analysis, or from the date tagger run on the
 * paragraph): after an edit only the edited paragraph is checked again, and paragraphs before and
 * after it are matched to the last run by position, as the analysis does. Checks that look at the
 * whole article (names, first mentions, an article without a date) run on the mentions the analysis
 * found, which costs a pass over the names.
 */
import { parseYMD } from '../dates/calendar';
import { recognizeTemporal } from '../dates';
import { reusableSpans, type Snapshot } from '../analysis/reuse';
import { splitUnits, type Unit } from '../analysis/units';
import { detach } from '../text/detach';
import { drain } from '../steps';
import { isTemporalType, type Span } from '../types';
import { agesAndDurations } from './ages';
import { futureInPast, noArticleDate, relativeExpressions } from './articleDate';
import { firstMentionChecks } from './firstMention';
import { nameForms } from './nameForms';
import { SpellingMemo, nameSpellingChecks } from './nameSpelling';
import { reversedRanges } from './ranges';
import { ALL_CHECKS, CheckDiagnostic, CheckInput, EnabledChecks } from './types';
import { impossibleDates, weekdayMismatches } from './weekdays';

/** What the paragraph checks found in one paragraph, in its own offsets. */
interface UnitResult {
  diagnostics: CheckDiagnostic[];
  /** Relative dates, kept only for an article without a date. */
  relative: Span[];
}

const EMPTY: UnitResult = { diagnostics: [], relative: [] };

/** The article date as the paragraph checks use it: a guess resolves dates but is not checked against. */
interface DateUse {
  date: string | undefined;
  guessed: boolean;
}

/** The paragraph checks of one paragraph, given its dates and times. */
function checkUnit(text: string, temporal: readonly Span[], articleDate: DateUse): UnitResult {
  const { date, guessed } = articleDate;
  const ref = parseYMD(date);
  const diagnostics = [
    ...weekdayMismatches(text, temporal, ref),
    ...impossibleDates(text),
    ...(date && !guessed ? futureInPast(text, temporal, date) : []),
    ...reversedRanges(text),
    ...agesAndDurations(text, guessed ? undefined : ref),
  ];
  const relative = date ? [] : relativeExpressions(text, temporal);
  return diagnostics.length === 0 && relative.length === 0 ? EMPTY : { diagnostics, relative };
}

/** The dates and times among the analysis' spans that lie in a unit, in the unit's offsets. */
function temporalWithin(spans: readonly Span[], unit: Unit): Span[] {
  const end = unit.start + unit.text.length;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < unit.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < spans.length && spans[i].start < end; i++) {
    const s = spans[i];
    if (isTemporalType(s.type) && s.end <= end)
      out.push({ ...s, start: s.start - unit.start, end: s.end - unit.start });
  }
  return out;
}

function shifted(d: CheckDiagnostic, by: number): CheckDiagnostic {
  if (by === 0) return d;
  return {
    ...d,
    start: d.start + by,
    end: d.end + by,
    fixes: d.fixes.map(f =>
      f.kind === 'edit' ? { ...f, edits: f.edits.map(e => ({ ...e, start: e.start + by, end: e.end + by })) } : f,
    ),
  };
}

/** Paragraph results kept beyond the article's own (undo, text moved about). */
const SPARE_ENTRIES = 2_000;

export class ArticleChecks {
  private readonly cache = new Map<string, UnitResult>();
  private last: Snapshot<UnitResult> | undefined;
  private articleDate: DateUse = { date: undefined, guessed: false };
  private readonly spelling: SpellingMemo = {};

  run(input: CheckInput, enabled: EnabledChecks = ALL_CHECKS): CheckDiagnostic[] {
    return drain(this.steps(input, enabled));
  }

  /**
   * The same as `run`, in slices of about `budgetMs` that yield in between: the first run over a
   * long article checks every paragraph. Resolves to undefined if cancelled.
   */
  async runInSlices(
    input: CheckInput,
    enabled: EnabledChecks,
    options: { budgetMs?: number; yieldFn: () => Promise<void>; isCancelled?: () => boolean },
  ): Promise<CheckDiagnostic[] | undefined> {
    const now = () => globalThis.performance.now();
    const steps = this.steps(input, enabled);
    let sliceStart = now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (now() - sliceStart < (options.budgetMs ?? 10)) continue;
      await options.yieldFn();
      if (options.isCancelled?.()) return undefined;
      sliceStart = now();
    }
  }

  /** The checks as a resumable computation that yields after each paragraph it checks afresh, and between the name checks. */
  private *steps(input: CheckInput, enabled: EnabledChecks): Generator<void, CheckDiagnostic[], void> {
    const { text } = input;
    const guessed = input.articleDateGuessed === true;
    if (input.articleDate !== this.articleDate.date || guessed !== this.articleDate.guessed) {
      this.cache.clear();
      this.last = undefined;
      this.articleDate = { date: input.articleDate, guessed };
    }
    const units = splitUnits(text);
    const known = reusableSpans(this.last, text, units);
    const perUnit: UnitResult[] = new Array(units.length);
    for (let i = 0; i < units.length; i++) {
      const reused = known[i];
      perUnit[i] = reused ?? this.unitResult(units[i], input.spans);
      if (!reused) yield;
    }
    this.last = { text, units, perUnit };
    this.trim(units.length);
    const out: CheckDiagnostic[] = [];
    let relativeCount = 0;
    let firstRelative: Span | undefined;
    perUnit.forEach((result, i) => {
      const at = units[i].start;
      for (const d of result.diagnostics) if (enabled.has(d.family)) out.push(shifted(d, at));
      if (result.relative.length > 0) {
        relativeCount += result.relative.length;
        const r = result.relative[0];
        firstRelative ??= { ...r, start: r.start + at, end: r.end + at };
      }
    });
    if (enabled.has('articleDate') && !input.articleDate && firstRelative)
      out.push(noArticleDate(text, firstRelative, relativeCount));
    if (enabled.has('nameSpelling') || enabled.has('firstMention')) {
      yield;
      const forms = nameForms(text, input.names);
      yield;
      if (enabled.has('nameSpelling'))
        out.push(...nameSpellingChecks(text, forms, input.registry ?? [], this.spelling));
      yield;
      if (enabled.has('firstMention')) out.push(...firstMentionChecks(text, forms));
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private unitResult(unit: Unit, spans: readonly Span[] | undefined): UnitResult {
    const { text } = unit;
    let result = this.cache.get(text);
    if (result) {
      this.cache.delete(text);
    } else {
      const temporal = spans ? temporalWithin(spans, unit) : recognizeTemporal(text, { dct: this.articleDate.date });
      result = checkUnit(text, temporal, this.articleDate);
    }
    // Held as its own string: a slice would keep the whole article's text alive.
    this.cache.set(detach(text), result);
    return result;
  }

  /** Drops the least recently used paragraphs beyond the article's own and a few spare. */
  private trim(inUse: number): void {
    let excess = this.cache.size - (inUse + SPARE_ENTRIES);
    for (const key of this.cache.keys()) {
      if (excess-- <= 0) break;
      this.cache.delete(key);
    }
  }
}

/** All checks of one article at once (the command line, evaluation). */
export function checkArticle(input: CheckInput, enabled: EnabledChecks = ALL_CHECKS): CheckDiagnostic[] {
  return new ArticleChecks().run(input, enabled);
}
