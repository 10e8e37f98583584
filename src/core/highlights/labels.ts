import { SpanType } from '../types';

/**
 * Built-in labels as they appear in sidecars and in the UI. Recogniser types map onto them; all four
 * TimeML classes share one "date" label because users think of them as one kind of highlight.
 */
export type BuiltInLabel = 'person' | 'organisation' | 'location' | 'other' | 'date';

/** The label a correction uses to say "this is not an entity". */
export const NOT_AN_ENTITY = 'none';

export const BUILT_IN_LABELS: readonly BuiltInLabel[] = ['person', 'organisation', 'location', 'other', 'date'];

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

/** Order of labels in lists: the entity types, dates, other, then custom labels alphabetically. */
const LIST_ORDER: readonly BuiltInLabel[] = ['person', 'organisation', 'location', 'date', 'other'];

export function compareLabels(a: string, b: string): number {
  const rank = (label: string) => (isBuiltInLabel(label) ? LIST_ORDER.indexOf(label) : LIST_ORDER.length);
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
