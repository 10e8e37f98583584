import * as vscode from 'vscode';
import { ActivationServices, ArticleAnnotatorApi, activateExtension } from './activate';
import { shippedRecognizer } from './editor/analysis/articleAnalysis';
import { WorkspaceFiles } from './editor/sidecar/workspaceFiles';
import { shippedWorld } from './editor/workspace/worldKnowledge';

/** The browser build's services; the editor tests' entry point swaps the recogniser and the knowledge base. */
export function webServices(context: vscode.ExtensionContext): ActivationServices {
  return {
    files: new WorkspaceFiles(),
    recognizer: shippedRecognizer(context.extensionUri),
    world: shippedWorld(context.extensionUri),
  };
}

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateExtension(context, webServices(context));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
