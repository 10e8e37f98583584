// Checks that need the article's own date: relative dates in an article without one ("last Friday"
// cannot be resolved or checked), and a date after publication told in the past tense. Runs on one
// paragraph with its temporal spans; offsets are the paragraph's.
import type { Span } from '../types';
import { YMD, diffDays, fmtDay, parseYMD } from '../dates/calendar';
import type { CheckDiagnostic } from './types';
import { dayText } from '../dates/describe';
import { quoted, sentenceAround } from './text';

/**
 * Expressions that can only mean a day counted from the date of writing: a weekday, yesterday,
 * tomorrow, tonight, "two days ago", "last week", "this month". Not "today" or "now", which also
 * speak of the present in general ("known today as").
 */
const DEICTIC =
  /\b(?:yesterday|tomorrow|tonight|ago|(?:last|next|this|coming|past)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** "the following week", "the Sunday nearest the 11th", "the fourth Saturday", "every Friday": counted from something else. */
const ANAPHORIC_START = /^(?:the|a|an|every|each|first|second|third|fourth|fifth|final|same|that|one)\s/i;
const WORD_BEFORE = /(\S+)[ \t]+$/;
const YEAR_IN = /\b(?:1[6-9]|20)\d\d\b/;

/** A schedule or a habit ("one flight per week on Thursday morning", "on Saturday mornings"). */
const HABITUAL =
  /\b(?:per|every|each|weekly|daily|usually|often|always|mornings|afternoons|evenings|nights|weekends)\b/i;
/** An event told in the past or planned: a sentence in the present tense alone speaks of habits. */
const TOLD =
  /\b(?:was|were|had|did|said|told|[a-z]{3,}ed|will|'ll|would|could|to be|set to|plans?|expected|scheduled|due|is to|are to|going to)\b/i;

/** Whether the expression sits in a title ("Gloomy Sunday", "Saturday Night Live"): capitalised words around it. */
function inTitle(text: string, s: Span): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 30), s.start));
  const prev = before?.[1] ?? '';
  const atSentenceStart = !before || /[.!?:]$/.test(prev);
  const next = /^[ \t]+(\S+)/.exec(text.slice(s.end, s.end + 30))?.[1] ?? '';
  return (/^["“(]?\p{Lu}/u.test(prev) && !atSentenceStart) || /^\p{Lu}\p{Ll}/u.test(next);
}

/**
 * Relative expressions that the article's date would resolve, in order. Without a date their value
 * is unknown (`XXXX`) or missing. Left out: expressions counted from another time ("the next week",
 * a sentence that names its year) and parts of titles.
 */
export function relativeExpressions(text: string, spans: readonly Span[]): Span[] {
  return spans.filter(s => {
    if (s.type !== 'DATE' && s.type !== 'TIME') return false;
    if (s.value !== undefined && !/^XXXX-(?:WXX-\d|XX-XX)/.test(s.value)) return false;
    const written = text.slice(s.start, s.end);
    if (!DEICTIC.test(written) || ANAPHORIC_START.test(written)) return false;
    const prev = WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 12), s.start))?.[1];
    if (prev && ANAPHORIC_START.test(`${prev} `)) return false;
    if (/^[ \t]+of\b/.test(text.slice(s.end, s.end + 4))) return false; // "the fourth Saturday of August"
    if (/[\d,/][ \t]*$/.test(text.slice(Math.max(0, s.start - 2), s.start))) return false; // "5,000 years ago", "Wednesday/Thursday"
    const [from, to] = sentenceAround(text, s.start, s.end);
    const sentence = text.slice(from, to);
    return !YEAR_IN.test(sentence) && !inTitle(text, s) && !HABITUAL.test(sentence) && TOLD.test(sentence);
  });
}

/** The one diagnostic for an article without a date: on its first relative expression, counting the rest. */
export function noArticleDate(text: string, first: Span, count: number): CheckDiagnostic {
  const others = count - 1;
  return {
    code: 'no-article-date',
    family: 'articleDate',
    severity: 'information',
    start: first.start,
    end: first.end,
    message:
      `${quoted(text.slice(first.start, first.end))}${others > 0 ? ` and ${others} other relative date${others === 1 ? '' : 's'}` : ''} ` +
      `cannot be resolved or checked: the article has no date (front matter, dateline or one you set).`,
    fixes: [{ kind: 'setArticleDate', title: 'Set the article date…' }],
  };
}

/** Words that put a clause in the future, a plan, a condition or a report of one: the past tense is not plain there. */
const NOT_PLAIN_PAST = new RegExp(
  "\\b(?:will|'ll|shall|would|could|might|may|should|must|can|cannot|going to|plan(?:s|ned|ning)?|" +
    'schedul\\w*|expect\\w*|due|set to|is to|are to|to be|upcoming|next|deadline|' +
    'hop(?:e|es|ed|ing)|aim\\w*|intend\\w*|promis\\w*|pledg\\w*|vow\\w*|propos\\w*|forecast\\w*|predict\\w*|' +
    'likely|if|unless|postpon\\w*|delay\\w*|reschedul\\w*|adjourn\\w*|moved|extend\\w*|defer\\w*|slated|' +
    'invit\\w*|effective|starting|' +
    // Present tense: "the talks, which begin on March 20".
    'is|are|am|begins?|starts?|opens?|ends?|closes?|runs?|takes?|meets?|holds?|goes|comes?|arrives?|' +
    'leaves?|returns?|expires?|remains?|lasts)\\b|\\bto [a-z]+',
  'i',
);
const PAST_VERB =
  /\b(?:was|were|had|did|said|told|met|went|came|took|gave|made|left|held|won|lost|died|fell|rose|began|ended|[a-z]{3,}ed)\b/i;
const FULL_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/;

/**
 * The day a value names. Only days: a month after the article's date in the past tense is too often
 * something else ("the low in September gasoline", a futures contract).
 */
function dayOf(value: string | undefined): YMD | undefined {
  const m = value ? FULL_DAY.exec(value) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : undefined;
}

/**
 * How far after the article's date a past event must lie to be flagged: a day or so is the distance
 * between a wire story's timestamp and its paper's date; years mean the article's date is not the
 * article's at all (a date of birth taken for a dateline), which this check cannot tell apart.
 */
const MIN_DAYS_AHEAD = 2;
const MAX_DAYS_AHEAD = 400;

/** Whether the text names a year other than the article's. */
function otherYear(text: string, year: number): boolean {
  for (const m of text.matchAll(new RegExp(YEAR_IN.source, 'g'))) if (+m[0] !== year) return true;
  return false;
}

/**
 * A day after the article's date told in the plain past tense ("the minister resigned on
 * March 20" in an article of March 10): the date or the article's date is wrong. Only where the tense
 * is clear: "on"/"in" before the date, a past-tense verb in the sentence, and nothing that makes it a
 * plan, a condition, a deadline or a present-tense event.
 */
export function futureInPast(text: string, spans: readonly Span[], articleDate: string): CheckDiagnostic[] {
  const ref = parseYMD(articleDate);
  if (!ref) return [];
  const out: CheckDiagnostic[] = [];
  for (const s of spans) {
    if ((s.type !== 'DATE' && s.type !== 'TIME') || s.range) continue;
    const day = dayOf(s.value);
    if (!day) continue;
    const ahead = diffDays(day, ref);
    if (ahead < MIN_DAYS_AHEAD || ahead > MAX_DAYS_AHEAD) continue;
    const before = /([A-Za-z]+)[ \t]+$/.exec(text.slice(Math.max(0, s.start - 8), s.start))?.[1]?.toLowerCase();
    if (before !== 'on' && before !== 'in') continue;
    const [from, to] = sentenceAround(text, s.start, s.end);
    const sentence = text.slice(from, s.start) + ' ' + text.slice(s.end, to);
    if (NOT_PLAIN_PAST.test(sentence) || !PAST_VERB.test(sentence)) continue;
    // A date without its year after talk of another year belongs to that year ("the 2013 season").
    if (!YEAR_IN.test(text.slice(s.start, s.end)) && otherYear(text.slice(0, s.start), ref.y)) continue;
    out.push({
      code: 'future-in-past',
      family: 'articleDate',
      severity: 'warning',
      start: s.start,
      end: s.end,
      message:
        `${quoted(text.slice(s.start, s.end))} (${dayText(day)}) comes after the article's date (${dayText(ref)}), ` +
        `but the sentence tells it in the past tense. Is the date, or the article's date, wrong?`,
      fixes: [{ kind: 'setArticleDate', title: `Change the article date (now ${fmtDay(ref)})…` }],
    });
  }
  return out;
}
