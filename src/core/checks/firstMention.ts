// A person named by a short form ("Okafor") before the article gives the full name ("Daniel Okafor"),
// and a short form that could be either of two people the article has named ("Williams" after Serena
// Williams and Venus Williams). Headlines and titles are left alone: they use surnames by style.
import { sameName } from '../highlights/highlights';
import { monthNumber, weekdayNumber } from '../dates/lexicon';
import type { CheckDiagnostic } from './types';
import { NameForm, oneSlipApart, plainWords } from './nameForms';
import { bodyStart, isHeadline, lineAround, lineNumber, quoted } from './text';

/** Whether two names are one person's: one holds all of the other's words ("bin Laden" and "Bin Laden" alike). */
const nested = (a: NameForm, b: NameForm) => sameName(lower(a.words), lower(b.words));
const lower = (words: readonly string[]) => words.map(w => w.toLowerCase());

const isCalendarWord = (word: string) => !!monthNumber(word) || !!weekdayNumber(word);

/** A word that can stand for a person alone: not an initial ("W."), a month or a weekday ("December T-bonds"). */
function canStandAlone(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && !isCalendarWord(word);
}

/**
 * Whether what comes before a mention explains it: the rest of the name the recogniser did not
 * include ("Joost van der Westhuizen", "Basse - Terre"; not a dateline in capitals), a relation that introduces someone ("his wife Naina"), an
 * article, which makes the name a modifier ("the Castro government"), a naming ("a drink called"), or
 * "of" and "in", which places take ("the prime minister of Nepal").
 */
const EXPLAINED_BY =
  /(?:\b(?:the|a|an|of|in|called|named|dubbed|titled|nicknamed)|\b\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)(?:[ \t]+-)?|\b(?:van|von|der|den|de|da|di|del|du|la|le|bin|ibn|al|el|abu|ben)|\b(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower|partner|fianc[eé]e?|girlfriend|boyfriend|grandson|granddaughter|nephew|niece|cousin))[ \t]+$/u;

/**
 * A name before these nouns names a group or a period, not the person ("the Gonzalez family saga"), and
 * a name going on in a capitalised word is a longer name ("Columbus Day", "the Clinton White House").
 */
const MODIFIES =
  /^(?:[ \t]+\p{Lu}\p{Ll}|(?:['’]s)?[ \t]+(?:family|families|government|regime|administration|camp|campaign|era|years|case|affair|household|clan|brothers|sisters|siblings|estate|trial|saga|name|dynasty|language|languages|people|peoples|dialect)\b)/u;

const TITLED = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+$/;

/** Answers "is this offset on a headline line?", remembering each line it has looked at. */
function headlineTest(text: string): (offset: number) => boolean {
  const start = bodyStart(text);
  const firstLine = text.slice(start).search(/\S/);
  const firstLineStart = firstLine < 0 ? -1 : lineAround(text, start + firstLine)[0];
  const known = new Map<number, boolean>();
  return offset => {
    const [from, to] = lineAround(text, offset);
    let answer = known.get(from);
    if (answer === undefined) {
      answer = isHeadline(text.slice(from, to), from === firstLineStart);
      known.set(from, answer);
    }
    return answer;
  };
}

/** Words that do not belong in a person's name: a recognised "person" holding one is something else. */
const NOT_PERSONAL =
  /^(?:Inc|Corp|Co|Ltd|S\.?A|AG|SpA|PLC|Plc|LLC|NV|Group|Institute|Institut|University|Bank|Company|Council|Party|Union|Street|Avenue|League|Front|Movement|Army|Forces?|Association|Federation|Organi[sz]ation|Committee|Commission|Agency|Ministry|Department|Office|Court|Church|Day|Trio|Quartet|Band|Orchestra|Choir|Ensemble|Chairman|President|Minister|Secretary|Senator|Governor|General|Ambassador|Mayor|Judge|King|Queen|Prince|Princess|Pope|Saint|St|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr|Professor|Prof)\.?$/;
/** Lower-case words a person's name may hold ("Joost van der Westhuizen", "Osama bin Laden"). */
const PARTICLE = /^(?:van|von|der|den|de|da|di|del|della|du|la|le|bin|ibn|al|el|abu|ben|y|e)$/;

/**
 * A full name that reads as a person's: two to four words, none of them a company form or a title,
 * not starting with an article ("The Poet", "La Pointe"), no lower-case word but a name particle.
 */
function looksPersonal(f: NameForm): boolean {
  const words = f.surface.split(' ');
  return (
    f.words.length >= 2 &&
    words.length <= 4 &&
    !/^(?:The|La|Le|Les|Los|Las)$/.test(words[0]) &&
    words.every(
      w =>
        !w.split('-').some(part => NOT_PERSONAL.test(part)) &&
        !isCalendarWord(w) &&
        (/^\p{Lu}/u.test(w) || PARTICLE.test(w)),
    )
  );
}

/**
 * Whether `word` alone is how the name is shortened: its last word (the surname), or its first in a
 * name of three words or more ("Choe" for "Choe Son Hui"). A first name alone before the full name is
 * usually something else the recogniser took for a name part ("Mount Vernon, Virginia").
 */
function shortensTo(f: NameForm, word: string): boolean {
  return f.words[f.words.length - 1] === word || (f.words.length >= 3 && f.words[0] === word);
}

/** Familiar forms of given names, each with its formal names. */
const FAMILIAR: Record<string, string[]> = {
  Al: ['Albert', 'Alfred', 'Alan'],
  Alex: ['Alexander', 'Alexandra'],
  Andy: ['Andrew'],
  Ben: ['Benjamin'],
  Bill: ['William'],
  Billy: ['William'],
  Bob: ['Robert'],
  Bobby: ['Robert'],
  Charlie: ['Charles'],
  Chuck: ['Charles'],
  Dan: ['Daniel'],
  Danny: ['Daniel'],
  Dave: ['David'],
  Dick: ['Richard'],
  Ed: ['Edward', 'Edwin'],
  Ted: ['Edward', 'Theodore'],
  Jim: ['James'],
  Jimmy: ['James'],
  Jack: ['John'],
  Joe: ['Joseph'],
  Kate: ['Katherine', 'Catherine', 'Kathryn'],
  Larry: ['Lawrence'],
  Liz: ['Elizabeth'],
  Beth: ['Elizabeth'],
  Maggie: ['Margaret'],
  Peggy: ['Margaret'],
  Mike: ['Michael'],
  Mick: ['Michael'],
  Nick: ['Nicholas'],
  Pat: ['Patrick', 'Patricia'],
  Rick: ['Richard'],
  Rob: ['Robert'],
  Ron: ['Ronald'],
  Sam: ['Samuel', 'Samantha'],
  Steve: ['Steven', 'Stephen'],
  Sue: ['Susan'],
  Tom: ['Thomas'],
  Tony: ['Anthony'],
  Will: ['William'],
};

/** Whether two given names can be one person's: the same, one the start of the other ("Chris"), or familiar and formal. */
function sameGivenName(a: string, b: string): boolean {
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  return (FAMILIAR[a] ?? []).includes(b) || (FAMILIAR[b] ?? []).includes(a);
}

/**
 * Whether two full names can be one person: nested ("George Bush", "George W. Bush"), one spelling of
 * the other ("Ichiyo"/"Ichiyō", "Kristin"/"Kristen"), or the same but for a familiar given name.
 */
function onePerson(a: NameForm, b: NameForm): boolean {
  if (nested(a, b) || a.key === b.key || oneSlipApart(plainWords(a.surface), plainWords(b.surface))) return true;
  const [x, y] = [a.words, b.words];
  return (
    x.length === y.length && x.length >= 2 && sameGivenName(x[0], y[0]) && x.slice(1).every((w, i) => w === y[i + 1])
  );
}

/** The people a short form could be: the full names it shortens, names of one person counting once. */
function peopleFor(short: NameForm, full: readonly NameForm[]): NameForm[][] {
  const holding = full.filter(f => looksPersonal(f) && shortensTo(f, short.words[0]));
  const people: NameForm[][] = [];
  for (const f of holding) {
    const person = people.find(p => p.every(g => onePerson(f, g)));
    if (person) person.push(f);
    else people.push([f]);
  }
  return people;
}

export function firstMentionChecks(text: string, forms: readonly NameForm[]): CheckDiagnostic[] {
  const people = forms.filter(f => f.label === 'person' && f.words.length > 0);
  const full = people.filter(f => f.words.length >= 2);
  if (full.length === 0) return [];
  const inHeadline = headlineTest(text);
  const bodyMentions = (f: NameForm) => f.mentions.filter(m => !inHeadline(m.start));
  const firstInBody = (forms: readonly NameForm[]) => {
    let first: { start: number; end: number; form: NameForm } | undefined;
    for (const f of forms) {
      const m = bodyMentions(f)[0];
      if (m && (!first || m.start < first.start)) first = { ...m, form: f };
    }
    return first;
  };
  const titles = titleLines(text);
  const out: CheckDiagnostic[] = [];
  // Only a single word is a short form: "George Bush" before "George W. Bush" is a full name already.
  for (const short of people.filter(f => f.words.length === 1 && canStandAlone(f.words[0]))) {
    const candidates = peopleFor(short, full);
    // An article titled with the name is about what the title names ("Isfahan").
    if (candidates.length === 0 || titles.has(short.surface)) continue;
    const mentions = bodyMentions(short).filter(
      m => !EXPLAINED_BY.test(lineBefore(text, m.start)) && !MODIFIES.test(text.slice(m.end, m.end + 20)),
    );
    if (mentions.length === 0) continue;
    const introduced = candidates
      .map(forms => ({ forms, first: firstInBody(forms) }))
      .filter((p): p is { forms: NameForm[]; first: NonNullable<ReturnType<typeof firstInBody>> } => !!p.first)
      .sort((a, b) => a.first.start - b.first.start);
    if (introduced.length === 0) continue;
    if (introduced.length === 1) {
      const { first } = introduced[0];
      const m = mentions[0];
      if (m.start >= first.start) continue;
      out.push({
        code: 'short-form-first',
        family: 'firstMention',
        severity: 'information',
        start: m.start,
        end: m.end,
        message: `${quoted(short.surface)} comes before the full name ${quoted(first.form.surface)} is given (line ${lineNumber(text, first.start)}).`,
        fixes: [
          {
            kind: 'edit',
            title: `Use the full name ${quoted(first.form.surface)} here`,
            edits: [{ start: m.start, end: m.end, newText: first.form.surface }],
          },
        ],
      });
      continue;
    }
    if (
      ownShortNames(
        people,
        short,
        introduced.map(p => p.forms),
      ) >=
      introduced.length - 1
    )
      continue;
    // Ambiguous from the point where a second person holding the short form has been named, unless the
    // short form was already in use for the first one: then it stays theirs, as newsrooms write.
    const second = introduced[1].first.start;
    if (mentions.some(x => x.start < second && x.start > introduced[0].first.start)) continue;
    // "Mr. Bush" after George and Laura Bush: the title tells them apart.
    const m = mentions.find(x => x.start > second && !TITLED.test(lineBefore(text, x.start)));
    if (!m) continue;
    const names = introduced.map(p => p.first.form.surface);
    out.push({
      code: 'ambiguous-short-form',
      family: 'firstMention',
      severity: 'information',
      start: m.start,
      end: m.end,
      message: `${quoted(short.surface)} could be ${names.map(n => quoted(n)).join(' or ')}.`,
      fixes: names.map(name => ({
        kind: 'edit' as const,
        title: `Use ${quoted(name)}`,
        edits: [{ start: m.start, end: m.end, newText: name }],
      })),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The text of the article's title lines: its first line and its Markdown headings, without the markers. */
function titleLines(text: string): Set<string> {
  const start = bodyStart(text);
  const first = text.slice(start).match(/^\s*(.*)/)?.[1] ?? '';
  const headings = [...text.matchAll(/^#{1,6}[ \t]+(.*)$/gm)].map(m => m[1]);
  return new Set([first, ...headings].map(t => t.replace(/^#{1,6}[ \t]+/, '').trim()));
}

/** The line's text before `offset`. */
function lineBefore(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}

/**
 * How many of the people a short form could be have a short name of their own in the article ("Naina"
 * for Naina Yeltsin): when all but one do, the shared surname is the remaining one's.
 */
function ownShortNames(people: readonly NameForm[], short: NameForm, candidates: readonly NameForm[][]): number {
  const alone = new Set(people.filter(f => f.words.length === 1 && f !== short).map(f => f.words[0]));
  return candidates.filter(forms => forms.some(f => f.words.some(w => w !== short.words[0] && alone.has(w)))).length;
}
