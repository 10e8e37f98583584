import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import { ActivationServices, ArticleAnnotatorApi, activateExtension } from './activate';
import { shippedRecognizer } from './editor/analysis/articleAnalysis';
import { ReplaceFile, replaceThroughWorkspace } from './editor/sidecar/sidecarFiles';

/**
 * Local files are replaced with the operating system's rename, which swaps the file in one step;
 * `workspace.fs.rename` with overwrite may delete the target first, leaving a moment with no sidecar.
 */
const replaceFile: ReplaceFile = (temp, target) =>
  temp.scheme === 'file' && target.scheme === 'file'
    ? fs.rename(temp.fsPath, target.fsPath)
    : replaceThroughWorkspace(temp, target);

/** The Node build's services; the editor tests' entry point swaps only the recogniser. */
export function nodeServices(context: vscode.ExtensionContext): ActivationServices {
  return { replaceFile, recognizer: shippedRecognizer(context.extensionUri) };
}

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateExtension(context, nodeServices(context));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
