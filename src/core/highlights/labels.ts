import { SpanType } from '../types';

/**
 * Built-in labels as they appear in sidecars and in the UI. Recogniser types map onto them; all four
 * TimeML classes share one "date" label because users think of them as one kind of highlight.
 */
export type BuiltInLabel = 'person' | 'organisation' | 'location' | 'date' | 'other';

/** The label a correction uses to say "this is not an entity". */
export const NOT_AN_ENTITY = 'none';

/** In the order every list shows them (picker, Outline, views): the entity types, dates, then other. */
export const BUILT_IN_LABELS: readonly BuiltInLabel[] = ['person', 'organisation', 'location', 'date', 'other'];

const LABEL_OF_TYPE: Record<SpanType, BuiltInLabel> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'location',
  MISC: 'other',
  DATE: 'date',
  TIME: 'date',
  DURATION: 'date',
  SET: 'date',
};

const DISPLAY_NAME: Record<BuiltInLabel, string> = {
  person: 'Person',
  organisation: 'Organisation',
  location: 'Location',
  other: 'Other',
  date: 'Date',
};

const TEMPORAL_DISPLAY: Partial<Record<SpanType, string>> = {
  TIME: 'Time',
  DURATION: 'Duration',
  SET: 'Recurring time',
};

export function labelOfType(type: SpanType): BuiltInLabel {
  return LABEL_OF_TYPE[type];
}

export function isBuiltInLabel(label: string): label is BuiltInLabel {
  return (BUILT_IN_LABELS as readonly string[]).includes(label);
}

/** Human name of a label ("organisation" -> "Organisation"); custom labels are shown as written. */
export function displayNameOfLabel(label: string): string {
  return isBuiltInLabel(label) ? DISPLAY_NAME[label] : label;
}

const GROUP_NAME: Record<BuiltInLabel, string> = {
  person: 'People',
  organisation: 'Organisations',
  location: 'Places',
  date: 'Dates',
  other: 'Other',
};

/** Order of labels in lists: the built-in labels in their order, then custom labels alphabetically. */
export function compareLabels(a: string, b: string): number {
  const rank = (label: string) => (isBuiltInLabel(label) ? BUILT_IN_LABELS.indexOf(label) : BUILT_IN_LABELS.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Heading of a group of things with one label ("person" -> "People"); custom labels as written. */
export function groupNameOfLabel(label: string): string {
  return isBuiltInLabel(label) ? GROUP_NAME[label] : label;
}

/** Human name of a recogniser type, finer than its label for temporal classes. */
export function displayNameOfType(type: SpanType): string {
  return TEMPORAL_DISPLAY[type] ?? DISPLAY_NAME[LABEL_OF_TYPE[type]];
}

/** Longest custom label, as the `customLabels` setting allows. */
export const MAX_LABEL_LENGTH = 64;

/**
 * The labels a picker offers, in one fixed order: the entity types, then the configured custom labels,
 * then labels already used (in the article's sidecar, say), each once, minus `exclude`.
 */
export function labelChoices(
  custom: readonly string[],
  used: readonly string[] = [],
  exclude: readonly string[] = [],
): string[] {
  const seen = new Set<string>([...exclude, NOT_AN_ENTITY].map(l => l.toLowerCase()));
  const result: string[] = [];
  for (const label of [...BUILT_IN_LABELS, ...custom, ...used]) {
    const key = label.toLowerCase();
    if (seen.has(key) || !isUsableLabel(label)) continue;
    seen.add(key);
    result.push(label);
  }
  return result;
}

/**
 * The label a user typed into a picker, when it names none of `existing` (by value or display name,
 * ignoring case) and can be a label: trimmed, one line, at most 64 characters, not "none" (which
 * says "not an entity" in corrections). Undefined otherwise.
 */
export function newLabelFromInput(input: string, existing: readonly string[]): string | undefined {
  const label = input.trim().replace(/\s+/g, ' ');
  if (!isUsableLabel(label) || label.toLowerCase() === NOT_AN_ENTITY) return undefined;
  const key = label.toLowerCase();
  const taken = existing.some(l => l.toLowerCase() === key || displayNameOfLabel(l).toLowerCase() === key);
  return taken ? undefined : label;
}

function isUsableLabel(label: string): boolean {
  return label.length > 0 && label.length <= MAX_LABEL_LENGTH && label === label.trim() && !/[\r\n]/.test(label);
}
