import * as vscode from 'vscode';
import { SidecarStore } from './sidecarStore';

/**
 * Notices sidecars changed outside this window (git pull, another editor, a script) and articles
 * renamed or moved in VS Code, whose sidecars then move along.
 */
export function watchSidecars(store: SidecarStore): vscode.Disposable[] {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
  const changed = (uri: vscode.Uri) => void store.externalChange(uri);
  return [
    watcher,
    watcher.onDidChange(changed),
    watcher.onDidCreate(changed),
    watcher.onDidDelete(changed),
    vscode.workspace.onDidRenameFiles(event => {
      for (const { oldUri, newUri } of event.files) void store.articleRenamed(oldUri, newUri);
    }),
  ];
}
