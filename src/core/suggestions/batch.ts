import { reanchorSidecar } from '../anchor';
import { chooseArticleDate, dayOf } from '../dates/articleDate';
import { AnnotationFiles, firstProblem } from '../files';
import { SidecarData, sidecarFileName, textHash } from '../sidecar';
import { Span } from '../types';
import { SuggestOptions, addSuggestions } from './suggest';

/** How a batch run treats each article: the same settings in the editor and on the command line. */
export interface BatchOptions {
  /** Which labels to suggest. */
  enabled: (label: string) => boolean;
  /** Most suggestions an article's sidecar may hold waiting for review. */
  maxSuggestions: number;
  /** Largest article analysed, in characters (`articleAnnotator.maxArticleSize`). */
  maxArticleChars: number;
  /** `articleAnnotator.sidecar.fileName`. */
  sidecarFileName: string;
  /** Take the file's modification day as the article date when nothing better is known. */
  modifiedDayFallback: boolean;
  /** Only count what would be suggested. */
  dryRun?: boolean;
  /** The article's spans for its reference date; undefined when the run was cancelled meanwhile. */
  analyze(text: string, dct: string | undefined): Promise<Span[] | undefined>;
}

export type ArticleOutcome =
  /** `sidecar`: the article was skipped because of its sidecar, which was left as it is. */
  | { kind: 'skipped'; why: string; sidecar?: boolean; notices: string[] }
  | { kind: 'cancelled'; notices: string[] }
  | {
      kind: 'analysed';
      added: number;
      /** Suggestions left out because the sidecar reached `maxSuggestions`. */
      withheld: number;
      /** The sidecar did not exist before (or, in a dry run, would not). */
      created: boolean;
      sidecarName: string;
      notices: string[];
    };

/**
 * One article of a batch run, not open in an editor: reads it and its sidecar (the sidecar's problems
 * leave both alone), analyses it, and adds the new suggestions to the sidecar as it is at the moment of
 * writing, so that whatever the user or another program wrote meanwhile is kept.
 */
export async function suggestIntoArticle<Ref>(
  flow: AnnotationFiles<Ref>,
  article: Ref,
  options: BatchOptions,
): Promise<ArticleOutcome> {
  const { files } = flow;
  const read = await flow.readArticle(article, options.maxArticleChars);
  if ('problem' in read) return { kind: 'skipped', why: read.problem, notices: [] };
  const { text } = read;
  const sidecarName = sidecarFileName(files.name(article), options.sidecarFileName);
  const sidecar = files.sibling(article, sidecarName);
  const { file, notices } = await flow.openSidecar(sidecar, !options.dryRun);
  if (file.state === 'unreadable')
    return { kind: 'skipped', why: `its sidecar ${file.problem}`, sidecar: true, notices };
  if (file.state === 'read' && (!file.parsed.data || file.parsed.readOnly))
    return {
      kind: 'skipped',
      why: `its sidecar has problems (${firstProblem(file.parsed)})`,
      sidecar: true,
      notices,
    };
  const stored = file.state === 'read' ? file.parsed.data : undefined;
  const modified = options.modifiedDayFallback ? (await files.stat(article))?.mtime : undefined;
  const dct = chooseArticleDate(text, stored?.date, modified === undefined ? undefined : dayOf(modified))?.date;
  const spans = await options.analyze(text, dct);
  if (!spans) return { kind: 'cancelled', notices };
  const suggest: SuggestOptions = { enabled: options.enabled, limit: options.maxSuggestions };
  const placeOnText = (data: SidecarData | undefined): SidecarData =>
    data ? structuredClone(reanchorSidecar(data, text).data) : emptySidecar(files.name(article), text);
  if (options.dryRun) {
    const { added, withheld } = addSuggestions(placeOnText(stored), text, spans, suggest);
    return { kind: 'analysed', added: added.length, withheld, created: !stored, sidecarName, notices };
  }
  let outcome = { added: 0, withheld: 0 };
  const result = await flow.update(sidecar, text, current => {
    const data = placeOnText(current.data());
    const { added, withheld } = addSuggestions(data, text, spans, suggest);
    outcome = { added: added.length, withheld };
    if (added.length === 0) return undefined;
    data.textHash = textHash(text);
    return data;
  });
  const all = [...notices, ...result.notices];
  if (result.status === 'refused') return { kind: 'skipped', why: result.reason, sidecar: true, notices: all };
  const created = result.status === 'written' && result.created;
  return { kind: 'analysed', ...outcome, created, sidecarName, notices: all };
}

function emptySidecar(articleName: string, text: string): SidecarData {
  return { version: 1, article: articleName, textHash: textHash(text), annotations: [], corrections: [] };
}

/** What a batch run did, summed over its articles. */
export interface BatchTotals {
  articles: number;
  suggestions: number;
  sidecars: number;
  created: number;
  /** Articles that reached the limit of suggestions, and how many suggestions that left out. */
  capped: number;
  withheld: number;
}

export function emptyTotals(): BatchTotals {
  return { articles: 0, suggestions: 0, sidecars: 0, created: 0, capped: 0, withheld: 0 };
}

/** Adds one analysed article to the totals. */
export function countArticle(totals: BatchTotals, added: number, withheld: number, created: boolean): void {
  totals.articles++;
  if (withheld > 0) {
    totals.capped++;
    totals.withheld += withheld;
  }
  if (added === 0) return;
  totals.suggestions += added;
  totals.sidecars++;
  if (created) totals.created++;
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The summary both the editor and the command line give, without a full stop: `Analysed 12 articles:
 * 87 new suggestions in 9 sidecars (4 new)`, and the articles that reached the limit of suggestions.
 */
export function batchSummary(
  t: BatchTotals,
  options: { dryRun?: boolean; maxSuggestions: number; cancelledOf?: number },
): string {
  const head =
    options.cancelledOf === undefined
      ? `Analysed ${plural(t.articles, 'article')}`
      : `Analysis cancelled after ${t.articles} of ${options.cancelledOf} articles`;
  const written = options.dryRun ? 'would be added to' : 'in';
  const capped =
    t.capped > 0
      ? `; ${plural(t.capped, 'article')} reached the limit of ${options.maxSuggestions} suggestions waiting for review (${t.withheld} more not suggested; review some, or raise articleAnnotator.suggestions.maxPerArticle)`
      : '';
  return `${head}: ${plural(t.suggestions, 'new suggestion')} ${written} ${plural(t.sidecars, 'sidecar')} (${t.created} new)${capped}`;
}
