/**
 * What `harmonizeSpans` must do on plain text (no Markdown, URLs or defining contexts such as "a band
 * from"), restated from its specification as plainly as possible and sharing no code with it: the
 * oracle the optimised document pass is checked against. Written per character and per rule, with no
 * tables, caches or regular expressions taken from the production code.
 */
import { EntityType, Span } from '../../../src/core/types';
import { COMPANY_ENDINGS, TRADE_ENDINGS, WRITTEN_LEGAL_FORMS } from '../../../src/core/ner/nameHeads';

const isLetterOrDigit = (c: string) => /^[\p{L}\p{N}]$/u.test(c);
const isCapital = (c: string) => /^\p{Lu}$/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';
/** A name opens with a capital, or with digits and hyphens before one ("3AW", "7-Eleven"). */
function opensName(name: string): boolean {
  let i = 0;
  while (i < name.length && (isDigit(name[i]) || (i > 0 && name[i] === '-'))) i++;
  return i < name.length && isCapital(String.fromCodePoint(name.codePointAt(i)!));
}
const APOSTROPHES = ["'", '’'];

/** Legal forms and trades that end company names ("Pirelli SpA"); each may take a full stop. The lists are the recogniser's own. */
const GROUP_FORMS = ['Group', 'Holding', 'Holdings', ...TRADE_ENDINGS.map(t => t[0].toUpperCase() + t.slice(1))];
/** Last words that make a name of two or more words a body wherever it stands, lower-cased. */
const SELF_DEFINING_FORMS = [...COMPANY_ENDINGS];

/** The code point before `at` (a whole surrogate pair), or '' at the start. */
function charBefore(text: string, at: number): string {
  if (at === 0) return '';
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
}

/** A capital there begins a word unless a letter, digit, hyphen, apostrophe or full stop is glued before it. */
function beginsWord(text: string, at: number): boolean {
  const before = charBefore(text, at);
  return (
    before === '' || !(isLetterOrDigit(before) || before === '-' || before === '.' || APOSTROPHES.includes(before))
  );
}

/**
 * A name ending at `at` ends a word unless a letter, digit or hyphen follows, or an apostrophe that does not
 * start a possessive; only the two code units after the name are looked at ("’s" is always a possessive).
 */
function endsWord(text: string, at: number): boolean {
  const next = text.slice(at, at + 2);
  if (next === '') return true;
  if (APOSTROPHES.includes(next[0])) return next[1] === 's' || next[1] === 'S';
  const code = next.codePointAt(0)!;
  return !(isLetterOrDigit(String.fromCodePoint(code)) || next[0] === '-');
}

/** "Pirelli SpA" without its legal form ("Pirelli"), or undefined when it has none. */
function withoutLegalForm(name: string): string | undefined {
  for (const form of [...WRITTEN_LEGAL_FORMS, ...GROUP_FORMS])
    for (const ending of [form, form + '.']) {
      if (!name.endsWith(ending)) continue;
      let cut = name.length - ending.length;
      if (cut === 0 || !/\s/.test(name[cut - 1])) continue;
      while (cut > 0 && /\s/.test(name[cut - 1])) cut--;
      if (name[cut - 1] === ',') cut--;
      return name.slice(0, cut);
    }
  return undefined;
}

function isSingleWord(name: string): boolean {
  return !name.includes(' ');
}

export function referenceHarmonizeSpans(text: string, input: Span[], isCommonWord: (lower: string) => boolean): Span[] {
  const entity = (s: Span) => s.type === 'PER' || s.type === 'ORG' || s.type === 'LOC' || s.type === 'MISC';
  const spans = input
    .filter(entity)
    .map(s => ({ ...s }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const surface = (s: Span) => text.slice(s.start, s.end);

  // 1. One type per surface string: the one given most often; on a tie, the one given first.
  const typeOf = new Map<string, EntityType>();
  const strings = [...new Set(spans.map(surface))];
  for (const string of strings) {
    const given = spans.filter(s => surface(s) === string).map(s => s.type as EntityType);
    const count = (t: EntityType) => given.filter(g => g === t).length;
    typeOf.set(
      string,
      given.reduce((best, t) => (count(t) > count(best) ? t : best)),
    );
  }

  // 1a. A name of two or more words ending in a company's legal form is a body, unless every mention is MISC.
  for (const string of strings) {
    const last = string.slice(string.lastIndexOf(' ') + 1).toLowerCase();
    const typed = spans.some(s => surface(s) === string && s.type !== 'MISC');
    if (string.includes(' ') && SELF_DEFINING_FORMS.includes(last) && typed) typeOf.set(string, 'ORG');
  }

  // 1b. A one-word person name that is the first word of a body's name is that body.
  const bodies = [...typeOf].filter(([, type]) => type === 'ORG').map(([name]) => name.split(/\s+/));
  for (const [name, type] of [...typeOf]) {
    if (type === 'PER' && isSingleWord(name) && bodies.some(words => words.length > 1 && words[0] === name))
      typeOf.set(name, 'ORG');
  }

  // 2. The words of person names of two or more words are person names, but for a word given MISC on its
  // own (a nationality or faith); a company without its legal form is the company.
  const voted = new Map(typeOf);
  for (const [name, type] of [...typeOf]) {
    if (type !== 'PER' || name.split(/\s+/).length < 2) continue;
    for (const word of name.split(/\s+/))
      if (
        word.length > 1 &&
        isCapital(String.fromCodePoint(word.codePointAt(0)!)) &&
        !isCommonWord(word.toLowerCase()) &&
        voted.get(word) !== 'MISC'
      )
        typeOf.set(word, 'PER');
  }
  for (const [name, type] of [...typeOf]) {
    const short = type === 'ORG' ? withoutLegalForm(name) : undefined;
    if (short !== undefined && short.length > 1 && !(isSingleWord(short) && isCommonWord(short.toLowerCase())))
      typeOf.set(short, 'ORG');
  }
  for (const s of spans) s.type = typeOf.get(surface(s)) ?? s.type;

  // 3. Later mentions of the names, where a capital or digit begins a word, the longest name first, where no span is.
  const names = [...typeOf.keys()]
    .filter(n => n.length > 1 && opensName(n))
    .filter(n => !(isSingleWord(n) && isCommonWord(n.toLowerCase())))
    .sort((a, b) => b.length - a.length);
  const added: Span[] = [];
  for (let at = 0; at < text.length;) {
    const c = String.fromCodePoint(text.codePointAt(at)!);
    const name =
      (isCapital(c) || isDigit(c)) && beginsWord(text, at)
        ? names.find(n => text.startsWith(n, at) && endsWord(text, at + n.length))
        : undefined;
    if (!name) {
      at += c.length;
      continue;
    }
    const end = at + name.length;
    if (!spans.some(s => s.start < end && at < s.end)) added.push({ start: at, end, type: typeOf.get(name)! });
    at = end;
  }
  return [...spans, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
