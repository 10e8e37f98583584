import * as vscode from 'vscode';
import { OutlineEntity, OutlineGroup, outlineEntities } from '../../core/highlights/outline';
import { groupNameOfLabel, isBuiltInLabel } from '../../core/highlights/labels';
import { ArticleTracker } from '../analysis/articleTracker';

/** How long the Outline waits for a just-opened article's first analysis before showing what there is. */
const FIRST_ANALYSIS_WAIT_MS = 5000;

const ENTITY_KIND: Record<string, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organisation: vscode.SymbolKind.Class,
  location: vscode.SymbolKind.Struct,
  date: vscode.SymbolKind.Event,
  other: vscode.SymbolKind.Constant,
};

/**
 * The article's entities in the Outline, beside Markdown's headings: one group per label, one child
 * per distinct entity (short forms of a person's name under the full name), placed on its first mention.
 */
export class EntityOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly tracker: ArticleTracker) {}

  async provideDocumentSymbols(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentSymbol[] | undefined> {
    if (!this.tracker.state(document.uri)) return undefined;
    await this.analysed(document, token);
    const state = this.tracker.state(document.uri);
    if (!state || token.isCancellationRequested) return undefined;
    return outlineEntities(document.getText(), state.highlights).map(g => groupSymbol(document, g));
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
}

function groupSymbol(document: vscode.TextDocument, group: OutlineGroup): vscode.DocumentSymbol {
  const children = group.entities.map(e => entitySymbol(document, e));
  const first = children.reduce((a, b) => (b.range.start.isBefore(a.range.start) ? b : a));
  const last = children.reduce((a, b) => (b.range.end.isAfter(a.range.end) ? b : a));
  const symbol = new vscode.DocumentSymbol(
    groupNameOfLabel(group.label),
    mentions(group.mentionCount),
    vscode.SymbolKind.Namespace,
    first.range.union(last.range),
    first.selectionRange,
  );
  symbol.children = children;
  return symbol;
}

function entitySymbol(document: vscode.TextDocument, entity: OutlineEntity): vscode.DocumentSymbol {
  const first = entity.mentions[0];
  const range = new vscode.Range(document.positionAt(first.start), document.positionAt(first.end));
  const yours = entity.mentions.some(m => m.source !== 'automatic') ? ' · yours' : '';
  const kind =
    ENTITY_KIND[entity.label] ?? (isBuiltInLabel(entity.label) ? vscode.SymbolKind.Constant : vscode.SymbolKind.Key);
  return new vscode.DocumentSymbol(entity.name, mentions(entity.mentions.length) + yours, kind, range, range);
}

function mentions(count: number): string {
  return count === 1 ? '1 mention' : `${count} mentions`;
}
