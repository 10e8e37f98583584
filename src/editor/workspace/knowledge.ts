import * as vscode from 'vscode';
import type { ArticleKnowledge } from '../../core/highlights/highlights';
import {
  EMPTY_KNOWLEDGE,
  KnownNameMatcher,
  LearningSource,
  WorkspaceKnowledge,
  buildKnowledge,
  knowledgeForArticle,
} from '../../core/knowledge';
import type { SidecarData } from '../../core/sidecar';
import { RegistryStore } from './registryStore';

/** What the knowledge service needs from the workspace's sidecars (the workspace index provides it). */
export interface SidecarSource {
  readonly onDidChange: vscode.Event<void>;
  sidecars(): Promise<readonly { articleUri: vscode.Uri; data?: SidecarData }[]>;
}

const REBUILD_DELAY_MS = 100;

/**
 * The workspace's knowledge about names, kept current: the registry plus what the user labelled or
 * corrected in every sidecar. Articles ask for it through `forText`; `version` changes when it does.
 * Sidecar and registry changes come in bursts (a batch run writes many files), so rebuilds are debounced.
 */
export class KnowledgeService implements vscode.Disposable {
  private knowledge: WorkspaceKnowledge = EMPTY_KNOWLEDGE;
  private matcher = new KnownNameMatcher(EMPTY_KNOWLEDGE);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Increases with every rebuild that changed something. */
  version = 0;
  readonly onDidChange = this.changed.event;
  private started = false;

  constructor(
    private readonly registry: RegistryStore,
    private readonly sidecars: SidecarSource,
  ) {
    this.disposables.push(
      registry.onDidChange(() => this.scheduleRebuild()),
      sidecars.onDidChange(() => this.scheduleRebuild()),
    );
  }

  get current(): WorkspaceKnowledge {
    return this.knowledge;
  }

  /**
   * The knowledge applied to one article's text. The first call starts reading the registry and the
   * sidecars (activation stays cheap); articles are repainted when that is done.
   */
  forText(text: string): ArticleKnowledge {
    if (!this.started) this.scheduleRebuild();
    return knowledgeForArticle(text, this.knowledge, this.matcher);
  }

  private scheduleRebuild(): void {
    this.started = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.rebuild(), REBUILD_DELAY_MS);
  }

  private async rebuild(): Promise<void> {
    await this.registry.ready();
    const sources: LearningSource[] = [];
    // A failed workspace search must not keep the registry from applying; the index retries next time.
    for (const s of await this.sidecars.sidecars().then(
      list => list,
      () => [],
    )) {
      if (s.data)
        sources.push({
          article: vscode.workspace.asRelativePath(s.articleUri),
          annotations: s.data.annotations,
          corrections: s.data.corrections,
        });
    }
    const next = buildKnowledge(this.registry.entries(), sources);
    if (sameKnowledge(next, this.knowledge)) return;
    this.knowledge = next;
    this.matcher = new KnownNameMatcher(next);
    this.version++;
    this.changed.fire();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach(d => d.dispose());
  }
}

/** Avoids repainting every open article when a sidecar write taught nothing new (a note edit, say). */
function sameKnowledge(a: WorkspaceKnowledge, b: WorkspaceKnowledge): boolean {
  if (a.names.size !== b.names.size || a.rejected.size !== b.rejected.size) return false;
  for (const [surface, name] of a.names) {
    const other = b.names.get(surface);
    if (
      !other ||
      other.label !== name.label ||
      other.source !== name.source ||
      other.entry !== name.entry ||
      other.articles?.join('\n') !== name.articles?.join('\n')
    )
      return false;
  }
  for (const [surface, labels] of a.rejected) {
    const other = b.rejected.get(surface);
    if (!other || other.size !== labels.size || [...labels].some(l => !other.has(l))) return false;
  }
  return true;
}
