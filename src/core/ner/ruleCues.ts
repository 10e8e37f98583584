/**
 * Which sentence rules can act on a sentence, read from its words once.
 *
 * Many rules act only where a sentence holds one of a few words ("poll", "Hurricane", a company's
 * legal form) or a word of one of the name lists' categories (a body's head word, a given name), and
 * each used to scan every sentence for it: with well over a hundred rules those scans cost more than
 * the rules' work. A rule may declare such a condition as a cue; `applyRules` reads each sentence
 * once and skips the rules whose cue is absent. A cue must hold wherever its rule changes anything,
 * so skipping a rule never changes a result.
 */
import type { Token } from '../text/tokenize';
import type { Gazetteer } from './gazetteer';
import { DESCRIBING_NOUN_CUE } from './rules-appositions';
import { AREA_NOUN_CUE } from './rules-areas';
import { CALL_SIGN_CUE } from './rules-broadcasters';
import { LISTED_ACRONYM_CUE, PLUS_CUE, UNION_LOCAL_CUE } from './rules-branches';
import { PATRONYMIC_CUE, SAID_CUE } from './rules-surnames';
import { SAINT_CUE, TOWN_OF_CUE } from './rules-towns';
import { BEARING_CUE } from './rules-bearings';
import { SUFFIXED_PLACE_CUE } from './rules-suffixes';
import { SEA_ADJECTIVE_CUE } from './rules-landforms';
import { HYPHENED_PAIR_CUE } from './rules-hyphens';
import { RIVERSIDE_CUE } from './rules-riverside';
import { PLACE_PLURAL_CUE, SITE_CUE } from './rules-placekinds';
import { REGIONAL_CUE } from './rules-edges';
import { DATELINE_AGENCY_CUE } from './rules-datelines';
import { DESIGNATOR_CUE } from './rules-designators';
import { BODY_HEAD_CUE, FIRM_ENDING_CUE, OPENING_FORM_CUE, POLL_CUE } from './rules-firms';
import { EVENT_CUE, LAW_OR_SHOW_CUE, STORM_CUE } from './rules-heads';
import { FOREIGN_HEAD_CUE } from './rules-foreignwords';
import { FIELD_BEFORE_NATION_CUE } from './rules-national';
import { DOUBLE_QUOTE_CUE } from './rules-ideas';
import { BRACKET_CUE } from './rules-acronyms';
import { EVENT_NAME_CUE, FESTIVAL_CUE, HOLIDAY_CUE, SCHEME_NOUN_CUE } from './rules-holidays';
import { LISTED_ALONE_CUE } from './rules-known';
import { KIND_NOUN_CUE, KIND_PLURAL_CUE, POSITION_CUE } from './rules-kinds';
import { LANGUAGE_CUE } from './rules-languages';
import { TRADED_CUE } from './rules-markets';
import { NEWSPAPER_HEAD_CUE, OUTLET_CUE } from './rules-newspapers';
import { PARTY_NOUN_CUE } from './rules-parties';
import { GIVEN_NAME_CUE, OFFICE_TITLE_CUE, TITLE_CUE } from './rules-people';
import { LETTERED_ROAD_CUE, ROAD_CUE } from './rules-roads';
import { TICKER_EXCHANGE_CUE } from './rules-tickers';
import { AWARD_CUE, HALL_OF_FAME_CUE } from './rules-runs';
import { SOURCE_CREDIT_CUE, SPEAKER_CUE } from './rules-sources';
import { SPORT_BODY_CUE } from './rules-sportbodies';
import { PORTFOLIO_CUE } from './rules-titles';
import { MEMBER_TITLE_CUE } from './rules-posts';
import { NUMBER_WORD_CUE } from './rules-members';
import { CHINESE_FAMILY_NAME_CUE, VIETNAMESE_NAMES_CUE } from './rules-surnames';

/**
 * What a sentence must hold for a rule to act: one of `words` (any case), a word with one of the name
 * lists' categories `bits`, or a word that passes `test`.
 */
export interface RuleCue {
  /** Tokens' texts, compared lower-cased. */
  words?: Iterable<string>;
  /** Category bits of the name lists, as `Gazetteer.word` gives them. */
  bits?: number;
  /** A test of one word, as written and lower-cased. */
  test?: (text: string, lower: string, gazetteer: Gazetteer) => boolean;
}

/** The cues of one sentence, as `RuleCues.read` found them. */
export interface SentenceCues {
  /** Whether the cue numbered `cue` (from `RuleCues.add`) is in the sentence. */
  has(cue: number): boolean;
}

/** Cues a word holds, one bit each: cues 0-31 in the first number, 32-63 in the second. */
type CueBits = readonly [number, number];

const MAX_CUES = 64;

/**
 * A set of cues, numbered in the order they are added. What each distinct word holds is worked out
 * once: the tagger's table of words keeps `cuesOf` for every word it has seen (wordTable.ts), so a
 * sentence's cues cost it an OR a token; `read` finds the same from the tokens alone.
 */
export class RuleCues {
  /** The cues each lower-cased word is a word of. */
  private readonly cuesOfWord = new Map<string, number[]>();
  private readonly cues: RuleCue[] = [];

  /** Registers a cue; returns its number. */
  add(cue: RuleCue): number {
    const id = this.cues.length;
    if (id === MAX_CUES) throw new Error(`at most ${MAX_CUES} rule cues`);
    this.cues.push(cue);
    for (const word of cue.words ?? []) {
      const lower = word.toLowerCase();
      const ids = this.cuesOfWord.get(lower);
      if (ids === undefined) this.cuesOfWord.set(lower, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
    return id;
  }

  /** The cues a word holds. */
  cuesOf(text: string, lower: string, gazetteer: Gazetteer): CueBits {
    const bits = [0, 0];
    const set = (id: number) => (bits[id >>> 5] |= 1 << (id & 31));
    for (const id of this.cuesOfWord.get(lower) ?? []) set(id);
    let categories: number | undefined;
    this.cues.forEach((cue, id) => {
      if (cue.bits !== undefined && ((categories ??= gazetteer.word(lower)) & cue.bits) !== 0) set(id);
      else if (cue.test?.(text, lower, gazetteer)) set(id);
    });
    return [bits[0], bits[1]];
  }

  /** A sentence's cues from the OR of its words' `cuesOf`. */
  sentence(low: number, high: number): SentenceCues {
    return { has: cue => ((cue < 32 ? low >>> cue : high >>> (cue - 32)) & 1) === 1 };
  }

  /** A sentence's cues read from its tokens. */
  read(tokens: readonly Token[], gazetteer: Gazetteer): SentenceCues {
    let low = 0;
    let high = 0;
    for (const token of tokens) {
      const [l, h] = this.cuesOf(token.text, token.text.toLowerCase(), gazetteer);
      low |= l;
      high |= h;
    }
    return this.sentence(low, high);
  }
}

/** The cues of the rules `applyRules` skips where they cannot act, read together from each sentence. */
export const SENTENCE_CUES = new RuleCues();
export const CUE = {
  areaNoun: SENTENCE_CUES.add(AREA_NOUN_CUE),
  suffixedPlace: SENTENCE_CUES.add(SUFFIXED_PLACE_CUE),
  awardTitle: SENTENCE_CUES.add(AWARD_CUE),
  bodyHead: SENTENCE_CUES.add(BODY_HEAD_CUE),
  callSign: SENTENCE_CUES.add(CALL_SIGN_CUE),
  datelineAgency: SENTENCE_CUES.add(DATELINE_AGENCY_CUE),
  designator: SENTENCE_CUES.add(DESIGNATOR_CUE),
  describingNoun: SENTENCE_CUES.add(DESCRIBING_NOUN_CUE),
  event: SENTENCE_CUES.add(EVENT_CUE),
  lawOrShow: SENTENCE_CUES.add(LAW_OR_SHOW_CUE),
  eventName: SENTENCE_CUES.add(EVENT_NAME_CUE),
  firmEnding: SENTENCE_CUES.add(FIRM_ENDING_CUE),
  foreignHead: SENTENCE_CUES.add(FOREIGN_HEAD_CUE),
  givenName: SENTENCE_CUES.add(GIVEN_NAME_CUE),
  hallOfFame: SENTENCE_CUES.add(HALL_OF_FAME_CUE),
  holiday: SENTENCE_CUES.add(HOLIDAY_CUE),
  kindNoun: SENTENCE_CUES.add(KIND_NOUN_CUE),
  kindPlural: SENTENCE_CUES.add(KIND_PLURAL_CUE),
  language: SENTENCE_CUES.add(LANGUAGE_CUE),
  listedAlone: SENTENCE_CUES.add(LISTED_ALONE_CUE),
  newspaperHead: SENTENCE_CUES.add(NEWSPAPER_HEAD_CUE),
  officeTitle: SENTENCE_CUES.add(OFFICE_TITLE_CUE),
  outlet: SENTENCE_CUES.add(OUTLET_CUE),
  partyNoun: SENTENCE_CUES.add(PARTY_NOUN_CUE),
  poll: SENTENCE_CUES.add(POLL_CUE),
  portfolio: SENTENCE_CUES.add(PORTFOLIO_CUE),
  position: SENTENCE_CUES.add(POSITION_CUE),
  road: SENTENCE_CUES.add(ROAD_CUE),
  letteredRoad: SENTENCE_CUES.add(LETTERED_ROAD_CUE),
  tickerExchange: SENTENCE_CUES.add(TICKER_EXCHANGE_CUE),
  sourceCredit: SENTENCE_CUES.add(SOURCE_CREDIT_CUE),
  sportBody: SENTENCE_CUES.add(SPORT_BODY_CUE),
  storm: SENTENCE_CUES.add(STORM_CUE),
  title: SENTENCE_CUES.add(TITLE_CUE),
  traded: SENTENCE_CUES.add(TRADED_CUE),
  said: SENTENCE_CUES.add(SAID_CUE),
  speaker: SENTENCE_CUES.add(SPEAKER_CUE),
  patronymic: SENTENCE_CUES.add(PATRONYMIC_CUE),
  seaAdjective: SENTENCE_CUES.add(SEA_ADJECTIVE_CUE),
  saint: SENTENCE_CUES.add(SAINT_CUE),
  plus: SENTENCE_CUES.add(PLUS_CUE),
  listedAcronym: SENTENCE_CUES.add(LISTED_ACRONYM_CUE),
  regional: SENTENCE_CUES.add(REGIONAL_CUE),
  fieldBeforeNation: SENTENCE_CUES.add(FIELD_BEFORE_NATION_CUE),
  schemeNoun: SENTENCE_CUES.add(SCHEME_NOUN_CUE),
  doubleQuote: SENTENCE_CUES.add(DOUBLE_QUOTE_CUE),
  bracket: SENTENCE_CUES.add(BRACKET_CUE),
  townOf: SENTENCE_CUES.add(TOWN_OF_CUE),
  bearing: SENTENCE_CUES.add(BEARING_CUE),
  openingForm: SENTENCE_CUES.add(OPENING_FORM_CUE),
  memberTitle: SENTENCE_CUES.add(MEMBER_TITLE_CUE),
  numberWord: SENTENCE_CUES.add(NUMBER_WORD_CUE),
  unionLocal: SENTENCE_CUES.add(UNION_LOCAL_CUE),
  vietnameseName: SENTENCE_CUES.add(VIETNAMESE_NAMES_CUE),
  chineseFamilyName: SENTENCE_CUES.add(CHINESE_FAMILY_NAME_CUE),
  hyphenedPair: SENTENCE_CUES.add(HYPHENED_PAIR_CUE),
  riverside: SENTENCE_CUES.add(RIVERSIDE_CUE),
  placePlural: SENTENCE_CUES.add(PLACE_PLURAL_CUE),
  site: SENTENCE_CUES.add(SITE_CUE),
  festival: SENTENCE_CUES.add(FESTIVAL_CUE),
};
