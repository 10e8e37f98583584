import { EntityType, Span } from '../types';
import { listedType } from './listCues';
import { bodyCueType } from './bodyCues';
import { isSideInContext } from './teamCues';

/**
 * Defining contexts: a name that an article itself describes as a band, a company or a village
 * ("Kessler Brothers is an American rock band from ...", "the label Norvane", "Tarnby, a village in
 * ...") has that type in the whole article, whatever the model guessed elsewhere. Encyclopedic and
 * news prose introduce unfamiliar names this way; the model alone types such names by their look
 * (a surname-like word reads as a person, a town-like word as a place).
 */
const NOUNS = new Map<string, EntityType>();
function nouns(type: EntityType, words: string): void {
  for (const w of words.split(/\s+/)) if (w) NOUNS.set(w, type);
}
nouns(
  'ORG',
  `band group company firm corporation label club team university college newspaper magazine
  broadcaster channel party organisation organization agency bank chain retailer manufacturer maker airline
  studio publisher charity association federation league ministry council committee movement
  orchestra ensemble choir duo trio quartet supergroup conglomerate subsidiary insurer lender militia school
  faction newspapers bands companies labels clubs teams institute foundation society union franchise
  supermarket restaurant nightclub operator provider startup start-up brewery distillery automaker carmaker
  broadsheet tabloid daily weekly network outlet consortium cooperative cartel gang
  regiment squadron battalion brigade alliance coalition division arm unit watchdog regulator utility
  shipbuilder consultancy brand drugmaker chipmaker steelmaker planemaker toymaker truckmaker reinsurer
  refiner shipper portal grocer brokerage authority watchmaker hotline guild`,
);
nouns(
  'LOC',
  `village town city hamlet suburb municipality commune county district province region country
  nation island river lake mountain peninsula capital neighbourhood neighborhood borough settlement port
  valley archipelago villages towns cities state community area peak volcano stream creek tributary bay
  islet atoll stadium arena airport`,
);
nouns(
  'PER',
  `singer actor actress politician footballer player writer author novelist poet musician guitarist
  drummer bassist vocalist singer-songwriter rapper artist painter composer pianist journalist lawyer
  businessman businesswoman scientist physicist chemist economist historian philosopher boxer cyclist
  athlete priest sculptor architect mathematician inventor cricketer golfer swimmer wrestler jockey pitcher
  outfielder quarterback linebacker midfielder striker goalkeeper defender coach entrepreneur engineer
  designer photographer filmmaker comedian dancer activist diplomat soldier physician surgeon professor
  scholar linguist biologist botanist astronomer psychologist sociologist theologian missionary explorer
  aviator astronaut banker industrialist editor critic columnist presenter songwriter lyricist conductor
  violinist cellist saxophonist trumpeter keyboardist correspondent reporter spokesman spokeswoman
  spokesperson chairman chairwoman executive founder frontman frontwoman winger flanker fly-half scrum-half
  full-back fullback wicketkeeper wicket-keeper keeper skipper batsman bowler spinner paceman all-rounder
  officer official lock prop hooker director referee umpire driver farmer teacher student nurse doctor
  researcher lecturer mechanic pensioner`,
);

nouns(
  'MISC',
  `album albums song songs single singles film films movie movies novel novels book books opera
  musical sitcom soundtrack anthem hymn poem painting sculpture videogame game games car cars aircraft locomotive
  ship warship submarine newsletter language dialect tribe people award trophy tournament convention festival
  treaty programme documentary`,
);

/** A sentence opening with a preposition of place right before a name ("In Berlin, ..."). */
const FRONTED_PLACE = /(?:^|[.!?"“]\s+)(?:In|At|From|Near|Outside|Inside|Across)\s+$/;

/** A short clause closed by a comma and a capitalised word: a description of the name after it. */
const NAME_AFTER_CLAUSE = /^[^,.;:!?()"“”]{1,60},\s+\p{Lu}/u;

/** A lower-case "in" or "near" right before a name. */
const IN_OR_NEAR = /(?:^|[^\p{L}])(?:in|near)\s+$/u;

/** Words that end the description's noun phrase ("a band from", "a village near", "a firm owned by"). */
const PHRASE_END = new Set([
  'of',
  'in',
  'on',
  'at',
  'from',
  'for',
  'with',
  'by',
  'to',
  'near',
  'off',
  'along',
  'outside',
  'and',
  'or',
  'but',
  'who',
  'which',
  'that',
  'whose',
  'where',
  'based',
  'formed',
  'founded',
  'located',
  'situated',
  'known',
  'headquartered',
  'owned',
  'operated',
  'run',
  'established',
  'created',
  'started',
  'named',
  'called',
  'led',
  // Adjectives after the head ("the agency responsible for", "the body charged with").
  'responsible',
  'charged',
  'tasked',
]);

/**
 * After a name: ", a/an/the" or "is/was/are/were a/an/the", or a possessive name in their place (news
 * writes "Velkom, Tarnia's biggest lender, said"), or after a comma a possessive pronoun ("Ann Velk,
 * its chief executive, said"), then the description up to its head noun.
 */
const AFTER =
  /(,|\s+(?:is|was|are|were))\s+(?:a|an|one of the|the(?: \p{Ll}+\s?['’]s)?|(?<=,\s+)(?:its|their|his|her)|(?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,2}\p{Lu}[\p{L}\p{M}.-]*\s?['’]s)\s+/uy;
// A number may hold separators ("a 7,010-metre peak").
const NEXT = /\s*([\p{L}][\p{L}\p{M}-]*|\p{N}(?:[\p{N}\p{L}-]|[,.](?=\p{N}))*|['’][sS](?![\p{L}\p{N}])|\S|$)/uy;
const MAX_WORDS = 6;

/**
 * Describing nouns that do not type a name right after them: modifiers ("league leader") and
 * groups of people named one by one ("the duo Ann Lee and ...").
 */
const NOT_BEFORE = new Set([
  'league',
  'duo',
  'trio',
  'quartet',
  'school',
  'party',
  'capital',
  'nation',
  'state',
  'community',
  'area',
  'daily',
  'weekly',
  'coach',
  'editor',
  'engineer',
  'operator',
  'stadium',
  'arena',
  'airport',
  'bay',
  'game',
  'games',
  'single',
  'people',
  'car',
  'language',
  'award',
  'trophy',
  'tournament',
  'festival',
  'convention',
  'programme',
  'ship',
  'official',
]);

/** ASCII tested by code, the rest by the Unicode class (a regex test per character is costly). */
const LOWER_OR_MARK = /[\p{Ll}\p{M}]/u;
function lowerOrMark(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 45 || (c > 127 && LOWER_OR_MARK.test(String.fromCharCode(c)));
}

/** A lower-case word (letters and hyphens) ending at `end`, or '' (scanned backwards, no slicing of the text). */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let i = end;
  while (i > 0 && lowerOrMark(text.charCodeAt(i - 1))) i--;
  // Part of a longer word ("Oakband", "band's"): no describing noun.
  if (i > 0 && /[\p{L}\p{N}'’]/u.test(text[i - 1])) return { word: '', start: i };
  return { word: text.slice(i, end), start: i };
}

/** Words for a kind before "of" ("the kind of company Tarnia wants"). */
const KINDS_OF = /(?:^|[^\p{L}])(?:kinds?|sorts?|types?) +of +$/u;

/**
 * Whether the words ending at `end` are "kind of", "sort of" or "type of": a noun after them names a
 * kind, and labels no name after it, unlike after another "of" ("shares of carmaker Velk").
 */
function afterKindOf(text: string, end: number): boolean {
  return KINDS_OF.test(text.slice(Math.max(0, end - 12), end));
}

/** Whether "a" or "an" stands right before `start`. */
function afterIndefinite(text: string, start: number): boolean {
  const article = wordBefore(text, start > 0 && text[start - 1] === ' ' ? start - 1 : start);
  return article.word === 'a' || article.word === 'an';
}

/** Before a name: a lower-case describing noun right before it ("the band ...", "the village of ..."). */
function typeBefore(text: string, start: number): EntityType | undefined {
  let i = start;
  // Not across a line break: a headline's last noun is no label of the dateline under it
  // ("... for Tarnby chip designer" / "VELBY, May 2 -").
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === start || (i > 0 && text[i - 1] === '\n')) return undefined;
  const before = wordBefore(text, i);
  if (before.word !== 'of') {
    const type = before.word ? (compoundType(text, before) ?? typeAfterNoun(before.word, false)) : undefined;
    // "the kind of company Tarnia wants": the noun names a kind, it does not label the name after it.
    // "a firm Velland dollar": after "a" the word is an adjective; a noun labelling a name takes "the".
    return type && !afterKindOf(text, before.start) && !afterIndefinite(text, before.start) ? type : undefined;
  }
  i = before.start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n')) i--;
  if (i === before.start) return undefined;
  const noun = wordBefore(text, i).word;
  return noun ? typeAfterNoun(noun, true) : undefined;
}

/**
 * Nouns that describe a body only after the word that says its trade ("auction house", "think tank",
 * "chip designer", "grid operator"); alone they describe people too ("operator George Lee") or nothing.
 */
const COMPOUND_BODY_NOUNS = new Map<string, ReadonlySet<string>>([
  [
    'house',
    new Set(['auction', 'fashion', 'publishing', 'trading', 'brokerage', 'production', 'design', 'software', 'media']),
  ],
  ['tank', new Set(['think'])],
  ['designer', new Set(['chip'])],
  ['operator', new Set(['airport', 'grid', 'network', 'rail', 'railway', 'port', 'tour', 'mobile', 'pipeline'])],
  // A fund manager may be a person; an asset manager is a firm.
  ['manager', new Set(['asset'])],
]);

/** The type a compound describing noun right before a name gives it ("auction house Velkby" -> ORG). */
function compoundType(text: string, noun: { word: string; start: number }): EntityType | undefined {
  const trades = COMPOUND_BODY_NOUNS.get(noun.word);
  if (!trades || noun.start < 2 || text[noun.start - 1] !== ' ') return undefined;
  // The trade may open the sentence ("Airport operator Velkby said").
  let i = noun.start - 1;
  while (i > 0 && /\p{L}/u.test(text[i - 1])) i--;
  return trades.has(text.slice(i, noun.start - 1).toLowerCase()) ? 'ORG' : undefined;
}

/** A body's noun and the body's name right after a name: "Tarnby brokerage Velka Valores", "Tarnby asset manager Velkor". */
const NOUN_AND_NAME_AFTER = /^ (?:([\p{Ll}-]+) )?([\p{Ll}-]+) \p{Lu}/u;

/**
 * Whether the name ending at `end` stands before a body's noun and that body's name: it is then where the
 * body is, or who owns it, not the body ("an economist at Tarnby asset manager Velkor" works at Velkor).
 */
function homeOfNamedBody(text: string, end: number): boolean {
  const m = NOUN_AND_NAME_AFTER.exec(text.slice(end, end + 48));
  return m !== null && headType(m[1] ?? '', m[2]) === 'ORG';
}

/** A description head's type, read with the word before it where it needs its trade ("a production house"). */
function headType(trade: string, head: string): EntityType | undefined {
  return COMPOUND_BODY_NOUNS.get(head)?.has(trade) ? 'ORG' : nounType(head);
}

/** Nouns ending like a person's trade that name lists ("-list"), not people. */
const LISTS = /(?:play|check|short|wish|black|watch)list$/;

/**
 * The type the head of a description gives the name it describes: the noun list's, or a person's for
 * a trade the list lacks by its ending ("a volcanologist", "a cartographer", "a paediatrician"). Only
 * as a head: before a name such words are as often adjectives ("separatist Velk Party").
 */
function nounType(noun: string): EntityType | undefined {
  const listed = NOUNS.get(noun);
  if (listed || noun.length < 7) return listed;
  return /(?:ist|ician|grapher)$/.test(noun) && !LISTS.test(noun) ? 'PER' : undefined;
}

/**
 * Nouns that type a name only right before it: "party candidate Ann Lee" is a person, but a country "is a
 * candidate" for membership of a bloc.
 */
const NOUNS_BEFORE_ONLY = new Map<string, EntityType>([
  ['candidate', 'PER'],
  ['nominee', 'PER'],
]);

/** The describing nouns ("lender", "village"): the words `describedBy` or `typeAfterNoun` give a type for. */
export function describingNouns(): string[] {
  return [...NOUNS.keys(), ...NOUNS_BEFORE_ONLY.keys()];
}

/** The type a describing noun gives the name it describes ("Velkom, a lender" -> ORG), if it gives one. */
export function describedBy(noun: string): EntityType | undefined {
  return NOUNS.get(noun);
}

/** The type a lower-case noun gives a name right after it ("band", "label"), or after it and "of" ("village"). */
export function typeAfterNoun(noun: string, viaOf: boolean): EntityType | undefined {
  const type = NOUNS.get(noun) ?? NOUNS_BEFORE_ONLY.get(noun);
  return type && !NOT_BEFORE.has(noun) && (!viaOf || type === 'LOC') ? type : undefined;
}

/** Skips a short bracketed aside after a name ("Vellora (Vellora Rederi A/S) is a ..."). */
const PARENTHESIS = /\s*\([^()\n]{1,120}\)/y;
function afterParenthesis(text: string, end: number): number {
  PARENTHESIS.lastIndex = end;
  return PARENTHESIS.test(text) ? PARENTHESIS.lastIndex : end;
}

/** An acronym in brackets: capitals (a digit or "&" may stand among them), as a body's first mention spells it. */
const BRACKETED_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]*\p{Lu}[\p{Lu}\p{N}]*$/u;
/** The word right before the bracket that opens an acronym ("Space Research Organisation (ISRO)"). */
const HEAD_BEFORE_BRACKET = /(\p{Lu}\p{L}+) \($/u;

/**
 * "the Velland Space Research Organisation (VSRO)": an acronym in brackets right after a name whose
 * last word is a body's noun (Organisation, Agency, Party, Corporation ...) is that body's, and a body
 * (ORG) wherever the article uses it. The acronym alone looks like anything; its first mention says
 * what it stands for, and in translated news it may spell the body's own language ("BMKG").
 */
function acronymType(text: string, start: number, end: number): EntityType | undefined {
  // "(VSRO)", or "( VSRO )" in text split into tokens.
  const open = text.charCodeAt(start - 1) === 32 ? start - 2 : start - 1;
  const close = text.charCodeAt(end) === 32 ? end + 1 : end;
  if (text.charCodeAt(open) !== 40 || text.charCodeAt(close) !== 41) return undefined;
  if (!BRACKETED_ACRONYM.test(text.slice(start, end))) return undefined;
  const head = HEAD_BEFORE_BRACKET.exec(text.slice(Math.max(0, open - 40), open + 1));
  return head && NOUNS.get(head[1].toLowerCase()) === 'ORG' ? 'ORG' : undefined;
}

/**
 * How far around a name its defining context is looked for: the describing noun before it, and a
 * bracketed aside plus the description after it. Text beyond does not count, so a span's result
 * depends only on this stretch (and its type) and can be kept across edits elsewhere (`HarmonizeCache`).
 */
export const DEFINING_REACH = { before: 80, after: 300 } as const;

/** The type a defining context gives the name at `span`, if any (looking no further than `DEFINING_REACH`). */
export function definingType(text: string, span: Span): EntityType | undefined {
  const from = Math.max(0, span.start - DEFINING_REACH.before);
  const to = Math.min(text.length, span.end + DEFINING_REACH.after);
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  return typeInContext(window, span.start - from, span.end - from, span.type);
}

/** "born in ", "governor of", "mayor of" right before a name: where a person was born, or governs, is a place. */
const BORN_IN = /(?:^|[^\p{L}])(?:[Bb]orn in|[Gg]overnor of|[Mm]ayor of) +$/u;

/** `BORN_IN` before `start`; most names have no "n" or "f" before them, which spares the slice and the regex. */
function bornOrGovernedIn(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  const c = text.charCodeAt(i - 1);
  return (c === 110 || c === 102) && BORN_IN.test(text.slice(start > 12 ? start - 12 : 0, start));
}

/** A lower-case "near" right before `start` (one space between). */
function afterNear(text: string, start: number): boolean {
  return (
    start >= 5 &&
    text.charCodeAt(start - 1) === 32 &&
    text.startsWith('near', start - 5) &&
    !/\p{L}/u.test(text[start - 6] ?? ' ')
  );
}

function typeInContext(text: string, start: number, end: number, type: Span['type']): EntityType | undefined {
  if (type === 'ORG' && isSideInContext(text, start, end)) return 'ORG';
  // Not a body's name or a work's ("born in Velby Hospital", "Governor of the Bank of Velland").
  if ((type === 'PER' || type === 'LOC') && bornOrGovernedIn(text, start)) return 'LOC';
  // Read as a place right after "near": what a thing is near is a place ("his home near Velby").
  if (type === 'LOC' && afterNear(text, start)) return 'LOC';
  // "the Yugoslav news agency", "Tarnby-based Velka" need a name, not a nationality.
  const outlet = type === 'MISC' ? undefined : (bodyCueType(text, start, end, type) ?? acronymType(text, start, end));
  if (outlet && !homeOfNamedBody(text, end)) return outlet;
  AFTER.lastIndex = afterParenthesis(text, end);
  let m = AFTER.exec(text);
  // "is a/an" describes the subject: not a name after a comma ("born in Leeds, Yorkshire is a singer").
  if (m && m[1] !== ',' && /,\s*$/.test(text.slice(start > 3 ? start - 3 : 0, start))) m = null;
  // After a comma, not a place opening the sentence after a preposition ("In Berlin, the chancellor's
  // coalition agreed"): what follows is the sentence's subject, not a description of the place.
  if (m && m[1] === ',' && FRONTED_PLACE.test(text.slice(start > 12 ? start - 12 : 0, start))) m = null;
  if (m) {
    const described = describedType(text, m.index + m[0].length);
    // After a comma only a short noun phrase counts: "In Leeds, the club said ..." has a verb. A
    // possessive in place of the article ("the world's", "Tarnia's") opens a longer one, and so does
    // "a" or "an" when a mark closes the phrase ("Velk Bio, a small Tarnian drug maker, said").
    const longest = /['’]s\s+$/.test(m[0]) ? 4 : 3;
    const closedIndefinite = described.closed && /^,\s+an?\s+$/.test(m[0]);
    // "examinations in Bihar, a regional officer said": a person after a comma is the next clause's
    // subject, not what the place after "in" or "near" is.
    const personAfterPlace =
      described.type === 'PER' && m[1] === ',' && IN_OR_NEAR.test(text.slice(start > 6 ? start - 6 : 0, start));
    // "at Velby Coroner's Court, the driver of the van, Ann Lee, said": a person's description set off
    // by commas before another name is that name's.
    const apposedToNext =
      described.type === 'PER' &&
      m[1] === ',' &&
      NAME_AFTER_CLAUSE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (
      described.type &&
      (m[1] !== ',' || described.words <= longest || closedIndefinite) &&
      !personAfterPlace &&
      !apposedToNext
    )
      return described.type;
  }
  return (
    typeBefore(text, start) ??
    knownAsType(text, start) ??
    (type === 'MISC' ? undefined : (apposedType(text, start, end) ?? listedType(text, start, end)))
  );
}

/** A describing noun, perhaps a comma, and "known as" right before a name: the noun is group 1. */
const KNOWN_AS =
  /(\p{Ll}+)\s?,?\s+(?:(?:also|locally|commonly|widely)\s+)?known\s+(?:(?:locally|commonly|widely)\s+)?as\s+$/u;

/**
 * "the bank's policy committee, known as Copom", "a village known as Tarnby": what a described thing is
 * known as has the type its noun gives.
 */
function knownAsType(text: string, start: number): EntityType | undefined {
  // Most names have no "as " before them: tested on the characters, without a slice, as this runs for
  // every name of the article on every edit.
  let i = start;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  if (i < 9 || i === start || text.charCodeAt(i - 1) !== 115 || text.charCodeAt(i - 2) !== 97) return undefined;
  const m = KNOWN_AS.exec(text.slice(start - 48 > 0 ? start - 48 : 0, start));
  return m ? headType('', m[1]) : undefined;
}

/**
 * A sentence's opening "The regulator, " or "A Tarnby-based youth charity, " right before a name: the
 * head noun is group 1, after at most two words (lower-case, or a place's "-based" compound).
 */
const APPOSED_AFTER =
  /[.!?"“\n]\s*(?:The|An?)\s+(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{L}*-\p{Ll}+)\s+){0,2}(\p{Ll}+)\s?,\s+$/u;

/**
 * "a" or "an" inside a sentence, at most two words (a place's name among them) and a noun right before a
 * name: "lent to a Tarnby trading firm, ". Not after "of", where the noun is what a post is of ("the head
 * of an alliance, ").
 */
const APPOSED_AFTER_INDEFINITE =
  /(?:^|\s)(?<!\bof\s)an?\s+(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{L}*-\p{Ll}+|\p{Lu}\p{Ll}+)\s+){0,2}(\p{Ll}+)\s?,\s+$/u;

/**
 * "The regulator, Velkom, said", "A Tarnby-based charity, Velk Aid, said", "lent to a Tarnby trading firm,
 * Velk Quant, after": a name set off by commas after a sentence's opening "The", "A" or "An", or after
 * "a" or "an" anywhere, and a body's noun is that body, as "the regulator Velkom" is. Not after a post of
 * the body ("The head of the alliance, Ann Velk, said"), where the noun phrase is longer. A name so set
 * off after "the" and a person's noun, perhaps after a body's possessive, is a person ("blamed the
 * referee, Ann Velk, for", "The company's managing director, Ann Velk, said").
 */
function apposedType(text: string, start: number, end: number): EntityType | undefined {
  const comma = text.charCodeAt(end) === 32 ? end + 1 : end;
  if (text.charCodeAt(comma) !== 44) return undefined;
  const from = Math.max(0, start - 60);
  const before = (from === 0 ? '\n' : '') + text.slice(from, start);
  const m = APPOSED_AFTER.exec(before) ?? APPOSED_AFTER_INDEFINITE.exec(before);
  if (m && typeAfterNoun(m[1], false) === 'ORG') return 'ORG';
  const person = APPOSED_PERSON.exec(before);
  return person && typeAfterNoun(person[1], false) === 'PER' ? 'PER' : undefined;
}

/** "the referee, ", "The company's managing director, " right before a name: the head noun is group 1. */
const APPOSED_PERSON = /(?:^|[^\p{L}])[Tt]he\s+(?:\p{Ll}+['’]s\s+)?(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s?,\s+$/u;

/**
 * The type a description starting at `from` gives by its head, the last word before the phrase ends
 * ("an American rock band from", not "a band member"), how many words it has, and whether a mark
 * closes it.
 */
function describedType(text: string, from: number): { type?: EntityType; words: number; closed?: boolean } {
  NEXT.lastIndex = from;
  let head = '';
  let trade = '';
  let words = 0;
  for (let k = 0; k <= MAX_WORDS; k++) {
    const t = NEXT.exec(text);
    const tok = t ? t[1] : '';
    // A participle after a noun describing a person opens a clause about them ("its correspondent
    // killed in"); after a body's noun it may say what the body did ("the only team eliminated").
    const clause = nounType(head) === 'PER' && /^\p{Ll}+ed$/u.test(tok);
    const mark = /^[.,;:()!?"“”]$/.test(tok);
    if (tok === '' || clause || PHRASE_END.has(tok) || mark)
      return { type: headType(trade, head), words, closed: mark };
    words++;
    // A year or number ("a 1994 album") and a slash between kinds ("punk / garage band") are inside it.
    if (tok === '/' || /^\p{N}/u.test(tok)) continue;
    if (!/^\p{L}/u.test(tok)) break; // a possessive or other mark: not the end of a description
    trade = head;
    head = tok;
  }
  return { words };
}

/** Surface strings with a defining context in the article, and the type most of those contexts give. */
export function definedTypes(text: string, spans: Span[], keys: string[]): Map<string, EntityType> {
  return voteDefinedTypes(
    spans.map(s => definingType(text, s)),
    keys,
  );
}

/** The type most defining contexts give each surface string, from each span's own (`perSpan[i]`, undefined if none). */
export function voteDefinedTypes(
  perSpan: readonly (EntityType | undefined)[],
  keys: readonly string[],
): Map<string, EntityType> {
  const votes = new Map<string, Record<string, number>>();
  perSpan.forEach((type, i) => {
    if (!type) return;
    const v = votes.get(keys[i]) ?? {};
    v[type] = (v[type] ?? 0) + 1;
    votes.set(keys[i], v);
  });
  const out = new Map<string, EntityType>();
  for (const [key, v] of votes) {
    let best: string | undefined;
    for (const t of Object.keys(v)) if (best === undefined || v[t] > v[best]) best = t;
    out.set(key, best as EntityType);
  }
  return out;
}
