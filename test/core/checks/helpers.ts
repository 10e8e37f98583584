import { ALL_CHECKS, CheckDiagnostic, CheckFamily, NameMention, checkArticle } from '../../../src/core/checks';
import type { RegistryEntry } from '../../../src/core/registry';

/** Every whole-word occurrence of each name in the text, as mentions with its label, in order. */
export function mentionsOf(text: string, names: Record<string, string>): NameMention[] {
  const out: NameMention[] = [];
  for (const [name, label] of Object.entries(names)) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`,
      'gu',
    );
    for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + name.length, label });
  }
  // A name inside a longer one ("Okafor" in "Daniel Okafor") is not a mention of its own.
  const sorted = out.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter(
    (m, i) =>
      !sorted.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

export function check(
  text: string,
  options: { date?: string; names?: Record<string, string>; registry?: RegistryEntry[]; only?: CheckFamily[] } = {},
): CheckDiagnostic[] {
  const enabled = options.only ? new Set(options.only) : ALL_CHECKS;
  return checkArticle(
    { text, articleDate: options.date, names: mentionsOf(text, options.names ?? {}), registry: options.registry },
    enabled,
  );
}

/** "code: text" of each diagnostic, for compact assertions. */
export function found(text: string, diagnostics: readonly CheckDiagnostic[]): string[] {
  return diagnostics.map(d => `${d.code}: ${text.slice(d.start, d.end)}`);
}

/** The text after applying a fix's edits. */
export function applyFix(text: string, d: CheckDiagnostic, index = 0): string {
  const fix = d.fixes[index];
  if (fix.kind !== 'edit') throw new Error(`fix ${index} is not an edit`);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export function entry(name: string, type: string, aliases: string[] = []): RegistryEntry {
  return { name, type, aliases, links: [], line: 0 };
}
