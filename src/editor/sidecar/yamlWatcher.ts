import * as vscode from 'vscode';
import { SidecarStore } from './sidecarStore';

/** Something that follows YAML files changed on disk (sidecars, the entity registry, the project schema). */
export interface YamlFileListener {
  yamlFileChanged(uri: vscode.Uri): void;
}

/**
 * One watcher for the YAML files the extension reads, changed outside this window (git pull, another
 * editor, a script): the open articles' sidecars, the workspace index, the registry and the schema all hear of it.
 * Articles renamed or moved in VS Code take their sidecars along.
 */
export function watchYamlFiles(store: SidecarStore, ...others: YamlFileListener[]): vscode.Disposable[] {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
  const changed = (uri: vscode.Uri) => {
    void store.externalChange(uri);
    for (const listener of others) listener.yamlFileChanged(uri);
  };
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
