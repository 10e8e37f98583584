import { KnowledgeBase, WorldEntity, WorldType } from './knowledgeBase';
import { isAcronym, nameKey } from './names';

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
 * - A body whose acronym is all the mention shares with it ("IMF" is also an institute in Barcelona,
 *   "Post" a trust whose acronym is POST) is a candidate only when the article spells one of its longer
 *   names out, or, for a body of a whole country (a party), names the country: a registry of bodies
 *   lists the acronyms of thousands of small ones, and news names capitals all the time ("AUC" is also
 *   a college in Baghdad). A body best known by its acronym ("BBC", "NASA", "Nato") needs neither.
 * - Among entities of the right type, each scores its prominence, plus a bonus when the place in its
 *   description ("city in Ontario, Canada") is also named in the hint or in `context` (the article),
 *   so that an article about Ontario reads "London" as the Canadian city, or when the article spells
 *   out a longer name of it.
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
  const key = nameKey(bare);
  const fitting = withoutRepeatedCapitals(all).filter(
    e =>
      (!type || e.type === type) &&
      (e.type !== 'ORG' ||
        namedOutright(e, key) ||
        spelledOut(e, bare, context) ||
        (placesOf(e).length === 1 && placed(e, bare, hint, context))),
  );
  if (fitting.length === 0) return undefined;
  const scores = fitting.map(
    e => e.prominence + (placed(e, bare, hint, context) || spelledOut(e, bare, context) ? CONTEXT_WEIGHT : 0),
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
 * The entities without a capital city listed again under the same name in the same country: a country
 * has one capital of a name, and the places data lists a few twice (the city and another item named
 * like it, "Lisbon" and "Bern"), which would make every mention a tie. The older item, with the
 * smaller Wikidata number, is the city's own.
 */
function withoutRepeatedCapitals(entities: readonly WorldEntity[]): WorldEntity[] {
  const kept = new Map<string, WorldEntity>();
  const out: WorldEntity[] = [];
  for (const e of entities) {
    if (!e.description.startsWith('capital city in ')) {
      out.push(e);
      continue;
    }
    const places = placesOf(e);
    const key = `${e.label}\n${places[places.length - 1]}`;
    const other = kept.get(key);
    if (!other) {
      kept.set(key, e);
      out.push(e);
    } else if (itemNumber(e) < itemNumber(other)) {
      out[out.indexOf(other)] = e;
      kept.set(key, e);
    }
  }
  return out;
}

/** The number of a Wikidata id ("Q597" -> 597). */
function itemNumber(e: WorldEntity): number {
  return Number(e.id.slice(1));
}

/** Whether an entity bears a name (its label, or an alias other than an acronym) with this key. */
function namedOutright(e: WorldEntity, key: string): boolean {
  return nameKey(e.label) === key || e.aliases.some(a => !isAcronym(a) && nameKey(a) === key);
}

/** Whether the article writes one of an entity's names longer than the mention ("World Health Organization"). */
function spelledOut(e: WorldEntity, bare: string, context: string): boolean {
  const longer = (n: string) => n.length > bare.length && !isAcronym(n) && context.includes(n);
  return longer(e.label) || e.aliases.some(longer);
}

/** Whether the hint or the article names a place of the entity's description. */
function placed(e: WorldEntity, bare: string, hint: string, context: string): boolean {
  return mentionsPlaceOf(e, hint, bare) || mentionsPlaceOf(e, context, bare);
}

/** The places an entity's description puts it in ("city in Ontario, Canada" -> Ontario, Canada). */
function placesOf(e: WorldEntity): string[] {
  const cut = Math.max(e.description.lastIndexOf(' in '), e.description.lastIndexOf(' of '));
  return cut < 0 ? [] : e.description.slice(cut + 4).split(', ');
}

/** Whether `context` names a place of the entity's description, as a whole word, other than the mention itself. */
function mentionsPlaceOf(e: WorldEntity, context: string, name: string): boolean {
  for (const place of placesOf(e)) {
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
