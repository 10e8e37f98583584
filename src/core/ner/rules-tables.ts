import { Span } from '../types';
import { Token } from '../text/tokenize';
import { insertInOrder, tokenEnd } from './spanTokens';
import { Gazetteer, categoryBit } from './gazetteer';
import { RESULT_VERBS } from './teamCues';

/**
 * Rules for the tables of sports pages (results and standings), where clubs are named by their
 * towns and the tagger, reading a town, says LOC (or, for a town that is also a surname, PER).
 */

/** A small whole number, as a score or a count in a results table (not a year). */
const SCORE = /^\d{1,3}$/;
/** What else a standings row holds after the team: numbers, fractions, percentages, dashes. */
const TABLE_CELL = /^(?:[\d.,:/%+-]+|\.\d+|[-–—()])$/;

/** A capitalised word (not an initial or abbreviation with a full stop). */
const WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const CALENDAR_BIT = categoryBit('calendar');

/** A name in a table line: an existing span (index `k`) or an untagged capitalised run (`k` = -1). */
interface Cell {
  k: number;
  s: number;
  e: number;
}

/** Names followed by a score: decoded spans, and capitalised runs the tagger left untagged. */
function scoredNames(gaz: Gazetteer, tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): Cell[] {
  const out: Cell[] = [];
  let k = 0;
  for (let t = 1; t < tokens.length; t++) {
    const c = tokens[t].text.charCodeAt(0);
    if (c < 48 || c > 57 || !SCORE.test(tokens[t].text)) continue;
    const end = tokens[t - 1].end;
    while (k < spans.length && spans[k].end < end) k++;
    if (k < spans.length && spans[k].end === end) {
      out.push({ k, s: first[k], e: t });
      continue;
    }
    let s = t;
    while (
      s > 0 &&
      tags[s - 1] === 0 &&
      WORD.test(tokens[s - 1].text) &&
      (gaz.word(tokens[s - 1].text.toLowerCase()) & CALENDAR_BIT) === 0
    )
      s--;
    // Only a run opening the line or following a score: not a scorer in brackets ("( Ann Lee 58").
    if (s < t && (s === 0 || SCORE.test(tokens[s - 1].text))) out.push({ k: -1, s, e: t });
  }
  return out;
}

/**
 * "Bury 4 Bristol City 0", "BALTIMORE 70 63 .526": a results line (two or more names each followed
 * by a score, few lower-case words) or a standings row (a name opening the line, then only numbers),
 * where a place name, or a capitalised name the tagger left out, is a team (ORG), as sports
 * pages name clubs by their towns. Lines starting with a number (golf: "287 Ann Lee 70 71 ...")
 * are rankings of people and are left alone.
 */
export function retypeTableRows(
  gaz: Gazetteer,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const cells = scoredNames(gaz, tokens, tags, spans, first);
  if (cells.length === 0 || SCORE.test(tokens[0].text)) return;
  if (cells.length === 1) {
    const c = cells[0];
    if (c.s !== 0) return;
    let scores = 0;
    for (let t = c.e; t < tokens.length; t++) {
      if (!TABLE_CELL.test(tokens[t].text)) return;
      if (SCORE.test(tokens[t].text)) scores++;
    }
    if (scores < 2) return;
  } else {
    let lower = 0;
    for (const tok of tokens) if (/^\p{Ll}/u.test(tok.text)) lower++;
    if (lower * 4 > tokens.length) return;
  }
  const added: { span: Span; s: number }[] = [];
  for (const c of cells) {
    if (c.k >= 0) {
      if (spans[c.k].type === 'LOC' || (spans[c.k].type === 'PER' && c.e === c.s + 1)) spans[c.k].type = 'ORG';
    } else {
      added.push({ span: { start: tokens[c.s].start, end: tokens[c.e - 1].end, type: 'ORG' }, s: c.s });
    }
  }
  for (const a of added) insertInOrder(spans, first, a.span, a.s);
}

/** Verbs of a sports result right after the team that won or drew ("Tarnby beat ..."). */
const RESULT_AFTER = new Set([...RESULT_VERBS, 'drew']);
/** Prepositions that put a place where something is, not a team ("near Tarnby"). */
const WHERE = new Set(['near', 'in', 'at', 'outside', 'around', 'inside', 'across', 'throughout']);
/** Words of a sports result right before the team that lost or drew, or a team's rivals ("... beat Tarnby"). */
const RESULT_BEFORE = new Set([...RESULT_VERBS, 'rivals', 'champions']);

/** Verbs of playing for or joining a side, then the preposition that names the side ("played for", "signed with"). */
const MEMBERSHIP = new Map<string, ReadonlySet<string>>([
  [
    'for',
    new Set([
      'played',
      'plays',
      'play',
      'playing',
      'signed',
      'signs',
      'signing',
      'scored',
      'scores',
      'starred',
      'debuted',
    ]),
  ],
  ['with', new Set(['played', 'plays', 'playing', 'signed', 'signs', 'signing', 'debuted', 'starred'])],
  ['to', new Set(['signed', 'signs', 'signing'])],
]);

/**
 * "played for Tarnby", "signed with Harl", "was signed to Velk": a name read as a place right after
 * playing for or signing with a side (optionally "the" between) is the club, label or company the
 * person plays or signs for (ORG), and so are the places listed right after it ("played with Tarnby
 * and Harl"); a place is where one plays, "in" or "at" it. Listed countries are typed back to places
 * by `retypeListedNames` (national sides are LOC in CoNLL-style news).
 */
export function retypeMemberClubs(tokens: Token[], spans: Span[], first: number[]): void {
  let lastClub = -1; // the last token of the last club found, for the clubs listed after it
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'LOC') continue;
    let p = first[k] - 1;
    if (p > 0 && tokens[p].text === 'the') p--;
    const listed = lastClub >= 0 && p === lastClub + 1 && (tokens[p].text === 'and' || tokens[p].text === ',');
    const verbs = p > 0 ? MEMBERSHIP.get(tokens[p].text) : undefined;
    if (!listed && !(verbs && verbs.has(tokens[p - 1].text))) continue;
    spans[k].type = 'ORG';
    lastClub = tokenEnd(tokens, first[k], spans[k]) - 1;
  }
}

/**
 * "Tarnby beat Harl 2-1", "winners over Harl", "title rivals Tarnby": a place name before or after
 * the verb of a sports result is a team (ORG), as clubs are named by their towns. Listed countries
 * are typed back to places by `retypeCountries` (national sides are LOC in CoNLL-style news). Not a
 * place that a preposition says is where something is ("miners near Tarnby downed tools").
 */
export function retypeResultTeams(tokens: Token[], spans: Span[], first: number[]): void {
  let t = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'LOC') continue;
    const f = first[k];
    t = Math.max(t, f);
    while (t < tokens.length && tokens[t].end <= span.end) t++;
    const after = t < tokens.length && RESULT_AFTER.has(tokens[t].text) && !WHERE.has(tokens[f - 1]?.text);
    const before =
      f > 0 &&
      (RESULT_BEFORE.has(tokens[f - 1].text) ||
        (f > 1 && tokens[f - 1].text === 'over' && /^(?:winners|victory|win)$/.test(tokens[f - 2].text)));
    if (after || before) span.type = 'ORG';
  }
}
