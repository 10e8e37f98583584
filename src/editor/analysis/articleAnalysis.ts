import * as vscode from 'vscode';
import { recognizeTemporal } from '../../core/dates';
import { IncrementalAnalysis } from '../../core/analysis/incremental';
import { ENTITY_MODEL_PATH, EntityModel, EntityRecognizer, loadEntityModel } from '../../core/ner';
import { EntityTagger, createArticleAnalyzer } from '../../core/analysis/pipeline';
import { Span } from '../../core/types';

/** Gives the entity recogniser; asked on the first analysis, never at activation. */
export type RecognizerSource = () => Promise<EntityTagger>;

/** Gives an entity model (weights and name lists), read when first asked. */
export type ModelSource = () => Promise<EntityModel>;

/**
 * The shipped model, read and decoded on first use: that costs tens of milliseconds that a user who
 * never opens an article should not pay. Reads through `workspace.fs` so the same code works in the browser.
 */
export function shippedModel(extensionUri: vscode.Uri): ModelSource {
  let loading: Promise<EntityModel> | undefined;
  return () =>
    (loading ??= Promise.resolve(
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...ENTITY_MODEL_PATH)),
    ).then(loadEntityModel));
}

/** A recogniser with a model, made once. */
export function recognizerOf(model: ModelSource): RecognizerSource {
  let recognizer: Promise<EntityTagger> | undefined;
  return () => (recognizer ??= model().then(m => new EntityRecognizer(m)));
}

interface DocumentCache {
  dct: string | undefined;
  /** The recogniser the engine's cached spans came from. */
  recognizer: EntityTagger;
  engine: IncrementalAnalysis;
}

/** Yields to the event loop between slices so typing and other extensions are never blocked for long. */
const yieldToHost = () => new Promise<void>(resolve => setTimeout(resolve, 0));

/**
 * Runs the analysis pipeline per document with an incremental cache (re-analysing only changed
 * paragraphs), visible range first, in slices that yield. One cache per document and reference date.
 */
export class ArticleAnalysis implements vscode.Disposable {
  private readonly caches = new Map<string, DocumentCache>();

  constructor(private readonly recognizer: RecognizerSource) {}

  /**
   * Analyses `text` for `uri`. `isStale` lets a newer edit cancel this run; returns undefined then.
   * `onPartial` receives results for the visible part as soon as they are ready.
   */
  async analyze(
    uri: vscode.Uri,
    text: string,
    options: {
      dct?: string;
      priority?: { start: number; end: number };
      isStale: () => boolean;
      onPartial?: (spans: Span[]) => void;
    },
  ): Promise<Span[] | undefined> {
    const recognizer = await this.recognizer();
    const key = uri.toString();
    let cache = this.caches.get(key);
    if (!cache || cache.dct !== options.dct || cache.recognizer !== recognizer) {
      const analyzer = createArticleAnalyzer(recognizer, recognizeTemporal, { dct: options.dct });
      cache = { dct: options.dct, recognizer, engine: new IncrementalAnalysis(analyzer) };
      this.caches.set(key, cache);
    }
    return cache.engine.analyzeInSlices(text, {
      priority: options.priority,
      budgetMs: 20,
      yieldFn: yieldToHost,
      onPartial: options.onPartial,
      isCancelled: options.isStale,
    });
  }

  /** Analyses a text once, without keeping a cache (batch runs over files that are not open). */
  async analyzeOnce(text: string, options: { dct?: string; isCancelled: () => boolean }): Promise<Span[] | undefined> {
    const analyzer = createArticleAnalyzer(await this.recognizer(), recognizeTemporal, { dct: options.dct });
    return new IncrementalAnalysis(analyzer).analyzeInSlices(text, {
      budgetMs: 20,
      yieldFn: yieldToHost,
      isCancelled: options.isCancelled,
    });
  }

  forget(uri: vscode.Uri): void {
    this.caches.delete(uri.toString());
  }

  dispose(): void {
    this.caches.clear();
  }
}
