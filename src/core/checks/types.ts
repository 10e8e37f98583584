import type { RegistryEntry } from '../registry/types';
import type { Span } from '../types';

/** The five families of checks; each can be switched off on its own. */
export type CheckFamily = 'weekdays' | 'nameSpelling' | 'firstMention' | 'articleDate' | 'rangesAndAges';

export const CHECK_FAMILIES: readonly CheckFamily[] = [
  'weekdays',
  'nameSpelling',
  'firstMention',
  'articleDate',
  'rangesAndAges',
];

/** What a diagnostic says, as a stable code (shown in the Problems panel and printed by the command line). */
export type CheckCode =
  | 'weekday-mismatch'
  | 'impossible-date'
  | 'name-variant'
  | 'registry-spelling'
  | 'short-form-first'
  | 'ambiguous-short-form'
  | 'no-article-date'
  | 'future-in-past'
  | 'reversed-range'
  | 'age-mismatch'
  | 'duration-mismatch';

/** The family each code belongs to. */
export const FAMILY_OF_CODE: Readonly<Record<CheckCode, CheckFamily>> = {
  'weekday-mismatch': 'weekdays',
  'impossible-date': 'weekdays',
  'name-variant': 'nameSpelling',
  'registry-spelling': 'nameSpelling',
  'short-form-first': 'firstMention',
  'ambiguous-short-form': 'firstMention',
  'no-article-date': 'articleDate',
  'future-in-past': 'articleDate',
  'reversed-range': 'rangesAndAges',
  'age-mismatch': 'rangesAndAges',
  'duration-mismatch': 'rangesAndAges',
};

type CheckSeverity = 'warning' | 'information';

/** Replaces article text [start, end) (UTF-16 offsets) by `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * A quick fix: edits of the article text, setting the article date, or adding a spelling to the
 * registry as an alias (the entry is created when it does not exist yet).
 */
export type CheckFix =
  | { kind: 'edit'; title: string; edits: TextEdit[] }
  | { kind: 'setArticleDate'; title: string }
  | { kind: 'addAlias'; title: string; name: string; alias: string; type: string };

export interface CheckDiagnostic {
  code: CheckCode;
  family: CheckFamily;
  severity: CheckSeverity;
  /** UTF-16 offsets into the article, end exclusive. */
  start: number;
  end: number;
  message: string;
  fixes: CheckFix[];
}

/** A mention of a person, organisation or place, as the editor shows it (the user's corrections applied). */
export interface NameMention {
  start: number;
  end: number;
  /** `person`, `organisation` or `location`. */
  label: string;
}

/** Everything the checks look at for one article. */
export interface CheckInput {
  text: string;
  /** The article's reference date, YYYY-MM-DD, when one is known. */
  articleDate?: string;
  /** True when the article date is only a guess (the file's modification time): nothing is checked against it. */
  articleDateGuessed?: boolean;
  /**
   * The analysis' spans for this text, resolved against `articleDate`; the paragraph checks take the
   * dates from them. Without them, the date tagger runs on each paragraph the checks look at.
   */
  spans?: readonly Span[];
  /** Names in the article, in document order. */
  names: readonly NameMention[];
  /** The workspace registry's entries (canonical spellings and aliases). */
  registry?: readonly RegistryEntry[];
}

/** Which families run. */
export type EnabledChecks = ReadonlySet<CheckFamily>;

export const ALL_CHECKS: EnabledChecks = new Set(CHECK_FAMILIES);
