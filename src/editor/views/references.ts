import * as vscode from 'vscode';
import { Highlight, highlightsAt, mentionsOf } from '../../core/highlights/highlights';
import { ArticleTracker } from '../analysis/articleTracker';

/**
 * Go to References (Shift+F12) and the editor's occurrence highlight for entities: every mention of the
 * entity under the cursor in this article, short forms of a person's name included.
 */
export class EntityMentionProvider implements vscode.ReferenceProvider, vscode.DocumentHighlightProvider {
  constructor(private readonly tracker: ArticleTracker) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    return this.mentionsAt(document, position)?.map(m => new vscode.Location(document.uri, rangeOf(document, m)));
  }

  provideDocumentHighlights(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): vscode.DocumentHighlight[] | undefined {
    return this.mentionsAt(document, position)?.map(
      m => new vscode.DocumentHighlight(rangeOf(document, m), vscode.DocumentHighlightKind.Text),
    );
  }

  private mentionsAt(document: vscode.TextDocument, position: vscode.Position): Highlight[] | undefined {
    const state = this.tracker.state(document.uri);
    if (!state || this.tracker.isHidden(document.uri)) return undefined;
    const offset = document.offsetAt(position);
    const here = highlightsAt(state.highlights, offset);
    // A cursor right after one entity and before the next belongs to the next.
    const target = here.find(h => offset < h.end) ?? here[0];
    return target && mentionsOf(document.getText(), state.highlights, target);
  }
}

function rangeOf(document: vscode.TextDocument, h: Highlight): vscode.Range {
  return new vscode.Range(document.positionAt(h.start), document.positionAt(h.end));
}
