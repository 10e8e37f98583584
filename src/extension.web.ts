import * as vscode from 'vscode';
import { ActivationServices, ArticleAnnotatorApi, activateExtension } from './activate';
import { recognizerOf, shippedModel } from './editor/analysis/articleAnalysis';
import { replaceThroughWorkspace } from './editor/sidecar/sidecarFiles';

/** The browser build's services; the editor tests' entry point swaps the recogniser and its model. */
export function webServices(context: vscode.ExtensionContext): ActivationServices {
  const model = shippedModel(context.extensionUri);
  return { replaceFile: replaceThroughWorkspace, recognizer: recognizerOf(model), entityModel: model };
}

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateExtension(context, webServices(context));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
