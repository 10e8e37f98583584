import { Token } from '../text/tokenize';
import { Span } from '../types';
import { FeatureContext } from './features';
import { namesListedNation } from './rules-listed';
import { replaceWithName, splitAt, tokenEnd } from './spanTokens';
import type { RuleCue } from './ruleCues';

/** Words that name a road with its number after them ("Highway 5", "Interstate 95", "Route 66"). */
const ROAD_WORDS = new Set([
  ...['Highway', 'Interstate', 'Route', 'Motorway', 'Autobahn', 'Expressway', 'Freeway'],
  // Spanish and Italian roads ("Ruta 40", "Strada Statale 1").
  ...['Ruta', 'Strada'],
]);
/** Words between a road's word and its number that say who keeps it ("Route Nationale 7", "Ruta Nacional 40"). */
const ROAD_KEEPERS = new Set(['Nationale', 'Nacional', 'Provincial', 'Statale', 'Départementale', 'Federal']);
/** `tagNumberedRoads` acts only on a sentence with a road's word. */
export const ROAD_CUE: RuleCue = { words: ROAD_WORDS };
/** Words before a road's word that belong to its name ("State Route 9", "U.S. Highway 1"). */
const ROAD_OWNERS = new Set(['State', 'U.S.', 'US', 'County', 'National', 'Federal']);
/** A road's number: digits, perhaps with a letter ("5", "401", "35E"). */
const ROAD_NUMBER = /^\d{1,4}[A-Z]?$/;

/**
 * "Highway/O 5/O", "State Route/LOC 267/O" -> "State Route 267/LOC": a road named by its word and its
 * number (maybe with its keeper's word between: "Route Nationale 25") is a place, which the tagger leaves
 * out (it reads numbers as no part of names) or cuts; a listed state's or country's name of one or two
 * words right before the road's word is part of it ("Louisiana/LOC Highway 30"). Not inside a longer name
 * that holds it ("Highway 5 Bridge Authority").
 */
export function tagNumberedRoads(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ROAD_WORDS.has(tokens[i].text)) continue;
    const number = ROAD_KEEPERS.has(tokens[i + 1].text) ? i + 2 : i + 1;
    if (!ROAD_NUMBER.test(tokens[number]?.text ?? '')) continue;
    if (tokens[number - 1].end + 1 !== tokens[number].start) continue;
    const from = i > 0 && ROAD_OWNERS.has(tokens[i - 1].text) ? i - 1 : owningPlaceFrom(ctx, tokens, spans, first, i);
    replaceWithName(tokens, tags, spans, first, from, number + 1, 'LOC');
  }
}

/** The first token of a listed state's or country's name read as a place right before token `road`, or `road`. */
function owningPlaceFrom(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[], road: number): number {
  const k = spans.findIndex(s => s.end === tokens[road - 1]?.end);
  if (k < 0 || spans[k].type !== 'LOC' || road - first[k] > 2) return road;
  return namesListedNation(ctx.gazetteer, tokens, first[k], spans[k].end) ? first[k] : road;
}

/** A British, Irish, Malaysian or Spanish road's letter and number ("M5", "A14", "B4401", "N7", "R445", "A-357"). */
const LETTERED_ROAD = /^[ABMNR]-?\d{1,4}$/;
/** `tagLetteredRoads` acts only on a sentence with such a word. */
export const LETTERED_ROAD_CUE: RuleCue = { test: text => LETTERED_ROAD.test(text) };
/** Nouns after a lettered road that say it is one. */
const LETTERED_ROAD_NOUNS = new Set([
  ...['motorway', 'road', 'carriageway', 'bypass', 'junction', 'roundabout', 'corridor'],
  ...['northbound', 'southbound', 'eastbound', 'westbound'],
]);
/** Words before "the" and a lettered road that only a road follows ("routed along the A30"). */
const ALONG_ROADS = new Set(['along', 'onto', 'off', 'via', 'beneath', 'under', 'across', 'joining', 'join']);

/**
 * "the M5/O motorway", "the A14/ORG road", "along the B4401/O" -> LOC: "the", a road's letter and
 * number, and a noun for a road after them name the road, which the tagger leaves out or reads as a
 * body; so do they after a word that only roads follow ("along", "onto", "via"). Not otherwise: "the
 * A380" is an aircraft, "the M4" a car. A name read from the number on ("the N86 Tarnby-Velby/ORG
 * road") is the road and the rest.
 */
export function tagLetteredRoads(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!LETTERED_ROAD.test(tokens[i].text) || tokens[i - 1].text.toLowerCase() !== 'the') continue;
    const k = first.indexOf(i);
    const after = k >= 0 ? tokenEnd(tokens, i, spans[k]) : i + 1;
    if (!LETTERED_ROAD_NOUNS.has(tokens[after]?.text) && !ALONG_ROADS.has(tokens[i - 2]?.text.toLowerCase())) continue;
    if (after > i + 1) splitAt(tokens, spans, first, k, i + 1, 'LOC', 'LOC');
    else replaceWithName(tokens, tags, spans, first, i, i + 1, 'LOC');
  }
}

/** Words that end a street's name. */
const STREET_WORDS = new Set(['Road', 'Street', 'Avenue', 'Boulevard', 'Highway', 'Square', 'Drive', 'Bridge']);
/** Titles of the people streets are named after ("Sheikh Zayed Road", "King Fahd Road"). */
const STREET_HONORIFICS = new Set([
  ...['Sheikh', 'Shaikh', 'Sultan', 'Emir', 'King', 'Queen', 'Prince', 'Princess', 'President', 'General'],
  ...['Imam', 'Mahatma', 'Pandit', 'Sir'],
]);

/**
 * "the Sheikh/O Zayed Road/LOC" -> "Sheikh Zayed Road/LOC": the title of the person a street is named
 * after, left out right before the street's name, is part of it (the tagger leaves titles out of names).
 */
export function takeInStreetHonorifics(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'LOC' || f < 1 || tags[f - 1] !== 0 || !STREET_HONORIFICS.has(tokens[f - 1].text)) continue;
    const e = tokenEnd(tokens, f, spans[k]);
    if (e - f < 2 || !STREET_WORDS.has(tokens[e - 1].text)) continue;
    spans[k].start = tokens[f - 1].start;
    first[k] = f - 1;
  }
}
