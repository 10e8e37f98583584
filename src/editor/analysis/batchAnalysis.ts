import * as vscode from 'vscode';
import { chooseArticleDate, dayOf } from '../../core/dates/articleDate';
import { prepareSidecar, suggestIntoSidecar } from '../../core/suggestions/batch';
import { isBuiltInLabel } from '../../core/highlights/labels';
import { allowsAutomaticAnalysis } from '../../core/analysis/incremental';
import { SidecarData } from '../../core/sidecar';
import { addSuggestions } from '../../core/suggestions/suggest';
import { Span } from '../../core/types';
import { ArticleAnalysis } from './articleAnalysis';
import { findArticleFiles } from '../workspace/articleFiles';
import { ArticleTracker } from './articleTracker';
import { COMMANDS } from '../commands/commandIds';
import { ArticleAnnotatorConfig, readConfig } from '../config';
import { MAX_SIDECAR_BYTES, SidecarStore, basename, sidecarUriFor } from '../sidecar/sidecarStore';
import { readTextIfExists, sizeIfExists } from '../sidecar/sidecarFiles';
import { AnnotationSchema, showsAutomatic } from '../../core/project';
import { SchemaStore } from '../workspace/schemaStore';

/** What a run did; returned by the command for scripts and tests. */
export interface BatchSummary {
  articles: number;
  suggestions: number;
  sidecars: number;
  created: number;
  /** One line per article left alone: its name and why. */
  skipped: string[];
  cancelled: boolean;
}

interface Run {
  readonly cancelled: () => boolean;
  readonly summary: BatchSummary;
}

/** Analyse All Articles (the workspace) and Analyse Articles in Folder (explorer): suggestions into every sidecar. */
export function registerBatchAnalysis(
  tracker: ArticleTracker,
  store: SidecarStore,
  analysis: ArticleAnalysis,
  schemas: SchemaStore,
): vscode.Disposable[] {
  const batch = new BatchAnalysis(tracker, store, analysis, schemas);
  return [
    vscode.commands.registerCommand(COMMANDS.analyseAllArticles, (token?: vscode.CancellationToken) =>
      batch.run(undefined, token),
    ),
    vscode.commands.registerCommand(
      COMMANDS.analyseArticlesInFolder,
      (folder?: vscode.Uri, token?: vscode.CancellationToken) => batch.run(folder, token),
    ),
  ];
}

class BatchAnalysis {
  constructor(
    private readonly tracker: ArticleTracker,
    private readonly store: SidecarStore,
    private readonly analysis: ArticleAnalysis,
    private readonly schemas: SchemaStore,
  ) {}

  /** `caller`: a token with which the code running the command (another extension, a test) may stop it too. */
  async run(folder?: vscode.Uri, caller?: vscode.CancellationToken): Promise<BatchSummary | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(
        'This workspace is not trusted, so no sidecar is written; trust it to analyse its articles.',
      );
      return undefined;
    }
    const articles = await findArticleFiles(folder);
    if (articles.length === 0) {
      void vscode.window.showInformationMessage('No articles found (see the articleAnnotator.articles settings).');
      return undefined;
    }
    const summary: BatchSummary = {
      articles: 0,
      suggestions: 0,
      sidecars: 0,
      created: 0,
      skipped: [],
      cancelled: false,
    };
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Analysing articles', cancellable: true },
      async (progress, token) => {
        const cancelled = () => token.isCancellationRequested || caller?.isCancellationRequested === true;
        for (const [i, article] of articles.entries()) {
          if (cancelled()) break;
          progress.report({
            message: `${i + 1} of ${articles.length}: ${vscode.workspace.asRelativePath(article)}`,
            increment: 100 / articles.length,
          });
          try {
            await this.analyseOne(article, { cancelled, summary });
          } catch (error) {
            summary.skipped.push(`${vscode.workspace.asRelativePath(article)}: ${(error as Error).message}`);
          }
        }
        summary.cancelled = cancelled();
      },
    );
    report(summary, articles.length);
    return summary;
  }

  private async analyseOne(article: vscode.Uri, run: Run): Promise<void> {
    const config = readConfig(article);
    const enabled = enabledIn(config, await this.schemas.schemaOf(article));
    const open = this.tracker.state(article)?.document;
    if (open) return this.analyseOpen(open, enabled, run);
    const bytes = await vscode.workspace.fs.readFile(article);
    const name = vscode.workspace.asRelativePath(article);
    if (bytes.includes(0)) return skip(run, name, 'looks like a binary file');
    // Without a byte order mark, as the editor presents the text: offsets and hash must agree with it.
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
    if (!allowsAutomaticAnalysis(text.length, config.maxArticleSize))
      return skip(run, name, 'larger than articleAnnotator.maxArticleSize');
    const sidecar = sidecarUriFor(article);
    const size = await sizeIfExists(sidecar);
    if (size !== undefined && size > MAX_SIDECAR_BYTES)
      return skip(run, name, `its sidecar is above the ${MAX_SIDECAR_BYTES / 1048576} MB limit`);
    const sidecarText = size === undefined ? undefined : (await readTextIfExists(sidecar))?.text;
    const prepared = prepareSidecar(basename(article), text, sidecarText);
    if ('problem' in prepared)
      return skip(run, name, `its sidecar has problems (${prepared.problem}) and was left unchanged`);
    const spans = await this.spans(text, await this.articleDate(article, text, prepared.data.date, config), run);
    if (!spans) return;
    const { added, content } = suggestIntoSidecar(prepared, text, spans, { enabled });
    run.summary.articles++;
    if (content === undefined) return;
    await this.store.writer.write(sidecar, content);
    count(run, added.length, sidecarText === undefined);
  }

  /** An article open in an editor goes through the store, so the editor shows the suggestions at once. */
  private async analyseOpen(
    document: vscode.TextDocument,
    enabled: (label: string) => boolean,
    run: Run,
  ): Promise<void> {
    const name = vscode.workspace.asRelativePath(document.uri);
    await this.store.load(document);
    const view = this.store.get(document.uri)!;
    if (view.readOnlyReason) return skip(run, name, view.readOnlyReason);
    if (this.tracker.state(document.uri)?.tooLarge)
      return skip(run, name, 'larger than articleAnnotator.maxArticleSize');
    const existed = (await sizeIfExists(view.sidecar)) !== undefined;
    const options = { enabled };
    // Typing during the analysis moves the text under the spans: analyse again (twice at most).
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = document.version;
      const text = document.getText();
      const spans = await this.spans(text, this.tracker.state(document.uri)?.articleDate?.date, run);
      if (!spans) return;
      if (document.version !== version) continue;
      run.summary.articles++;
      const probe: SidecarData = {
        version: 1,
        article: '',
        textHash: '',
        annotations: [...view.annotations],
        corrections: [...view.corrections],
        suggestions: [...view.suggestions],
      };
      if (addSuggestions(probe, text, spans, options).length === 0) return;
      let added = 0;
      await this.store.mutate(document, (data, current) => {
        added = addSuggestions(data, current, spans, options).length;
      });
      return count(run, added, !existed);
    }
    skip(run, name, 'it kept changing while being analysed');
  }

  private spans(text: string, dct: string | undefined, run: Run): Promise<Span[] | undefined> {
    return this.analysis.analyzeOnce(text, { dct, isCancelled: run.cancelled });
  }

  /** The reference date as the editor would choose it when the article is opened. */
  private async articleDate(
    article: vscode.Uri,
    text: string,
    sidecarDate: string | undefined,
    config: ArticleAnnotatorConfig,
  ): Promise<string | undefined> {
    const modified =
      config.dateFallback === 'fileModified' ? dayOf((await vscode.workspace.fs.stat(article)).mtime) : undefined;
    return chooseArticleDate(text, sidecarDate, modified)?.date;
  }
}

/**
 * Suggests only the types the user has highlighting on for, and that the project schema (if any) has
 * the recogniser produce: the others would be hidden anyway.
 */
function enabledIn(config: ArticleAnnotatorConfig, schema: AnnotationSchema | undefined): (label: string) => boolean {
  return label => isBuiltInLabel(label) && config.enabledLabels.has(label) && showsAutomatic(schema, label);
}

function skip(run: Run, name: string, why: string): void {
  run.summary.skipped.push(`${name}: ${why}`);
}

function count(run: Run, added: number, created: boolean): void {
  if (added === 0) return;
  run.summary.suggestions += added;
  run.summary.sidecars++;
  if (created) run.summary.created++;
}

function report(s: BatchSummary, total: number): void {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const head = s.cancelled
    ? `Analysis cancelled after ${s.articles} of ${total} articles`
    : `Analysed ${plural(s.articles, 'article')}`;
  const message = `${head}: ${plural(s.suggestions, 'new suggestion')} in ${plural(s.sidecars, 'sidecar')} (${s.created} new).`;
  if (s.skipped.length === 0) {
    void vscode.window.showInformationMessage(message);
    return;
  }
  const shown = s.skipped.slice(0, 3).join('; ') + (s.skipped.length > 3 ? `; and ${s.skipped.length - 3} more` : '');
  void vscode.window.showWarningMessage(`${message} Skipped ${plural(s.skipped.length, 'article')}: ${shown}.`);
}
