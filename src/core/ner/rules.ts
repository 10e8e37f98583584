import { Span } from '../types';
import { Token } from '../text/tokenize';
import { tokenEnd } from './spanTokens';
import { typeAfterNoun } from './cues';
import { FeatureContext } from './features';
import { Gazetteer, PERSON_NAME_BITS, PLACE_BITS, categoryBit } from './gazetteer';
import { allCaps, trimCapsVerbs } from './rules-caps';
import {
  includeShopPossessives,
  trimLeadingCapitals,
  joinAmpersandNames,
  retypeOfficeCities,
  retypeDestinations,
  joinListedPlaces,
  retypeListedNames,
  retypePlacesInAreas,
  retypeGivenNames,
  retypeListedBodies,
  retypeTitledNames,
  splitBasedAdjectives,
  splitOfficeTitles,
  isOfficeTitle,
} from './rules-names';
import { retypeMemberClubs, retypeResultTeams, retypeTableRows } from './rules-tables';
import {
  LEGAL_FORMS,
  PLACE_HEADS,
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

const RUN_CONNECTORS = new Set(['of', '&']);

const TITLE_BIT = categoryBit('title');
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)$/i;

/**
 * "North/LOC Korean/MISC" -> "North Korean/MISC": a compass word before a nationality belongs to it.
 * `compass[k]` says whether span k is a single compass-word place.
 */
function mergeCompassAdjectives(spans: Span[], compass: boolean[]): Span[] {
  const out: Span[] = [];
  spans.forEach((span, k) => {
    const prev = out[out.length - 1];
    if (prev && k > 0 && compass[k - 1] && prev.type === 'LOC' && span.type === 'MISC' && span.start - prev.end <= 1) {
      prev.end = span.end;
      prev.type = 'MISC';
    } else {
      out.push(span);
    }
  });
  return out;
}

const ORG_WORD_BIT = categoryBit('orgWord');
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

/**
 * "South/O Korean/MISC" -> "South Korean/MISC": a capitalised compass word the model left untagged
 * (as it may at a sentence start) right before a nationality belongs to it.
 */
function joinCompassWords(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    if (span.type !== 'MISC' || f === 0 || tags[f - 1] !== 0) return;
    const prev = tokens[f - 1];
    if (/^\p{Lu}/u.test(prev.text) && COMPASS.test(prev.text) && prev.end + 1 >= tokens[f].start) {
      span.start = prev.start;
      first[k] = f - 1;
    }
  });
}

/** Titles are not part of a person's name: "Chairman Kim" -> "Kim". `first[k]` is span k's first token. */
function trimTitles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const isTitle = (lower: string) => (ctx.gazetteer.word(lower) & TITLE_BIT) !== 0 || isOfficeTitle(lower);
  spans.forEach((span, k) => {
    if (span.type !== 'PER') return;
    let i = first[k];
    while (tokens[i + 1] && tokens[i + 1].end <= span.end && isTitle(tokens[i].text.toLowerCase())) {
      i++;
      span.start = tokens[i].start;
      first[k] = i;
    }
  });
}

/** Abbreviated titles of members of a parliament or assembly (Westminster, Canadian, Australian, European). */
const MEMBER_TITLES = /^(?:MPs?|MPPs?|MEPs?|MLAs?|MSPs?|MNAs?|MHAs?)$/;

/**
 * "Harland Labour/ORG MP" -> "Harland Labour": a member's title after a party's or a place's name is
 * the title of the person who follows, not part of the name; a name made of the title alone is no name.
 */
function trimMemberTitles(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k];
    if (span.type === 'PER') continue;
    const l = tokenEnd(tokens, first[k], span) - 1;
    if (!MEMBER_TITLES.test(tokens[l].text)) continue;
    if (l === first[k]) {
      spans.splice(k, 1);
      first.splice(k, 1);
    } else span.end = tokens[l - 1].end;
  }
}

/**
 * A capitalised run the model left untagged right after a describing noun is a name of the type
 * the noun gives ("the band Velvet Tarns", "the village of Tarnby"); see `cues.ts`. The run goes on
 * over "of" or "of the" into a name the model tagged on its own, which then belongs to it ("the
 * group Friends of the Earth Valdoria", not "Friends" and a place "Earth Valdoria").
 */
function addDescribedNames(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  const n = tokens.length;
  const common = ctx.lowerWords;
  const cap = (i: number) => i < n && tags[i] === 0 && /^\p{Lu}/u.test(tokens[i].text);
  for (let i = 0; i + 1 < n; i++) {
    const c = tokens[i].text.charCodeAt(0);
    if (c < 97 || c > 122) continue; // describing nouns are lower-case ASCII words
    const viaOf = tokens[i + 1].text === 'of';
    // The noun list decides first: a lookup is cheaper than any test of the word's letters.
    const type = typeAfterNoun(tokens[i].text, viaOf);
    const s = viaOf ? i + 2 : i + 1;
    if (!type || !cap(s)) continue;
    let e = s + 1;
    let absorbed = -1;
    for (;;) {
      if (cap(e)) {
        e++;
        continue;
      }
      if (e + 1 >= n || tags[e] !== 0 || !RUN_CONNECTORS.has(tokens[e].text)) break;
      const after = tokens[e].text === 'of' && tokens[e + 1].text === 'the' ? e + 2 : e + 1;
      if (cap(after)) {
        e = after + 1;
        continue;
      }
      const k = after < n && tags[after] % 2 === 1 ? first.indexOf(after) : -1;
      if (k >= 0) {
        absorbed = k;
        e = tokenEnd(tokens, after, spans[k]);
      }
      break;
    }
    // The run must end the name: not "band Velvet Tarns" + a tagged word; a lone word must not be an ordinary one.
    if (e < n && tags[e] !== 0 && absorbed < 0) continue;
    if (e === s + 1 && common.has(tokens[s].text.toLowerCase())) continue;
    if (absorbed >= 0) {
      spans.splice(absorbed, 1);
      first.splice(absorbed, 1);
    }
    const span: Span = { start: tokens[s].start, end: tokens[e - 1].end, type };
    let k = 0;
    while (k < spans.length && spans[k].start < span.start) k++;
    spans.splice(k, 0, span);
    first.splice(k, 0, s);
    i = e - 1;
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
  const gaz = ctx.gazetteer;
  spans.forEach((span, k) => {
    if (span.type !== 'PER' && span.type !== 'LOC') return;
    let e = tokenEnd(tokens, first[k], span);
    const start = e;
    while (
      e < tokens.length &&
      tags[e] === 0 &&
      /^\p{Lu}/u.test(tokens[e].text) &&
      (gaz.word(tokens[e].text.toLowerCase()) & ORG_WORD_BIT) !== 0
    )
      e++;
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
function retypeByHeadWord(ctx: FeatureContext, tokens: Token[], spans: Span[]): void {
  const gaz = ctx.gazetteer;
  let t = 0;
  for (const span of spans) {
    if (span.type !== 'PER' && span.type !== 'ORG') continue;
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

/** Tokens that can come right before a name's own "The" in running text: an opening bracket or quote, a comma. */
const OPENERS = new Set(['(', ',', '"', '“', "'", '‘', ':']);
const QUOTES = new Set(['"', '“', "'", '‘']);

/**
 * "bands like The Ramones", "published in The Economist": a capitalised "The" in mid-sentence is
 * part of the name after it, at a sentence start ("The Fed said", "“The OSCE ...") it is not.
 * Mid-sentence means the word before is lower-case, or is an opener that itself follows one.
 * A span right after such a "The" takes it in; an untagged capitalised run after it is a name on
 * its own: a title when quoted ("the single “The Kill”", MISC), a place when the whole name with
 * "The" is a listed one ("in The Hague"), otherwise a body (ORG), as bands, newspapers and firms are
 * the names most often written this way.
 */
function includeLeadingThe(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const n = tokens.length;
  const lowerStart = (i: number) => i >= 0 && /^\p{Ll}/u.test(tokens[i].text);
  let k = 0;
  for (let the = 1; the + 1 < n; the++) {
    if (tokens[the].text !== 'The') continue;
    while (k < spans.length && spans[k].end <= tokens[the].start) k++;
    if (k < spans.length && spans[k].start <= tokens[the].start) continue; // already inside a name
    const before = the - 1;
    const quoted = QUOTES.has(tokens[before].text);
    const midSentence =
      lowerStart(before) ||
      (OPENERS.has(tokens[before].text) &&
        (lowerStart(before - 1) || (before > 0 && OPENERS.has(tokens[before - 1].text))));
    if (!midSentence || tokens[the].end + 1 < tokens[the + 1].start) continue;
    if (k < spans.length && first[k] === the + 1) {
      spans[k].start = tokens[the].start;
      first[k] = the;
      continue;
    }
    const free = (i: number) => i < n && (k >= spans.length || tokens[i].end <= spans[k].start);
    const cap = (i: number) => free(i) && /^\p{Lu}/u.test(tokens[i].text);
    let e = the + 1;
    while (cap(e) || (e + 1 < n && RUN_CONNECTORS.has(tokens[e].text) && free(e) && cap(e + 1))) e++;
    if (e === the + 1 || (e < n && !free(e))) continue; // nothing after it, or the run runs into a tagged name
    const type = quoted ? 'MISC' : isListedPlace(ctx, tokens, the, e) ? 'LOC' : 'ORG';
    spans.splice(k, 0, { start: tokens[the].start, end: tokens[e - 1].end, type });
    first.splice(k, 0, the);
    the = e - 1;
  }
}

/** Whether tokens [from, end) make a phrase the compiled lists have as a place. */
function isListedPlace(ctx: FeatureContext, tokens: Token[], from: number, end: number): boolean {
  if (end - from > 4) return false;
  const phrase = tokens
    .slice(from, end)
    .map(t => t.text.toLowerCase())
    .join(' ');
  return (ctx.gazetteer.word(phrase) & PLACE_BITS) !== 0;
}

/**
 * "in The Hague/ORG" -> LOC: a body whose name, "The" included, is a listed place is that place. Few
 * place names start with "The", and a body named exactly like one is rarer still; a club named after
 * a town ("Tarnby beat ...") has no "The" and is left to the tagger.
 */
function retypeListedPlacesWithThe(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type !== 'ORG' || tokens[first[k]].text !== 'The') return;
    const e = tokenEnd(tokens, first[k] + 1, span);
    if (isListedPlace(ctx, tokens, first[k], e)) span.type = 'LOC';
  });
}

/** Lower-case words a span must not start with: an article or a direction ("southern England" -> "England"). */
const NOT_LEADING =
  /^(?:the|north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northeastern|northwestern|southeastern|southwestern)$/;

/** A name does not start with a lower-case article or direction word, as the tagger sometimes has it. */
function trimLeadingWords(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    let f = first[k];
    while (tokens[f + 1] && tokens[f + 1].end <= spans[k].end && NOT_LEADING.test(tokens[f].text)) f++;
    if (f === first[k]) continue;
    if (tokens[f].end > spans[k].end) {
      spans.splice(k, 1);
      first.splice(k, 1);
    } else {
      spans[k].start = tokens[f].start;
      first[k] = f;
    }
  }
}

/**
 * "the Hockey Hall of Fame", "the College Football Hall of Fame": a hall of fame is a body (ORG)
 * named with the capitalised words before "Hall", whatever the tagger made of its parts.
 */
function tagHallsOfFame(tokens: Token[], spans: Span[], first: number[]): void {
  for (let h = 0; h + 2 < tokens.length; h++) {
    if (tokens[h].text !== 'Hall' || tokens[h + 1].text !== 'of' || tokens[h + 2].text !== 'Fame') continue;
    let s = h;
    while (
      s > 0 &&
      (/^\p{Lu}/u.test(tokens[s - 1].text) ||
        (/^['’]s$/.test(tokens[s - 1].text) && s > 1 && /^\p{Lu}/u.test(tokens[s - 2].text))) &&
      tokens[s - 1].text !== 'The'
    )
      s--;
    const span: Span = { start: tokens[s].start, end: tokens[h + 2].end, type: 'ORG' };
    let k = 0;
    while (k < spans.length && spans[k].end <= span.start) k++;
    let j = k;
    while (j < spans.length && spans[j].start < span.end) j++;
    // Widen to any name it overlaps ("Badminton Canada's" + "Hall of Fame").
    if (j > k) span.start = Math.min(span.start, spans[k].start);
    spans.splice(k, j - k, span);
    first.splice(k, j - k, j > k ? Math.min(first[k], s) : s);
    h += 2;
  }
}

/**
 * "Tarnby/LOC City Council/ORG" -> one ORG, "Ann Harl/PER High School/ORG" -> one ORG: a person's or
 * place's name right before a body's name, nothing between them but a space, is where the body's name
 * begins (bodies are named after the places and people they serve or honour). The rules after it
 * then read the whole name ("Tarnby Cup" is an event).
 */
function joinBodyBeginnings(spans: Span[], first: number[]): void {
  for (let k = spans.length - 2; k >= 0; k--) {
    const a = spans[k];
    const b = spans[k + 1];
    if ((a.type !== 'LOC' && a.type !== 'PER') || b.type !== 'ORG' || b.start !== a.end + 1) continue;
    a.end = b.end;
    a.type = 'ORG';
    spans.splice(k + 1, 1);
    first.splice(k + 1, 1);
  }
}

/** All rules in order; returns the sentence's final spans. */
export function applyRules(sentence: DecodedSentence, ctx: FeatureContext): Span[] {
  const { tokens, tags, spans, first } = sentence;
  addDescribedNames(ctx, tokens, tags, spans, first);
  joinOfTheBodies(ctx, tokens, tags, spans, first);
  includeLeadingThe(ctx, tokens, spans, first);
  retypeListedPlacesWithThe(ctx, tokens, spans, first);
  tagHallsOfFame(tokens, spans, first);
  retypeTableRows(ctx.gazetteer, tokens, tags, spans, first);
  if (spans.length === 0) return spans; // most sentences: nothing more to do
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
  splitOfficeTitles(ctx, tokens, spans, first);
  trimMemberTitles(tokens, spans, first);
  extendByDesignator(ctx, tokens, tags, spans, first);
  joinBodyBeginnings(spans, first);
  joinCommonPossessives(ctx, tokens, spans, first);
  retypeGivenNames(ctx, tokens, spans, first);
  retypeByHeadWord(ctx, tokens, spans);
  joinOfNames(ctx, tokens, spans, first);
  retypeCompanyNames(tokens, spans, first);
  retypePlaceNamedCompanies(ctx, tokens, spans, first);
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
