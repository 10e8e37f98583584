import { Span } from '../types';
import { Token } from '../text/tokenize';
import { capitalised, isNameWord, NAME_PARTICLES, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { Gazetteer, PERSON_NAME_BITS, categoryBit as bit } from './gazetteer';
import type { RuleCue } from './ruleCues';
import { namesListedPlace } from './rules-listed';

// Rules on people's names: a name that starts with a given name or a title is a person's, and a title is
// no part of one (offices: rules-offices.ts).

const FIRST_BIT = bit('first');
const TITLE_BIT = bit('title');

/** Bits that make a word more than a given name: places, bodies, designators, events. */
const NOT_PERSON_BITS =
  bit('country') |
  bit('city') |
  bit('region') |
  bit('org') |
  bit('team') |
  bit('orgWord') |
  bit('locWord') |
  bit('eventWord') |
  bit('demonym') |
  bit('calendar');

/**
 * Whether a lower-cased word may be part of a person's name: it is no place, body, designator, event,
 * nationality or month, and no ordinary word. (Each caller tests the word's capitals its own way.)
 */
export function mayBeInPersonName(ctx: FeatureContext, lower: string): boolean {
  return mayBeSurname(ctx, lower) && !ctx.lowerWords.has(lower);
}

/** Whether a lower-cased word may be a surname after a given name: ordinary words may ("Ann Brown"). */
export function mayBeSurname(ctx: FeatureContext, lower: string): boolean {
  return (ctx.gazetteer.word(lower) & NOT_PERSON_BITS) === 0;
}

/** Whether a name read as a person is one word that no list of people's names holds ("Datavex/PER"). */
export function unlistedPersonWord(ctx: FeatureContext, tokens: Token[], f: number, span: Span): boolean {
  return (
    span.type === 'PER' &&
    tokens[f].end === span.end &&
    (ctx.gazetteer.word(tokens[f].text.toLowerCase()) & PERSON_NAME_BITS) === 0
  );
}

/** Whether a lower-cased word is a listed given name and nothing more (no place, body ...). */
export function isGivenNameOnly(ctx: FeatureContext, lower: string): boolean {
  return givenNameOnly(ctx.gazetteer, lower);
}

const givenNameOnly = (gazetteer: Gazetteer, lower: string): boolean =>
  (gazetteer.word(lower) & (FIRST_BIT | NOT_PERSON_BITS)) === FIRST_BIT;

/** Rules that need a capitalised word for which `isGivenNameOnly` holds act only on a sentence with one. */
export const GIVEN_NAME_CUE: RuleCue = {
  test: (text, lower, gazetteer) => capitalised(text) && givenNameOnly(gazetteer, lower),
};

/**
 * Virtues given as names ("Mercy", "Comfort", "Blessing"), common in West and East Africa and in
 * English-speaking families, which the given names' list leaves out as everyday words.
 */
const VIRTUE_NAMES = new Set([
  ...['mercy', 'comfort', 'faith', 'grace', 'hope', 'patience', 'blessing', 'precious', 'gift', 'charity'],
  ...['joy', 'prudence', 'constance', 'chastity', 'favour', 'goodness', 'peace', 'loveness', 'memory'],
]);

/**
 * "Tarja Velkonen/ORG" -> PER: a name of two or three capitalised words that starts with a listed
 * given name or a compound of them ("Anne-Tarja"), or a virtue's before surnames no list holds ("Mercy
 * Chebet-Rotich"), and has no other word that is a place, a body, a designator or an ordinary word (a
 * surname's particle inside it aside: "De", "Da", "Van"), is a person. It runs before `retypeByHeadWord`,
 * so a name ending in a place word is still a place. Not a listed place's whole name ("Mato Grosso",
 * "George Town"), nor a place read right after "in" or "near" ("based in Batu Kawan").
 */
export function retypeGivenNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const listed = (name: string) => isGivenNameOnly(ctx, name);
  spans.forEach((span, k) => {
    if (span.type !== 'ORG' && span.type !== 'LOC') return;
    const f = first[k];
    if (span.type === 'LOC' && (tokens[f - 1]?.text === 'in' || tokens[f - 1]?.text === 'near')) return;
    const l = tokenEnd(tokens, f, span) - 1;
    if (l === f || l - f > 2) return;
    const given = tokens[f].text.toLowerCase();
    const virtue = VIRTUE_NAMES.has(given);
    // A compound of given names counts as one ("Anne-Catherine", "Jean-Baptiste").
    if (!virtue && !listed(given) && !(given.includes('-') && given.split('-').every(listed))) return;
    for (let i = f + 1; i <= l; i++) {
      const lower = tokens[i].text.toLowerCase();
      // A surname's capitalised particle ("Giulia De Santis", "Ana Da Costa") is an ordinary word elsewhere.
      if (i < l && NAME_PARTICLES.has(lower) && titleCase(tokens[i].text)) continue;
      if (!titleCase(tokens[i].text) || !mayBeInPersonName(ctx, lower)) return;
      // After a virtue's name only surnames no list holds: "Grace Park", "Hope Hall" are other names.
      if (virtue && ctx.gazetteer.word(lower) !== 0) return;
    }
    if (namesListedPlace(ctx.gazetteer, tokens, f, span.end)) return;
    span.type = 'PER';
  });
}

/** "Colonel", "Col.": a capital then a lower-case letter (ASCII tested by code). */
export function titleCase(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return /^\p{Lu}\p{Ll}/u.test(text);
}

/** Whether a lower-cased word is a title or rank written before names ("colonel", "brigadier"). */
export const isTitle = (ctx: FeatureContext, lower: string) =>
  (ctx.gazetteer.word(lower) & TITLE_BIT) !== 0 || RANKS.has(lower);

/** Office titles that follow the name of the body they belong to and, unlike "King" or "Bishop", are no surnames. */
const OFFICE_TITLES = new Set([
  'administrator',
  'ambassador',
  'chair',
  'chairman',
  'chairperson',
  'chairwoman',
  'commissioner',
  'director',
  'envoy',
  'governor',
  'mayor',
  'premier',
  'minister',
  'secretary',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'treasurer',
]);

/**
 * Lower-case nouns for posts only people hold, and for kin, written right before the person's name
 * ("opposition leader ...", "her husband ...").
 */
const ROLE_NOUNS = new Set([
  'leader',
  'president',
  'premier',
  'chancellor',
  'commander',
  'manager',
  'coach',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'winger',
  // Other sports' competitors: "Dutch rider Harl Tarvell", "Mexican driver Ana Velk".
  'rider',
  'driver',
  'cyclist',
  'sprinter',
  'swimmer',
  'golfer',
  'jockey',
  'boxer',
  'batsman',
  'bowler',
  'teammate',
  // Family: "whose father Harl Tarvell founded", "her husband Velko Brask".
  'father',
  'mother',
  'son',
  'daughter',
  'husband',
  'wife',
  'widow',
  'brother',
  'sister',
  'uncle',
  'aunt',
  'nephew',
  'niece',
  'cousin',
  'grandson',
  'granddaughter',
  'grandfather',
  'grandmother',
  ...OFFICE_TITLES,
]);

/** Verbs before "by" whose agent is mostly a person ("a party led by ..."). */
const LED = new Set(['led', 'headed', 'chaired', 'founded', 'coached']);

/** Words that open the noun phrase of a post set before a person's name by a comma ("the director of the institute, ..."). */
const ROLE_DETERMINERS = new Set(['the', 'The', 'its', 'Its', 'his', 'her', 'their', 'His', 'Her', 'Their']);
/** Most words between the post's determiner and the comma. */
const MAX_ROLE_PHRASE = 6;

/**
 * Whether the name at token `f` stands between commas (or a comma and the sentence's end) after a noun
 * phrase headed by a post ("The director of the institute, Ann Tarvell, said"): "the" or a possessive
 * pronoun, the post's noun, then lower-case words only.
 */
function afterRoleApposition(tokens: Token[], f: number, span: Span): boolean {
  if (f < 3 || tokens[f - 1].text !== ',') return false;
  const after = tokens[tokenEnd(tokens, f, span)]?.text;
  if (after !== undefined && after !== ',' && after !== '.') return false;
  for (let i = f - 2; i > 0 && f - 1 - i <= MAX_ROLE_PHRASE; i--) {
    const word = tokens[i].text;
    if (ROLE_NOUNS.has(word) && ROLE_DETERMINERS.has(tokens[i - 1].text)) return true;
    if (!/^\p{Ll}+$/u.test(word)) return false;
  }
  return false;
}

/**
 * "opposition leader Aung Tarvell Suu/LOC", "the opposition led by Raila Tarvell/ORG" -> PER: a name of
 * two to four capitalised words right after a lower-case noun for a post that only a person holds, or
 * after "led by", "headed by", "founded by" …, or set by commas after a post's noun phrase ("the
 * director of the institute, Ann Tarvell, said"), none of the words a title, place, body, designator or
 * ordinary word, is the person holding it (news puts the post before the name).
 */
export function retypeNamesAfterRoles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    if ((span.type !== 'ORG' && span.type !== 'LOC') || f === 0) return;
    // After "led by" the whole name must end there: "led by Velk Deputy/ORG Secretary Ann Lee" is a title.
    const ledBy =
      f > 1 &&
      tokens[f - 1].text === 'by' &&
      LED.has(tokens[f - 2].text) &&
      !isNameWord(tokens[tokenEnd(tokens, f, span)]);
    if (!ledBy && !ROLE_NOUNS.has(tokens[f - 1].text) && !afterRoleApposition(tokens, f, span)) return;
    // After "led by" not an abbreviation ("led by U.S. Deputy ..."): a person's name is written in full.
    let end = personWordsEnd(ctx, tokens, f, span.end, !ledBy);
    if (end < 0) end = givenNameAndSurnamesEnd(ctx, tokens, f, span.end);
    if (end - f >= 2 && end - f <= 4) span.type = 'PER';
  });
}

/** Place and body words no surname shares: heads of bodies and places, events, nationalities, months. */
const NOT_SURNAME_BITS = bit('orgWord') | bit('locWord') | bit('eventWord') | bit('demonym') | bit('calendar');

/**
 * One past the last token of the words from token `from` to offset `end`, when the first is a listed
 * given name, even an everyday word ("Comfort", "Grace"), and the rest capitalised words that head no
 * body or place, even a town's name ("Raúl Mendoza Terrazas"): after a post, a person's name; -1 otherwise.
 */
function givenNameAndSurnamesEnd(ctx: FeatureContext, tokens: Token[], from: number, end: number): number {
  const gaz = ctx.gazetteer;
  if ((gaz.word(tokens[from].text.toLowerCase()) & FIRST_BIT) === 0) return -1;
  let i = from + 1;
  for (; i < tokens.length && tokens[i].end <= end; i++) {
    const lower = tokens[i].text.toLowerCase();
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text) || gaz.word(lower) & NOT_SURNAME_BITS || isTitle(ctx, lower)) return -1;
  }
  return i;
}

/**
 * One past the last token of the words from token `from` to offset `end`, when each is a capitalised
 * word that may be in a person's name and is no title (with a full stop in it only if `abbreviated`),
 * or a name's particle between two of them; -1 otherwise.
 */
export function personWordsEnd(
  ctx: FeatureContext,
  tokens: Token[],
  from: number,
  end: number,
  abbreviated: boolean,
): number {
  let i = from;
  for (; i < tokens.length && tokens[i].end <= end; i++) {
    // A particle between two of its words ("Alexandre de Moraes").
    if (i > from && NAME_PARTICLES.has(tokens[i].text) && tokens[i + 1]?.end <= end) continue;
    const lower = tokens[i].text.toLowerCase();
    if (!/^\p{Lu}/u.test(tokens[i].text) || !mayBeInPersonName(ctx, lower) || isTitle(ctx, lower)) return -1;
    if (!abbreviated && lower.includes('.')) return -1;
  }
  return i;
}

/**
 * Ranks, posts and clergy written before a name that the name lists' titles leave out ("Brigadier",
 * "Coroner", "Professor", "Rabbi", an American council's or legislature's "Councilwoman", "Assemblyman",
 * a firm's "General Manager" or "Chief Operating Officer"), and the words that only qualify a title
 * after them ("Rear Admiral", "Vice President", "Managing Director", "Chief Financial Officer").
 */
const RANKS = new Set([
  // Officials of a match ("Referee Ana Ruiz sent off").
  ...['referee', 'umpire'],
  // Honorifics of parliaments and of chiefly and royal rank ("Honourable", "Ratu", "Datuk", "Dame"),
  // and a Burmese woman's ("Daw Ann Lee").
  ...['honourable', 'honorable', 'ratu', 'datuk', 'tun', 'dame', 'daw'],
  // A councillor as British, Irish and Australian papers abbreviate the title ("Cllr Ann Lee", "Cr Ann
  // Lee"); a university's provost.
  ...['cllr', 'cllr.', 'cr', 'provost'],
  // An Irish police officer's rank ("Garda Ann Lee"), a school's head and a pathologist giving evidence.
  ...['garda', 'headteacher', 'headmaster', 'headmistress', 'principal', 'pathologist'],
  // An engineer's and an attorney's titles as Philippine papers write them ("Engr. Ann Lee", "Atty. Ann Lee").
  ...['engr.', 'atty.'],
  // A French or Belgian lawyer's title, as translated copy keeps it ("Maître Ann Lee").
  ...['maître', 'maitre'],
  // A prime minister as headlines and Asian papers abbreviate the title ("PM Ann Lee"); a lawyer's
  // title as West African papers write it ("Barrister Ann Lee").
  'pm',
  'barrister',
  'adviser',
  'advisor',
  'alderman',
  'alderwoman',
  'archbishop',
  'assemblyman',
  'assemblywoman',
  'assemblymember',
  'ayatollah',
  'brigadier',
  'cardinal',
  'commander',
  'commodore',
  'constable',
  'coroner',
  'congressman',
  'congresswoman',
  'corporal',
  'councillor',
  'councilman',
  'councilmember',
  'councilwoman',
  'detective',
  'emperor',
  'executive',
  'father',
  'imam',
  'inspector',
  'magistrate',
  'manager',
  'marshal',
  'pastor',
  'professor',
  'officer',
  'prosecutor',
  'rabbi',
  'rev',
  'rev.',
  'reverend',
  // A member of a lower house ("Representative Ann Lee of Velmark").
  'representative',
  'selectman',
  'selectwoman',
  'sheriff',
  'speaker',
  'superintendent',
  'taoiseach',
  'undersecretary',
]);
export const TITLE_QUALIFIERS = new Set([
  ...['acting', 'assistant', 'deputy', 'field', 'rear', 'staff', 'supreme', 'vice'],
  // A firm's officers: "Managing Director", "Chief Operating Officer", "Head Coach".
  ...['financial', 'head', 'information', 'managing', 'marketing', 'operating', 'senior', 'technology'],
]);
/** Words that make an office only with "General" after them ("Attorney General", "Surgeon General"). */
export const GENERAL_OFFICES = new Set([
  'adjutant',
  'attorney',
  'auditor',
  'paymaster',
  'postmaster',
  'solicitor',
  'surgeon',
]);

/** Whether a lower-cased word is a title, rank or office title ("colonel", "rabbi", "treasurer"). */
export const isAnyTitle = (ctx: FeatureContext, lower: string): boolean => isTitle(ctx, lower) || isOfficeTitle(lower);

/**
 * Whether a lower-cased word is an office title, also written with "General" after a hyphen
 * ("secretary-general", "director-general", "attorney-general").
 */
export function isOfficeTitle(lower: string): boolean {
  if (OFFICE_TITLES.has(lower)) return true;
  if (!lower.endsWith('-general')) return false;
  const office = lower.slice(0, -'-general'.length);
  return OFFICE_TITLES.has(office) || GENERAL_OFFICES.has(office);
}

/** The words `isOfficeTitle` holds for, and the offices written before "General". */
export const OFFICE_TITLE_WORDS: readonly string[] = [...OFFICE_TITLES, ...GENERAL_OFFICES].flatMap(office => [
  office,
  `${office}-general`,
]);
/** Rules that need an office's title (`isOfficeTitle`, an office before "General") act only on a sentence with one. */
export const OFFICE_TITLE_CUE: RuleCue = { words: OFFICE_TITLE_WORDS };
/** Rules that need a title (`isAnyTitle`, `titleWordsAt`) act only on a sentence with one. */
export const TITLE_CUE: RuleCue = { words: [...RANKS, ...OFFICE_TITLE_WORDS], bits: TITLE_BIT };

/** Titles written as capitals ("PM"), which `titleCase` does not take. */
const ABBREVIATED_TITLES = new Set(['PM']);

/**
 * The number of title words from token `i` on, if each is written as a title ("Colonel", "Col."), or 0:
 * titles in capitals are a headline's or a name's ("MS Windows"), but for abbreviations written so ("PM").
 */
export function writtenTitlesAt(ctx: FeatureContext, tokens: Token[], i: number, end: number): number {
  const n = titleWordsAt(ctx, tokens, i, end);
  for (let t = i; t < i + n; t++) if (!titleCase(tokens[t].text) && !ABBREVIATED_TITLES.has(tokens[t].text)) return 0;
  return n;
}

/** The number of title words from token `i` on ("Rear Admiral", "Colonel", "Chairman"), 0 if none. */
export function titleWordsAt(ctx: FeatureContext, tokens: Token[], i: number, end: number): number {
  let n = 0;
  for (; i + n < tokens.length && tokens[i + n].end <= end; n++) {
    const lower = tokens[i + n].text.toLowerCase();
    if (isAnyTitle(ctx, lower)) continue;
    const next = tokens[i + n + 1];
    if (GENERAL_OFFICES.has(lower) && next?.text === 'General' && next.end <= end) continue;
    // A qualifier counts only before the title it qualifies.
    if (!TITLE_QUALIFIERS.has(lower) || !next || next.end > end) break;
    if (titleWordsAt(ctx, tokens, i + n + 1, end) === 0) break;
  }
  return n;
}

/** Lower-case nouns for the holder of an award ("Tarnel laureate", "Velk winner"). */
const AWARD_HOLDERS = new Set(['laureate', 'laureates', 'winner', 'winners', 'nominee', 'nominees']);

/**
 * "Velk/PER winner Ann Lee" -> "Velk/MISC": a one-word name read as a person right before a lower-case
 * word for an award's holder and then a capitalised name is the award ("Nobel laureate ...", "Oscar
 * winner ..."; "Oscar" is a given name too): the person is the name after it.
 */
export function retypeAwards(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (span.type !== 'PER' || tokens[f].end !== span.end || f + 2 >= tokens.length) continue;
    if (AWARD_HOLDERS.has(tokens[f + 1].text) && /^\p{Lu}/u.test(tokens[f + 2].text)) span.type = 'MISC';
  }
}
