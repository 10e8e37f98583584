// One name spelled more than one way in an article ("Choe Son Hui" / "Choe Son-hui" / "Choe Sun Hui"),
// or differently from the workspace registry. Two people may share a surname, so names are compared
// as whole names: the same letters written differently, or (for people) one slip apart.
import type { RegistryEntry } from '../registry/types';
import type { CheckDiagnostic, CheckFix } from './types';
import { NameForm, oneSlipApart, plainWords, slipKeys, spellingKey } from './nameForms';
import { Preferred, RegistryIndex, indexRegistry, registrySpelling } from './registrySpelling';
import { lineNumber, quoted } from './text';

/** Mentions of a spelling whatever its capitals ("al-Qaida" and "Al-Qaida" at a sentence's start). */
type Counts = (f: NameForm) => number;

function spellingCounts(forms: readonly NameForm[]): Counts {
  const counts = new Map<string, number>();
  for (const f of forms)
    counts.set(f.surface.toLowerCase(), (counts.get(f.surface.toLowerCase()) ?? 0) + f.mentions.length);
  return f => counts.get(f.surface.toLowerCase()) ?? 0;
}

/** The form to prefer among two: the spelling with more mentions, else the one the article uses first. */
function morePopular(count: Counts): (a: NameForm, b: NameForm) => NameForm {
  return (a, b) => {
    if (count(a) !== count(b)) return count(a) > count(b) ? a : b;
    // Of two capitalisations, the one inside a sentence: the other may only begin one.
    if (caseOnly(a, b) && /^\p{Ll}/u.test(a.surface) !== /^\p{Ll}/u.test(b.surface))
      return /^\p{Ll}/u.test(a.surface) ? a : b;
    return a.mentions[0].start <= b.mentions[0].start ? a : b;
  };
}

function timesHere(form: NameForm): string {
  const n = form.mentions.length;
  return n === 1 ? 'once in this article' : `${n} times in this article`;
}

/** Words that present a spelling as an alternative on purpose: "(also Sunnybower or Sunny Bower)", "often spelled", "(Arabic: …)". */
const ALTERNATIVE_SPELLING =
  /(?:\b(?:spell(?:ed|ing|s)?|spelt|written|known as|called|aka|a\.k\.a\.|formerly|n[ée]e)\b|\(\s*(?:also|or)\b|\(\s*\p{Lu}\p{Ll}+\s*:)[^.!?\n]{0,60}$/iu;

function diagnostics(text: string, form: NameForm, preferred: Preferred, slip: boolean): CheckDiagnostic[] {
  const code = preferred.entry ? 'registry-spelling' : 'name-variant';
  const target = quoted(preferred.surface);
  const fixes = (at: { start: number; end: number }): CheckFix[] => {
    const list: CheckFix[] = [
      { kind: 'edit', title: `Change to ${target}`, edits: [{ ...at, newText: preferred.surface }] },
    ];
    if (form.mentions.length > 1)
      list.push({
        kind: 'edit',
        title: `Change all ${form.mentions.length} ${quoted(form.surface)} to ${target}`,
        edits: form.mentions.map(m => ({ ...m, newText: preferred.surface })),
      });
    if (preferred.tie)
      list.push({
        kind: 'edit',
        title: `Change ${quoted(preferred.tie.surface)} to ${quoted(form.surface)} instead`,
        edits: preferred.tie.mentions.map(m => ({ ...m, newText: form.surface })),
      });
    list.push({
      kind: 'addAlias',
      title: `Add ${quoted(form.surface)} to the registry as a spelling of ${quoted(preferred.entry?.name ?? preferred.entryName ?? preferred.surface)}`,
      name: preferred.entry?.name ?? preferred.entryName ?? preferred.surface,
      alias: form.surface,
      type: preferred.entry?.type ?? form.label,
    });
    return list;
  };
  const how = slip ? 'looks like a misspelling of' : 'is spelled differently from';
  // A spelling given as an alternative on purpose, a name that goes on in a capitalised word the
  // recogniser left out ("Yucatan Today", a magazine), or a handle ("@dalailama").
  const meant = (m: { start: number; end: number }) =>
    ALTERNATIVE_SPELLING.test(text.slice(Math.max(0, m.start - 80), m.start)) ||
    /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(m.end, m.end + 4)) ||
    /[@#]$/.test(text.slice(m.start - 1, m.start));
  return form.mentions
    .filter(m => !meant(m))
    .map(m => ({
      code,
      family: 'nameSpelling',
      severity: 'warning',
      start: m.start,
      end: m.end,
      message: preferred.tie
        ? `${quoted(text.slice(m.start, m.end))} and ${target} (line ${lineNumber(text, preferred.tie.mentions[0].start)}) look like one name spelled two ways: which is right?`
        : `${quoted(text.slice(m.start, m.end))} ${how} ${target} (${preferred.reason}).`,
      fixes: fixes(m),
    }));
}

/** Whether two forms differ only in capitals ("al-Assad" at a sentence's start is "Al-Assad"). */
const caseOnly = (a: NameForm, b: NameForm) => a.surface.toLowerCase() === b.surface.toLowerCase();

/** Variants of one name among the article's own forms: same letters, or (people) one slip apart. */
function articleVariants(
  forms: readonly NameForm[],
  registry: RegistryIndex,
): Map<NameForm, { to: NameForm; slip: boolean; tie: boolean }> {
  const out = new Map<NameForm, { to: NameForm; slip: boolean; tie: boolean }>();
  const count = spellingCounts(forms);
  const popular = morePopular(count);
  const registered = (f: NameForm) => registry.exact.has(f.surface);
  const differ = (a: NameForm, b: NameForm) => !caseOnly(a, b) && !(registered(a) && registered(b));
  const byKey = new Map<string, NameForm[]>();
  for (const f of forms) {
    // Not by label: the recogniser may type one spelling a person and another an organisation.
    const group = byKey.get(f.key);
    if (group) group.push(f);
    else byKey.set(f.key, [f]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const keep = group.find(registered) ?? group.reduce(popular);
    for (const f of group)
      if (f !== keep && differ(f, keep))
        out.set(f, { to: keep, slip: false, tie: !registered(keep) && count(f) === count(keep) });
  }
  const bySlip = new Map<string, NameForm[]>();
  for (const f of forms) {
    const words = plainWords(f.surface);
    // A person's name, or a name of several words that the recogniser may have typed otherwise.
    if (f.label !== 'person' && words.length < 2) continue;
    const seen = new Set<NameForm>();
    for (const k of slipKeys(words)) {
      const list = bySlip.get(k);
      for (const g of list ?? []) {
        if (seen.has(g)) continue;
        seen.add(g);
        if (g.key === f.key || out.has(g) || out.has(f) || !differ(f, g)) continue;
        if (f.label !== 'person' && g.label !== 'person') continue;
        if (!oneSlipApart(words, plainWords(g.surface))) continue;
        const keep = registered(g) ? g : registered(f) ? f : popular(g, f);
        const tie = !registered(keep) && count(f) === count(g);
        out.set(keep === g ? f : g, { to: keep, slip: true, tie });
      }
      if (list) list.push(f);
      else bySlip.set(k, [f]);
    }
  }
  return out;
}

/** A surname as a full name writes it: everything after the given name ("Dwyer-Hale" in "Lorcan Dwyer-Hale"). */
interface Surname {
  surface: string;
  of: NameForm;
}

function surnames(full: readonly NameForm[]): Surname[] {
  return full
    .map(f => ({ surface: f.surface.slice(f.surface.indexOf(' ') + 1), of: f }))
    .filter(s => /^\p{Lu}/u.test(s.surface));
}

/**
 * A surname written alone that the article's full names write otherwise: with other hyphens, spaces
 * or diacritics ("Dwyer Hale" after "Lorcan Dwyer-Hale"), or one slip apart ("Lindquist" after "Maria
 * Lindqvist"), when no full name in the article is written with it. Given names are left alone: two
 * people share them all the time ("Anthony", "Antony Armstrong-Jones").
 */
function surnameVariants(forms: readonly NameForm[]): { form: NameForm; surname: Surname; slip: boolean }[] {
  const people = forms.filter(f => f.label === 'person');
  const full = people.filter(f => f.words.length >= 2);
  const inFullName = new Set(full.map(f => f.surface.slice(f.surface.indexOf(' ') + 1).toLowerCase()));
  const wordsOfFullNames = new Set(full.flatMap(f => f.words));
  const byKey = new Map<string, Surname>();
  const bySlip = new Map<string, Surname[]>();
  for (const surname of surnames(full)) {
    const key = spellingKey(surname.surface);
    if (!byKey.has(key)) byKey.set(key, surname);
    for (const k of slipKeys([key])) {
      const list = bySlip.get(k);
      if (list) list.push(surname);
      else bySlip.set(k, [surname]);
    }
  }
  const out: { form: NameForm; surname: Surname; slip: boolean }[] = [];
  for (const f of people) {
    if (f.words.length > 2 || inFullName.has(f.surface.toLowerCase()) || wordsOfFullNames.has(f.surface)) continue;
    const same = byKey.get(f.key);
    if (same && same.of !== f) {
      out.push({ form: f, surname: same, slip: false });
      continue;
    }
    const slip = slipKeys([f.key])
      .flatMap(k => bySlip.get(k) ?? [])
      .find(s => spellingKey(s.surface) !== f.key && oneSlipApart([f.key], [spellingKey(s.surface)], SURNAME_MIN));
    if (slip) out.push({ form: f, surname: slip, slip: true });
  }
  return out;
}

/** A surname set beside a full name's may be shorter than a single name compared with another: the full name vouches for it. */
const SURNAME_MIN = 5;

/** A form to change: its index among the forms, the spelling to prefer, and how the two differ. */
interface Variant {
  form: number;
  preferred: Omit<Preferred, 'tie'>;
  /** Index of the other form when the article writes both equally often. */
  tie?: number;
  slip: boolean;
}

/** Which forms are variants of which: depends only on the forms (spellings, counts, order) and the registry. */
function findVariants(forms: readonly NameForm[], registry: readonly RegistryEntry[]): Variant[] {
  const index = indexRegistry(registry);
  const at = new Map(forms.map((f, i) => [f, i]));
  const out: Variant[] = [];
  const done = new Set<NameForm>();
  for (const form of forms) {
    const preferred = registrySpelling(form, index);
    if (!preferred) continue;
    done.add(form);
    out.push({ form: at.get(form)!, preferred, slip: spellingKey(preferred.surface) !== form.key });
  }
  const rest = forms.filter(f => !done.has(f));
  for (const [form, { to, slip, tie }] of articleVariants(rest, index)) {
    done.add(form);
    done.add(to);
    const entry = index.exact.get(to.surface);
    const reason = entry ? 'the registry writes it' : `written so ${timesHere(to)}`;
    out.push({
      form: at.get(form)!,
      preferred: { surface: to.surface, entry, reason },
      tie: tie ? at.get(to) : undefined,
      slip,
    });
  }
  for (const { form, surname, slip } of surnameVariants(
    rest.filter(f => !done.has(f) && !index.exact.has(f.surface)),
  )) {
    const reason = `as in ${quoted(surname.of.surface)}`;
    out.push({
      form: at.get(form)!,
      preferred: { surface: surname.surface, entryName: surname.of.surface, reason },
      slip,
    });
  }
  return out;
}

/**
 * The last answer of `findVariants` and what it was for. Most keystrokes change no name, and then the
 * same forms come back: only where their mentions now are needs working out again.
 */
export interface SpellingMemo {
  key?: string;
  variants?: Variant[];
}

function memoKey(forms: readonly NameForm[], registry: readonly RegistryEntry[]): string {
  const names = forms.map(f => `${f.label}\u0001${f.surface}\u0001${f.mentions.length}`).join('\u0002');
  const entries = registry.map(e => `${e.type}\u0001${e.name}\u0001${e.aliases.join('\u0001')}`).join('\u0002');
  return `${names}\u0003${entries}`;
}

export function nameSpellingChecks(
  text: string,
  forms: readonly NameForm[],
  registry: readonly RegistryEntry[],
  memo: SpellingMemo = {},
): CheckDiagnostic[] {
  const key = memoKey(forms, registry);
  if (memo.key !== key || !memo.variants) {
    memo.key = key;
    memo.variants = findVariants(forms, registry);
  }
  return memo.variants.flatMap(v =>
    diagnostics(text, forms[v.form], { ...v.preferred, tie: v.tie === undefined ? undefined : forms[v.tie] }, v.slip),
  );
}
