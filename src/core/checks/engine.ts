/**
 * Runs the checks over an article as it is edited. Checks that look at one paragraph (weekdays,
 * impossible dates, the past tense, ranges, ages) are cached per paragraph, by its text and the
 * article date: after an edit only the edited paragraph is checked again, and paragraphs before and
 * after it are matched to the last run by position, as the analysis does. Checks that look at the
 * whole article (names, first mentions, an article without a date) run on the mentions the analysis
 * found, which costs a pass over the names.
 */
import { parseYMD } from '../dates/calendar';
import { recognizeTemporal } from '../dates';
import { reusableSpans, type Snapshot } from '../analysis/reuse';
import { splitUnits } from '../analysis/units';
import { detach } from '../text/detach';
import type { Span } from '../types';
import { agesAndDurations } from './ages';
import { futureInPast, noArticleDate, relativeExpressions } from './articleDate';
import { firstMentionChecks } from './firstMention';
import { nameForms } from './nameForms';
import { nameSpellingChecks } from './nameSpelling';
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

/** The paragraph checks of one paragraph. */
function checkUnit(text: string, articleDate: string | undefined): UnitResult {
  const ref = parseYMD(articleDate);
  const temporal = recognizeTemporal(text, { dct: articleDate });
  const diagnostics = [
    ...weekdayMismatches(text, temporal, ref),
    ...impossibleDates(text),
    ...(articleDate ? futureInPast(text, temporal, articleDate) : []),
    ...reversedRanges(text),
    ...agesAndDurations(text, ref),
  ];
  const relative = articleDate ? [] : relativeExpressions(text, temporal);
  return diagnostics.length === 0 && relative.length === 0 ? EMPTY : { diagnostics, relative };
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
  private articleDate: string | undefined;

  run(input: CheckInput, enabled: EnabledChecks = ALL_CHECKS): CheckDiagnostic[] {
    const { text } = input;
    if (input.articleDate !== this.articleDate) {
      this.cache.clear();
      this.last = undefined;
      this.articleDate = input.articleDate;
    }
    const units = splitUnits(text);
    const known = reusableSpans(this.last, text, units);
    const perUnit = units.map((u, i) => known[i] ?? this.unitResult(u.text));
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
      const forms = nameForms(text, input.names);
      if (enabled.has('nameSpelling')) out.push(...nameSpellingChecks(text, forms, input.registry ?? []));
      if (enabled.has('firstMention')) out.push(...firstMentionChecks(text, forms));
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private unitResult(text: string): UnitResult {
    let result = this.cache.get(text);
    if (result) {
      this.cache.delete(text);
    } else {
      result = checkUnit(text, this.articleDate);
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
