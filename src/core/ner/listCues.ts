import { EntityType } from '../types';

/**
 * Names listed as examples of a kind: "bands such as Velka Drive, Harl and The Tarns", "companies
 * like Velkom and Tarnair", "Velka Drive, Harl and other bands". The kind types every name in the
 * list, which the model reads one name at a time by its look (a band named like a place reads as
 * one). Only plural nouns that name one kind of thing count: "artists" and "acts" list people and
 * bands alike.
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
kinds('LOC', `cities towns villages countries nations states provinces regions islands capitals`);
kinds('PER', `singers actors actresses politicians writers authors novelists leaders players footballers`);

/** One listed name: capitalised words, with "of", "de", "the" or "&" between them, maybe after "the". */
const ITEM = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*(?:\s+(?:(?:of|de|the|&)\s+)?\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*)*`;
/** Between listed names: a comma (maybe with "and" / "or"), or "and" / "or". */
const BETWEEN = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)`;

/** Before a name: "<kind> such as / like / including", then the names listed before it. */
const LISTED_BEFORE = new RegExp(
  String.raw`(?:^|\s)(\p{L}\p{Ll}*)\s+(?:such\s+as|like|including|include|includes|included)\s+(?:${ITEM}${BETWEEN})*$`,
  'u',
);
/** After a name: the names listed after it, then "and (several) other <kind>". */
const LISTED_AFTER = new RegExp(
  String.raw`(?:${BETWEEN}${ITEM})*\s*,?\s+(?:and|or)\s+(?:(?:several|many|some|numerous|various)\s+)?other\s+(\p{Ll}+)`,
  'uy',
);

/** A possessive right after a name, or after one more word of it. */
const POSSESSIVE_AFTER = /(?:\s*[\p{L}\p{M}\p{N}-]+)?\s*['’]s(?![\p{L}\p{N}])/uy;

/**
 * The type the kind of a list gives a name in it, looking at `before` (the text right before the name)
 * and from `end` in `text` (right after it).
 */
export function listedType(before: string, text: string, end: number): EntityType | undefined {
  // "organisations like Velka Harl's militia" list what Velka Harl has, not Velka Harl.
  POSSESSIVE_AFTER.lastIndex = end;
  if (POSSESSIVE_AFTER.test(text)) return undefined;
  // Cheap tests first: the words that start a list before the name, "other" after it.
  if (/such\s+as|like|includ/.test(before)) {
    const m = LISTED_BEFORE.exec(before);
    const type = m && KINDS.get(m[1].toLowerCase());
    if (type) return type;
  }
  const rest = text.indexOf('other', end);
  if (rest < 0 || rest - end > 200) return undefined;
  LISTED_AFTER.lastIndex = end;
  const m = LISTED_AFTER.exec(text);
  return m ? KINDS.get(m[1]) : undefined;
}
