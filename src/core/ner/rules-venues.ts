/** Venues: grounds, halls, palaces and centres for events, named as the places where things happen. */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, tokenEnd } from './spanTokens';
import { FeatureContext } from './features';
import { listedPhrase } from './rules-listed';
import { BODY_BITS } from './rules-bodies';

/** Last words of venues: grounds, halls and palaces where events are held. */
const VENUE_ENDINGS = new Set([
  ...['Ground', 'Field', 'Garden', 'Gardens', 'Stadium', 'Stadio', 'Arena', 'Hall', 'Palace', 'Theatre'],
  ...['Theater', 'Studios', 'Buildings', 'Ballroom', 'Amphitheatre', 'Market'],
]);
/** Last words of centres and complexes, venues only after a word of `VENUE_CENTRES`. */
const CENTRE_WORDS = new Set(['Centre', 'Center', 'Complex']);
/**
 * Words before "Centre" or "Complex" that make it a venue ("Convention Centre", "Sports Complex"); other
 * centres are as often bodies ("Research Centre", "Space Center").
 */
const VENUE_CENTRES = new Set([
  ...['Convention', 'Exhibition', 'Conference', 'Congress', 'Cinema', 'Tennis', 'Sports', 'Aquatics'],
  ...['Shopping', 'Arts', 'Performing', 'Events', 'Civic', 'Leisure'],
]);
/** Words before a venue that say where something happens ("at the", "outside"), also opening a sentence. */
const AT_VENUE = new Set(['at', 'outside', 'inside', 'At', 'Outside', 'Inside']);

/**
 * "a win at the County Ground/ORG", "told reporters outside the Tarnby Palace/ORG" -> LOC: a name of two or
 * more words ending in a venue's word ("Ground", "Hall", "Palace", "Convention Centre", "Sports Complex" ...)
 * right after "at", "outside" or "inside" (and "the") is the place where it happens, not the body that runs
 * it. Not a listed body.
 */
export function retypeVenuesAfterAt(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.type !== 'ORG' && span.type !== 'PER') continue;
    const f = first[k];
    const at = tokens[f - 1]?.text === 'the' ? f - 2 : f - 1;
    if (at < 0 || !AT_VENUE.has(tokens[at].text)) continue;
    const e = tokenEnd(tokens, f, span);
    if (e - f < 2) continue;
    const last = tokens[e - 1].text;
    const centre = CENTRE_WORDS.has(last) && VENUE_CENTRES.has(tokens[e - 2].text);
    if (!centre && !VENUE_ENDINGS.has(last)) continue;
    placeUnlessListedBody(ctx, tokens, f, span);
  }
}

/** Last words of sites that name no body wherever they stand: a stadium, a dome. */
const SITE_ENDINGS = new Set(['Stadium', 'Dome']);

/**
 * First words of sites in the languages whose names of stadiums, stations, airports, squares and streets
 * translated news keeps ("Stade ...", "Gare de ...", "Estadio ...", "Piazza ...").
 */
const SITE_OPENINGS = new Set([
  ...['Stade', 'Estadio', 'Estádio', 'Stadio', 'Stadion', 'Gare', 'Aéroport', 'Aeropuerto', 'Aeroporto'],
  ...['Piazza', 'Praça', 'Rue', 'Rua', 'Calle', 'Avenida', 'Paseo', 'Jalan', 'Parque', 'Palais'],
]);

/**
 * "the Tarnby Dome/ORG", "Velk Stadium/ORG", "the Stade Ulla/ORG Brennick" -> LOC: a name of two or more
 * words ending in a stadium's or a dome's word, or opening with another language's word for a site, is
 * the site, however the sentence names it (a club plays at its stadium, and a stadium does not speak);
 * capitalised words the tagger left out right after such an opening are the rest of its name, and so is
 * a person's name right after it (a site named after someone: "Estadio Velko Harl Brennick"). Not a
 * listed body. Air bases and cemeteries are left as the tagger reads them: the corpora disagree on them
 * (bodies in GMB and WikiGold, places in GUM).
 */
export function retypeSites(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    let e = tokenEnd(tokens, f, span);
    const opening = SITE_OPENINGS.has(tokens[f].text);
    // A site named after a person: "Estadio Velko/LOC Harl Brennick/PER" is one name.
    if (opening && spans[k + 1]?.type === 'PER' && first[k + 1] === e && namedAfter(tokens, e)) {
      absorbFollowing(spans, first, k);
      placeUnlessListedBody(ctx, tokens, f, span);
      continue;
    }
    if (span.type !== 'ORG' && span.type !== 'PER') continue;
    if (e - f < 2 || !(opening || SITE_ENDINGS.has(tokens[e - 1].text))) continue;
    if (opening) {
      const next = k + 1 < spans.length ? spans[k + 1].start : Infinity;
      while (e < tokens.length && e - f < 5 && tokens[e].start < next && /^\p{Lu}\p{Ll}/u.test(tokens[e].text)) e++;
      span.end = tokens[e - 1].end;
    }
    placeUnlessListedBody(ctx, tokens, f, span);
  }
}

/** Whether token `e`, a capitalised word one space after the word before it, may go on a site's name. */
function namedAfter(tokens: Token[], e: number): boolean {
  return tokens[e].start === tokens[e - 1].end + 1 && /^\p{Lu}\p{Ll}/u.test(tokens[e].text);
}

/** Makes the span from token `f` a place, unless the lists hold its words as a body's name. */
function placeUnlessListedBody(ctx: FeatureContext, tokens: Token[], f: number, span: Span): void {
  const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, span.end);
  if ((bits & BODY_BITS) === 0 && !ctx.gazetteer.isListedBody(phrase)) span.type = 'LOC';
}
