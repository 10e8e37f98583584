// Builds the name lists compiled into the entity model from open-licence packages (compromise's
// lexicon, MIT) plus short hand-written lists of designator and title words.
import nlp from 'compromise';
import { GazCategory } from '../src/core/ner/gazetteer';

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

export function buildGazetteerLists(): Partial<Record<GazCategory, string[]>> {
  const lists: Partial<Record<GazCategory, string[]>> = {};
  const add = (cat: GazCategory, phrase: string) => (lists[cat] ??= []).push(phrase.toLowerCase().trim());
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one
    .lexicon;
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
  return lists;
}
