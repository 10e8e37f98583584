import { KnowledgeBase, WorldEntity, WorldType } from './knowledgeBase';

/** The entity a mention most likely is, with how sure the linker is (0-1). */
export interface Link {
  entity: WorldEntity;
  confidence: number;
  /** Other entities with the name, likeliest first (for "not this one" choices). */
  alternatives: WorldEntity[];
}

/** Below this, a mention is left unlinked: a missing link costs the reader less than a wrong one. */
export const LINK_THRESHOLD = 0.6;

/** How much a context hint (the entity's country or region named in the article) weighs against prominence. */
const CONTEXT_WEIGHT = 2.5;

/**
 * Links one mention to the knowledge base, or says it cannot (undefined: no entity has the name, the
 * names's entities are of another type than the mention's, or two readings are too close to call).
 *
 * - `type` is what the text says the mention is (the recogniser's or the user's label); an entity of
 *   another type is never chosen, so "Georgia" read as a team is not linked to the country.
 * - Among entities of the right type, each scores its prominence, plus a bonus when the place in its
 *   description ("city in Ontario, Canada") is also named in `context` (the article), so that an
 *   article about Ontario reads "London" as the Canadian city.
 * - Scores become probabilities (softmax); the best is returned when it reaches LINK_THRESHOLD.
 */
export function linkMention(
  kb: KnowledgeBase,
  name: string,
  type: WorldType | 'MISC' | undefined,
  context: string,
): Link | undefined {
  const all = kb.candidates(name);
  if (all.length === 0) return undefined;
  const fitting = type ? all.filter(e => e.type === type) : all;
  if (fitting.length === 0) return undefined;
  const scores = fitting.map(e => e.prominence + (mentionsPlaceOf(e, context, name) ? CONTEXT_WEIGHT : 0));
  const max = Math.max(...scores);
  const weights = scores.map(s => Math.exp(s - max));
  const total = weights.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let i = 1; i < fitting.length; i++) if (weights[i] > weights[best]) best = i;
  const confidence = weights[best] / total;
  if (confidence < LINK_THRESHOLD) return undefined;
  const alternatives = fitting.filter((_, i) => i !== best);
  return { entity: fitting[best], confidence, alternatives };
}

/**
 * Whether the article names the place an entity's description puts it in ("... in Ontario, Canada"
 * -> Ontario or Canada), as a whole word, other than the mention itself.
 */
function mentionsPlaceOf(e: WorldEntity, context: string, name: string): boolean {
  const at = e.description.lastIndexOf(' in ');
  const of = e.description.lastIndexOf(' of ');
  const cut = Math.max(at, of);
  if (cut < 0) return false;
  for (const place of e.description.slice(cut + 4).split(', ')) {
    if (place.length < 3 || place === name) continue;
    let i = context.indexOf(place);
    while (i >= 0) {
      const before = i === 0 ? '' : context[i - 1];
      const after = context[i + place.length] ?? '';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
      i = context.indexOf(place, i + 1);
    }
  }
  return false;
}
