import * as vscode from 'vscode';
import { COMMANDS } from '../commands/commandIds';

const SAMPLE = ['samples', 'harbour-council.md'];
const SAMPLE_NAME = 'sample-article.md';

/**
 * "Open Sample Article" for the walkthrough. Annotations need a saved file beside which the sidecar can
 * live, so with a folder open the sample is copied into it (never over an existing file); without one
 * it opens untitled, where highlights and hovers still work.
 */
export function registerSampleCommand(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.openSampleArticle, async () => {
    const content = new TextDecoder().decode(
      await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE)),
    );
    const folder = vscode.workspace.workspaceFolders?.[0];
    let document: vscode.TextDocument;
    if (folder && vscode.workspace.isTrusted) {
      const target = vscode.Uri.joinPath(folder.uri, SAMPLE_NAME);
      const exists = await vscode.workspace.fs.stat(target).then(
        () => true,
        () => false,
      );
      if (!exists) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      document = await vscode.workspace.openTextDocument(target);
    } else {
      document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    }
    // From the walkthrough (no text editor active), beside it, so its next steps stay in view.
    const beside = !vscode.window.activeTextEditor;
    await vscode.window.showTextDocument(document, beside ? vscode.ViewColumn.Beside : undefined);
    return document.uri;
  });
}

/**
 * "Get Started": the walkthrough itself, which Help › Welcome may not show first (on the first day of a
 * new VS Code profile it opens VS Code's own, and the list of walkthroughs is ranked by VS Code).
 */
export function registerWalkthroughCommand(extensionId: string): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.openWalkthrough, () =>
    vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#gettingStarted`, false),
  );
}
