// Synthetic sports-report sentences for training. News names clubs after their home town
// ("Leeds beat Chelsea 2-1"): such a club is an organisation, while the town as a venue is a place
// and a country's national side is a place. The training corpora have almost no sport, so the
// model would otherwise always call these names places. Templates are written for this project;
// names come from the compiled gazetteer lists.

interface SyntheticSentence {
  words: string[];
  tags: string[];
}

type Slot = { kind: 'club' | 'country' | 'venue' | 'person' | 'dateline' };
type Part = string | Slot;

const club: Slot = { kind: 'club' };
const country: Slot = { kind: 'country' };
const venue: Slot = { kind: 'venue' };
const person: Slot = { kind: 'person' };
/** A dateline's town, in capitals: a place, although it too is followed by numbers. */
const dateline: Slot = { kind: 'dateline' };

const TEMPLATES: Part[][] = [
  [club, '#', club, '#'],
  [club, '#', club, '#', '(', 'halftime', '#-#', ')'],
  [club, '#', '#', '#', '#', '#', '#', '#'],
  [club, '#', '#', '.#', '-'],
  [club, 'beat', club, '#-#', 'on', 'Saturday', '.'],
  [club, 'drew', '#-#', 'with', club, 'in', venue, '.'],
  [club, 'lost', '#-#', 'at', 'home', 'to', club, '.'],
  [person, 'scored', 'twice', 'as', club, 'beat', club, '#-#', '.'],
  [person, 'hit', 'a', 'home', 'run', 'for', club, 'against', club, '.'],
  [club, 'striker', person, 'was', 'sent', 'off', 'in', 'the', 'second', 'half', '.'],
  ['At', venue, ':', club, '#', club, '#'],
  [club, 'are', 'top', 'of', 'the', 'table', 'after', 'beating', club, '.'],
  [club, 'extended', 'their', 'lead', 'over', club, 'to', '#', 'points', '.'],
  [country, 'beat', country, 'by', '#', 'wickets', 'in', venue, '.'],
  [country, 'drew', '#-#', 'with', country, 'in', 'a', 'World', 'Cup', 'qualifier', '.'],
  ['Soccer', '-', club, 'beat', club, '.'],
  ['Baseball', '-', club, 'win', 'in', venue, '.'],
  [person, '(', country, ')', '#', '#', '#'],
  [club, 'manager', person, 'said', ':', '"', 'We', 'deserved', 'it', '.', '"'],
  [dateline, '####-##-##'],
  [dateline, '#', '-', 'Police', 'said', 'on', 'Monday', '.'],
  [dateline, '–', 'Officials', 'met', person, 'on', 'Sunday', '.'],
  [dateline, ',', 'Oct', '#', '-', 'Shares', 'rose', '#.#', 'percent', '.'],
  ['The', 'match', 'between', club, 'and', club, 'was', 'played', 'in', venue, '.'],
  // Cricket and other scorecards, where counties and towns stand for their teams.
  [club, '#', 'and', '#-#', '(', person, '#', ')'],
  [club, 'beat', club, 'by', '#', 'runs', '.'],
  [club, 'beat', club, 'by', 'an', 'innings', 'and', '#', 'runs', '.'],
  ['At', venue, ':', club, '#', '(', person, '#', ')', 'v', club, '.'],
  [club, 'v', club, '(', 'at', venue, ')'],
  [person, 'took', '#', 'wickets', 'for', club, '.'],
  [club, 'captain', person, 'won', 'the', 'toss', '.'],
];

interface NameLists {
  places: string[];
  countries: string[];
  first: string[];
  last: string[];
  teams: string[];
}

const titleCase = (phrase: string) =>
  phrase.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** `count` sentences from the templates; `random` must be seeded for reproducible models. */
export function sportsSentences(lists: NameLists, count: number, random: () => number): SyntheticSentence[] {
  const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)];
  const digits = (s: string) => s.replace(/#/g, () => String(Math.floor(random() * 10)));
  const out: SyntheticSentence[] = [];
  for (let k = 0; k < count; k++) {
    const words: string[] = [];
    const tags: string[] = [];
    for (const part of TEMPLATES[Math.floor(random() * TEMPLATES.length)]) {
      if (typeof part === 'string') {
        words.push(digits(part));
        tags.push('O');
        continue;
      }
      let name: string;
      let type: string;
      if (part.kind === 'club') {
        name = random() < 0.8 ? pick(lists.places) : pick(lists.teams);
        type = 'ORG';
      } else if (part.kind === 'person') {
        name = random() < 0.3 ? pick(lists.last) : `${pick(lists.first)} ${pick(lists.last)}`;
        type = 'PER';
      } else {
        name = part.kind === 'country' ? pick(lists.countries) : pick(lists.places);
        type = 'LOC';
      }
      (part.kind === 'dateline' ? name.toUpperCase() : titleCase(name)).split(' ').forEach((w, i) => {
        words.push(w);
        tags.push(`${i === 0 ? 'B' : 'I'}-${type}`);
      });
    }
    out.push({ words, tags });
  }
  return out;
}
