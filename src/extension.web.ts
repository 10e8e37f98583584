import * as vscode from 'vscode';
import { ActivationServices, ArticleAnnotatorApi, activateExtension } from './activate';
import { shippedRecognizer } from './editor/analysis/articleAnalysis';
import { replaceThroughWorkspace } from './editor/sidecar/sidecarFiles';

/** The browser build's services; the editor tests' entry point swaps only the recogniser. */
export function webServices(context: vscode.ExtensionContext): ActivationServices {
  return { replaceFile: replaceThroughWorkspace, recognizer: shippedRecognizer(context.extensionUri) };
}

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateExtension(context, webServices(context));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
