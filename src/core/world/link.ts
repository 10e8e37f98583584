import { KnowledgeBase, WorldEntity, WorldType } from './knowledgeBase';
import { nameKey } from './names';

/** The entity a mention most likely is, with how sure the linker is (0-1). */
export interface Link {
  entity: WorldEntity;
  confidence: number;
  /** Other entities with the name, likeliest first (for "not this one" choices). */
  alternatives: WorldEntity[];
}

/** Below this, a mention is left unlinked: a missing link costs the reader less than a wrong one. */
const LINK_THRESHOLD = 0.6;

/** How much a context hint (the entity's country or region named in the article) weighs against prominence. */
const CONTEXT_WEIGHT = 2.5;

/**
 * The score of "none of these": the mention may be someone or something the knowledge base does not
 * hold. An entity must be about as prominent as a town of 300,000 people to be taken on its name
 * alone; a less prominent one needs the article to name its country or region.
 */
const NIL_SCORE = 5.5;

/** A name written as an acronym ("BBC", "U.N."), which many bodies share. */
const ACRONYM = /^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,6})$/;

/** Words that may stand before a name without being part of it ("the United States", "the Labour Party"). */
const LEADING_ARTICLE = /^(?:the|The|THE)\s+/;

/**
 * Links one mention to the knowledge base, or says it cannot (undefined: no entity has the name, the
 * name's entities are of another type than the mention's, or two readings are too close to call).
 *
 * - `type` is what the text says the mention is (the recogniser's or the user's label); an entity of
 *   another type is never chosen, so "Georgia" read as a team (ORG) is not linked to the country: a
 *   country's name typed as a body is its national side as often as its government.
 * - A leading "the" is not part of the name; "Aceh, Indonesia" is looked up as "Aceh" with
 *   "Indonesia" as a hint.
 * - An acronym that several entities bear names a body only when it is the body's best-known name
 *   ("BBC") or the article spells the name out ("World Health Organization ... WHO"): a registry of
 *   bodies lists the acronyms of thousands of small ones, and "BBC" is also a college in Guwahati.
 * - Among entities of the right type, each scores its prominence, plus a bonus when the place in its
 *   description ("city in Ontario, Canada") is also named in the hint or in `context` (the article),
 *   so that an article about Ontario reads "London" as the Canadian city.
 * - Scores become probabilities (softmax) beside a "none of these" score (NIL_SCORE); the best is
 *   returned when it reaches LINK_THRESHOLD.
 */
export function linkMention(
  kb: KnowledgeBase,
  name: string,
  type: WorldType | 'MISC' | undefined,
  context: string,
): Link | undefined {
  // "Aceh, Indonesia": the name before the comma, the place after it as a hint.
  const comma = name.indexOf(', ');
  const hint = comma > 0 ? name.slice(comma + 2) : '';
  const bare = (comma > 0 ? name.slice(0, comma) : name).replace(LEADING_ARTICLE, '');
  const all = kb.candidates(bare);
  if (all.length === 0) return undefined;
  const acronym = all.length > 1 && ACRONYM.test(bare);
  const fitting = all.filter(
    e =>
      (!type || e.type === type) &&
      (!acronym || e.type !== 'ORG' || nameKey(e.label) === nameKey(bare) || context.includes(e.label)),
  );
  if (fitting.length === 0) return undefined;
  const scores = fitting.map(
    e => e.prominence + (mentionsPlaceOf(e, hint, bare) || mentionsPlaceOf(e, context, bare) ? CONTEXT_WEIGHT : 0),
  );
  const max = Math.max(NIL_SCORE, ...scores);
  const weights = scores.map(s => Math.exp(s - max));
  const total = weights.reduce((a, b) => a + b, Math.exp(NIL_SCORE - max));
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
