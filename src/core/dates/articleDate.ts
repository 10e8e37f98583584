import { findReferenceDate } from './index';

/** Where the article's reference date came from, most trustworthy first. */
type ArticleDateSource = 'sidecar' | 'front-matter' | 'dateline' | 'file-modified';

export interface ArticleDate {
  date: string;
  source: ArticleDateSource;
  /** True when the date is only a guess (the file's modification time), shown as such. */
  guess: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Picks the reference date relative expressions resolve against: a date the user set (kept in the
 * sidecar), else one the article states (front matter, dateline), else the fallback, marked a guess.
 */
export function chooseArticleDate(text: string, sidecarDate?: string, fallbackDate?: string): ArticleDate | undefined {
  if (sidecarDate && isValidDay(sidecarDate)) return { date: sidecarDate, source: 'sidecar', guess: false };
  const stated = findReferenceDate(text);
  if (stated) return { date: stated.date, source: stated.source, guess: false };
  if (fallbackDate && isValidDay(fallbackDate)) return { date: fallbackDate, source: 'file-modified', guess: true };
  return undefined;
}

/** A real calendar day written YYYY-MM-DD (rejects 2025-02-30). */
export function isValidDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The UTC calendar day of a timestamp, YYYY-MM-DD. */
export function dayOf(timestampMs: number): string {
  return new Date(timestampMs).toISOString().slice(0, 10);
}
