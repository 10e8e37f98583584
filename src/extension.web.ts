import * as vscode from 'vscode';
import { ArticleAnnotatorApi, activateExtension } from './activate';
import { replaceThroughWorkspace } from './editor/sidecar/sidecarFiles';

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateExtension(context, replaceThroughWorkspace);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
