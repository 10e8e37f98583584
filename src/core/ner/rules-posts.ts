/**
 * Posts written with a holder's name: the place of a post between the post and its holder ("Governor
 * of Tarnby Ann Velk", "Mayor of Velkstad Joss Harl"), which the tagger runs into the name, and the
 * letters of a member's seat, a rank or an honour after it ("Joss Harl MP", "Ann Velk KC").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { capitalised, dropSpan, splitAround, splitAt, tokenEnd } from './spanTokens';
import { PERSON_NAME_BITS, categoryBit as bit } from './gazetteer';
import { namesListedPlace } from './rules-listed';
import type { RuleCue } from './ruleCues';
import { isAnyTitle } from './rules-people';

const GIVEN_NAME_BIT = bit('first');

/**
 * "Governor of Tarnby Ann Velk/PER" -> "Tarnby/LOC", "Ann Velk/PER": a person's name right after a
 * title and "of" whose first word is on no list of people's names nor an ordinary word, and whose
 * second word is a listed given name, opens with the place the post is of ("Mayor of London Sadiq
 * Khan"). Not an ordinary word ("Minister of Finance Ann Velk" is cut by the office rules).
 */
export function splitPlacesOfPosts(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  const gaz = ctx.gazetteer;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const f = first[k];
    if (span.type !== 'PER' || f < 2 || tokens[f - 1].text !== 'of') continue;
    if (!isAnyTitle(ctx, tokens[f - 2].text.toLowerCase())) continue;
    if (f + 2 >= tokens.length || tokens[f + 2].end > span.end) continue;
    const place = tokens[f].text.toLowerCase();
    if (gaz.word(place) & PERSON_NAME_BITS || ctx.lowerWords.has(place)) continue;
    if ((gaz.word(tokens[f + 1].text.toLowerCase()) & GIVEN_NAME_BIT) === 0) continue;
    splitAt(tokens, spans, first, k, f + 1, 'LOC', 'PER');
    k++;
  }
}

/** Abbreviated titles of members of a parliament or assembly (Westminster, Irish, Canadian, Australian, European). */
const MEMBER_TITLES = /^(?:MPs?|MPPs?|MEPs?|MLAs?|MSPs?|MNAs?|MHAs?|TDs?)$/;

/** `splitAtMemberTitles` and `trimMemberTitles` act only on a sentence with a member's title. */
export const MEMBER_TITLE_CUE: RuleCue = { test: text => MEMBER_TITLES.test(text) };

/**
 * "Velby Labour MP Joss Harl/PER" -> "Velby Labour/ORG", "Joss Harl/PER": a member's title inside a
 * name stands between the member's party or seat and the member, as news writes "Labour MP Jane Doe";
 * the tagger runs the three into one name, most often at a sentence's start. What is before the title is
 * the seat's place when it is a listed place ("Tarnby MP Joss Harl"), else the party.
 */
export function splitAtMemberTitles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const f = first[k];
    const end = tokenEnd(tokens, f, spans[k]);
    let title = f + 1;
    while (title < end - 1 && !MEMBER_TITLES.test(tokens[title].text)) title++;
    if (title >= end - 1 || !capitalised(tokens[title + 1].text)) continue;
    const place = namesListedPlace(ctx.gazetteer, tokens, f, tokens[title - 1].end);
    splitAround(tokens, spans, first, k, title, place ? 'LOC' : 'ORG', 'PER');
  }
}

/**
 * "Harland Labour/ORG MP" -> "Harland Labour": a member's title after a party's or a place's name is
 * the title of the person who follows, not part of the name; a name made of the title alone is no name.
 * Read as a person ("Velby Democrat MP/PER"), what is left names the member's party (MISC, as "Democrat"
 * does), unless it starts with a given name ("Joss Tarvell MP": the title after a person's name is no
 * part of it either).
 */
export function trimMemberTitles(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k];
    const l = tokenEnd(tokens, first[k], span) - 1;
    if (!MEMBER_TITLES.test(tokens[l].text)) continue;
    if (l === first[k]) {
      dropSpan(spans, first, k);
      continue;
    }
    span.end = tokens[l - 1].end;
    if (span.type === 'PER' && !(ctx.gazetteer.word(tokens[first[k]].text.toLowerCase()) & GIVEN_NAME_BIT))
      span.type = 'MISC';
  }
}

/**
 * Letters after a name for counsel's rank, an Irish deputy's seat, an order of chivalry or a learned
 * society; members' titles are `trimMemberTitles`'s.
 */
const POST_NOMINALS = new Set([
  ...['KC', 'QC', 'SC', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'CMG', 'KCMG', 'CVO', 'LVO', 'MVO'],
  // The orders of Australia and New Zealand, and their public service medals.
  ...['AC', 'AO', 'AM', 'OAM', 'PSM', 'ONZM', 'MNZM', 'KNZM', 'DNZM', 'CNZM', 'QSO'],
]);

/** Counsel's ranks and the British orders, which only a person's name takes ("AC" ends clubs' names too). */
const PERSONS_POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE']);

/**
 * "Ann Velk KC/PER" -> "Ann Velk/PER": such letters after a person's name of two words or more are no
 * part of the name, as news writes "Caroline Ashdown KC" and "Joss Harl OBE". A name read as a body or a
 * place with counsel's rank or a British order after it is a person's ("Ann Velk KC/ORG").
 */
export function trimPostNominals(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const type = spans[k].type;
    if (type === 'MISC') continue;
    let last = tokenEnd(tokens, first[k], spans[k]) - 1;
    if (type !== 'PER' && !PERSONS_POST_NOMINALS.has(tokens[last].text)) continue;
    while (last > first[k] + 1 && POST_NOMINALS.has(tokens[last].text)) last--;
    if (tokens[last].end === spans[k].end) continue;
    spans[k].end = tokens[last].end;
    spans[k].type = 'PER';
  }
}
