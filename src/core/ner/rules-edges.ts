import { Span } from '../types';
import { startsLowerCase, Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { categoryBit } from './gazetteer';
import { isAnyTitle } from './rules-people';
import { listedPhrase } from './rules-listed';
import { headedByFirstWord } from './rules-bodies';
import type { RuleCue } from './ruleCues';
import { absorbFollowing, dropSpan, isPossessive, NAME_PARTICLES, tagTokens, tokenEnd } from './spanTokens';

// Rules on the words at the edges of a name: a compass word before a nationality, a title before a
// person's name, an article or a direction before any name, initials before a person's name.

const DEMONYM_BIT = categoryBit('demonym');
const FIRST_BIT = categoryBit('first');
export const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)$/i;

/**
 * "North/LOC Korean/MISC" -> "North Korean/MISC": a compass word before a nationality belongs to it.
 * `compass[k]` says whether span k is a single compass-word place.
 */
export function mergeCompassAdjectives(spans: Span[], compass: boolean[]): Span[] {
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

/** Compass adjectives: what belongs to the West, East ..., as "Western nations" or "Eastern Europe". */
const COMPASS_ADJECTIVE = /^(?:Northern|Southern|Eastern|Western)$/;

/**
 * "Western/PER nations", "Western/ORG diplomats" -> MISC: a compass adjective alone before a
 * lower-case word, "and" or "or" describes what it comes before, as a nationality does, and names no
 * person or body (wire copy's silver labels taught the tagger both).
 */
export function retypeCompassAdjectives(tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    if ((span.type !== 'PER' && span.type !== 'ORG') || tokens[f].end !== span.end) return;
    if (!COMPASS_ADJECTIVE.test(tokens[f].text)) return;
    const next = tokens[f + 1];
    if (next && /^\p{Ll}/u.test(next.text)) span.type = 'MISC';
  });
}

/**
 * Compass words before a nationality ("East African") and after a town's name as its part or constituency
 * ("Velby North"); and the words before "Eastern" ("Middle Eastern").
 */
export const NATIONS_COMPASS = /^(?:North|South|East|West|Central)$/;
const BEFORE_EASTERN = /^(?:Middle|Far)$/;

/** `retypeRegionalAdjectives` acts only on a sentence with one of those words in capitals. */
export const REGIONAL_CUE: RuleCue = { test: text => NATIONS_COMPASS.test(text) || BEFORE_EASTERN.test(text) };

/**
 * "East African/LOC port volumes", "South Velkan/LOC power utility", "Middle Eastern/ORG investor" ->
 * MISC: a compass word and a nationality (or "Middle Eastern", "Far Eastern") right before a lower-case
 * word describe it, as a nationality does; the name of a region would be "East Africa".
 */
export function retypeRegionalAdjectives(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    const f = first[k];
    if (span.type === 'MISC' || tokens[f + 1]?.end !== span.end || !/^\p{Ll}/u.test(tokens[f + 2]?.text ?? '')) return;
    const [compass, people] = [tokens[f].text, tokens[f + 1].text];
    const regional =
      (NATIONS_COMPASS.test(compass) && ctx.gazetteer.word(people.toLowerCase()) & DEMONYM_BIT) ||
      (BEFORE_EASTERN.test(compass) && people === 'Eastern');
    if (regional) span.type = 'MISC';
  });
}

/**
 * "South/O Korean/MISC" -> "South Korean/MISC": a capitalised compass word the model left untagged
 * (as it may at a sentence start) right before a nationality belongs to it.
 */
export function joinCompassWords(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
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

/** Words that open the name of a city's whole area ("Greater Tarnby", "Metro Velby"). */
const METROPOLITAN = new Set(['Greater', 'Metro']);

/**
 * "Greater/O Tarnby/LOC", "Metro/LOC Velby/LOC" -> "Greater Tarnby/LOC": a city's whole area is named by
 * one of these words and the city, which the tagger leaves out or reads as a place of its own, and a
 * list after a preposition then breaks at it ("in Metro Velby, Harl and Qorma").
 */
export function joinMetropolitanAreas(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'LOC' || f === 0 || !METROPOLITAN.has(tokens[f - 1].text)) continue;
    const word = tokens[f - 1];
    if (word.end + 1 !== tokens[f].start) continue;
    const alone = k > 0 && spans[k - 1].start === word.start && spans[k - 1].end === word.end;
    if (tags[f - 1] !== 0 && !alone) continue;
    spans[k].start = word.start;
    first[k] = f - 1;
    tagTokens(tags, f - 1, tokenEnd(tokens, f - 1, spans[k]), 'LOC');
    if (alone) dropSpan(spans, first, --k);
  }
}

/** Lower-case words a name does not end with; the tagger sometimes stops a name after them. */
const NOT_TRAILING = new Set(['of', 'the', 'and', 'or', 'for', 'at', 'in', 'on', 'to']);
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** Whether a person's, body's or place's name cannot end in the word. */
const endsNoName = (word: string): boolean =>
  NOT_TRAILING.has(word) || (LOWER_CASE_WORD.test(word) && !NAME_PARTICLES.has(word));

/** Whether another name (MISC) cannot end in the word. */
const endsNoOtherName = (word: string): boolean => NOT_TRAILING.has(word);

/**
 * "Council of/ORG Europe/LOC" -> "Council of Europe/ORG", "Hamas and/ORG" -> "Hamas/ORG", "Stansted
 * airport/LOC" -> "Stansted/LOC": a name the tagger ended on "of" (or "of the") runs on into the name
 * right after it, whose body or place it is, as does one ended on a particle ("Dar es/LOC Salaam");
 * other lower-case words at a name's end are no part of it (the noun after a name says what it is:
 * "Hezbollah militants", "Java island"). Other names (MISC) keep them: a species' name ends in one
 * ("Euphausia superba").
 */
export function closeOpenEnds(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k];
    const trailing = span.type === 'MISC' ? endsNoOtherName : endsNoName;
    let last = tokenEnd(tokens, first[k], span) - 1;
    // Neither list holds a particle, so a name ending on one is only ever joined.
    const particle = NAME_PARTICLES.has(tokens[last].text);
    if (!particle && !trailing(tokens[last].text)) continue;
    const of = tokens[last].text === 'the' && last > first[k] ? last - 1 : last;
    const next = spans[k + 1];
    if ((particle || tokens[of].text === 'of') && next && next.start === tokens[last].end + 1) {
      // "Hamad bin/PER Khalifa University of .../ORG": a body named after a person is the body.
      if (span.type === 'PER' && next.type === 'ORG' && headsBody(ctx, tokens, first[k + 1], next)) span.type = 'ORG';
      const nationality = next.type === 'MISC' && first[k + 1] + 1 === tokenEnd(tokens, first[k + 1], next);
      absorbFollowing(spans, first, k);
      if (nationality) takeInMembers(tokens, spans, first, k);
      continue;
    }
    if (particle) continue;
    while (last > first[k] && trailing(tokens[last].text)) last--;
    if (trailing(tokens[last].text)) {
      dropSpan(spans, first, k);
      continue;
    }
    span.end = tokens[last].end;
    // What is left of "Sri Lankan navy", "Tutsi king" is a nationality or people.
    if (listedPhrase(ctx.gazetteer, tokens, first[k], span.end).bits & DEMONYM_BIT) span.type = 'MISC';
  }
}

/** The most capitalised words after a nationality that name a body's members ("Village Heads"). */
const MAX_MEMBER_WORDS = 3;

/**
 * "Association of/ORG Velkish/MISC Village Heads" -> one body: the words in title case after the
 * nationality a body's "of" took in name its members, and the name runs on over them, up to the next name.
 */
function takeInMembers(tokens: Token[], spans: Span[], first: number[], k: number): void {
  const from = tokenEnd(tokens, first[k], spans[k]);
  const stop = k + 1 < spans.length ? first[k + 1] : tokens.length;
  let e = from;
  while (e < stop && e - from < MAX_MEMBER_WORDS && /^\p{Lu}\p{Ll}/u.test(tokens[e].text)) e++;
  if (e > from) spans[k].end = tokens[e - 1].end;
}

/** Whether a body's head word before "of" opens or heads the name ("University of ...", "Velk University of ..."). */
function headsBody(ctx: FeatureContext, tokens: Token[], from: number, span: Span): boolean {
  const end = tokenEnd(tokens, from, span);
  for (let i = from; i < end; i++) if (headedByFirstWord(ctx, tokens, i)) return true;
  return false;
}

/**
 * Particles of Dutch, German and Swedish surnames that are no other name's ("Erik ten Hag", "Ursula von
 * der Leyen", "Carl af Ugglas").
 */
const SURNAME_PARTICLES = new Set([...NAME_PARTICLES, 'ten', 'ter', 'den', 'vom', 'los', 'las', 'af']);
SURNAME_PARTICLES.delete('y');

/**
 * "Ursula/PER von der Leyen/PER", "Erik/PER ten Hag" -> one person: one or two lower-case surname
 * particles between a person's name and a capitalised word belong to the name, which runs on over that
 * word (or the name that starts there), also when the tagger took the particles in and stopped there
 * ("Joss de/PER Velk-Harlo"). Not "y", which joins two names in Spanish. So does a listed given name
 * right before the particles, whatever the tagger read it as ("Joss/ORG af Velkhorn/PER").
 */
export function joinParticleNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  joinGivenNamesOverParticles(ctx, tokens, spans, first);
  takeInLeadingParticles(ctx, tokens, spans, first);
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'PER') continue;
    let t = tokenEnd(tokens, first[k], spans[k]);
    while (t - 1 > first[k] && SURNAME_PARTICLES.has(tokens[t - 1].text)) t--;
    const from = t;
    while (t < tokens.length && t - from < 2 && SURNAME_PARTICLES.has(tokens[t].text)) t++;
    if (t === from || t >= tokens.length || !/^\p{Lu}\p{Ll}/u.test(tokens[t].text)) continue;
    // Only over words the particles join: no space missing or doubled between them.
    if (tokens[t].start !== tokens[t - 1].end + 1) continue;
    if (k + 1 < spans.length && first[k + 1] === t) absorbFollowing(spans, first, k);
    else if (k + 1 === spans.length || spans[k + 1].start >= tokens[t].end) spans[k].end = tokens[t].end;
  }
}

/** Particles that open a surname written without the given name ("van der Linden said"). */
const LEADING_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'ten',
  'ter',
  'af',
]);

/**
 * "van der Linden/PER said" -> "van der Linden/PER": one or two lower-case surname particles right before
 * a surname read alone as a person, after a word that is no name's (a capitalised word there may be a
 * given name, which the rule above weighs), open the surname. Not before a given name or a full name, nor
 * an everyday word: in Spanish, Italian and French sentences "de", "di" and "du" are prepositions ("la
 * foto di Demi", "del apocalipsis de Ross Ashcroft").
 */
function takeInLeadingParticles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'PER' || tokens[f].end !== spans[k].end) continue;
    let p = f;
    while (p > f - 2 && p > 0 && LEADING_PARTICLES.has(tokens[p - 1].text)) p--;
    if (p === f || (p > 0 && /^\p{Lu}/u.test(tokens[p - 1].text))) continue;
    if (k > 0 && spans[k - 1].end > tokens[p].start) continue;
    const lower = tokens[f].text.toLowerCase();
    if (ctx.lowerWords.has(lower) || ctx.gazetteer.word(lower) & FIRST_BIT) continue;
    spans[k].start = tokens[p].start;
    first[k] = p;
  }
}

/** "Joss/ORG af Velkhorn/PER" -> one person: a one-word listed given name, particles, then a person's name. */
function joinGivenNamesOverParticles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 1; k < spans.length; k++) {
    if (spans[k].type !== 'PER') continue;
    let p = first[k];
    while (p > first[k] - 2 && p > 0 && SURNAME_PARTICLES.has(tokens[p - 1].text)) p--;
    const given = first[k - 1];
    if (p === first[k] || given !== p - 1 || tokens[given].end !== spans[k - 1].end) continue;
    if ((ctx.gazetteer.word(tokens[given].text.toLowerCase()) & FIRST_BIT) === 0) continue;
    spans[k - 1].type = 'PER';
    absorbFollowing(spans, first, k - 1);
    k--;
  }
}

/** Lower-case words a span must not start with: an article, "of", "and" or a direction ("southern England" -> "England"). */
const NOT_LEADING =
  /^(?:the|of|and|north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northeastern|northwestern|southeastern|southwestern)$/;

/** A lower-case compound of words or numbers ("now-defunct", "oil-rich", "three-year"); not "al-Qaida", "sub-Saharan". */
const LOWER_COMPOUND = /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)+$/u;

/** Punctuation left at the start once the words before it are cut ("mid-1990s , Tarnia"). */
const PUNCTUATION = /^\p{P}+$/u;

/**
 * A name does not start with a lower-case article or direction word, a lower-case compound describing
 * it ("the now-defunct Velby League", "oil-rich Tarnia") or the possessive of the name before it
 * ("Tarnia's/LOC Supreme Court/ORG" read as "'s Supreme Court"), as the tagger sometimes has it.
 */
export function trimLeadingWords(tokens: Token[], spans: Span[], first: number[]): void {
  const leading = (token: Token, cut: boolean) =>
    NOT_LEADING.test(token.text) ||
    LOWER_COMPOUND.test(token.text) ||
    isPossessive(token) ||
    (cut && PUNCTUATION.test(token.text));
  for (let k = spans.length - 1; k >= 0; k--) {
    let f = first[k];
    while (tokens[f + 1] && tokens[f + 1].end <= spans[k].end && leading(tokens[f], f > first[k])) f++;
    if (f === first[k]) continue;
    if (tokens[f].end > spans[k].end) {
      dropSpan(spans, first, k);
    } else {
      spans[k].start = tokens[f].start;
      first[k] = f;
    }
  }
}

/** An initial: one capital letter and a full stop ("L."). */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * "writer L. Ron Hubbard/PER" -> "L. Ron Hubbard/PER": initials right before a person's name, which the
 * tagger left out, are part of it.
 */
export function includeInitials(tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type !== 'PER') return;
    let f = first[k];
    const floor = k > 0 ? spans[k - 1].end : 0;
    while (
      f > 0 &&
      INITIAL.test(tokens[f - 1].text) &&
      tokens[f - 1].start >= floor &&
      tokens[f - 1].end + 1 === tokens[f].start
    )
      f--;
    if (f === first[k]) return;
    span.start = tokens[f].start;
    first[k] = f;
  });
}

/**
 * "Aristide ally Rene Preval/PER" -> two people, "Velkov 12/PER" -> "Velkov": an ordinary lower-case
 * word is no part of a person's name ("presidents Jimmy Carter"), nor are the figures after a name in
 * results ("scorers: Velkov 12, Harl 9"). Particles the lists do not know as ordinary words stay
 * ("Bingu wa Mutharika", "Nouri al-Maliki").
 */
export function splitPersonNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const splits = (word: string) => /^\p{Ll}+$/u.test(word) && ctx.lowerWords.has(word) && !NOT_SPLITTING.has(word);
  for (let k = spans.length - 1; k >= 0; k--) {
    if (spans[k].type !== 'PER') continue;
    const f = first[k];
    const spanEnd = tokenEnd(tokens, f, spans[k]);
    let end = spanEnd;
    while (end - 1 > f && /\p{N}/u.test(tokens[end - 1].text)) end--;
    // The name's parts between the words that cannot be in it.
    const parts: number[][] = [];
    let from = f;
    for (let i = f; i <= end; i++) {
      if (i < end && !splits(tokens[i].text)) continue;
      if (i > from) parts.push([from, i]);
      from = i + 1;
    }
    if (parts.length === 1 && end === spanEnd && parts[0][0] === f) continue;
    const pieces = parts.map(([a, b]) => ({ start: tokens[a].start, end: tokens[b - 1].end, type: 'PER' as const }));
    spans.splice(k, 1, ...pieces);
    first.splice(k, 1, ...parts.map(([a]) => a));
  }
}

/** Lower-case words that may join the parts of a person's name ("Joan of Arc", "Tom and Jerry"). */
const NOT_SPLITTING = new Set([...NAME_PARTICLES, 'of', 'the', 'and', 'for']);

/**
 * Capitalised words that open no body's name: determiners, pronouns, question words, days' adverbs,
 * and "Doctor", a title the lists lack.
 */
const NO_OPENERS = new Set(
  [
    ...['this', 'that', 'these', 'those', 'each', 'every', 'any', 'some', 'no', 'your', 'my', 'our', 'his'],
    ...['her', 'their', 'its', 'how', 'what', 'why', 'when', 'where', 'who', 'today', 'tomorrow', 'yesterday'],
    'doctor',
  ].map(w => w[0].toUpperCase() + w.slice(1)),
);
const NOT_OPENER_BITS = categoryBit('calendar') | categoryBit('title') | DEMONYM_BIT;

/**
 * "a nearby Shoppers/O Drug Mart/ORG" -> "Shoppers Drug Mart/ORG", "the All/O Progressives Congress/ORG":
 * a capitalised word the tagger left out right before a body's name, inside a sentence and after a
 * lower-case word, is the first word of that name: the tagger leaves out a first word that is an
 * everyday word ("All", "Trade", "Free"). Not a determiner, pronoun or question word written with a
 * capital, a title, a month or weekday, a nationality, nor before a handle or hashtag (posts).
 */
export function takeInLeftOutOpeners(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k < spans.length; k++) {
    const s = first[k] - 1;
    if (spans[k].type !== 'ORG' || s < 1 || tags[s] !== 0 || !/^\p{L}/u.test(tokens[first[k]].text)) continue;
    const word = tokens[s].text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !startsLowerCase(tokens[s - 1].text) || NO_OPENERS.has(word)) continue;
    const lower = word.toLowerCase();
    if (ctx.gazetteer.word(lower) & NOT_OPENER_BITS || isAnyTitle(ctx, lower)) continue;
    if (k > 0 && spans[k - 1].end > tokens[s].start) continue;
    spans[k].start = tokens[s].start;
    first[k] = s;
  }
}
