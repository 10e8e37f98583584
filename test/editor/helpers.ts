import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/activate';
import type { Style } from '../../src/editor/views/decorations';
import type { TestExtensionApi } from './shownMessages';

export const EXTENSION_ID = 'article-annotator.article-annotator';

export async function extensionApi(): Promise<TestExtensionApi> {
  const extension = vscode.extensions.getExtension<TestExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
  return extension.activate();
}

/**
 * Ranges last painted for a label and style in the editors now showing `document`. VS Code may hand
 * out a new editor object for the same tab, so look the editors up instead of keeping one.
 */
export function paintedRanges(
  api: ArticleAnnotatorApi,
  document: vscode.TextDocument,
  label: string,
  style: Style,
): vscode.Range[] {
  return vscode.window.visibleTextEditors
    .filter(e => e.document === document)
    .flatMap(e => [...api.painter.lastPainted(e, label, style)]);
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

/** Opens an article in an editor and waits until its first analysis has been painted. */
export async function openArticle(relative: string): Promise<vscode.TextEditor> {
  const api = await extensionApi();
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  const editor = await vscode.window.showTextDocument(document);
  await waitFor(() => (api.tracker.state(document.uri)?.highlights.length ?? 0) > 0, `highlights in ${relative}`);
  return editor;
}

/**
 * Root hook of both suites (Node and web extension host): the first article pays once for activation,
 * reading the entity model and the first analysis, so that cost, which grows on a busy machine, does
 * not land inside whichever test happens to run first. A failure here counts as a failed hook.
 */
export async function warmUp(this: Mocha.Context): Promise<void> {
  this.timeout(180000);
  const api = await extensionApi();
  const document = await vscode.workspace.openTextDocument(workspaceUri('story.md'));
  await vscode.window.showTextDocument(document);
  await waitFor(() => (api.tracker.state(document.uri)?.highlights.length ?? 0) > 0, 'the first analysis', 170000);
  await closeAllEditors();
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Offsets of the `occurrence`-th (0-based) appearance of `needle` in the document. */
export function find(document: vscode.TextDocument, needle: string, occurrence = 0): { start: number; end: number } {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${occurrence + 1} times`);
  }
  return { start: at, end: at + needle.length };
}

export function select(editor: vscode.TextEditor, range: { start: number; end: number }): void {
  const d = editor.document;
  editor.selection = new vscode.Selection(d.positionAt(range.start), d.positionAt(range.end));
}

export async function hoverText(uri: vscode.Uri, offset: number): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    document.positionAt(offset),
  );
  return hovers
    .flatMap(h => h.contents)
    .map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Runs a command that opens quick picks or input boxes and accepts each prompt's selected item (or
 * its current value) as it appears, until the command finishes.
 */
export async function runAcceptingPrompts<T>(command: string, ...args: unknown[]): Promise<T | undefined> {
  let finished = false;
  const result = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args)).finally(() => {
    finished = true;
  });
  const deadline = Date.now() + 15000;
  while (!finished && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 300));
    if (!finished) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}
