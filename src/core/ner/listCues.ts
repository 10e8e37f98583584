import { EntityType } from '../types';

/**
 * Names listed as examples of a kind: "bands such as Velka Drive, Harl and The Tarns", "companies
 * like Velkom and Tarnair", "Velka Drive, Harl and other bands". The kind types every name in the
 * list, which the model reads one name at a time by its look (a band named like a place reads as
 * one). Only plural nouns that name one kind of thing count: "artists" and "acts" list people and
 * bands alike, "players" people in a team and firms in a market.
 */
const KINDS = new Map<string, EntityType>();
function kinds(type: EntityType, words: string): void {
  for (const w of words.split(/\s+/)) if (w) KINDS.set(w, type);
}
kinds(
  'ORG',
  `bands groups companies firms corporations conglomerates labels clubs teams newspapers magazines
  broadcasters banks lenders insurers airlines retailers supermarkets chains manufacturers carmakers automakers
  publishers studios orchestras universities colleges parties charities agencies organisations organizations
  institutions unions federations leagues outlets`,
);
kinds(
  'LOC',
  `cities towns villages countries nations states provinces regions islands capitals municipalities districts
  counties suburbs communes boroughs`,
);
kinds('PER', `singers actors actresses politicians writers authors novelists leaders footballers`);

/** One listed name: capitalised words, with "of", "de", "the" or "&" between them, maybe after "the". */
const ITEM = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*(?:\s+(?:(?:of|de|the|&)\s+)?\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*)*`;
/** Between listed names: a comma (maybe with "and" / "or"), or "and" / "or". */
const BETWEEN = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)`;

/** Before a name: "<kind> such as / like / including" (a comma may come after the kind), then the names listed before it. */
const LISTED_BEFORE = new RegExp(
  String.raw`(?:^|\s)(\p{L}\p{Ll}*),?\s+(?:such\s+as|like|including|include|includes|included)\s+(?:${ITEM}${BETWEEN})*$`,
  'u',
);
/** After a name: the names listed after it, then "and (several) other <kind>". */
const LISTED_AFTER = new RegExp(
  String.raw`(?:${BETWEEN}${ITEM})*\s*,?\s+(?:and|or)\s+(?:(?:several|many|some|numerous|various)\s+)?other\s+(\p{Ll}+)`,
  'uy',
);

/** A possessive right after a name, or after one more word of it. */
const POSSESSIVE_AFTER = /(?:\s*[\p{L}\p{M}\p{N}-]+)?\s*['’]s(?![\p{L}\p{N}])/uy;

const LIST_WORD_ENDS = new Set([...',segdr'].map(c => c.charCodeAt(0)));

/**
 * The type the kind of a list gives the name at [`start`, `end`) in `text`, from the words before it
 * and after it.
 */
export function listedType(text: string, start: number, end: number): EntityType | undefined {
  // Cheap tests first: the words that start a list before the name; after it, a list goes on with a
  // comma, "and" or "or", and ends with "other".
  let type: EntityType | undefined;
  let before = start - 1;
  while (before > 0 && text.charCodeAt(before) === 32) before--;
  // A list's words before a name end in one of these: ",", "(a)s", "(lik)e", "(includin)g", "(an)d", "(o)r".
  if (
    LIST_WORD_ENDS.has(text.charCodeAt(before)) &&
    (text.lastIndexOf('like', start) >= 0 ||
      text.lastIndexOf('such', start) >= 0 ||
      text.lastIndexOf('includ', start) >= 0)
  ) {
    const m = LISTED_BEFORE.exec(text.slice(0, start));
    type = m ? KINDS.get(m[1].toLowerCase()) : undefined;
  }
  if (!type) {
    let next = end;
    while (text.charCodeAt(next) === 32) next++;
    const c = text.charCodeAt(next);
    if (c !== 44 && c !== 97 && c !== 111) return undefined; // ",", "a(nd)", "o(r)"
    const rest = text.indexOf('other', end);
    if (rest < 0 || rest - end > 200) return undefined;
    LISTED_AFTER.lastIndex = end;
    const m = LISTED_AFTER.exec(text);
    type = m ? KINDS.get(m[1]) : undefined;
  }
  // "organisations like Velka Harl's militia" list what Velka Harl has, not Velka Harl.
  POSSESSIVE_AFTER.lastIndex = end;
  return type && !POSSESSIVE_AFTER.test(text) ? type : undefined;
}
