import * as vscode from 'vscode';
import { SidecarData } from '../../core/sidecar';
import { forEachConcurrently } from '../../core/workspace/concurrency';
import { folderExclusions, globMatcher } from '../../core/workspace/glob';
import {
  articleNameOf,
  isSidecarName,
  sidecarGlob,
  summarizeSidecar,
  usesBaseName,
} from '../../core/workspace/sidecars';
import { ArticleAnnotatorConfig, affectsUs, readConfig } from '../config';
import { SidecarStore, basename } from '../sidecar/sidecarStore';
import { YamlFileListener } from '../sidecar/yamlWatcher';

export interface IndexedSidecar {
  sidecarUri: vscode.Uri;
  articleUri: vscode.Uri;
  data?: SidecarData;
  /** Why the file could not be read (malformed, too large); data then holds what was valid, if anything. */
  error?: string;
}

interface Cached {
  sidecar: IndexedSidecar;
  mtime: number;
}

/** Quiet time after the last sidecar change before listeners hear of it: a git pull changes many at once. */
const CHANGE_DEBOUNCE_MS = 200;
/** Sidecars read at the same time while scanning. */
const READ_CONCURRENCY = 16;

/**
 * Every sidecar in the workspace, for views that list annotations across articles. Nothing is read
 * until the first `sidecars()` call; after that, a change re-reads only the sidecar concerned, and only
 * when someone asks again. Open articles show the store's live annotations (positions moved with
 * unsaved edits) instead of the file's.
 */
export class WorkspaceIndex implements vscode.Disposable, YamlFileListener {
  private readonly cache = new Map<string, Cached>();
  /** Sidecars to re-read (or drop) before the next answer. */
  private readonly stale = new Map<string, vscode.Uri>();
  private scanned: Promise<void> | undefined;
  /** Changed sidecars being read again, which every answer waits for. */
  private refreshing: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private config!: ArticleAnnotatorConfig;
  private excluded!: (path: string) => boolean;
  readonly onDidChange = this.changed.event;

  constructor(private readonly store: SidecarStore) {
    this.configure();
    this.disposables.push(
      this.changed,
      store.onDidChange(article => {
        const sidecar = store.get(article)?.sidecar;
        if (sidecar) this.invalidate(sidecar);
      }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (!affectsUs(e)) return;
        this.configure();
        this.rescan();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
    );
  }

  async sidecars(): Promise<readonly IndexedSidecar[]> {
    // A failed scan (a file system error) is tried again on the next request.
    await (this.scanned ??= this.scan().catch(error => {
      this.scanned = undefined;
      throw error;
    }));
    // A caller arriving while changed sidecars are being read waits for them: answering from the cache
    // then would leave out a sidecar that is new, and its change event has already been sent.
    while (this.refreshing || this.stale.size > 0) {
      if (!this.refreshing) {
        const uris = [...this.stale.values()];
        this.stale.clear();
        this.refreshing = forEachConcurrently(uris, READ_CONCURRENCY, uri => this.reload(uri, true)).finally(() => {
          this.refreshing = undefined;
        });
      }
      await this.refreshing;
    }
    return [...this.cache.values()]
      .map(c => this.live(c.sidecar))
      .sort((a, b) => a.articleUri.path.localeCompare(b.articleUri.path));
  }

  /** Drops everything and finds the sidecars again on the next request (unchanged files are not re-read). */
  rescan(): void {
    this.scanned = undefined;
    this.fireSoon();
  }

  private configure(): void {
    this.config = readConfig();
    this.excluded = globMatcher(this.config.articleExclude);
  }

  /** Called for every YAML file changed on disk (see `watchYamlFiles`). */
  yamlFileChanged(uri: vscode.Uri): void {
    this.invalidate(uri);
  }

  private invalidate(uri: vscode.Uri): void {
    // Whether it is an article's sidecar, and not an excluded one, is settled when it is read again.
    if (!this.scanned || !isSidecarName(basename(uri), this.config.sidecarFileName)) return;
    this.stale.set(uri.toString(), uri);
    this.fireSoon();
  }

  private fireSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), CHANGE_DEBOUNCE_MS);
  }

  private async scan(): Promise<void> {
    // Sidecars that change while the search runs stay marked, to be read again after it.
    this.stale.clear();
    const config = this.config;
    // Every exclusion pattern is checked in articleOf; folder ones also spare the file search the walk.
    const found = await vscode.workspace.findFiles(
      sidecarGlob(config.sidecarFileName),
      folderExclusions(config.articleExclude),
    );
    const keep = new Set(found.map(u => u.toString()));
    for (const key of [...this.cache.keys()]) if (!keep.has(key)) this.cache.delete(key);
    await forEachConcurrently(found, READ_CONCURRENCY, uri => this.reload(uri, false));
  }

  /**
   * Reads one sidecar again (when forced, or when its modification time changed); drops it when it is
   * gone or no longer an article's.
   */
  private async reload(uri: vscode.Uri, force: boolean): Promise<void> {
    const key = uri.toString();
    const articleUri = await this.articleOf(uri);
    const stat =
      articleUri &&
      (await vscode.workspace.fs.stat(uri).then(
        s => s,
        () => undefined,
      ));
    if (!articleUri || !stat) {
      this.cache.delete(key);
      return;
    }
    if (!force && this.cache.get(key)?.mtime === stat.mtime) return;
    this.cache.set(key, { sidecar: await this.readIndexed(uri, articleUri), mtime: stat.mtime });
  }

  /** The article a sidecar belongs to, or undefined when it is no sidecar or its article is excluded. */
  private async articleOf(sidecar: vscode.Uri): Promise<vscode.Uri | undefined> {
    const pattern = this.config.sidecarFileName;
    const folder = vscode.Uri.joinPath(sidecar, '..');
    const siblings = usesBaseName(pattern)
      ? await vscode.workspace.fs.readDirectory(folder).then(
          entries => entries.filter(([, type]) => type === vscode.FileType.File).map(([n]) => n),
          () => [],
        )
      : [];
    const name = articleNameOf(basename(sidecar), pattern, siblings);
    if (!name) return undefined;
    const article = vscode.Uri.joinPath(folder, name);
    return this.excluded(article.path) ? undefined : article;
  }

  /** A sidecar for the view: its data, or why it cannot be read (checked before it is opened, as every read is). */
  private async readIndexed(sidecarUri: vscode.Uri, articleUri: vscode.Uri): Promise<IndexedSidecar> {
    try {
      const file = await this.store.flow.readText(sidecarUri);
      if (file.state === 'read') return { sidecarUri, articleUri, ...summarizeSidecar(file.text) };
      return { sidecarUri, articleUri, error: file.state === 'missing' ? 'could not be found' : file.problem };
    } catch (error) {
      return {
        sidecarUri,
        articleUri,
        error: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  /** An open article's annotations as the store holds them now, which the file may not have yet. */
  private live(indexed: IndexedSidecar): IndexedSidecar {
    const view = !indexed.error && this.store.get(indexed.articleUri);
    if (!view || !indexed.data) return indexed;
    return {
      ...indexed,
      data: {
        ...indexed.data,
        annotations: [...view.annotations],
        corrections: [...view.corrections],
        date: view.date,
      },
    };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach(d => d.dispose());
    this.cache.clear();
  }
}
