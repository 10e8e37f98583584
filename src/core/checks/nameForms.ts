// The distinct ways an article writes each name, and how two spellings compare: the same letters
// once diacritics, hyphens, spaces and apostrophes are set aside, or one slip apart.
import type { NameMention } from './types';
import { nameWords } from '../highlights/highlights';
import { remembered } from './text';

/** One way of writing a name in the article, with every mention of it in order. */
export interface NameForm {
  /** As written, without a possessive "'s". */
  surface: string;
  label: string;
  mentions: { start: number; end: number }[];
  /** Its capitalised words ("Choe", "Son", "Hui"). */
  words: string[];
  /** Lower case without diacritics, hyphens, spaces or apostrophes: "choesonhui". */
  key: string;
}

const POSSESSIVE = /['’]s?$/;

/** A name without its possessive ending: "Okafor's" -> "Okafor". */
function bareName(surface: string): string {
  return surface.replace(/\s+/g, ' ').trim().replace(POSSESSIVE, '').trimEnd();
}

/** Letters that spell the same name: lower case, no diacritics, hyphens, spaces or apostrophes. */
export const spellingKey = remembered(surface =>
  surface
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐‑–—'’`´]/g, ''),
);

/** The words of a name compared letter for letter: lower case, no diacritics or apostrophes. */
export const plainWords = remembered(surface =>
  surface
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s\-‐‑–—]+/)
    .map(w => w.replace(/['’`´]/g, ''))
    .filter(Boolean),
);

/** A mention's text as a name: without its possessive, with its words, and how much of its end that drops. */
const asName = remembered(written => {
  const surface = bareName(written);
  const kept = written.replace(POSSESSIVE, '').trimEnd().length;
  return { surface, words: nameWords(surface), cut: written.length - kept };
});

/** Groups the article's name mentions by label and exact written form, in order of first mention. */
export function nameForms(text: string, names: readonly NameMention[]): NameForm[] {
  // By label, then by the text as written: no key is built per mention, which a long article has thousands of.
  const byLabel = new Map<string, Map<string, NameForm>>();
  const forms: NameForm[] = [];
  for (const n of names) {
    let written = byLabel.get(n.label);
    if (!written) byLabel.set(n.label, (written = new Map()));
    const raw = text.slice(n.start, n.end);
    const name = asName(raw);
    let form = written.get(raw);
    if (!form) {
      const { surface, words } = name;
      if (surface.length < 2) continue;
      // "Okafor's" and "Okafor" are one form.
      form = surface === raw ? undefined : written.get(surface);
      if (!form) {
        form = { surface, label: n.label, mentions: [], words, key: spellingKey(surface) };
        forms.push(form);
        written.set(surface, form);
      }
      written.set(raw, form);
    }
    form.mentions.push({ start: n.start, end: n.end - name.cut });
  }
  return forms;
}

/** Edit distance with adjacent transpositions, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [new Array(b.length + 1).fill(0).map((_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/**
 * Whether two person names are one slip apart: the same number of words, all the same but one, and
 * that one a single letter off (added, dropped, changed or swapped), with the same first letter. Short
 * words differ too easily between real names ("Li"/"Lu", "Jon"/"Jan"), so a differing word needs five
 * letters, or three in a name of three words or more ("Choe Sun Hui"/"Choe Son Hui"); a name of one
 * word needs `minSingle`. A changed letter is how two real surnames differ ("Conte"/"Conde",
 * "Hansen"/"Hanson"), a doubled, dropped or swapped one is how a name gets mistyped, so a single word
 * needs one letter more for a change than for the others.
 */
export function oneSlipApart(a: readonly string[], b: readonly string[], minSingle = 7): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let differing = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  if (differing < 0) return false;
  const [x, y] = [a[differing], b[differing]];
  const changed = x.length === y.length && !isSwap(x, y);
  const least = a.length >= 3 ? 3 : a.length === 1 ? minSingle + (changed ? 1 : 0) : 5;
  if (x[0] !== y[0] || Math.min(x.length, y.length) < least) return false;
  // A plural, a demonym or a pet name is another word, not a slip: "the Bernoullis", "Sri Lankan", "Bolesy".
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  if (longer.startsWith(shorter) && /^[sniy]$/.test(longer.slice(shorter.length))) return false;
  return editDistance(x, y, 1) === 1;
}

/** Whether two words of one length differ by two neighbouring letters swapped. */
function isSwap(x: string, y: string): boolean {
  const at = [...x].findIndex((c, i) => c !== y[i]);
  return at >= 0 && x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2);
}

/** Keys under which two names one slip apart meet: each word with one letter dropped, or whole. */
export function slipKeys(words: readonly string[]): string[] {
  return slipKeysOf(words.join('\u0000'));
}

const slipKeysOf = remembered(joined => computeSlipKeys(joined.split('\u0000')));

function computeSlipKeys(words: readonly string[]): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    const variants = new Set([w]);
    for (let k = 0; k < w.length; k++) variants.add(w.slice(0, k) + w.slice(k + 1));
    for (const v of variants)
      out.push(`${words.length}|${i}|${[...words.slice(0, i), v, ...words.slice(i + 1)].join(' ')}`);
  });
  return out;
}
