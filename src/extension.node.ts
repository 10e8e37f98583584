import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import { ArticleAnnotatorApi, activateExtension } from './activate';
import { ReplaceFile, replaceThroughWorkspace } from './editor/sidecar/sidecarFiles';

/**
 * Local files are replaced with the operating system's rename, which swaps the file in one step;
 * `workspace.fs.rename` with overwrite may delete the target first, leaving a moment with no sidecar.
 */
const replaceFile: ReplaceFile = (temp, target) =>
  temp.scheme === 'file' && target.scheme === 'file'
    ? fs.rename(temp.fsPath, target.fsPath)
    : replaceThroughWorkspace(temp, target);

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateExtension(context, replaceFile);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
