import * as vscode from 'vscode';
import type { FileAccess } from '../../core/files';
import { ProblemReporter, within } from './problems';

/**
 * Files deleted in VS Code or outside it (git, a terminal, another window): what the Problems panel lists
 * for them goes, an article's orphans and relations and a sidecar's errors alike. Files and folders renamed
 * in VS Code (the Explorer) take their sidecars' errors along; an article's orphans and relations come back
 * under its new name when it loads. (A sidecar renamed along with its article is the store's to follow.)
 */
export function watchGoneFiles(problems: ProblemReporter, files: FileAccess<vscode.Uri>): vscode.Disposable[] {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  // Old names of renames VS Code is making: the file system may report them deleted before VS Code says
  // they were renamed (the browser's does), and their problems are the rename's to move.
  const renaming = new Map<string, (uri: vscode.Uri) => boolean>();
  const beingRenamed = (uri: vscode.Uri) => {
    for (const inside of renaming.values()) if (inside(uri)) return true;
    return false;
  };
  // A file replaced by a delete and a new write is still there: only a file that stays gone counts.
  const deletedOnDisk = (uri: vscode.Uri) => {
    if (beingRenamed(uri)) return;
    void files.stat(uri).then(
      stat => stat || problems.filesGone(uri),
      () => undefined,
    );
  };
  return [
    watcher,
    watcher.onDidDelete(deletedOnDisk),
    vscode.workspace.onDidDeleteFiles(event => event.files.forEach(uri => problems.filesGone(uri))),
    vscode.workspace.onWillRenameFiles(event =>
      event.files.forEach(({ oldUri }) => renaming.set(oldUri.toString(), within(oldUri))),
    ),
    vscode.workspace.onDidRenameFiles(event =>
      event.files.forEach(({ oldUri, newUri }) => {
        renaming.delete(oldUri.toString());
        problems.filesRenamed(oldUri, newUri);
      }),
    ),
  ];
}
