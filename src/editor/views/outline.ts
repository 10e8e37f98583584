import * as vscode from 'vscode';
import {
  OutlineEntity,
  OutlineGroup,
  OutlineOrphan,
  outlineEntities,
  outlineOrphans,
} from '../../core/highlights/outline';
import { Highlight } from '../../core/highlights/highlights';
import {
  BUILT_IN_LABELS,
  NOT_AN_ENTITY,
  compareLabels,
  groupNameOfLabel,
  isBuiltInLabel,
} from '../../core/highlights/labels';
import { ArticleTracker } from '../analysis/articleTracker';
import { labelName } from '../../core/project';
import { SidecarStore } from '../sidecar/sidecarStore';
import { SchemaStore } from '../workspace/schemaStore';
import { ARTICLE_SELECTOR } from '../workspace/articleFilter';

/** How long the Outline waits for a just-opened article's first analysis before showing what there is. */
const FIRST_ANALYSIS_WAIT_MS = 5000;

const ENTITY_KIND: Record<string, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organisation: vscode.SymbolKind.Class,
  location: vscode.SymbolKind.Struct,
  date: vscode.SymbolKind.Event,
  other: vscode.SymbolKind.Constant,
};

interface ArticleOutline {
  groups: Map<string, OutlineGroup>;
  orphans: OutlineOrphan[];
}

/**
 * The article's entities in the Outline, beside Markdown's headings: one group per label (People,
 * Organisations, Places, Dates, Other, then custom labels alphabetically), one child per distinct entity
 * (short forms of a person's name under the full name), placed on its first mention; orphaned
 * annotations are listed in their label's group, on the place their problem is reported.
 *
 * Each label has its own symbol provider, because the Outline keeps providers apart: it shows their
 * groups in the order the providers rank (the most recently registered first), and hands every
 * provider all the problems of the file. Groups of one provider would instead be sorted by where
 * their first entity is, and a problem would go to the first group whose span of text covers it (an
 * orphaned organisation's warning on the People group). When the custom labels in the open articles
 * change, all providers are registered again, in reverse order.
 */
export class EntityOutline implements vscode.Disposable {
  private registered: vscode.Disposable[] = [];
  /** The groups the Outline has, in its order: each label with the name its group shows. */
  private shown: { label: string; name: string }[] = [];
  /** Custom labels shown in each open article, as last analysed. */
  private readonly customByArticle = new Map<string, Set<string>>();
  private readonly built = new WeakMap<object, ArticleOutline>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly tracker: ArticleTracker,
    private readonly store: SidecarStore,
    private readonly schemas: SchemaStore,
  ) {
    this.disposables = [
      tracker.onDidUpdate(uri => this.articleUpdated(uri)),
      schemas.onDidChange(() => this.registerLabels()),
      vscode.workspace.onDidCloseTextDocument(
        d => this.customByArticle.delete(d.uri.toString()) && this.registerLabels(),
      ),
    ];
    this.registerLabels();
  }

  /** The labels with a group in the Outline, in the order it shows them. */
  get labels(): readonly string[] {
    return this.shown.map(group => group.label);
  }

  /** The names of those groups, as the Outline and the breadcrumbs show them. */
  get groupNames(): readonly string[] {
    return this.shown.map(group => group.name);
  }

  private articleUpdated(uri: vscode.Uri): void {
    const custom = new Set<string>();
    for (const h of this.tracker.state(uri)?.highlights ?? []) if (!isBuiltInLabel(h.label)) custom.add(h.label);
    const sidecar = this.store.get(uri);
    for (const a of sidecar?.annotations ?? []) custom.add(a.label);
    for (const c of sidecar?.corrections ?? []) custom.add(c.correct);
    BUILT_IN_LABELS.forEach(label => custom.delete(label));
    custom.delete(NOT_AN_ENTITY);
    this.customByArticle.set(uri.toString(), custom);
    this.registerLabels();
  }

  private registerLabels(): void {
    const custom = [...this.customByArticle.values()].flatMap(set => [...set]);
    const groups = [...new Set([...BUILT_IN_LABELS, ...custom])]
      .sort(compareLabels)
      .map(label => ({ label, name: this.groupName(label) }));
    if (JSON.stringify(groups) === JSON.stringify(this.shown)) return;
    this.shown = groups;
    this.registered.forEach(d => d.dispose());
    this.registered = [...groups]
      .reverse()
      .map(({ label, name }) =>
        vscode.languages.registerDocumentSymbolProvider(
          ARTICLE_SELECTOR,
          { provideDocumentSymbols: (document, token) => this.symbols(document, label, token) },
          { label: name },
        ),
      );
  }

  /**
   * A custom label's group is named as the project schema of an open article using it names the label
   * (the groups are shared by all articles, the schemas are per folder); a built-in one as usual.
   */
  private groupName(label: string): string {
    if (isBuiltInLabel(label)) return groupNameOfLabel(label);
    for (const [article, labels] of this.customByArticle) {
      const schema = labels.has(label) ? this.schemas.schemaFor(vscode.Uri.parse(article)) : undefined;
      if (schema) return labelName(schema, label);
    }
    return label;
  }

  private async symbols(
    document: vscode.TextDocument,
    label: string,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentSymbol[] | undefined> {
    if (!this.tracker.state(document.uri)) return undefined;
    await this.analysed(document, token);
    const state = this.tracker.state(document.uri);
    if (!state || token.isCancellationRequested) return undefined;
    const outline = this.outlineOf(document, state.highlights);
    return [
      ...(outline.groups.get(label)?.entities ?? []).map(e => entitySymbol(document, e)),
      ...outline.orphans.filter(o => o.label === label).map(o => orphanSymbol(document, o)),
    ];
  }

  /** Built once per analysis and shared by the providers of every label. */
  private outlineOf(document: vscode.TextDocument, highlights: readonly Highlight[]): ArticleOutline {
    let outline = this.built.get(highlights);
    if (!outline) {
      const text = document.getText();
      const sidecar = this.store.get(document.uri);
      const groups = outlineEntities(text, highlights);
      outline = {
        groups: new Map(groups.map(g => [g.label, g])),
        orphans: outlineOrphans(text, [...(sidecar?.annotations ?? []), ...(sidecar?.corrections ?? [])]),
      };
      this.built.set(highlights, outline);
    }
    return outline;
  }

  /** Waits (briefly) until the current text has been analysed, so a new article's Outline is not empty. */
  private analysed(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<void> {
    const done = () =>
      this.tracker.state(document.uri)?.analysedVersion === document.version || token.isCancellationRequested;
    if (done()) return Promise.resolve();
    return new Promise(resolve => {
      const finish = () => {
        clearTimeout(timer);
        listener.dispose();
        cancelled.dispose();
        resolve();
      };
      const timer = setTimeout(finish, FIRST_ANALYSIS_WAIT_MS);
      const listener = this.tracker.onDidUpdate(
        uri => uri.toString() === document.uri.toString() && done() && finish(),
      );
      const cancelled = token.onCancellationRequested(finish);
    });
  }

  dispose(): void {
    this.registered.forEach(d => d.dispose());
    this.disposables.forEach(d => d.dispose());
  }
}

function kindOf(label: string): vscode.SymbolKind {
  return ENTITY_KIND[label] ?? (isBuiltInLabel(label) ? vscode.SymbolKind.Constant : vscode.SymbolKind.Key);
}

function entitySymbol(document: vscode.TextDocument, entity: OutlineEntity): vscode.DocumentSymbol {
  const first = entity.mentions[0];
  const range = new vscode.Range(document.positionAt(first.start), document.positionAt(first.end));
  const yours = entity.mentions.some(m => m.source !== 'automatic') ? ' · yours' : '';
  return new vscode.DocumentSymbol(
    entity.name,
    mentions(entity.mentions.length) + yours,
    kindOf(entity.label),
    range,
    range,
  );
}

function orphanSymbol(document: vscode.TextDocument, orphan: OutlineOrphan): vscode.DocumentSymbol {
  const range = new vscode.Range(document.positionAt(orphan.start), document.positionAt(orphan.end));
  const symbol = new vscode.DocumentSymbol(
    orphan.name || '(empty)',
    'orphaned: its text is no longer in the article',
    kindOf(orphan.label),
    range,
    range,
  );
  symbol.tags = [vscode.SymbolTag.Deprecated];
  return symbol;
}

function mentions(count: number): string {
  return count === 1 ? '1 mention' : `${count} mentions`;
}
