import { Span } from '../types';
import { Token } from '../text/tokenize';
import { tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { Gazetteer, PERSON_NAME_BITS, categoryBit } from './gazetteer';
import { allCaps, trimCapsVerbs } from './rules-caps';
import {
  COMPASS,
  closeOpenEnds,
  includeInitials,
  joinCompassWords,
  mergeCompassAdjectives,
  splitPersonNames,
  trimLeadingWords,
  trimTitles,
  dropTitlesBeforeNames,
} from './rules-edges';
import {
  addDescribedNames,
  addGivenNamePairs,
  extendBodiesOverLinks,
  includeLeadingThe,
  retypeListedPlacesWithThe,
  tagAwardTitles,
  tagHallsOfFame,
} from './rules-runs';
import {
  dropWeekdaysAndLowerCase,
  joinNicknames,
  includeShopPossessives,
  joinAmpersandNames,
  splitBasedAdjectives,
  trimLeadingCapitals,
} from './rules-extent';
import {
  joinListedPlaces,
  retypeDestinations,
  retypeListedBodies,
  retypeListedNames,
  retypeOfficeCities,
  retypePlacesInAreas,
} from './rules-listed';
import { retypeGivenNames, retypeTitledNames, splitOfficeTitles, trimPortfolios } from './rules-people';
import { retypeMemberClubs, retypeResultTeams, retypeTableRows } from './rules-tables';
import {
  LEGAL_FORMS,
  PLACE_HEADS,
  headedByFirstWord,
  isBodyHead,
  joinCampusNames,
  joinOfTheBodies,
  retypeCompanyNames,
  retypePlaceNamedCompanies,
  splitListedPairs,
} from './rules-bodies';

/**
 * Rules applied to one sentence's decoded spans, before the document-level pass: each corrects a
 * kind of mistake the tagger makes on its own (see the comment of each). They look only at the
 * sentence, its tags and the compiled name lists, so a paragraph's result does not depend on others.
 */

/** One decoded sentence: tokens, tag indices (0 = O), spans in order and each span's first token. */
interface DecodedSentence {
  tokens: Token[];
  tags: Uint8Array;
  spans: Span[];
  first: number[];
}

const ORG_WORD_BIT = categoryBit('orgWord');
const FIRST_NAME_BIT = categoryBit('first');
const LOC_WORD_BIT = categoryBit('locWord');
const EVENT_WORD_BIT = categoryBit('eventWord');

/**
 * "Chinese/MISC Foreign Ministry/ORG" -> "Chinese Foreign Ministry/ORG": a nationality or religion
 * (a one-word MISC) right before the name of a body that ends in an organisation word (Ministry,
 * Army, Academy, Church ...) is part of it.
 */
function mergeNationalBodies(tokens: Token[], spans: Span[], gaz: Gazetteer): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'MISC' && span.type === 'ORG' && span.start - prev.end <= 1) {
      const adj = tokens.find(t => t.start === prev.start);
      const head = tokens.find(t => t.end === span.end);
      if (adj && adj.end === prev.end && head && (gaz.word(head.text.toLowerCase()) & ORG_WORD_BIT) !== 0) {
        prev.end = span.end;
        prev.type = 'ORG';
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

/** Abbreviated titles of members of a parliament or assembly (Westminster, Canadian, Australian, European). */
const MEMBER_TITLES = /^(?:MPs?|MPPs?|MEPs?|MLAs?|MSPs?|MNAs?|MHAs?)$/;

/**
 * "Harland Labour/ORG MP" -> "Harland Labour": a member's title after a party's or a place's name is
 * the title of the person who follows, not part of the name; a name made of the title alone is no name.
 * Read as a person ("Velby Democrat MP/PER"), what is left names the member's party (MISC, as "Democrat"
 * does), unless it starts with a given name ("Joss Tarvell MP": the title after a person's name is no
 * part of it either).
 */
function trimMemberTitles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k];
    const l = tokenEnd(tokens, first[k], span) - 1;
    if (!MEMBER_TITLES.test(tokens[l].text)) continue;
    if (l === first[k]) {
      spans.splice(k, 1);
      first.splice(k, 1);
      continue;
    }
    span.end = tokens[l - 1].end;
    if (span.type === 'PER' && !(ctx.gazetteer.word(tokens[first[k]].text.toLowerCase()) & FIRST_NAME_BIT))
      span.type = 'MISC';
  }
}

/**
 * "Democratic People/ORG 's Republic of Korea/LOC" -> one LOC: a possessive joins two names when the
 * word before it is an ordinary word ("People's", "Women's", "Children's"), not a name (as in
 * "Britain's Labour Party"). The joined name takes the type of its second part, the head.
 */
function joinCommonPossessives(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const common = ctx.lowerWords;
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    const f = first[k + 1];
    if (f < 2 || !/^['’][sS]$/.test(tokens[f - 1].text) || tokens[f - 2].end !== a.end) continue;
    if (tokens[f - 1].start !== a.end || tokens[f - 1].end + 1 < b.start) continue;
    if (!common.has(tokens[f - 2].text.toLowerCase())) continue;
    a.end = b.end;
    a.type = b.type;
    spans.splice(k + 1, 1);
    first.splice(k + 1, 1);
    k--;
  }
}

/**
 * "Joss Harl/PER Band" -> "Joss Harl Band/ORG", "Leeds/LOC United" -> ORG: capitalised
 * organisation words the model left untagged right after a person or place name make it a body.
 */
function extendByDesignator(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  spans.forEach((span, k) => {
    if (span.type !== 'PER' && span.type !== 'LOC') return;
    let e = tokenEnd(tokens, first[k], span);
    const start = e;
    while (e < tokens.length && tags[e] === 0 && isBodyHead(ctx, tokens, e)) e++;
    if (e === start) return;
    span.end = tokens[e - 1].end;
    span.type = 'ORG';
  });
}

/**
 * Place words that also end names of bodies ("Islamic State", clubs named "... Park"). Streets and
 * squares are not among them: a street stays a place when it stands for a market or a government.
 */
const POLITY = new Set(['state', 'republic', 'kingdom', 'park', 'bridge']);

/**
 * Names whose last word says what they are. A person name ending in an organisation or place word
 * is not a person ("Harl Market Center/PER" -> ORG, "Tarn Creek/PER" -> LOC), unless that word is
 * also a name ("Arsenio Hall", "Grace Park"); a body's name does not end in a natural feature or
 * administrative unit ("Harl Pond/ORG" -> LOC).
 */
function retypeByHeadWord(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  let t = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type === 'LOC' && bodyOfPlace(gaz, tokens, first[k], span)) span.type = 'ORG';
    if (span.type !== 'PER' && span.type !== 'ORG') continue;
    // "University of Tarnia at Velby Hill": the name's head is its first word, not its last.
    if (span.type === 'ORG' && headedByFirstWord(ctx, tokens, first[k])) continue;
    while (t < tokens.length && tokens[t].end < span.end) t++;
    if (t >= tokens.length || tokens[t].start <= span.start) continue; // one word
    const head = tokens[t].text.toLowerCase();
    const bits = gaz.word(head);
    if (bits & PERSON_NAME_BITS) continue;
    const place = (bits & LOC_WORD_BIT) !== 0 || PLACE_HEADS.has(head);
    if (span.type === 'PER') {
      if (bits & ORG_WORD_BIT) span.type = 'ORG';
      else if (place) span.type = 'LOC';
    } else if (place && !(bits & ORG_WORD_BIT) && !POLITY.has(head)) {
      span.type = 'LOC';
    }
  }
}

/**
 * "Patriotic Union of Kurdistan/LOC" -> ORG: a name whose words before "of" end in a body's word
 * (union, party, bank, front ...) is that body, of the place after "of". Words that are also place
 * words ("City of Tarnby") and polities ("Kingdom of Velland") leave it a place.
 */
function bodyOfPlace(gaz: Gazetteer, tokens: Token[], f: number, span: Span): boolean {
  for (let i = f + 1; i + 1 < tokens.length && tokens[i + 1].end <= span.end; i++) {
    if (tokens[i].text !== 'of') continue;
    const head = tokens[i - 1].text.toLowerCase();
    const bits = gaz.word(head);
    return (bits & ORG_WORD_BIT) !== 0 && (bits & LOC_WORD_BIT) === 0 && !POLITY.has(head) && !PLACE_HEADS.has(head);
  }
  return false;
}

/**
 * "Harland Cup", "Gulf War", "Treaty of Rome": a name that ends in an event word, or starts with
 * one followed by "of", names an event, prize or law (MISC), not the body or place inside it.
 */
function retypeEvents(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  spans.forEach((span, k) => {
    if (span.type === 'MISC') return;
    const f = first[k];
    const l = tokenEnd(tokens, f, span) - 1;
    if (l === f) return;
    const event = (i: number) => {
      const bits = gaz.word(tokens[i].text.toLowerCase());
      return (bits & EVENT_WORD_BIT) !== 0 && (bits & PERSON_NAME_BITS) === 0;
    };
    if (event(l) || (event(f) && tokens[f + 1].text === 'of')) span.type = 'MISC';
  });
}

/**
 * "Army/ORG of the Tarn/LOC" -> one ORG, "Gulf/LOC of Carpentaria/LOC" -> one LOC: a name ending
 * in an organisation or place word, then "of" (or "of the") and another name, is one name.
 */
function joinOfNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    if (a.type === 'MISC' || b.type === 'MISC' || b.type === 'PER') continue;
    const l = tokenEnd(tokens, first[k], a) - 1;
    const of = l + 1;
    const next = of + 1 < tokens.length && tokens[of + 1].text === 'the' ? of + 2 : of + 1;
    if (of >= tokens.length || tokens[of].text !== 'of' || first[k + 1] !== next) continue;
    // Short heads only ("Army of", "World Organization of"); a company's legal form ends its name.
    if (l - first[k] > 1 || LEGAL_FORMS.has(tokens[l].text.toLowerCase())) continue;
    const bits = gaz.word(tokens[l].text.toLowerCase());
    const type = bits & ORG_WORD_BIT ? 'ORG' : bits & LOC_WORD_BIT ? 'LOC' : undefined;
    if (!type) continue;
    a.end = b.end;
    a.type = type;
    spans.splice(k + 1, 1);
    first.splice(k + 1, 1);
    k--;
  }
}

/**
 * "Tarnby/LOC City Council/ORG" -> one ORG, "Ann Harl/PER High School/ORG" -> one ORG: a person's or
 * place's name right before a body's name, nothing between them but a space, is where the body's name
 * begins (bodies are named after the places and people they serve or honour). The rules after it
 * then read the whole name ("Tarnby Cup" is an event). So too before a building's name read as a
 * place ("Ann Harl/PER Art Museum/LOC", "Tarnby/LOC Convention Centre/LOC" -> one LOC).
 */
function joinBodyBeginnings(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 2; k >= 0; k--) {
    const a = spans[k];
    const b = spans[k + 1];
    if (b.start !== a.end + 1 || (a.type !== 'LOC' && a.type !== 'PER')) continue;
    if (b.type === 'ORG') a.type = 'ORG';
    else if (b.type === 'LOC' && namesBuilding(tokens, first[k + 1], b)) a.type = 'LOC';
    else continue;
    a.end = b.end;
    spans.splice(k + 1, 1);
    first.splice(k + 1, 1);
  }
}

/** Buildings named after people or places: "<person> Art Museum", "<town> Convention Centre". */
const NAMED_BUILDINGS = new Set(['museum', 'gallery', 'library', 'center', 'centre', 'hall', 'theatre', 'theater']);

/**
 * Whether the place's name starting at token `f` is a building's that a person's name may begin
 * ("Art Museum", "Museum of Art", "Concert Hall"): one of its first two words is such a building.
 */
function namesBuilding(tokens: Token[], f: number, span: Span): boolean {
  for (let i = f; i < f + 2 && i < tokens.length && tokens[i].end <= span.end; i++)
    if (NAMED_BUILDINGS.has(tokens[i].text.toLowerCase())) return true;
  return false;
}

/** All rules in order; returns the sentence's final spans. */
export function applyRules(sentence: DecodedSentence, ctx: FeatureContext): Span[] {
  const { tokens, tags, spans, first } = sentence;
  addDescribedNames(ctx, tokens, tags, spans, first);
  addGivenNamePairs(ctx, tokens, tags, spans, first);
  joinOfTheBodies(ctx, tokens, tags, spans, first);
  includeLeadingThe(ctx, tokens, spans, first);
  retypeListedPlacesWithThe(ctx, tokens, spans, first);
  tagHallsOfFame(tokens, spans, first);
  tagAwardTitles(tokens, spans, first);
  retypeTableRows(ctx.gazetteer, tokens, tags, spans, first);
  if (spans.length === 0) return spans; // most sentences: nothing more to do
  closeOpenEnds(ctx, tokens, spans, first);
  dropWeekdaysAndLowerCase(tokens, spans, first);
  trimLeadingWords(tokens, spans, first);
  trimLeadingCapitals(tokens, spans, first);
  splitBasedAdjectives(tokens, spans, first);
  if (allCaps(tokens)) trimCapsVerbs(ctx, tokens, spans, first);
  joinListedPlaces(ctx, tokens, spans, first);
  joinAmpersandNames(tokens, spans, first);
  joinCampusNames(tokens, spans, first);
  splitListedPairs(ctx, tokens, spans, first);
  joinCompassWords(tokens, tags, spans, first);
  const compass = spans.map(
    (sp, k) => sp.type === 'LOC' && sp.end === tokens[first[k]].end && COMPASS.test(tokens[first[k]].text),
  );
  retypeTitledNames(ctx, tokens, spans, first);
  trimTitles(ctx, tokens, spans, first);
  dropTitlesBeforeNames(ctx, tokens, spans, first);
  includeInitials(tokens, spans, first);
  splitPersonNames(ctx, tokens, spans, first);
  joinNicknames(tokens, spans, first);
  splitOfficeTitles(ctx, tokens, spans, first);
  trimPortfolios(ctx, tokens, spans, first);
  trimMemberTitles(ctx, tokens, spans, first);
  extendByDesignator(ctx, tokens, tags, spans, first);
  joinBodyBeginnings(tokens, spans, first);
  joinCommonPossessives(ctx, tokens, spans, first);
  retypeGivenNames(ctx, tokens, spans, first);
  retypeByHeadWord(ctx, tokens, spans, first);
  joinOfNames(ctx, tokens, spans, first);
  retypeCompanyNames(tokens, spans, first);
  retypePlaceNamedCompanies(ctx, tokens, spans, first);
  extendBodiesOverLinks(ctx, tokens, tags, spans, first);
  retypeEvents(ctx, tokens, spans, first);
  retypeResultTeams(tokens, spans, first);
  retypeMemberClubs(tokens, spans, first);
  retypeListedNames(ctx, tokens, spans, first);
  retypeListedBodies(ctx, tokens, spans, first);
  retypePlacesInAreas(ctx, tokens, spans, first);
  includeShopPossessives(tokens, spans, first);
  retypeOfficeCities(ctx, tokens, spans, first);
  retypeDestinations(ctx, tokens, spans, first);
  if (spans.length < 2) return spans;
  return mergeNationalBodies(tokens, mergeCompassAdjectives(spans, compass), ctx.gazetteer);
}
