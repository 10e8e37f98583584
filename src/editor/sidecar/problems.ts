import * as vscode from 'vscode';
import { displayNameOfLabel } from '../../core/highlights/labels';
import { orphanPlace } from '../../core/highlights/outline';
import { SidecarData } from '../../core/sidecar';

/**
 * Reports problems in the Problems panel: errors in a sidecar file (at their line and column) and
 * orphaned annotations on the article, so nothing the user wrote disappears silently.
 */
export class ProblemReporter implements vscode.Disposable {
  private readonly sidecarProblems = vscode.languages.createDiagnosticCollection('articleAnnotator.sidecar');
  private readonly orphanProblems = vscode.languages.createDiagnosticCollection('articleAnnotator.orphans');

  sidecar(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    this.sidecarProblems.set(uri, diagnostics);
  }

  /**
   * Lists orphaned items as warnings at their last known place (the word there, as the Outline shows them), and items that were re-anchored onto
   * an occurrence another item also uses (`shared`) as hints to check.
   */
  orphans(article: vscode.Uri, data: SidecarData, document: vscode.TextDocument, shared: ReadonlySet<string>): void {
    const diagnostics: vscode.Diagnostic[] = [];
    const text = document.getText();
    for (const item of [...data.annotations, ...data.corrections]) {
      if (!item.orphaned && shared.has(item.id)) {
        const range = new vscode.Range(document.positionAt(item.start), document.positionAt(item.end));
        const check = new vscode.Diagnostic(
          range,
          `Annotation "${truncate(item.quote)}" was placed on text another annotation also ` +
            'uses, after the article changed outside this editor. Check it is the right occurrence.',
          vscode.DiagnosticSeverity.Information,
        );
        check.source = 'Article Annotator';
        check.code = item.id;
        diagnostics.push(check);
      }
      if (!item.orphaned) continue;
      const place = orphanPlace(text, item.start);
      const label =
        'label' in item ? displayNameOfLabel(item.label) : `correction to ${displayNameOfLabel(item.correct)}`;
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(document.positionAt(place.start), document.positionAt(place.end)),
        `Orphaned annotation (${label}) "${truncate(item.quote)}": its text is no longer in the article. ` +
          'Select the right text and run "Re-attach Orphaned Annotation", or delete it.',
        vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'Article Annotator';
      diagnostic.code = item.id;
      diagnostics.push(diagnostic);
    }
    this.orphanProblems.set(article, diagnostics);
  }

  clearArticle(article: vscode.Uri): void {
    this.orphanProblems.delete(article);
  }

  dispose(): void {
    this.sidecarProblems.dispose();
    this.orphanProblems.dispose();
  }
}

function truncate(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}
