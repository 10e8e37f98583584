/**
 * What only a body has, around its name or in it: the name says by itself or by the words next to it
 * that it is an organisation ("Velka Corp.", "Velka news agency", "Tarnby-based Velka", "Velka's chief
 * executive", "shares of Velka", "Velka was founded"). Part of the defining contexts (`cues.ts`).
 */
import { EntityType, Span } from '../types';
import { COMPANY_ENDINGS } from './nameHeads';

/** A name's last word after its first, lower-cased ("corp." of "Velka Corp."), or '' for a name of one word. */
function lastWord(text: string, start: number, end: number): string {
  const space = text.lastIndexOf(' ', end - 1);
  return space < start ? '' : text.slice(space + 1, end).toLowerCase();
}

/** The body type (ORG) such a context gives the name at [start, end) read as `type` (not MISC), if any. */
export function bodyCueType(text: string, start: number, end: number, type: Span['type']): EntityType | undefined {
  // "chip designer Velka Corp.", "Velka Semiconductor": a name ending in a company's legal form or
  // trade says what it is itself (not a legal form alone: "SA", "CO" are also states).
  if (COMPANY_ENDINGS.has(lastWord(text, start, end))) return 'ORG';
  return (
    outletType(text, start, end) ??
    basedType(text, start) ??
    possessorType(text, end) ??
    stockType(text, start, end, type) ??
    foundedType(text, end, type) ??
    employerType(text, start, end) ??
    officerType(text, end)
  );
}

/** After a name: a firm's officer and the officer's name ("Velka chief executive Ann Lee said"). */
const OFFICER_AFTER =
  / (?:chief executive(?: officer)?|CEO|chief (?:financial|operating) officer|CFO|managing director) \p{Lu}/uy;

/**
 * "Velka chief executive Ann Lee": a name right before a company's officer and the officer's name is the
 * company (ORG). States have presidents and mayors, not chief executives.
 */
function officerType(text: string, end: number): EntityType | undefined {
  // Cheap test before the pattern: a space, then "c", "C" or "m".
  const c = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || (c !== 99 && c !== 67 && c !== 109)) return undefined;
  OFFICER_AFTER.lastIndex = end;
  return OFFICER_AFTER.test(text) ? 'ORG' : undefined;
}

/**
 * After a name: a news outlet's describing noun, perhaps after the field it covers, then not another
 * name ("Velka news agency said", "the Velka business daily", "Le Soir newspaper reported"; not "the
 * Tarnby daily Velka Post", where the place says where).
 */
const OUTLET_FIELDS = ['business', 'financial', 'economic', 'sports'];
const OUTLET_NOUNS = ['news agency', 'newspaper', 'newspapers', 'daily', 'weekly', 'magazine', 'tabloid'];
const OUTLET_AFTER = new RegExp(
  ` (?:(?:${OUTLET_FIELDS.join('|')}) )?(?:${OUTLET_NOUNS.join('|')})(?![\\p{L}\\p{N}-])(?![ \\t]+\\p{Lu})`,
  'uy',
);
/** The first letters of the words that may open OUTLET_AFTER, for a cheap test before it. */
const OUTLET_OPENINGS = new Set([...OUTLET_FIELDS, ...OUTLET_NOUNS].map(word => word.charCodeAt(0)));
/** Before a name: an article of one of many, perhaps with an adjective ("a Tarnby newspaper", "a major Tarnby daily" are ones from Tarnby). */
const INDEFINITE_BEFORE = /(?:^|\s)(?:an?|one|another|other|several|many|some|two|three)\s+(?:\p{Ll}+\s+)?$/iu;

/** "Velka news agency said": a name right before the noun of a news outlet is the outlet (ORG). */
function outletType(text: string, start: number, end: number): EntityType | undefined {
  // Cheap test before the pattern: a space, then the first letter of one of its words.
  if (text.charCodeAt(end) !== 32 || !OUTLET_OPENINGS.has(text.charCodeAt(end + 1))) return undefined;
  OUTLET_AFTER.lastIndex = end;
  if (!OUTLET_AFTER.test(text)) return undefined;
  return INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ? undefined : 'ORG';
}

/**
 * Before a name: a compound adjective saying where a body is based or who owns or runs it
 * ("Tarnby-based Velka", "state-owned Velka", "family-controlled Harl & Sons").
 */
const BASED_BEFORE = /[\p{L}\p{N}.]-(?:based|headquartered|owned|listed|controlled|run|backed|funded)\s+$/u;

/** "Tarnby-based Velka": a name right after such an adjective is a body (ORG). */
function basedType(text: string, start: number): EntityType | undefined {
  if (start < 8) return undefined;
  const c = text.charCodeAt(start - 2); // the adjective's last letter: cheap test before the pattern
  if (c !== 100 && c !== 110) return undefined; // "...d" or "...n"
  return BASED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ? 'ORG' : undefined;
}

/**
 * After a name: a possessive, then what only a company has ("Velka's chief executive", "Velka's
 * shareholders", "Velka's pre-tax profit", "Velka's head office"). People and places have leaders,
 * earnings and economies, but not a board, shareholders, a share price or a head office.
 */
const COMPANY_POSSESSIONS =
  / ?['’]s (?:(?:chief|group|deputy) (?:executive|financial|operating)|(?:board|shareholders|stockholders|subsidiary|subsidiaries|share price|stock price|pre-tax|pretax|net profit|operating profit|annual profit|quarterly profit|market capitalisation|market capitalization|head office|headquarters|managing director)(?![\p{L}\p{N}-]))/uy;

/** "Velka's chief executive": a name right before a company's possession is a company (ORG). */
function possessorType(text: string, end: number): EntityType | undefined {
  // Cheap test before the pattern: an apostrophe, or a space and then one.
  const c = text.charCodeAt(end) === 32 ? text.charCodeAt(end + 1) : text.charCodeAt(end);
  if (c !== 39 && c !== 8217) return undefined;
  COMPANY_POSSESSIONS.lastIndex = end;
  return COMPANY_POSSESSIONS.test(text) ? 'ORG' : undefined;
}

/** Nouns right after a company's name that say it is traded ("Velka shares rose", "per Velka share"). */
export const STOCK_NOUNS: ReadonlySet<string> = new Set(['shares', 'share', 'stock', 'shareholders', 'stockholders']);
/** Words after "shares" or "share" that make it the verb: "Ann Lee shares a flat", "shares in the blame". */
export const AFTER_THE_VERB: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these'],
  ...['those', 'some', 'much', 'no', 'in', 'with', 'it', 'them', 'him', 'what', 'how'],
]);

/**
 * After a name: its stock or shares ("Velka common stock", "Velka shares rose", "per Velka share",
 * "Velka shareholders"), not the verb ("Ann Lee shares a flat"); before it: shares of it ("shares of
 * Velka").
 */
const STOCK_AFTER = new RegExp(
  ` (?:common |preferred |ordinary )?(?:${[...STOCK_NOUNS].join('|')})(?![\\p{L}\\p{N}-])` +
    `(?! (?:${[...AFTER_THE_VERB].join('|')})(?![\\p{L}\\p{N}-]))`,
  'uy',
);
const SHARES_BEFORE = /(?:^|\s)(?:[Ss]hares|[Ss]tock|[Ss]take) (?:of|in) $/;

/**
 * "shares of Velka", "Velka common stock": a name whose stock is traded is a company (ORG). Only for
 * a name read as a person or body: places have stock markets ("Tarnby stocks", "shares in Velland").
 */
function stockType(text: string, start: number, end: number, type: Span['type']): EntityType | undefined {
  if (type !== 'PER' && type !== 'ORG') return undefined;
  // Cheap tests before the patterns: a space and the first letter of the words after, the last letter of "of" / "in".
  const c = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) === 32 && (c === 115 || c === 99 || c === 112 || c === 111)) {
    STOCK_AFTER.lastIndex = end;
    if (STOCK_AFTER.test(text)) return 'ORG';
  }
  const b = text.charCodeAt(start - 2);
  if (start < 10 || (b !== 102 && b !== 110)) return undefined;
  return SHARES_BEFORE.test(text.slice(start - 16 < 0 ? 0 : start - 16, start)) ? 'ORG' : undefined;
}

/** After a name: what happens to a body and never to a person ("Velka was founded", "Velka were formed"). */
const FOUNDED_AFTER =
  / (?:is|was|were|had been|has been) (?:founded|formed|established|incorporated|disbanded|dissolved|headquartered|taken over)(?![\p{L}\p{N}-])/uy;

/**
 * "Harl Caddo was founded in 1898": a name read as a person that is founded, formed, incorporated or
 * disbanded is a body (ORG). Places are founded too, so only a person's reading is corrected.
 */
function foundedType(text: string, end: number, type: Span['type']): EntityType | undefined {
  if (type !== 'PER' || text.charCodeAt(end) !== 32) return undefined;
  FOUNDED_AFTER.lastIndex = end;
  return FOUNDED_AFTER.test(text) ? 'ORG' : undefined;
}

/** Before a name: someone who works there and "at" ("an analyst at Velka", "a professor at Harl University"). */
const EMPLOYEE_AT =
  /(?:^|\s)(?:analysts?|economists?|strategists?|traders?|(?:portfolio|fund) managers?|bankers?|researchers?|professor|lecturer|scientists?|engineers?|executives?|partner|lawyers?|consultants?|director|head of (?!the )(?:[\p{L}-]+ ){0,2}[\p{L}-]+) at $/u;

const POSSESSIVE_AT = /^ ?['’]s/;
const PLACE_AFTER_COMMA = /^ ?, ?\p{Lu}/u;

/** A firm's offices before "of" and its name ("chief executive of Velka"); not a state's ("president of"). */
const OFFICE_OF =
  /(?:^|\s)(?:chief executive(?: officer)?|CEO|chairman|chairwoman|managing director|chief (?:financial|operating) officer|CFO|co-founder) of $/iu;

/**
 * "said Ann Lee, an analyst at Velka", "Ann Lee, chief executive of Velka": the name after a job and
 * "at", or a firm's office and "of", is the employer, a body (ORG), whatever it is named after. Wire
 * copy names a source's firm so, once, and the firm by name after.
 */
function employerType(text: string, start: number, end: number): EntityType | undefined {
  // Cheap test before the patterns: "at " or "of " right before the name.
  if (start < 8 || text.charCodeAt(start - 1) !== 32) return undefined;
  const at = text.charCodeAt(start - 2) === 116 && text.charCodeAt(start - 3) === 97;
  const of = text.charCodeAt(start - 2) === 102 && text.charCodeAt(start - 3) === 111;
  if (!at && !of) return undefined;
  // Not the owner of the employer's name ("a lecturer at Tarnby's university").
  if (POSSESSIVE_AT.test(text.slice(end, end + 3))) return undefined;
  const before = text.slice(Math.max(0, start - 48), start);
  if (at) return EMPLOYEE_AT.test(before) ? 'ORG' : undefined;
  // Not a town before its state ("chief executive of Tarnby, Velland-based Harlco").
  return OFFICE_OF.test(before) && !PLACE_AFTER_COMMA.test(text.slice(end, end + 4)) ? 'ORG' : undefined;
}
