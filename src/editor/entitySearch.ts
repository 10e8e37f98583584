import * as vscode from 'vscode';
import { highlightsAt } from '../core/highlights';
import { findName, positionsOf, skipReason } from '../core/workspace/search';
import { findArticleFiles } from './articleFiles';
import { ArticleTracker } from './articles';
import { COMMANDS } from './commandIds';

/** Files read at once: enough to hide file-system latency (remote, browser) without flooding it. */
const READ_CONCURRENCY = 8;

export interface EntitySearchResult {
  name: string;
  locations: vscode.Location[];
  searched: number;
  /** Files not searched, with the reason ("binary", "larger than 5 MB", a read error). */
  skipped: { uri: vscode.Uri; reason: string }[];
}

/** "Find Entity in All Articles": the name at the cursor (or given, or typed) in every article of the workspace. */
export function registerEntitySearch(tracker: ArticleTracker): vscode.Disposable[] {
  return [vscode.commands.registerCommand(COMMANDS.findEntityInArticles, async (name?: string) => {
    const wanted = typeof name === 'string' && name.trim() ? name : nameAtCursor(tracker) ?? await vscode.window.showInputBox({
      title: 'Find Entity in All Articles', prompt: 'Name to find (whole words, exact case)',
    });
    if (!wanted?.trim()) return undefined;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `Finding “${wanted.trim()}” in articles` },
      () => searchArticles(wanted.trim()));
    await show(result);
    return result;
  })];
}

/** The highlighted entity under the cursor, else the selected text. */
function nameAtCursor(tracker: ArticleTracker): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const document = editor.document;
  if (!editor.selection.isEmpty) return document.getText(editor.selection);
  const offset = document.offsetAt(editor.selection.active);
  const here = highlightsAt(tracker.state(document.uri)?.highlights ?? [], offset);
  const h = here.find(x => offset < x.end) ?? here[0];
  return h && document.getText().slice(h.start, h.end);
}

async function searchArticles(name: string): Promise<EntitySearchResult> {
  const files = await findArticleFiles();
  // Open articles are searched as they are in the editor, unsaved changes included.
  const open = new Map(vscode.workspace.textDocuments.map(d => [d.uri.toString(), d]));
  const result: EntitySearchResult = { name, locations: [], searched: 0, skipped: [] };
  const perFile: vscode.Location[][] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const text = open.get(files[i].toString())?.getText() ?? await readSearchable(files[i], result);
      if (text === undefined) continue;
      result.searched++;
      const ranges = findName(text, name);
      const positions = positionsOf(text, ranges.flatMap(r => [r.start, r.end]));
      perFile[i] = ranges.map((_, k) => new vscode.Location(files[i], new vscode.Range(
        positions[2 * k].line, positions[2 * k].character, positions[2 * k + 1].line, positions[2 * k + 1].character)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  result.locations = perFile.flatMap(l => l ?? []);
  return result;
}

/** A file's text, or undefined (noted in `result.skipped`) when it is binary, too large or unreadable. */
async function readSearchable(uri: vscode.Uri, result: EntitySearchResult): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const reason = skipReason(bytes);
    if (!reason) return new TextDecoder('utf-8').decode(bytes);
    result.skipped.push({ uri, reason });
  } catch (error) {
    result.skipped.push({ uri, reason: error instanceof Error ? error.message : String(error) });
  }
  return undefined;
}

/** Shows the occurrences in the References peek, in the active editor or else at the first occurrence. */
async function show(result: EntitySearchResult): Promise<void> {
  if (result.skipped.length > 0) {
    const names = result.skipped.slice(0, 5).map(s => `${vscode.workspace.asRelativePath(s.uri)} (${s.reason})`).join(', ');
    void vscode.window.showWarningMessage(`Find Entity: ${result.skipped.length} file(s) not searched: ${names}${result.skipped.length > 5 ? ', …' : ''}.`);
  }
  if (result.locations.length === 0) {
    void vscode.window.showInformationMessage(`“${result.name}” does not occur in the ${result.searched} article(s) searched.`);
    return;
  }
  let editor = vscode.window.activeTextEditor;
  if (!editor) editor = await vscode.window.showTextDocument(result.locations[0].uri, { selection: result.locations[0].range });
  await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.active, result.locations);
}
