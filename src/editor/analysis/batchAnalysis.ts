import * as vscode from 'vscode';
import { isBuiltInLabel } from '../../core/highlights/labels';
import { SidecarData } from '../../core/sidecar';
import {
  BatchOptions,
  BatchTotals,
  batchSummary,
  countArticle,
  emptyTotals,
  plural,
  suggestIntoArticle,
} from '../../core/suggestions/batch';
import { addSuggestions } from '../../core/suggestions/suggest';
import { AnnotationFiles } from '../../core/files';
import { Span } from '../../core/types';
import { ArticleAnalysis } from './articleAnalysis';
import { findArticleFiles } from '../workspace/articleFiles';
import { ArticleTracker } from './articleTracker';
import { COMMANDS } from '../commands/commandIds';
import { ArticleAnnotatorConfig, readConfig } from '../config';
import { SidecarStore } from '../sidecar/sidecarStore';
import { AnnotationSchema, showsAutomatic } from '../../core/project';
import { SchemaStore } from '../workspace/schemaStore';

/** What a run did; returned by the command for scripts and tests. */
export interface BatchSummary extends BatchTotals {
  /** One line per article left alone: its name and why. */
  skipped: string[];
  /** What was found and done about temporary files left by interrupted writes. */
  notices: string[];
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
    const summary: BatchSummary = { ...emptyTotals(), skipped: [], notices: [], cancelled: false };
    // Shares the store's file access (and so its queue of writes); lists each folder once per run.
    const flow = new AnnotationFiles(this.store.flow.files, { listFoldersOnce: true });
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
            await this.analyseOne(article, flow, { cancelled, summary });
          } catch (error) {
            summary.skipped.push(`${vscode.workspace.asRelativePath(article)}: ${(error as Error).message}`);
          }
        }
        summary.cancelled = cancelled();
      },
    );
    report(summary, articles.length, readConfig(folder).maxSuggestions);
    return summary;
  }

  private async analyseOne(article: vscode.Uri, flow: AnnotationFiles<vscode.Uri>, run: Run): Promise<void> {
    const config = readConfig(article);
    const enabled = enabledIn(config, await this.schemas.schemaOf(article));
    const open = this.tracker.state(article)?.document;
    if (open) return this.analyseOpen(open, config, enabled, run);
    const options: BatchOptions = {
      enabled,
      maxSuggestions: config.maxSuggestions,
      maxArticleChars: config.maxArticleSize,
      sidecarFileName: config.sidecarFileName,
      modifiedDayFallback: config.dateFallback === 'fileModified',
      analyze: (text, dct) => this.spans(text, dct, run),
    };
    const outcome = await suggestIntoArticle(flow, article, options);
    const name = vscode.workspace.asRelativePath(article);
    run.summary.notices.push(...outcome.notices.map(n => `${name}: ${n}`));
    if (outcome.kind === 'skipped')
      return skip(run, name, outcome.sidecar ? `${outcome.why} and was left unchanged` : outcome.why);
    if (outcome.kind === 'analysed') countArticle(run.summary, outcome.added, outcome.withheld, outcome.created);
  }

  /** An article open in an editor goes through the store, so the editor shows the suggestions at once. */
  private async analyseOpen(
    document: vscode.TextDocument,
    config: ArticleAnnotatorConfig,
    enabled: (label: string) => boolean,
    run: Run,
  ): Promise<void> {
    const name = vscode.workspace.asRelativePath(document.uri);
    await this.store.load(document);
    const view = this.store.get(document.uri)!;
    if (view.readOnlyReason) return skip(run, name, view.readOnlyReason);
    if (this.tracker.state(document.uri)?.tooLarge)
      return skip(run, name, 'larger than articleAnnotator.maxArticleSize');
    const existed = (await this.store.flow.files.stat(view.sidecar)) !== undefined;
    const options = { enabled, limit: config.maxSuggestions };
    // Typing during the analysis moves the text under the spans: analyse again (twice at most).
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = document.version;
      const text = document.getText();
      const spans = await this.spans(text, this.tracker.state(document.uri)?.articleDate?.date, run);
      if (!spans) return;
      if (document.version !== version) continue;
      const probe: SidecarData = {
        version: 1,
        article: '',
        textHash: '',
        annotations: [...view.annotations],
        corrections: [...view.corrections],
        suggestions: [...view.suggestions],
      };
      let outcome = addSuggestions(probe, text, spans, options);
      const written =
        outcome.added.length === 0 ||
        (await this.store.mutate(document, (data, current) => {
          outcome = addSuggestions(data, current, spans, options);
        }));
      if (!written) return skip(run, name, 'its sidecar could not be written');
      return countArticle(run.summary, outcome.added.length, outcome.withheld, !existed);
    }
    skip(run, name, 'it kept changing while being analysed');
  }

  private spans(text: string, dct: string | undefined, run: Run): Promise<Span[] | undefined> {
    return this.analysis.analyzeOnce(text, { dct, isCancelled: run.cancelled });
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

function report(s: BatchSummary, total: number, maxSuggestions: number): void {
  const message = `${batchSummary(s, { maxSuggestions, cancelledOf: s.cancelled ? total : undefined })}.`;
  const notices = s.notices.length > 0 ? ` ${s.notices.join(' ')}` : '';
  if (s.skipped.length === 0) {
    void vscode.window.showInformationMessage(message + notices);
    return;
  }
  const shown = s.skipped.slice(0, 3).join('; ') + (s.skipped.length > 3 ? `; and ${s.skipped.length - 3} more` : '');
  void vscode.window.showWarningMessage(
    `${message} Skipped ${plural(s.skipped.length, 'article')}: ${shown}.${notices}`,
  );
}
