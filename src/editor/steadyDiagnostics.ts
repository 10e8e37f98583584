import * as vscode from 'vscode';

/**
 * A diagnostic collection that is set only when what it shows for a file changes. Setting the same
 * diagnostics again still counts as a change of the file's problems, and VS Code then asks for the
 * file's code actions anew, which cancels a light bulb the user is opening (`Ctrl+.` answers "No code
 * actions available"). Every collection shown on an article is re-computed after loads, writes and
 * edits, mostly to the same result.
 */
export class SteadyDiagnostics implements vscode.Disposable {
  private readonly collection: vscode.DiagnosticCollection;
  /** What each file shows now, as a signature; a file showing nothing has none. */
  private readonly shown = new Map<string, string>();

  constructor(name: string) {
    this.collection = vscode.languages.createDiagnosticCollection(name);
  }

  set(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    const key = uri.toString();
    if (diagnostics.length === 0) return this.delete(uri);
    const signature = JSON.stringify(diagnostics.map(signatureOf));
    if (this.shown.get(key) === signature) return;
    this.shown.set(key, signature);
    this.collection.set(uri, diagnostics);
  }

  delete(uri: vscode.Uri): void {
    if (!this.shown.delete(uri.toString())) return;
    this.collection.delete(uri);
  }

  /** What `from` shows is shown for `to` instead: the file was renamed, and its text is the same. */
  move(from: vscode.Uri, to: vscode.Uri): void {
    const diagnostics = this.collection.get(from) ?? [];
    this.delete(from);
    this.set(to, diagnostics);
  }

  /** Whether the file shows problems now. */
  shows(uri: vscode.Uri): boolean {
    return this.shown.has(uri.toString());
  }

  /** The files that show problems now. */
  files(): vscode.Uri[] {
    const files: vscode.Uri[] = [];
    this.collection.forEach(uri => void files.push(uri));
    return files;
  }

  dispose(): void {
    this.shown.clear();
    this.collection.dispose();
  }
}

/** Everything of a diagnostic that the Problems panel, the squiggle or a quick fix shows or uses. */
function signatureOf(d: vscode.Diagnostic): unknown[] {
  const code = typeof d.code === 'object' ? [d.code.value, d.code.target.toString()] : d.code;
  const related = d.relatedInformation?.map(r => [r.location.uri.toString(), rangeOf(r.location.range), r.message]);
  return [rangeOf(d.range), d.severity, d.source, code, d.message, d.tags, related];
}

function rangeOf(r: vscode.Range): number[] {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}
