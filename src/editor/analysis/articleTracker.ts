import * as vscode from 'vscode';
import { ArticleDate, chooseArticleDate, dayOf } from '../../core/dates/articleDate';
import { ArticleKnowledge, Highlight, composeHighlights } from '../../core/highlights/highlights';
import { allowsAutomaticAnalysis } from '../../core/analysis/incremental';
import { isBuiltInLabel, labelOfType } from '../../core/highlights/labels';
import { shiftRanges } from '../../core/anchor';
import { withSuggestions } from '../../core/suggestions/suggest';
import { Span } from '../../core/types';
import { ArticleAnalysis } from './articleAnalysis';
import { isArticle } from '../workspace/articleFilter';
import { ArticleAnnotatorConfig, affectsUs, readConfig } from '../config';
import { DecorationPainter } from '../views/decorations';
import { KnowledgeService } from '../workspace/knowledge';
import { SidecarStore } from '../sidecar/sidecarStore';
import { SchemaStore } from '../workspace/schemaStore';
import { isProjectLabel, labelDefinition, showsAutomatic } from '../../core/project';
import { KeyedTimers } from '../keyedTimers';

/** What the extension knows about one open article. */
interface ArticleState {
  readonly document: vscode.TextDocument;
  /** Automatic spans for the document's current text (shifted while a re-analysis is pending). */
  spans: Span[];
  highlights: Highlight[];
  articleDate: ArticleDate | undefined;
  /**
   * Set when the article is too large to analyse automatically: then it has no automatic highlights at
   * all, neither the recogniser's nor the names the workspace knows.
   */
  tooLarge: boolean;
  fileModifiedDay: string | undefined;
  /** Document version the last complete analysis ran on; undefined until the first one finishes. */
  analysedVersion: number | undefined;
  /** Workspace knowledge applied to the text, for the document and knowledge versions it was computed at. */
  knowledge?: { documentVersion: number; knowledgeVersion: number; value: ArticleKnowledge };
}

/** Delay after the last keystroke before re-analysing: long enough to batch a burst of typing. */
const TYPING_DEBOUNCE_MS = 150;

/**
 * Follows open articles: analyses them (debounced while typing), merges the result with the user's
 * annotations, and paints every visible editor showing them, split editors included.
 */
export class ArticleTracker implements vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly timers = new KeyedTimers();
  private readonly runs = new Map<string, number>();
  private readonly hidden = new Set<string>();
  /** Articles the user asked to analyse although they are above the size limit, until the window closes. */
  private readonly despiteSize = new Set<string>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  private config: ArticleAnnotatorConfig = readConfig();
  /** Fires after an article's highlights were recomputed and painted. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly analysis: ArticleAnalysis,
    private readonly store: SidecarStore,
    private readonly painter: DecorationPainter,
    private readonly knowledge: KnowledgeService,
    private readonly schemas: SchemaStore,
  ) {
    const w = vscode.workspace;
    this.disposables.push(
      this.updated,
      w.onDidOpenTextDocument(d => this.open(d)),
      w.onDidCloseTextDocument(d => this.close(d)),
      w.onDidChangeTextDocument(e => this.edited(e)),
      w.onDidSaveTextDocument(d => void this.store.saved(d)),
      vscode.window.onDidChangeVisibleTextEditors(editors => editors.forEach(e => this.paintEditor(e))),
      vscode.window.onDidChangeActiveTextEditor(e => this.updateContext(e)),
      w.onDidChangeConfiguration(e => affectsUs(e) && this.reconfigure()),
      this.store.onDidChange(uri => this.recompose(uri)),
      this.knowledge.onDidChange(() => this.states.forEach(state => this.recompose(state.document.uri))),
      this.schemas.onDidChange(() => this.states.forEach(state => this.recompose(state.document.uri))),
    );
    w.textDocuments.forEach(d => this.open(d));
    this.updateContext(vscode.window.activeTextEditor);
  }

  /** Drives `when` clauses of menus and keybindings: only articles get the annotation commands. */
  private updateContext(editor: vscode.TextEditor | undefined): void {
    const active = !!editor && this.states.has(editor.document.uri.toString());
    void vscode.commands.executeCommand('setContext', 'articleAnnotator.isArticle', active);
  }

  state(uri: vscode.Uri): ArticleState | undefined {
    return this.states.get(uri.toString());
  }

  isHidden(uri: vscode.Uri): boolean {
    return this.hidden.has(uri.toString());
  }

  /** Shows or hides all highlights for one article, in every editor showing it. */
  toggle(uri: vscode.Uri): boolean {
    const key = uri.toString();
    const nowHidden = !this.hidden.delete(key);
    if (nowHidden) this.hidden.add(key);
    this.paintAll(uri);
    return !nowHidden;
  }

  /**
   * Analyses an article above `articleAnnotator.maxArticleSize` all the same, now and after every edit,
   * for as long as this window lives (the setting is left as it is). False when it is not an open article.
   */
  analyseDespiteSize(uri: vscode.Uri): boolean {
    const state = this.state(uri);
    if (!state) return false;
    this.despiteSize.add(uri.toString());
    this.schedule(state.document, 0);
    return true;
  }

  /** Whether the user asked for this article to be analysed above the size limit. */
  analysedDespiteSize(uri: vscode.Uri): boolean {
    return this.despiteSize.has(uri.toString());
  }

  /** Re-analyses an article now (after its reference date changed, for instance). */
  refresh(uri: vscode.Uri): void {
    const state = this.state(uri);
    if (state) this.schedule(state.document, 0);
  }

  private open(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.states.has(key) || !isArticle(document, readConfig(document.uri))) return;
    this.states.set(key, {
      document,
      spans: [],
      highlights: [],
      articleDate: undefined,
      tooLarge: this.tooLarge(document, document.offsetAt(new vscode.Position(document.lineCount, 0))),
      fileModifiedDay: undefined,
      analysedVersion: undefined,
    });
    this.updateContext(vscode.window.activeTextEditor);
    void this.schemas.ready();
    void this.store.load(document).then(
      () => this.schedule(document, 0),
      error => this.reportError(error),
    );
    if (this.config.dateFallback === 'fileModified' && document.uri.scheme !== 'untitled') {
      void vscode.workspace.fs.stat(document.uri).then(
        stat => {
          const state = this.state(document.uri);
          if (state) {
            state.fileModifiedDay = dayOf(stat.mtime);
            this.schedule(document, 0);
          }
        },
        () => undefined,
      );
    }
  }

  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.states.delete(key)) return;
    this.timers.cancel(key);
    this.analysis.forget(document.uri);
    this.store.forget(document.uri);
  }

  private edited(event: vscode.TextDocumentChangeEvent): void {
    const state = this.state(event.document.uri);
    if (!state || event.contentChanges.length === 0) return;
    state.spans = shiftRanges(state.spans, event.contentChanges);
    this.store.trackEdit(event);
    this.schedule(event.document, TYPING_DEBOUNCE_MS);
  }

  private reconfigure(): void {
    this.config = readConfig();
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      if (this.states.has(key) && !isArticle(document, readConfig(document.uri))) {
        this.close(document);
        vscode.window.visibleTextEditors.filter(e => e.document === document).forEach(e => this.painter.clear(e));
      } else if (this.states.has(key)) {
        this.schedule(document, 0);
      } else {
        this.open(document);
      }
    }
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    this.timers.schedule(document.uri.toString(), delayMs, () =>
      this.run(document).catch(error => this.reportError(error)),
    );
  }

  private async run(document: vscode.TextDocument): Promise<void> {
    const state = this.state(document.uri);
    if (!state) return;
    const key = document.uri.toString();
    const runId = (this.runs.get(key) ?? 0) + 1;
    this.runs.set(key, runId);
    const version = document.version;
    const text = document.getText();
    state.articleDate = chooseArticleDate(text, this.store.get(document.uri)?.date, state.fileModifiedDay);
    state.tooLarge = this.tooLarge(document, text.length);
    if (state.tooLarge) {
      state.spans = [];
      state.analysedVersion = version;
      this.recompose(document.uri);
      return;
    }
    const isStale = () => this.runs.get(key) !== runId || document.version !== version || !this.states.has(key);
    const spans = await this.analysis.analyze(document.uri, text, {
      dct: state.articleDate?.date,
      priority: this.visibleRange(document),
      isStale,
      onPartial: partial => {
        if (isStale()) return;
        state.spans = partial;
        this.recompose(document.uri);
      },
    });
    if (!spans || isStale()) return;
    state.spans = spans;
    state.analysedVersion = version;
    this.recompose(document.uri);
  }

  /** Whether an article of `length` characters is above the size limit, and not analysed on request. */
  private tooLarge(document: vscode.TextDocument, length: number): boolean {
    return (
      !allowsAutomaticAnalysis(length, this.config.maxArticleSize) && !this.despiteSize.has(document.uri.toString())
    );
  }

  /** Offsets covering what the user sees of the document, analysed first in long articles. */
  private visibleRange(document: vscode.TextDocument): { start: number; end: number } | undefined {
    const ranges = vscode.window.visibleTextEditors.filter(e => e.document === document).flatMap(e => e.visibleRanges);
    if (ranges.length === 0) return undefined;
    const start = Math.min(...ranges.map(r => document.offsetAt(r.start)));
    const end = Math.max(...ranges.map(r => document.offsetAt(r.end)));
    return { start, end };
  }

  private recompose(uri: vscode.Uri): void {
    const state = this.state(uri);
    if (!state) return;
    const sidecar = this.store.get(uri);
    const enabled = this.config.enabledLabels;
    const schema = this.schemas.schemaFor(uri);
    const annotations = sidecar?.annotations ?? [];
    const corrections = sidecar?.corrections ?? [];
    const composed = composeHighlights(
      state.spans,
      annotations,
      corrections,
      type => enabled.has(labelOfType(type)) && showsAutomatic(schema, labelOfType(type)),
      // Names the workspace knows are found by a scan of the whole text after every edit, the cost the size
      // limit spares; and shown alone they would pass for an analysis that found nothing else.
      state.tooLarge ? undefined : this.knowledgeFor(state),
      // A type switched off hides the names known to be of that type too: only the user's own
      // annotations show it then. "Other" is off by default for the recogniser's noise, not for names
      // someone put in the registry or labelled in another article: those stay.
      label => isProjectLabel(schema, label) && (!isBuiltInLabel(label) || label === 'other' || enabled.has(label)),
    );
    state.highlights = withSuggestions(composed, sidecar?.suggestions ?? [], annotations, corrections);
    this.paintAll(uri);
    this.updated.fire(uri);
  }

  /** Finding known names costs a scan of the text, so it is done once per text and knowledge version. */
  private knowledgeFor(state: ArticleState): ArticleKnowledge {
    const documentVersion = state.document.version;
    const knowledgeVersion = this.knowledge.version;
    const cached = state.knowledge;
    if (cached && cached.documentVersion === documentVersion && cached.knowledgeVersion === knowledgeVersion)
      return cached.value;
    const value = this.knowledge.forText(state.document.getText());
    state.knowledge = { documentVersion, knowledgeVersion, value };
    return value;
  }

  private paintAll(uri: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === uri.toString()) this.paintEditor(editor);
    }
  }

  private paintEditor(editor: vscode.TextEditor): void {
    const state = this.state(editor.document.uri);
    if (!state) return;
    if (this.isHidden(editor.document.uri)) this.painter.clear(editor);
    else {
      const schema = this.schemas.schemaFor(editor.document.uri);
      this.painter.paint(editor, state.highlights, label => labelDefinition(schema, label)?.colour);
    }
  }

  private reportError(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`Article Annotator: ${message}`);
  }

  dispose(): void {
    this.timers.dispose();
    this.disposables.forEach(d => d.dispose());
    this.states.clear();
  }
}
