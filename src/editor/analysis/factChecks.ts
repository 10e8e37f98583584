import * as vscode from 'vscode';
import { ArticleChecks, CheckDiagnostic, checkInput } from '../../core/checks';
import { ArticleTracker } from './articleTracker';
import { affectsUs, readConfig } from '../config';
import { SidecarStore } from '../sidecar/sidecarStore';
import { RegistryStore } from '../workspace/registryStore';
import { KeyedTimers } from '../keyedTimers';
import { SteadyDiagnostics } from '../steadyDiagnostics';

/** The checks' source name in the Problems panel and on each diagnostic. */
export const CHECKS_SOURCE = 'Article Annotator';

const NAME_LABELS = ['person', 'organisation', 'location'] as const;

/** After an analysis, a moment for the burst of updates it brings (partial results, repaints) to pass. */
const SETTLE_MS = 50;

/** How long the light bulb waits for the checks of the text as it is now, right after an edit. */
const CURRENT_WAIT_MS = 3000;

interface Checked {
  version: number;
  diagnostics: CheckDiagnostic[];
}

/**
 * Runs the fact checks on open articles once their analysis is complete, and shows what they find in
 * the Problems panel and as squiggles. Each article keeps its own incremental checker, so an edit
 * re-checks only the edited paragraph and the names. The quick fixes are offered by the code action
 * provider, which asks `at` for the checks under the cursor.
 */
export class FactChecks implements vscode.Disposable {
  private readonly collection = new SteadyDiagnostics('articleAnnotator.checks');
  private readonly engines = new Map<string, ArticleChecks>();
  private readonly results = new Map<string, Checked>();
  private readonly timers = new KeyedTimers();
  private readonly runs = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.changed];
  private config = readConfig();
  /** Fires after an article's diagnostics were recomputed. */
  readonly onDidCheck = this.changed.event;

  constructor(
    private readonly tracker: ArticleTracker,
    private readonly store: SidecarStore,
    private readonly registry: RegistryStore,
  ) {
    this.disposables.push(
      tracker.onDidUpdate(uri => this.schedule(uri)),
      vscode.workspace.onDidCloseTextDocument(d => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (!affectsUs(e)) return;
        this.config = readConfig();
        for (const d of vscode.workspace.textDocuments) if (this.tracker.state(d.uri)) this.schedule(d.uri);
      }),
    );
  }

  /**
   * The checks' findings overlapping `range` in the document as it is now. Right after an edit they are
   * being worked out: then this waits for them (a light bulb opened at once still offers the fixes), up to
   * a few seconds or until `token` is cancelled, and gives none if they are still out of date.
   */
  async at(
    document: vscode.TextDocument,
    range: vscode.Range,
    token?: vscode.CancellationToken,
  ): Promise<CheckDiagnostic[]> {
    const key = document.uri.toString();
    const version = document.version;
    const current = () => {
      const checked = this.results.get(key);
      return checked?.version === version ? checked : undefined;
    };
    const checked = current() ?? (this.engines.has(key) ? await this.checkedOrTimeout(key, current, token) : undefined);
    if (!checked || document.version !== version) return [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    return checked.diagnostics.filter(d => d.start <= end && start <= d.end);
  }

  private checkedOrTimeout(
    key: string,
    current: () => Checked | undefined,
    token: vscode.CancellationToken | undefined,
  ): Promise<Checked | undefined> {
    return new Promise(resolve => {
      const finish = () => {
        clearTimeout(timer);
        listener.dispose();
        cancelled?.dispose();
        resolve(current());
      };
      const listener = this.onDidCheck(uri => {
        if (uri.toString() === key && current()) finish();
      });
      const timer = setTimeout(finish, CURRENT_WAIT_MS);
      const cancelled = token?.onCancellationRequested(finish);
    });
  }

  private schedule(uri: vscode.Uri): void {
    this.timers.schedule(uri.toString(), SETTLE_MS, () =>
      this.run(uri).catch(error => console.error('Article Annotator checks:', error)),
    );
  }

  private async run(uri: vscode.Uri): Promise<void> {
    const state = this.tracker.state(uri);
    const key = uri.toString();
    if (!state || state.tooLarge || this.config.checks.size === 0) {
      this.collection.delete(uri);
      this.results.delete(key);
      this.changed.fire(uri);
      return;
    }
    const { document } = state;
    // Only a finished analysis of the text as it is: partial results and shifted spans would mislead.
    if (state.analysedVersion !== document.version) return;
    let engine = this.engines.get(key);
    if (!engine) this.engines.set(key, (engine = new ArticleChecks()));
    const sidecar = this.store.get(uri);
    const knowledge = state.knowledge?.documentVersion === document.version ? state.knowledge.value : undefined;
    const input = checkInput({
      text: document.getText(),
      spans: state.spans,
      // The date the spans were resolved against; one guessed from the file's modification time is
      // too weak to check the text against.
      articleDate: state.articleDate?.date,
      articleDateGuessed: state.articleDate?.guess,
      annotations: sidecar?.annotations,
      corrections: sidecar?.corrections,
      knowledge,
      registry: this.registry.entries(),
      // The highlights already hold every name when people, organisations and places are shown.
      highlights: NAME_LABELS.every(l => this.config.enabledLabels.has(l)) ? state.highlights : undefined,
    });
    const runId = (this.runs.get(key) ?? 0) + 1;
    this.runs.set(key, runId);
    const version = document.version;
    // In slices: the first run over a long article checks every paragraph.
    const diagnostics = await engine.runInSlices(input, this.config.checks, {
      budgetMs: 20,
      yieldFn: () => new Promise(resolve => setTimeout(resolve, 0)),
      isCancelled: () => this.runs.get(key) !== runId || document.version !== version || !this.engines.has(key),
    });
    if (!diagnostics) return;
    this.results.set(key, { version: document.version, diagnostics });
    this.collection.set(
      uri,
      diagnostics.map(d => toDiagnostic(document, d)),
    );
    this.changed.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.timers.cancel(key);
    this.engines.delete(key);
    this.runs.delete(key);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    this.timers.dispose();
    this.disposables.forEach(d => d.dispose());
  }
}

function toDiagnostic(document: vscode.TextDocument, d: CheckDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(d.start), document.positionAt(d.end));
  const severity = d.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
  const diagnostic = new vscode.Diagnostic(range, d.message, severity);
  diagnostic.source = CHECKS_SOURCE;
  diagnostic.code = d.code;
  return diagnostic;
}
