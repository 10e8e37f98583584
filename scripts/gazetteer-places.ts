// Chooses the names of places that training stores in the entity model for the rules after the
// tagger (`Gazetteer.isListedPlace`; the tagger's features never see them): the knowledge base's
// places of two to four words, and countries' one-word names. Such a name read as a person is the place
// ("La Paz", "Port Harcourt", "Türkiye"), as its parts ("La", "Khan", "Port") mislead the tagger more
// than the whole name does. Towns' one-word names are stored apart (`Gazetteer.isListedTown`):
// alone, such a word is a surname too often ("Sakai", "Vaughan"), so the rules ask its context too.
import { GazCategory, RULE_GIVEN_NAMES } from '../src/core/ner/gazetteer';
import { tokenize } from '../src/core/text/tokenize';
import type { KnowledgeBase, WorldEntity } from '../src/core/world';
import { TYPE_BIT } from '../src/core/world/knowledgeBase';
import { commonWords, spellings } from './gazetteer-bodies';

/**
 * A country's own one-word name the lexicon may lack ("Türkiye", "Eswatini"): unlike a town's, it is
 * rarely a surname. Not its code in capitals ("TUR", "CAN"), which other words share.
 */
function isCountryName(entity: WorldEntity, name: string): boolean {
  return entity.description.startsWith('country') && name !== name.toUpperCase();
}

/** What the knowledge base calls the natural features a news story names in one word ("the Danube"). */
const FEATURE = /^(?:river|sea|ocean|mountain range|desert)\b/;

/**
 * A well-known river's, sea's, range's or desert's one-word name ("Danube", "Himalayas", "Sahara"),
 * as the knowledge base labels it, of four letters or more ("Xi", "Ob" read as other words), unless
 * some body of the knowledge base bears it ("Amazon").
 */
function isFeatureName(entity: WorldEntity, name: string, world: KnowledgeBase): boolean {
  return (
    FEATURE.test(entity.description) &&
    entity.prominence >= 6 &&
    name === entity.label &&
    name.length >= 4 &&
    (world.typesOf(name) & TYPE_BIT.ORG) === 0
  );
}

/**
 * A region's or a city's name written as one hyphenated word ("Baden-Württemberg", "KwaZulu-Natal",
 * "Île-de-France"), of a place the knowledge base counts as well known: hyphenated surnames are
 * people's ("Adjei-Boateng"), which the knowledge base's people and the lists' names leave out below.
 */
function isHyphenatedPlaceName(entity: WorldEntity, name: string): boolean {
  return entity.prominence >= 5 && /^\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)+$/u.test(name);
}

/** How the knowledge base describes a town or city, or a country's division ("state of Nigeria"). */
const TOWN_OR_DIVISION =
  /^(?:capital city|city|town|state|region|province|county|district|governorate|department|prefecture|municipality|oblast|emirate|canton|parish|division)\b/;

/** About 30,000 people or more (prominence is log10 of the population, rounded), for a one-word name. */
const TOWN_PROMINENCE = 5;

/** How the knowledge base describes a country's first-level division ("province of Afghanistan"). */
const DIVISION = /^(?:state|region|province|county|governorate|department|prefecture|oblast|emirate|canton) of /;

/** One capitalised word of four letters or more, as news writes a town's name ("Freiburg"; "SANA", the agency, is not "Sana"). */
export const isOneWordTownName = (name: string): boolean => name.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(name);

/**
 * A town's or city's one-word name, or a country's first-level division's of any size ("Abuja",
 * "Kathmandu", "Enugu", "Laghman"), which the lexicon's short list of cities lacks and news names after
 * "in" and "the capital,". The caller's filter leaves out names that are also people's, bodies' or
 * ordinary words; the others are read as towns only where the sentence places them, as such a word is a
 * surname or a club too ("Buckley", "Burnley").
 */
function isTownName(entity: WorldEntity, name: string): boolean {
  return (
    TOWN_OR_DIVISION.test(entity.description) &&
    (entity.prominence >= TOWN_PROMINENCE || DIVISION.test(entity.description)) &&
    isOneWordTownName(name)
  );
}

/** First words of saints' names, which are people's as often as towns' ("Saint Paul"). */
const SAINTS = new Set(['saint', 'st', 'st.']);

/**
 * The knowledge base's names (labels and aliases) of places, lower-cased and split as the recogniser
 * splits text, and `moreTowns`, towns' one-word names lower-cased (models/town-names.txt), under the
 * same filter as the knowledge base's own towns. Left out: names of one word (but a country's, a hyphenated one or a town's) or
 * more than four, a name some person of the knowledge base bears, one whose first word is a listed
 * given name or title ("Victoria Falls", "Jim Thorpe"), or a saint's, and one the lexicon's lists
 * already hold as a place. A name with accents is kept without them too ("Ciudad Juarez"), through the
 * same filter.
 */
export function listedPlaces(
  lists: Partial<Record<GazCategory | typeof RULE_GIVEN_NAMES, string[]>>,
  world: KnowledgeBase,
  notPlaces: ReadonlySet<string>,
  moreTowns: readonly string[] = [],
): { places: string[]; towns: string[]; counts: Record<string, number> } {
  const listed = new Set([...(lists.city ?? []), ...(lists.country ?? []), ...(lists.region ?? [])]);
  const personal = new Set([...(lists.first ?? []), ...(lists.title ?? []), ...SAINTS]);
  // People's names, ordinary words and words the training text mostly reads otherwise are not taken
  // for a country's or a feature's one-word name ("Murray", "Yellow", "Columbia", "Vatican").
  const notPlaceWords = new Set([
    ...notPlaces,
    ...commonWords(),
    ...(lists.first ?? []),
    ...(lists.last ?? []),
    ...(lists.person ?? []),
  ]);
  // A town's name that is also a given name the rules know is a person's as often ("Aurora", "Takeo").
  const givenNames = new Set(lists[RULE_GIVEN_NAMES] ?? []);
  /** One filter for the towns of both sources: no person's name or ordinary word, no body's or listed place's name. */
  const takesTown = (name: string): boolean => {
    const lower = name.toLowerCase();
    if (givenNames.has(lower) || notPlaceWords.has(lower) || personal.has(lower) || listed.has(lower)) return false;
    return (world.typesOf(name) & (TYPE_BIT.PER | TYPE_BIT.ORG)) === 0;
  };
  const counts: Record<string, number> = { kept: 0, length: 0, person: 0, personal: 0, listed: 0 };
  const places = new Set<string>();
  const towns = new Set<string>();
  for (const entity of world.entities()) {
    if (entity.type !== 'LOC') continue;
    for (const name of [entity.label, ...entity.aliases].flatMap(spellings)) {
      const words = tokenize(name).map(t => t.text.toLowerCase());
      const phrase = words.join(' ');
      if (places.has(phrase)) continue;
      // A town's one word is kept apart, for the rules to read with its context (`isListedTown`).
      if (words.length === 1 && isTownName(entity, name)) {
        if (takesTown(name)) towns.add(phrase);
        continue;
      }
      let reason: string | undefined;
      const country = isCountryName(entity, name);
      const hyphenated = words.length === 1 && isHyphenatedPlaceName(entity, name);
      const oneWordPlace =
        (country || hyphenated || isFeatureName(entity, name, world)) && !notPlaceWords.has(name.toLowerCase());
      if ((words.length < 2 && !oneWordPlace) || words.length > 4) reason = 'length';
      else if (world.typesOf(name) & TYPE_BIT.PER) reason = 'person';
      else if (personal.has(words[0])) reason = 'personal';
      else if (listed.has(phrase)) reason = 'listed';
      counts[reason ?? 'kept']++;
      // A feature's one word is stored with its article, as news writes it ("the danube"): alone,
      // the word is as often a surname or a firm ("Mackenzie said", "Macquarie, the bank").
      if (!reason) places.add(words.length === 1 && !country && !hyphenated ? `the ${phrase}` : phrase);
    }
  }
  for (const name of moreTowns) if (takesTown(name)) towns.add(name);
  return { places: [...places].sort(), towns: [...towns].sort(), counts: { ...counts, towns: towns.size } };
}
