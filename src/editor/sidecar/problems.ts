import * as vscode from 'vscode';
import { displayNameOfLabel } from '../../core/highlights/labels';
import { orphanPlace } from '../../core/highlights/outline';
import { SidecarData, resolveRelations } from '../../core/sidecar';
import { SteadyDiagnostics } from '../steadyDiagnostics';

/** Places offered for orphans, by item id. */
export type OrphanSuggestions = ReadonlyMap<string, { start: number; end: number }>;

/**
 * Reports problems in the Problems panel: errors in a sidecar file (at their line and column) and
 * orphaned annotations on the article, so nothing the user wrote disappears silently.
 */
export class ProblemReporter implements vscode.Disposable {
  private readonly sidecarProblems = new SteadyDiagnostics('articleAnnotator.sidecar');
  private readonly orphanProblems = new SteadyDiagnostics('articleAnnotator.orphans');

  sidecar(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    this.sidecarProblems.set(uri, diagnostics);
  }

  /**
   * Lists orphaned items as warnings at their last known place (the word there, as the Outline shows
   * them), pointing to where one may belong when re-anchoring found such a place (`suggested`, by item id).
   */
  orphans(article: vscode.Uri, data: SidecarData, document: vscode.TextDocument, suggested: OrphanSuggestions): void {
    const diagnostics: vscode.Diagnostic[] = [];
    const text = document.getText();
    for (const item of [...data.annotations, ...data.corrections]) {
      if (!item.orphaned) continue;
      const at = orphanPlace(text, item.start);
      const label =
        'label' in item ? displayNameOfLabel(item.label) : `correction to ${displayNameOfLabel(item.correct)}`;
      const place = suggested.get(item.id);
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(document.positionAt(at.start), document.positionAt(at.end)),
        `Orphaned annotation (${label}) "${truncate(item.quote)}": ` +
          (place
            ? 'its text is no longer found among the words that surrounded it (a possible place is linked). '
            : 'its text is no longer in the article. ') +
          'Select the right text and run "Re-attach Orphaned Annotation", or delete it.',
        vscode.DiagnosticSeverity.Warning,
      );
      if (place) {
        const range = new vscode.Range(document.positionAt(place.start), document.positionAt(place.end));
        diagnostic.relatedInformation = [
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(document.uri, range),
            `Perhaps here: "${truncate(document.getText(range))}"`,
          ),
        ];
      }
      diagnostic.source = 'Article Annotator';
      diagnostic.code = item.id;
      diagnostics.push(diagnostic);
    }
    diagnostics.push(...relationProblems(data, document));
    this.orphanProblems.set(article, diagnostics);
  }

  /** Whether errors of this sidecar are listed now. */
  showsSidecar(sidecar: vscode.Uri): boolean {
    return this.sidecarProblems.shows(sidecar);
  }

  /** Whether orphans or relations of this article are listed now. */
  showsArticle(article: vscode.Uri): boolean {
    return this.orphanProblems.shows(article);
  }

  /** The article's orphans and relations leave the Problems panel (closed, deleted, renamed, or no items). */
  clearArticle(article: vscode.Uri): void {
    this.orphanProblems.delete(article);
  }

  /** A file or folder was deleted: everything listed for it, or for a file inside it, goes. */
  filesGone(gone: vscode.Uri): void {
    const inside = within(gone);
    for (const problems of [this.sidecarProblems, this.orphanProblems])
      for (const uri of problems.files()) if (inside(uri)) problems.delete(uri);
  }

  /**
   * A file or folder was renamed or moved. The errors of a sidecar inside a renamed folder move with it:
   * its name, its text and its article's name are the same. A renamed file's own problems go: an
   * article's orphans and relations are listed again under its new name when it loads (the store moves
   * its sidecar and that sidecar's errors), and a sidecar renamed by itself is no longer its article's.
   */
  filesRenamed(from: vscode.Uri, to: vscode.Uri): void {
    const inside = within(from);
    for (const uri of this.sidecarProblems.files()) {
      if (!inside(uri)) continue;
      if (uri.path === from.path) this.sidecarProblems.delete(uri);
      else this.sidecarProblems.move(uri, to.with({ path: to.path + uri.path.slice(from.path.length) }));
    }
    for (const uri of this.orphanProblems.files()) if (inside(uri)) this.orphanProblems.delete(uri);
  }

  dispose(): void {
    this.sidecarProblems.dispose();
    this.orphanProblems.dispose();
  }
}

/** Whether a file is `file` itself or inside it, when it is a folder. */
export function within(file: vscode.Uri): (uri: vscode.Uri) => boolean {
  const folder = file.path.endsWith('/') ? file.path : `${file.path}/`;
  return uri =>
    uri.scheme === file.scheme &&
    uri.authority === file.authority &&
    (uri.path === file.path || uri.path.startsWith(folder));
}

/** A relation whose end is missing or orphaned is kept in the file and listed here, at the end still placed. */
function relationProblems(data: SidecarData, document: vscode.TextDocument): vscode.Diagnostic[] {
  const lastOffset = document.getText().length;
  return resolveRelations(data)
    .filter(r => r.problem)
    .map(({ relation, from, to, problem }) => {
      const at = document.positionAt(Math.min((from ?? to)?.start ?? 0, lastOffset));
      const end = (a: typeof from, id: string) => (a ? `"${truncate(a.quote, 40)}"` : `a missing annotation (${id})`);
      const why =
        problem === 'missing'
          ? 'one of its ends is no longer in the file'
          : 'one of its ends is orphaned; re-attach it to show the relation again';
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(at, at),
        `Relation "${relation.type}" from ${end(from, relation.from)} to ${end(to, relation.to)}: ${why}. It is kept until you delete it.`,
        vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'Article Annotator';
      diagnostic.code = relation.id;
      return diagnostic;
    });
}

function truncate(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}
