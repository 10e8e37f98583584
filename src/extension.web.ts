import * as vscode from 'vscode';
import { ArticleAnnotatorApi, activateExtension } from './activate';

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateExtension(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
