import { NOT_AN_ENTITY } from '../highlights/labels';
import type { RegistryEntry } from '../registry/types';
import { onOneLine } from '../text/softWraps';
import { KnownName, WorkspaceKnowledge } from './types';

/** The parts of a sidecar that teach something, with the article it belongs to. */
export interface LearningSource {
  /** The article's path, as shown to the user ("politics/summit.md"). */
  article: string;
  annotations: readonly { label: string; quote: string; orphaned?: boolean; updated?: string; created?: string }[];
  corrections: readonly {
    automatic: string;
    correct: string;
    quote: string;
    orphaned?: boolean;
    updated?: string;
    created?: string;
  }[];
}

const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 60;

/**
 * Whether a labelled piece of text is a name worth recognising everywhere. Notes on claims or whole
 * sentences are annotations too, but spreading them to every article would be noise: only short text
 * within one paragraph that contains a capital letter or a digit is learned.
 */
export function looksLikeName(quote: string): boolean {
  // A name wrapped over two lines is still a name; over a blank line it is two paragraphs.
  if (/\n[ \t\r]*\n/.test(quote)) return false;
  const text = surfaceOf(quote);
  if (text.length < 2 || text.length > MAX_NAME_LENGTH) return false;
  if (text.split(/\s+/).length > MAX_NAME_WORDS) return false;
  if (!/^[\p{L}\p{N}]/u.test(text)) return false;
  return /[\p{Lu}\p{N}]/u.test(text);
}

interface Tally {
  votes: Map<string, number>;
  latest: Map<string, string>;
  articles: Set<string>;
}

/** A labelled quote as the name it is: trimmed, on one line (a wrapped name is found where it is not wrapped). */
function surfaceOf(quote: string): string {
  return onOneLine(quote.trim());
}

/**
 * Builds the workspace's knowledge: registry names and aliases first (they are decisions), then what the
 * user labelled or corrected in any sidecar. When sidecars disagree about a surface, the label used most
 * often wins, then the most recent; "not an entity" takes part in that vote like any label. Dates are
 * not learned: their values come from the date tagger.
 */
export function buildKnowledge(
  registry: readonly RegistryEntry[],
  sources: readonly LearningSource[],
): WorkspaceKnowledge {
  const names = new Map<string, KnownName>();
  const rejected = new Map<string, Set<string>>();
  const tallies = new Map<string, Tally>();
  const vote = (quote: string, label: string, when: string | undefined, article: string) => {
    if (label === 'date' || !looksLikeName(quote)) return;
    const surface = surfaceOf(quote);
    let tally = tallies.get(surface);
    if (!tally) tallies.set(surface, (tally = { votes: new Map(), latest: new Map(), articles: new Set() }));
    tally.votes.set(label, (tally.votes.get(label) ?? 0) + 1);
    if (when && (tally.latest.get(label) ?? '') < when) tally.latest.set(label, when);
    tally.articles.add(article);
  };
  for (const source of sources) {
    for (const a of source.annotations) if (!a.orphaned) vote(a.quote, a.label, a.updated ?? a.created, source.article);
    for (const c of source.corrections)
      if (!c.orphaned) vote(c.quote, c.correct, c.updated ?? c.created, source.article);
  }
  for (const source of sources) {
    for (const c of source.corrections) {
      const surface = surfaceOf(c.quote);
      if (c.orphaned || c.correct !== NOT_AN_ENTITY || winner(tallies.get(surface)) !== NOT_AN_ENTITY) continue;
      let labels = rejected.get(surface);
      if (!labels) rejected.set(surface, (labels = new Set()));
      labels.add(c.automatic);
    }
  }
  for (const [surface, tally] of tallies) {
    const label = winner(tally);
    if (label && label !== NOT_AN_ENTITY) {
      names.set(surface, { surface, label, source: 'learned', entity: surface, articles: [...tally.articles].sort() });
    }
  }
  // Registry entries override anything learned for the same surface; the first entry naming a surface wins.
  const fromRegistry = new Map<string, KnownName>();
  for (const entry of registry) {
    for (const surface of [entry.name, ...entry.aliases]) {
      if (!fromRegistry.has(surface))
        fromRegistry.set(surface, { surface, label: entry.type, source: 'registry', entity: entry.name, entry });
    }
  }
  for (const [surface, name] of fromRegistry) {
    names.set(surface, name);
    rejected.delete(surface);
  }
  return { names, rejected };
}

function winner(tally: Tally | undefined): string | undefined {
  if (!tally) return undefined;
  let best: string | undefined;
  for (const [label, count] of tally.votes) {
    const bestCount = best === undefined ? -1 : tally.votes.get(best)!;
    if (count > bestCount || (count === bestCount && (tally.latest.get(label) ?? '') > (tally.latest.get(best!) ?? '')))
      best = label;
  }
  return best;
}
