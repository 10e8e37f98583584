import * as vscode from 'vscode';
import { ActivationServices, ArticleAnnotatorApi, activateExtension } from './activate';
import { recognizerOf, shippedModel } from './editor/analysis/articleAnalysis';
import { WorkspaceFiles } from './editor/sidecar/workspaceFiles';
import { shippedWorld } from './editor/workspace/worldKnowledge';

/** The browser build's services; the editor tests' entry point swaps the recogniser, its model and the knowledge base. */
export function webServices(context: vscode.ExtensionContext): ActivationServices {
  const model = shippedModel(context.extensionUri);
  return {
    files: new WorkspaceFiles(),
    recognizer: recognizerOf(model),
    entityModel: model,
    world: shippedWorld(context.extensionUri),
  };
}

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateExtension(context, webServices(context));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
