import { Highlight, nameWords, sameName } from './highlights';
import { NOT_AN_ENTITY, compareLabels } from './labels';
import { onOneLine } from '../text/softWraps';

/** One distinct thing the article mentions, with every mention of it in document order. */
export interface OutlineEntity {
  /** The longest form of the name the article uses ("Daniel Okafor" rather than "Okafor"). */
  name: string;
  label: string;
  mentions: Highlight[];
}

export interface OutlineGroup {
  label: string;
  /** Distinct entities, in the order the article first mentions them. */
  entities: OutlineEntity[];
  /** All mentions of all entities in the group. */
  mentionCount: number;
}

/**
 * Groups an article's highlights into entities by label: identical text is one entity, and a person's
 * shorter name joins the one longer name containing it ("Okafor" joins "Daniel Okafor"). A short form
 * that two longer names contain ("Okafor" with "Daniel Okafor" and "Grace Okafor") stays on its own
 * rather than being guessed. Groups come in label order.
 */
export function outlineEntities(text: string, highlights: readonly Highlight[]): OutlineGroup[] {
  const byLabel = new Map<string, Map<string, Highlight[]>>();
  for (const h of highlights) {
    const surface = onOneLine(text.slice(h.start, h.end)).trim();
    if (!surface) continue;
    let forms = byLabel.get(h.label);
    if (!forms) byLabel.set(h.label, (forms = new Map()));
    const list = forms.get(surface);
    if (list) list.push(h);
    else forms.set(surface, [h]);
  }
  return [...byLabel.keys()].sort(compareLabels).map(label => {
    const forms = byLabel.get(label)!;
    const entities =
      label === 'person' ? mergeShortNames(forms) : [...forms].map(([name, mentions]) => ({ name, label, mentions }));
    for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
    entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return { label, entities, mentionCount: entities.reduce((n, e) => n + e.mentions.length, 0) };
  });
}

/**
 * Person forms, longest first, each joining the single entity whose name contains all its words
 * (same words included, so "Okafor's" joins "Okafor").
 */
function mergeShortNames(forms: Map<string, Highlight[]>): OutlineEntity[] {
  const named = [...forms]
    .map(([name, mentions]) => ({ name, mentions, words: nameWords(name) }))
    .sort((a, b) => b.words.length - a.words.length || a.mentions[0].start - b.mentions[0].start);
  const entities: (OutlineEntity & { words: string[] })[] = [];
  for (const form of named) {
    const containing =
      form.words.length === 0
        ? []
        : entities.filter(e => e.words.length >= form.words.length && sameName(form.words, e.words));
    if (containing.length === 1) containing[0].mentions.push(...form.mentions);
    else entities.push({ name: form.name, label: 'person', mentions: [...form.mentions], words: form.words });
  }
  return entities.map(({ name, label, mentions }) => ({ name, label, mentions }));
}

/** An annotation or correction that lost its text, listed under its label with the problem reported for it. */
export interface OutlineOrphan {
  name: string;
  label: string;
  /** Where it is pointed at: `orphanPlace` of its last known start. */
  start: number;
  end: number;
}

/**
 * Where an orphan is pointed at in the article: the word at its last known start, else the character
 * there (the last one past the end). The problem reported for it and its Outline entry both use this
 * place, so the Outline shows the problem on the entry. Empty only in an empty text.
 */
export function orphanPlace(text: string, offset: number): { start: number; end: number } {
  if (text.length === 0) return { start: 0, end: 0 };
  const at = Math.min(Math.max(offset, 0), text.length - 1);
  let start = at;
  let end = at;
  while (start > 0 && WORD_CHAR.test(text[start - 1]) && WORD_CHAR.test(text[at])) start--;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return end > start ? { start, end } : { start: at, end: at + 1 };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The orphans among `items` with a label (annotations, and corrections to a label), as the Outline lists them. */
export function outlineOrphans(
  text: string,
  items: readonly { quote: string; start: number; orphaned?: boolean; label?: string; correct?: string }[],
): OutlineOrphan[] {
  const result: OutlineOrphan[] = [];
  for (const item of items) {
    const label = item.label ?? item.correct;
    if (!item.orphaned || !label || label === NOT_AN_ENTITY) continue;
    result.push({ name: item.quote.replace(/\s+/g, ' ').trim(), label, ...orphanPlace(text, item.start) });
  }
  return result;
}
