import * as vscode from 'vscode';
import { groupNameOfLabel } from '../../core/highlights/labels';
import { Annotation } from '../../core/sidecar';
import {
  AnnotationFilter,
  LabelGroup,
  describeFilter,
  groupByLabel,
  matchesFilter,
  parseFilter,
} from '../../core/workspace/filter';
import { COMMANDS } from '../commands/commandIds';
import { SidecarStore } from '../sidecar/sidecarStore';
import { IndexedSidecar, WorkspaceIndex } from '../workspace/workspaceIndex';

const ANNOTATIONS_VIEW_ID = 'articleAnnotator.annotations';
/** Context key that shows the view's "clear filter" button. */
const FILTERED_CONTEXT = 'articleAnnotator.annotationsFiltered';
const EXPANDED_GROUP_MAX = 50;

export type AnnotationNode =
  | { kind: 'article'; sidecar: IndexedSidecar; count: number; orphans: number }
  | { kind: 'label'; sidecar: IndexedSidecar; group: LabelGroup }
  | { kind: 'annotation'; sidecar: IndexedSidecar; annotation: Annotation };

/**
 * Every annotation in the workspace, by article and then label. Only the article list is built when
 * the view refreshes; an article's groups and items are built when it is expanded, so thousands of
 * annotations cost nothing until looked at. All user text goes into plain labels and tooltips.
 */
export class AnnotationsView implements vscode.TreeDataProvider<AnnotationNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<AnnotationNode>;
  private filterValue: AnnotationFilter | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly index: WorkspaceIndex) {
    this.view = vscode.window.createTreeView(ANNOTATIONS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.changed,
      this.view,
      index.onDidChange(() => this.changed.fire(undefined)),
    );
  }

  get filter(): AnnotationFilter | undefined {
    return this.filterValue;
  }

  /** Filters by `label:NAME` or by text; blank or undefined clears the filter. */
  setFilter(input: string | undefined): void {
    this.filterValue = parseFilter(input ?? '');
    this.view.description = this.filterValue && `filter: ${describeFilter(this.filterValue)}`;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, !!this.filterValue);
    this.changed.fire(undefined);
  }

  async getChildren(node?: AnnotationNode): Promise<AnnotationNode[]> {
    if (!node) return this.articles();
    if (node.kind === 'article') {
      return groupByLabel(node.sidecar.data?.annotations ?? [], this.filterValue).map(group => ({
        kind: 'label',
        sidecar: node.sidecar,
        group,
      }));
    }
    if (node.kind === 'label')
      return node.group.annotations.map(annotation => ({ kind: 'annotation', sidecar: node.sidecar, annotation }));
    return [];
  }

  private async articles(): Promise<AnnotationNode[]> {
    const nodes: AnnotationNode[] = [];
    let total = 0;
    for (const sidecar of await this.index.sidecars()) {
      const kept = (sidecar.data?.annotations ?? []).filter(a => matchesFilter(a, this.filterValue));
      total += kept.length;
      // Malformed sidecars stay listed whatever the filter: they need fixing.
      if (kept.length > 0 || sidecar.error)
        nodes.push({ kind: 'article', sidecar, count: kept.length, orphans: kept.filter(a => a.orphaned).length });
    }
    this.view.message = this.message(total, nodes.length);
    return nodes;
  }

  private message(total: number, articles: number): string | undefined {
    if (this.filterValue) {
      const what = describeFilter(this.filterValue);
      return total === 0
        ? `No annotation matches “${what}”.`
        : `${count(total, 'annotation')} in ${count(articles, 'article')} match “${what}”.`;
    }
    return articles === 0
      ? 'No annotations in this workspace yet: select text in an article and run Annotate Selection.'
      : undefined;
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    const id = node.sidecar.sidecarUri.toString();
    if (node.kind === 'article') return articleItem(node, id);
    if (node.kind === 'label') {
      // Small groups open with their article; large ones wait to be expanded.
      const size = node.group.annotations.length;
      const item = new vscode.TreeItem(
        groupNameOfLabel(node.group.label),
        size <= EXPANDED_GROUP_MAX
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = `${id}|label|${node.group.label}`;
      item.description = String(node.group.annotations.length);
      item.iconPath = new vscode.ThemeIcon('tag');
      return item;
    }
    return annotationItem(node.sidecar, node.annotation, id);
  }

  dispose(): void {
    this.disposables.forEach(d => d.dispose());
  }
}

function articleItem(node: Extract<AnnotationNode, { kind: 'article' }>, id: string): vscode.TreeItem {
  const { sidecar } = node;
  const item = new vscode.TreeItem(
    vscode.workspace.asRelativePath(sidecar.articleUri),
    node.count > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  item.id = id;
  item.resourceUri = sidecar.articleUri;
  const parts = [count(node.count, 'annotation')];
  if (node.orphans > 0) parts.push(`${node.orphans} orphaned`);
  if (sidecar.error) {
    parts.unshift('malformed sidecar');
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    item.tooltip = `${vscode.workspace.asRelativePath(sidecar.sidecarUri)} has problems (${sidecar.error}). Click to open it.`;
    item.command = { title: 'Open the sidecar', command: 'vscode.open', arguments: [sidecar.sidecarUri] };
    item.contextValue = 'malformedSidecar';
  } else {
    item.iconPath = vscode.ThemeIcon.File;
    item.contextValue = 'article';
  }
  item.description = parts.join(' · ');
  return item;
}

function annotationItem(sidecar: IndexedSidecar, a: Annotation, fileId: string): vscode.TreeItem {
  const item = new vscode.TreeItem(oneLine(a.quote, 80), vscode.TreeItemCollapsibleState.None);
  item.id = `${fileId}|item|${a.id}`;
  item.description = [a.orphaned ? 'orphaned' : undefined, a.note && oneLine(a.note, 60)].filter(Boolean).join(' · ');
  item.iconPath = a.orphaned
    ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
    : new vscode.ThemeIcon('note');
  const meta = [a.author && `by ${a.author}`, a.created && `added ${a.created.slice(0, 10)}`]
    .filter(Boolean)
    .join(', ');
  item.tooltip = [
    a.quote,
    a.note && `Note: ${a.note}`,
    meta,
    a.orphaned && 'Orphaned: its text is no longer in the article.',
  ]
    .filter(Boolean)
    .join('\n\n');
  item.command = {
    title: 'Show the annotation',
    command: COMMANDS.revealAnnotation,
    arguments: [sidecar.articleUri.toString(), a.id],
  };
  item.contextValue = a.orphaned ? 'orphanedAnnotation' : 'annotation';
  return item;
}

/** The view and its commands: filter, clear the filter, refresh, and reveal an annotation in its article. */
export function registerAnnotationsView(
  index: WorkspaceIndex,
  store: SidecarStore,
): { view: AnnotationsView; disposables: vscode.Disposable[] } {
  const view = new AnnotationsView(index);
  const r = vscode.commands.registerCommand;
  return {
    view,
    disposables: [
      view,
      // From the view's title bar VS Code passes the view's own argument, not a filter: ask then.
      r(COMMANDS.filterAnnotations, async (input?: unknown) => {
        const value =
          typeof input === 'string'
            ? input
            : await vscode.window.showInputBox({
                title: 'Filter Annotations',
                prompt:
                  'Text in the annotated passage, note or label; or label:NAME for one label. Empty clears the filter.',
                value: view.filter ? describeFilter(view.filter) : '',
              });
        if (value !== undefined) view.setFilter(value);
      }),
      r(COMMANDS.clearAnnotationFilter, () => view.setFilter(undefined)),
      r(COMMANDS.refreshAnnotations, () => index.rescan()),
      r(COMMANDS.revealAnnotation, (article: string, id: string) =>
        revealAnnotation(store, vscode.Uri.parse(article), id),
      ),
    ],
  };
}

/**
 * Opens the article and selects the annotation. The store places it on the article's current text
 * first, so the selection is right even when the article changed since the sidecar was written.
 */
async function revealAnnotation(
  store: SidecarStore,
  article: vscode.Uri,
  id: string,
): Promise<vscode.Selection | undefined> {
  const document = await vscode.workspace.openTextDocument(article);
  const editor = await vscode.window.showTextDocument(document, { preview: true });
  await store.load(document);
  const annotation = store.get(article)?.annotations.find(a => a.id === id);
  if (!annotation) {
    void vscode.window.showWarningMessage("That annotation is no longer in the article's sidecar.");
    return undefined;
  }
  const length = document.getText().length;
  const start = document.positionAt(Math.min(annotation.start, length));
  const end = annotation.orphaned ? start : document.positionAt(Math.min(annotation.end, length));
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (annotation.orphaned) {
    void vscode.window.showWarningMessage(
      'This annotation is orphaned: its text is no longer in the article. ' +
        'Select the right text and run "Re-attach Orphaned Annotation", or delete it.',
    );
  }
  return editor.selection;
}

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
