import * as vscode from 'vscode';
import { recognizeTemporal } from '../../core/dates';
import { IncrementalAnalysis } from '../../core/analysis/incremental';
import { ENTITY_MODEL_PATH, EntityModel, EntityRecognizer, loadEntityModel } from '../../core/ner';
import { createArticleAnalyzer } from '../../core/analysis/pipeline';
import { Span } from '../../core/types';

/** Where analysis gets its entity recogniser; the one handed out may change over time (see `LearnedRecogniser`). */
export interface RecognizerSource {
  get(): Promise<EntityRecognizer>;
}

/**
 * Loads the entity model on first use, never at activation: reading and decoding it costs tens of
 * milliseconds that a user who never opens an article should not pay. Reads through `workspace.fs`
 * so the same code works in the browser.
 */
export class EntityModelLoader implements RecognizerSource {
  private loading: Promise<EntityModel> | undefined;
  private recognizer: Promise<EntityRecognizer> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The shipped model. */
  model(): Promise<EntityModel> {
    this.loading ??= Promise.resolve(
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...ENTITY_MODEL_PATH)),
    ).then(loadEntityModel);
    return this.loading;
  }

  /** A recogniser with the shipped model. */
  get(): Promise<EntityRecognizer> {
    this.recognizer ??= this.model().then(model => new EntityRecognizer(model));
    return this.recognizer;
  }
}

interface DocumentCache {
  dct: string | undefined;
  /** The recogniser the engine's cached spans came from. */
  recognizer: EntityRecognizer;
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

  constructor(private readonly recognizers: RecognizerSource) {}

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
    const recognizer = await this.recognizers.get();
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
    const analyzer = createArticleAnalyzer(await this.recognizers.get(), recognizeTemporal, { dct: options.dct });
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
