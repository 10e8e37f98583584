import * as vscode from 'vscode';
import type { FileAccess } from '../../core/files';
import { ProblemReporter } from './problems';

/**
 * Files deleted in VS Code or outside it (git, a terminal, another window): what the Problems panel lists
 * for them goes, an article's orphans and relations and a sidecar's errors alike. Files and folders renamed
 * in VS Code (the Explorer) take their sidecars' errors along; an article's orphans and relations come back
 * under its new name when it loads. (A sidecar renamed along with its article is the store's to follow.)
 */
export function watchGoneFiles(problems: ProblemReporter, files: FileAccess<vscode.Uri>): vscode.Disposable[] {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  // A file replaced by a delete and a new write is still there: only a file that stays gone counts.
  const deletedOnDisk = (uri: vscode.Uri) =>
    void files.stat(uri).then(
      stat => stat || problems.filesGone(uri),
      () => undefined,
    );
  return [
    watcher,
    watcher.onDidDelete(deletedOnDisk),
    vscode.workspace.onDidDeleteFiles(event => event.files.forEach(uri => problems.filesGone(uri))),
    vscode.workspace.onDidRenameFiles(event =>
      event.files.forEach(({ oldUri, newUri }) => problems.filesRenamed(oldUri, newUri)),
    ),
  ];
}
