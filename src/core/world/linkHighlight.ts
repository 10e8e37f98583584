import { KnowledgeBase, WorldType } from './knowledgeBase';
import { Link, linkMention } from './link';

const TYPE_OF_LABEL: Record<string, WorldType> = { person: 'PER', organisation: 'ORG', location: 'LOC' };

/** The knowledge-base type a highlight label stands for, if it is one of the linkable ones. */
export function worldTypeOfLabel(label: string): WorldType | undefined {
  return TYPE_OF_LABEL[label];
}

/**
 * Links a highlight: its own text first, then, for a person, the longer forms of the name in the
 * article (`names`, e.g. "Tamsin Okonjo" for a later "Okonjo"), longest first; the first that links wins.
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
  // Only a person is named by a short form of the full name ("Okonjo" for "Tamsin Okonjo"); a place
  // inside a longer name ("Seattle, Washington", "Kenya Ports Authority") is not that name.
  const longer =
    type === 'PER'
      ? [...new Set(names)].filter(n => n.endsWith(' ' + name) && !n.includes(',')).sort((a, b) => b.length - a.length)
      : [];
  for (const candidate of [name, ...longer]) {
    const link = linkMention(kb, candidate, type, text);
    if (link) return link;
  }
  return undefined;
}
