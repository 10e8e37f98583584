// Builds the name lists compiled into the entity model from open-licence packages (compromise's
// lexicon, MIT; for the rules, the given names of models/given-names.txt) plus short hand-written
// lists of designator and title words.
import nlp from 'compromise';
import { GAZ_CATEGORIES, GazCategory, RULE_GIVEN_NAMES } from '../src/core/ner/gazetteer';

const ORG_WORDS =
  'inc corp corporation co company ltd plc llc group holdings bank ministry department agency party ' +
  'council committee commission university college institute school association federation union ' +
  'league club fc united city rovers athletic wanderers county foundation fund organisation organization ' +
  'board court parliament assembly congress senate army navy police force forces front movement ' +
  'news times post journal press television radio airlines airways motors industries systems ' +
  'technologies international society church trust authority office bureau service services exchange ' +
  'cabinet government administration tribunal brigade ' +
  // company legal forms and trade words that end company names
  'inc. corp. co. ltd. limited spa s.p.a. ag sa nv gmbh bv ab asa bhd pty lp llp ' +
  'pharmaceuticals electronics energy petroleum oil telecom telecommunications communications ' +
  'entertainment studios pictures films publishing publishers records magazine gazette herald tribune ' +
  'chronicle broadcasting network networks channel partners securities investments insurance bancorp ' +
  'financial enterprises software computer computers mining steel chemicals foods brewery airline ' +
  // bodies, groups and ensembles
  'academy hospital laboratories labs alliance coalition secretariat directorate corps regiment ' +
  'division battalion squadron fleet command guard orchestra band choir ensemble quartet troupe';
const LOC_WORDS =
  'river mountain mountains mount lake sea ocean island islands bay gulf valley street avenue road ' +
  'square province state region district county peninsula desert coast strait canal airport ' +
  'park bridge hill hills heights plain plains basin republic kingdom';
const TITLES =
  'mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lady lord president minister prime secretary chancellor ' +
  'king queen prince princess general gen. colonel col. captain lieutenant sergeant admiral senator ' +
  'sen. governor gov. mayor judge justice chairman chief director spokesman spokeswoman pope bishop ' +
  'ambassador envoy leader premier commissioner coach striker midfielder defender goalkeeper';
/** Words that end names of events, competitions, prizes, laws and wars (MISC in CoNLL's convention). */
const EVENT_WORDS =
  'cup championship championships trophy tournament open games olympics prix prize award awards ' +
  'war battle siege campaign operation bowl tour festival series classic marathon rally derby act treaty ' +
  'accord agreement declaration doctrine';
const CALENDAR =
  'january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday';

const FROM_LEXICON: Record<string, GazCategory> = {
  FirstName: 'first',
  MaleName: 'first',
  FemaleName: 'first',
  LastName: 'last',
  Person: 'person',
  Country: 'country',
  City: 'city',
  Region: 'region',
  Organization: 'org',
  Company: 'org',
  SportsTeam: 'team',
  Demonym: 'demonym',
  Honorific: 'title',
};

/**
 * Lexicon tags a given name may also have: names, and singular nouns, which the lexicon
 * gives some names ("gail", "christian") and which the training text's ordinary words sort out
 * ("hope", "bank"). A word the lexicon also knows by any other tag is a place, a body, a verb, an
 * adjective or a function word ("paris", "ford", "said", "young", "may").
 */
const NAME_OR_NOUN_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'ProperNoun',
  'Noun',
  'Singular',
  'Uncountable',
  'Actor',
]);
/**
 * Lists whose words are not added as given names: places, bodies, designators, titles, months, and
 * surnames ("Palmer House" is a building as often as "Palmer" starts a person's name).
 */
const NOT_GIVEN: readonly GazCategory[] = GAZ_CATEGORIES.filter(c => c !== 'first' && c !== 'person');

interface GazetteerSources {
  /** Given names for the rules (`RULE_GIVEN_NAMES`), unless they are also ordinary words, places or surnames. */
  givenNames?: readonly string[];
  /**
   * Words the training text shows to be something else: written mostly in lower case ("hope",
   * "bank"), or capitalised but mostly outside people's names ("West", "Nations"). Never added as names.
   */
  notNames?: ReadonlySet<string>;
}

/** How many of the given names were added, and how many left out as ordinary words, places or surnames. */
interface NameFilterCounts {
  added: number;
  dropped: number;
}

type Lexicon = Record<string, string | string[]>;

type Lists = Partial<Record<GazCategory | typeof RULE_GIVEN_NAMES, string[]>>;

export function buildGazetteerLists(sources: GazetteerSources = {}): { lists: Lists; counts: NameFilterCounts } {
  const lists: Lists = {};
  const add = (cat: GazCategory, phrase: string) => (lists[cat] ??= []).push(phrase.toLowerCase().trim());
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  for (const [phrase, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const cat = FROM_LEXICON[tag];
      if (cat) add(cat, phrase);
    }
  }
  for (const w of ORG_WORDS.split(' ')) add('orgWord', w);
  for (const w of LOC_WORDS.split(' ')) add('locWord', w);
  for (const w of TITLES.split(' ')) add('title', w);
  for (const w of CALENDAR.split(' ')) add('calendar', w);
  for (const w of EVENT_WORDS.split(' ')) add('eventWord', w);
  for (const cat of Object.keys(lists) as GazCategory[]) lists[cat] = [...new Set(lists[cat])].sort();
  const counts = addGivenNames(lists, lexicon, sources);
  return { lists, counts };
}

/**
 * The rules' given names: those that are hardly anything but given names. Not on the lexicon's lists
 * of given names already, nor a word of a place, body, designator, title or surname on the lists
 * ("paris", "kong", "palmer"), nor a word the lexicon knows as anything but a name or a noun ("may",
 * "said", "young", "ford"), nor a word the training text shows to be something else (`notNames`).
 */
function addGivenNames(lists: Lists, lexicon: Lexicon, { givenNames, notNames }: GazetteerSources): NameFilterCounts {
  const counts: NameFilterCounts = { added: 0, dropped: 0 };
  const known = new Set(lists.first);
  const taken = new Set(NOT_GIVEN.flatMap(cat => (lists[cat] ?? []).flatMap(phrase => phrase.split(' '))));
  const ambiguous = (name: string) => {
    if (taken.has(name) || notNames?.has(name)) return true;
    const tags = Object.prototype.hasOwnProperty.call(lexicon, name) ? lexicon[name] : [];
    return (Array.isArray(tags) ? tags : [tags]).some(tag => !NAME_OR_NOUN_TAGS.has(tag));
  };
  const added: string[] = [];
  for (const name of new Set(givenNames)) {
    if (known.has(name)) continue;
    if (ambiguous(name)) counts.dropped++;
    else added.push(name);
  }
  counts.added = added.length;
  if (added.length > 0) lists[RULE_GIVEN_NAMES] = added.sort();
  return counts;
}
