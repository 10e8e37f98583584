import * as vscode from 'vscode';
import type { FileAccess } from '../../core/files';
import { highlightsAt } from '../../core/highlights/highlights';
import { forEachConcurrently } from '../../core/workspace/concurrency';
import { findName, positionsOf } from '../../core/workspace/search';
import { onOneLine } from '../../core/text/softWraps';
import { findArticleFiles, readArticleText } from './articleFiles';
import { ArticleTracker } from '../analysis/articleTracker';
import { COMMANDS } from '../commands/commandIds';

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
export function registerEntitySearch(tracker: ArticleTracker, files: FileAccess<vscode.Uri>): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.findEntityInArticles, async (name?: string) => {
      const wanted =
        typeof name === 'string' && name.trim()
          ? name
          : (nameAtCursor(tracker) ??
            (await vscode.window.showInputBox({
              title: 'Find Entity in All Articles',
              prompt: 'Name to find (whole words, exact case)',
            })));
      if (!wanted?.trim()) return undefined;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `Finding “${wanted.trim()}” in articles` },
        () => searchArticles(files, wanted.trim()),
      );
      await show(result);
      return result;
    }),
  ];
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
  return h && onOneLine(document.getText().slice(h.start, h.end));
}

async function searchArticles(files: FileAccess<vscode.Uri>, name: string): Promise<EntitySearchResult> {
  const articles = await findArticleFiles();
  const result: EntitySearchResult = { name, locations: [], searched: 0, skipped: [] };
  const perFile: vscode.Location[][] = new Array(articles.length);
  await forEachConcurrently(articles, READ_CONCURRENCY, async (file, i) => {
    // Open articles are searched as they are in the editor, unsaved changes included.
    const read = await readArticleText(files, file);
    if ('skipped' in read) {
      result.skipped.push({ uri: file, reason: read.skipped });
      return;
    }
    const { text } = read;
    result.searched++;
    const ranges = findName(text, name);
    const positions = positionsOf(
      text,
      ranges.flatMap(r => [r.start, r.end]),
    );
    perFile[i] = ranges.map(
      (_, k) =>
        new vscode.Location(
          file,
          new vscode.Range(
            positions[2 * k].line,
            positions[2 * k].character,
            positions[2 * k + 1].line,
            positions[2 * k + 1].character,
          ),
        ),
    );
  });
  result.locations = perFile.flatMap(l => l ?? []);
  return result;
}

/** Shows the occurrences in the References peek, in the active editor or else at the first occurrence. */
async function show(result: EntitySearchResult): Promise<void> {
  if (result.skipped.length > 0) {
    const names = result.skipped
      .slice(0, 5)
      .map(s => `${vscode.workspace.asRelativePath(s.uri)} (${s.reason})`)
      .join(', ');
    void vscode.window.showWarningMessage(
      `Find Entity: ${result.skipped.length} file(s) not searched: ${names}${result.skipped.length > 5 ? ', …' : ''}.`,
    );
  }
  if (result.locations.length === 0) {
    void vscode.window.showInformationMessage(
      `“${result.name}” does not occur in the ${result.searched} article(s) searched.`,
    );
    return;
  }
  let editor = vscode.window.activeTextEditor;
  if (!editor)
    editor = await vscode.window.showTextDocument(result.locations[0].uri, { selection: result.locations[0].range });
  await vscode.commands.executeCommand(
    'editor.action.showReferences',
    editor.document.uri,
    editor.selection.active,
    result.locations,
  );
}
