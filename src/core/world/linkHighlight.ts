import { KnowledgeBase, WorldType } from './knowledgeBase';
import { Link, linkMention } from './link';

const TYPE_OF_LABEL: Record<string, WorldType> = { person: 'PER', organisation: 'ORG', location: 'LOC' };

/** The knowledge-base type a highlight label stands for, if it is one of the linkable ones. */
export function worldTypeOfLabel(label: string): WorldType | undefined {
  return TYPE_OF_LABEL[label];
}

/**
 * Links a highlight: its own text first, then the longer forms of the same name in the article
 * (`names`, e.g. "Tamsin Okonjo" for a later "Okonjo"), longest first; the first that links wins.
 * Undefined for labels that are not people, organisations or places, and when nothing links surely.
 */
export function linkHighlight(
  kb: KnowledgeBase,
  text: string,
  label: string,
  name: string,
  names: readonly string[],
): Link | undefined {
  const type = worldTypeOfLabel(label);
  if (!type) return undefined;
  const longer = [...new Set(names)].filter(n => n !== name && n.includes(name)).sort((a, b) => b.length - a.length);
  for (const candidate of [name, ...longer]) {
    const link = linkMention(kb, candidate, type, text);
    if (link) return link;
  }
  return undefined;
}
