import { Highlight, nameWords, sameName } from './highlights';
import { compareLabels } from './labels';

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
    const surface = text.slice(h.start, h.end).replace(/\s+/g, ' ').trim();
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
