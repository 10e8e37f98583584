// A person named by a short form ("Okafor") before the article gives the full name ("Daniel Okafor"),
// and a short form that could be either of two people the article has named ("Williams" after Serena
// Williams and Venus Williams). Headlines and titles are left alone: they use surnames by style.
import type { CheckDiagnostic } from './types';
import type { NameForm } from './nameForms';
import { isCalendarWord, looksPersonal, onePerson } from './people';
import { bodyStart, isHeadline, lineAround, lineNumber, quoted, remembered } from './text';

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

/**
 * Full names by the word that shortens them: the last word (the surname), or the first in a name of
 * three words or more ("Choe" for "Choe Son Hui"). A first name alone before the full name is usually
 * something else the recogniser took for a name part ("Mount Vernon, Virginia").
 */
function fullNamesByShortForm(people: readonly NameForm[]): Map<string, NameForm[]> {
  const index = new Map<string, NameForm[]>();
  const add = (word: string, f: NameForm) => {
    const list = index.get(word);
    if (list) list.push(f);
    else index.set(word, [f]);
  };
  for (const f of people) {
    if (f.words.length < 2 || !looksPersonal(f)) continue;
    add(f.words[f.words.length - 1], f);
    if (f.words.length >= 3 && f.words[0] !== f.words[f.words.length - 1]) add(f.words[0], f);
  }
  return index;
}

/** The people among full names: names of one person ("George Bush", "George W. Bush") count once. */
function asPeople(names: readonly NameForm[]): NameForm[][] {
  return groupsOf(names.map(f => f.surface).join('\u0000')).map(group => group.map(i => names[i]));
}

/** `asPeople` on surfaces joined by NUL characters, as groups of their indices; remembered, as names recur. */
const groupsOf = remembered(joined => {
  const surfaces = joined.split('\u0000');
  const groups: number[][] = [];
  surfaces.forEach((surface, i) => {
    const group = groups.find(g => g.every(j => onePerson(surface, surfaces[j])));
    if (group) group.push(i);
    else groups.push([i]);
  });
  return groups;
});

type Mention = { start: number; end: number };

/** A person as the article introduces them: their full names, and the first of those outside headlines. */
interface Introduced {
  forms: NameForm[];
  first: Mention & { form: NameForm };
}

/** What the checks of one article need to know besides the short form at hand. */
interface Article {
  text: string;
  inHeadline: (offset: number) => boolean;
  firstInBody: (f: NameForm) => Mention | undefined;
  /** Names written as one word alone: a person with one of their own ("Naina") is told apart by it. */
  alone: ReadonlySet<string>;
}

/** The people `holding` names, in the order the article introduces them; those only in headlines are left out. */
function introduce(article: Article, holding: readonly NameForm[]): Introduced[] {
  const out: Introduced[] = [];
  for (const forms of asPeople(holding)) {
    let first: Introduced['first'] | undefined;
    for (const f of forms) {
      const m = article.firstInBody(f);
      if (m && (!first || m.start < first.start)) first = { ...m, form: f };
    }
    if (first) out.push({ forms, first });
  }
  return out.sort((a, b) => a.first.start - b.first.start);
}

/** What is wrong, if anything, with one short form. Mentions are looked at in order and only as far as needed. */
function checkShortForm(
  article: Article,
  short: NameForm,
  introduced: readonly Introduced[],
): CheckDiagnostic | undefined {
  const { text } = article;
  const usable = (m: Mention) =>
    !article.inHeadline(m.start) &&
    !EXPLAINED_BY.test(wordsBefore(text, m.start)) &&
    !MODIFIES.test(text.slice(m.end, m.end + 20));
  if (introduced.length === 1) {
    const { first } = introduced[0];
    const m = short.mentions.find(usable);
    return m && m.start < first.start ? shortFormFirst(text, short, m, first) : undefined;
  }
  const candidates = introduced.map(p => p.forms);
  if (ownShortNames(article.alone, short, candidates) >= introduced.length - 1) return undefined;
  // Ambiguous from the point where a second person holding the short form has been named, unless the
  // short form was already in use for the first one: then it stays theirs, as newsrooms write.
  const [firstIntroduced, second] = [introduced[0].first.start, introduced[1].first.start];
  if (short.mentions.some(x => x.start > firstIntroduced && x.start < second && usable(x))) return undefined;
  // "Mr. Bush" after George and Laura Bush: the title tells them apart.
  const m = short.mentions.find(x => x.start > second && usable(x) && !TITLED.test(wordsBefore(text, x.start)));
  return m
    ? ambiguous(
        short,
        m,
        introduced.map(p => p.first.form.surface),
      )
    : undefined;
}

export function firstMentionChecks(text: string, forms: readonly NameForm[]): CheckDiagnostic[] {
  const people = forms.filter(f => f.label === 'person' && f.words.length > 0);
  const byShortForm = fullNamesByShortForm(people);
  if (byShortForm.size === 0) return [];
  const inHeadline = headlineTest(text);
  const firstBody = new Map<NameForm, Mention | undefined>();
  const article: Article = {
    text,
    inHeadline,
    firstInBody: f => {
      if (!firstBody.has(f))
        firstBody.set(
          f,
          f.mentions.find(m => !inHeadline(m.start)),
        );
      return firstBody.get(f);
    },
    alone: new Set(people.filter(f => f.words.length === 1).map(f => f.words[0])),
  };
  const titles = titleLines(text);
  const out: CheckDiagnostic[] = [];
  // Only a single word is a short form: "George Bush" before "George W. Bush" is a full name already.
  for (const short of people) {
    if (short.words.length !== 1) continue;
    const holding = byShortForm.get(short.words[0]);
    // An article titled with the name is about what the title names ("Isfahan").
    if (!holding || !canStandAlone(short.words[0]) || titles.has(short.surface)) continue;
    const introduced = introduce(article, holding);
    const found = introduced.length > 0 ? checkShortForm(article, short, introduced) : undefined;
    if (found) out.push(found);
  }
  return out.sort((a, b) => a.start - b.start);
}

function shortFormFirst(
  text: string,
  short: NameForm,
  m: Mention,
  first: Mention & { form: NameForm },
): CheckDiagnostic {
  return {
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
  };
}

function ambiguous(short: NameForm, m: Mention, names: readonly string[]): CheckDiagnostic {
  return {
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
  };
}

/** The text of the article's title lines: its first line and its Markdown headings, without the markers. */
function titleLines(text: string): Set<string> {
  const start = bodyStart(text);
  const first = text.slice(start).match(/^\s*(.*)/)?.[1] ?? '';
  const headings = [...text.matchAll(/^#{1,6}[ \t]+(.*)$/gm)].map(m => m[1]);
  return new Set([first, ...headings].map(t => t.replace(/^#{1,6}[ \t]+/, '').trim()));
}

/** The few words before `offset` on its line: enough for the patterns that look back. */
function wordsBefore(text: string, offset: number): string {
  return text.slice(Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - 40), offset);
}

/**
 * How many of the people a short form could be have a short name of their own in the article ("Naina"
 * for Naina Yeltsin), among the one-word names in `alone`: when all but one do, the shared surname is
 * the remaining one's.
 */
function ownShortNames(alone: ReadonlySet<string>, short: NameForm, candidates: readonly NameForm[][]): number {
  return candidates.filter(forms => forms.some(f => f.words.some(w => w !== short.words[0] && alone.has(w)))).length;
}
