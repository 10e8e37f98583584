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
import { DATELINE_AGENCY_CUE } from './rules-datelines';
import { DESIGNATOR_CUE } from './rules-designators';
import { BODY_HEAD_CUE, FIRM_ENDING_CUE, POLL_CUE } from './rules-firms';
import { EVENT_CUE, STORM_CUE } from './rules-heads';
import { EVENT_NAME_CUE, HOLIDAY_CUE } from './rules-holidays';
import { KIND_NOUN_CUE, KIND_PLURAL_CUE, POSITION_CUE } from './rules-kinds';
import { LANGUAGE_CUE } from './rules-languages';
import { TRADED_CUE } from './rules-markets';
import { OUTLET_CUE } from './rules-newspapers';
import { PARTY_NOUN_CUE } from './rules-parties';
import { GIVEN_NAME_CUE, OFFICE_TITLE_CUE, TITLE_CUE } from './rules-people';
import { ROAD_CUE } from './rules-roads';
import { AWARD_CUE, HALL_OF_FAME_CUE } from './rules-runs';
import { SPORT_BODY_CUE } from './rules-sportbodies';
import { PORTFOLIO_CUE } from './rules-titles';
import { VIETNAMESE_NAMES_CUE } from './rules-surnames';

/** What a sentence must hold for a rule to act: one of `words` (any case) or a word with one of `bits`. */
export interface RuleCue {
  /** Tokens' texts, compared lower-cased. */
  words?: Iterable<string>;
  /** Category bits of the name lists, as `Gazetteer.word` gives them. */
  bits?: number;
}

/** The cues of one sentence, as `RuleCues.read` found them. */
export interface SentenceCues {
  /** Whether the cue numbered `cue` (from `RuleCues.add`) is in the sentence. */
  has(cue: number): boolean;
}

/**
 * A set of cues, numbered in the order they are added. The tagger reads each distinct word once
 * (wordTable.ts keeps `cuesOf` and the gazetteer's categories of every word it has seen), so a
 * sentence's cues cost it one OR a token; `read` finds the same from the tokens alone.
 */
export class RuleCues {
  /** The cues each lower-cased word belongs to, one bit each. */
  private readonly cuesOfWord = new Map<string, number>();
  private readonly bitsOfCue: number[] = [];

  /** Registers a cue; returns its number. */
  add(cue: RuleCue): number {
    const id = this.bitsOfCue.length;
    if (id === 31) throw new Error('at most 31 rule cues');
    this.bitsOfCue.push(cue.bits ?? 0);
    for (const word of cue.words ?? []) {
      const lower = word.toLowerCase();
      this.cuesOfWord.set(lower, (this.cuesOfWord.get(lower) ?? 0) | (1 << id));
    }
    return id;
  }

  /** The cues a lower-cased word is a word of, one bit each. */
  cuesOf(lower: string): number {
    return this.cuesOfWord.get(lower) ?? 0;
  }

  /** A sentence's cues from the OR of its words' `cuesOf` and of their categories. */
  sentence(wordCues: number, categories: number): SentenceCues {
    return { has: cue => ((wordCues >>> cue) & 1) === 1 || (this.bitsOfCue[cue] & categories) !== 0 };
  }

  /** A sentence's cues read from its tokens. */
  read(tokens: readonly Token[], gazetteer: Gazetteer): SentenceCues {
    let wordCues = 0;
    let categories = 0;
    for (const token of tokens) {
      const lower = token.text.toLowerCase();
      wordCues |= this.cuesOf(lower);
      categories |= gazetteer.word(lower);
    }
    return this.sentence(wordCues, categories);
  }
}

/** The cues of the rules `applyRules` skips where they cannot act, read together from each sentence. */
export const SENTENCE_CUES = new RuleCues();
export const CUE = {
  areaNoun: SENTENCE_CUES.add(AREA_NOUN_CUE),
  awardTitle: SENTENCE_CUES.add(AWARD_CUE),
  bodyHead: SENTENCE_CUES.add(BODY_HEAD_CUE),
  callSign: SENTENCE_CUES.add(CALL_SIGN_CUE),
  datelineAgency: SENTENCE_CUES.add(DATELINE_AGENCY_CUE),
  designator: SENTENCE_CUES.add(DESIGNATOR_CUE),
  describingNoun: SENTENCE_CUES.add(DESCRIBING_NOUN_CUE),
  event: SENTENCE_CUES.add(EVENT_CUE),
  eventName: SENTENCE_CUES.add(EVENT_NAME_CUE),
  firmEnding: SENTENCE_CUES.add(FIRM_ENDING_CUE),
  givenName: SENTENCE_CUES.add(GIVEN_NAME_CUE),
  hallOfFame: SENTENCE_CUES.add(HALL_OF_FAME_CUE),
  holiday: SENTENCE_CUES.add(HOLIDAY_CUE),
  kindNoun: SENTENCE_CUES.add(KIND_NOUN_CUE),
  kindPlural: SENTENCE_CUES.add(KIND_PLURAL_CUE),
  language: SENTENCE_CUES.add(LANGUAGE_CUE),
  officeTitle: SENTENCE_CUES.add(OFFICE_TITLE_CUE),
  outlet: SENTENCE_CUES.add(OUTLET_CUE),
  partyNoun: SENTENCE_CUES.add(PARTY_NOUN_CUE),
  poll: SENTENCE_CUES.add(POLL_CUE),
  portfolio: SENTENCE_CUES.add(PORTFOLIO_CUE),
  position: SENTENCE_CUES.add(POSITION_CUE),
  road: SENTENCE_CUES.add(ROAD_CUE),
  sportBody: SENTENCE_CUES.add(SPORT_BODY_CUE),
  storm: SENTENCE_CUES.add(STORM_CUE),
  title: SENTENCE_CUES.add(TITLE_CUE),
  traded: SENTENCE_CUES.add(TRADED_CUE),
  vietnameseName: SENTENCE_CUES.add(VIETNAMESE_NAMES_CUE),
};
