import * as vscode from 'vscode';
import { LiveAnchors } from '../../core/anchor';
import { SidecarFile, firstProblem } from '../../core/files';
import { ProblemReporter } from './problems';
import { Entry, anchorToText, emptyData, emptyEntry, toDiagnostic } from './sidecarEntry';
import { basename } from './workspaceFiles';

/**
 * An open article's entry, built from its sidecar as found on disk and re-anchored against the document;
 * the file's errors, and the orphans and relations it holds, are reported in the Problems panel.
 */
export function entryFromFile(
  problems: ProblemReporter,
  document: vscode.TextDocument,
  sidecar: vscode.Uri,
  file: SidecarFile,
): Entry {
  const article = document.uri;
  const text = document.getText();
  if (file.state !== 'read' || !file.parsed.data || file.parsed.readOnly) {
    // No items to place: the orphans and relations listed from what the file held before go with it.
    problems.clearArticle(article);
  }
  if (file.state === 'missing') {
    problems.sidecar(sidecar, []);
    return emptyEntry(article, sidecar, text);
  }
  if (file.state === 'unreadable') {
    reportUnreadable(problems, sidecar, file.reason, file.diagnostics.map(toDiagnostic));
    return { ...emptyEntry(article, sidecar, text), readOnlyReason: file.reason };
  }
  const { parsed } = file;
  const diagnostics = parsed.diagnostics.map(toDiagnostic);
  if (!parsed.data || parsed.readOnly) {
    const reason = `The annotation file ${basename(sidecar)} has problems (${firstProblem(parsed)}); it is read-only until fixed.`;
    reportUnreadable(problems, sidecar, reason, diagnostics);
    return {
      ...emptyEntry(article, sidecar, text),
      data: parsed.data ?? emptyData(article, text),
      diskText: file.text,
      diskData: parsed.data,
      readOnlyReason: reason,
    };
  }
  problems.sidecar(sidecar, diagnostics);
  const { data, suggested } = anchorToText(structuredClone(parsed.data), text);
  problems.orphans(article, data, document, suggested);
  return {
    article,
    sidecar,
    data,
    diskText: file.text,
    diskData: parsed.data,
    readOnlyReason: undefined,
    dirty: data.textHash !== parsed.data.textHash,
    suggested,
    live: new LiveAnchors(),
  };
}

/** A sidecar that is not used: its errors listed, and a message that offers to open it. */
function reportUnreadable(
  problems: ProblemReporter,
  sidecar: vscode.Uri,
  message: string,
  diagnostics: vscode.Diagnostic[],
): void {
  problems.sidecar(sidecar, diagnostics);
  void vscode.window.showWarningMessage(message, 'Open File').then(choice => {
    if (choice) void vscode.window.showTextDocument(sidecar);
  });
}
