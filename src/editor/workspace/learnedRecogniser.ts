import * as vscode from 'vscode';
import { applyUpdate, LearnedUpdate, NO_UPDATE, TeachingSidecar, WorkspaceLearner } from '../../core/learning';
import type { EntityTagger } from '../../core/analysis/pipeline';
import { EntityRecognizer } from '../../core/ner';
import { ModelSource, RecognizerSource } from '../analysis/articleAnalysis';
import { affectsUs, readConfig } from '../config';
import { SidecarSource } from './knowledge';

/** Quiet time after a sidecar change before learning again: a batch run or a git pull writes many. */
const REBUILD_DELAY_MS = 150;
/** Longest stretch of learning before the extension host gets a turn. */
const SLICE_MS = 8;

/**
 * The entity recogniser adapted to this workspace: the model plus what the annotations and corrections
 * in every sidecar teach it (`WorkspaceLearner`). Learning starts when analysis first asks for the
 * recogniser, runs in short slices, and runs again when a sidecar changes; until it is done, and while
 * nothing is learned, the plain recogniser is used. The update is never stored: it is rebuilt from the
 * sidecars, and the `articleAnnotator.adaptRecogniser` setting turns it off (back to the plain one at once).
 */
export class LearnedRecogniser implements vscode.Disposable {
  private adapted: EntityRecognizer | undefined;
  private update: LearnedUpdate = NO_UPDATE;
  private learner: WorkspaceLearner | undefined;
  private started = false;
  private running = false;
  private again = false;
  private disposed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires when the recogniser handed out changed: open articles need analysing again. */
  readonly onDidChange = this.changed.event;
  /** Milliseconds the last learning took (preparing changed sidecars and learning), for the tests and the README. */
  lastLearningMs = 0;

  constructor(
    private readonly plain: RecognizerSource,
    private readonly model: ModelSource,
    private readonly sidecars: SidecarSource,
  ) {
    this.disposables.push(
      sidecars.onDidChange(() => this.started && this.schedule()),
      vscode.workspace.onDidChangeConfiguration(e => affectsUs(e) && this.started && this.schedule()),
    );
  }

  /** The recogniser to analyse with now. The first call starts learning from the workspace. */
  async get(): Promise<EntityTagger> {
    if (!this.started) {
      this.started = true;
      this.schedule();
    }
    return this.adapted ?? this.plain();
  }

  /** What the sidecars taught, as last learned (empty when learning is off or nothing was taught). */
  get current(): LearnedUpdate {
    return this.update;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.rebuild(), REBUILD_DELAY_MS);
  }

  private async rebuild(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      const update = readConfig().adaptRecogniser ? await this.learn() : NO_UPDATE;
      if (update && !this.disposed && update !== this.update) await this.use(update);
    } catch {
      // The model could not be read: analysis reports that itself; the plain recogniser stays in use.
    } finally {
      this.running = false;
      if (this.again && !this.disposed) {
        this.again = false;
        this.schedule();
      }
    }
  }

  /** Learns from every sidecar, yielding to the host between slices; undefined when disposed meanwhile. */
  private async learn(): Promise<LearnedUpdate | undefined> {
    this.learner ??= new WorkspaceLearner(await this.model());
    // A failed workspace search leaves what was learned last; the index tries again on the next change.
    const indexed = await this.sidecars.sidecars().then(
      list => list,
      () => undefined,
    );
    if (!indexed) return this.update;
    const sources: TeachingSidecar[] = [];
    for (const s of indexed) {
      if (s.data)
        sources.push({
          article: vscode.workspace.asRelativePath(s.articleUri),
          annotations: s.data.annotations,
          corrections: s.data.corrections,
        });
    }
    const steps = this.learner.learnSteps(sources);
    let spent = 0;
    for (;;) {
      const started = performance.now();
      let next = steps.next();
      while (!next.done && performance.now() - started < SLICE_MS) next = steps.next();
      spent += performance.now() - started;
      if (next.done) {
        this.lastLearningMs = spent;
        return next.value;
      }
      await new Promise(resolve => setTimeout(resolve, 0));
      if (this.disposed) return undefined;
    }
  }

  private async use(update: LearnedUpdate): Promise<void> {
    const model = await this.model();
    this.update = update;
    this.adapted = update.buckets.length > 0 ? new EntityRecognizer(applyUpdate(model, update)) : undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.disposables.forEach(d => d.dispose());
  }
}
