import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import { readLocalFile } from './cli/nodeFiles';
import { ActivationServices, ArticleAnnotatorApi, activateExtension } from './activate';
import { recognizerOf, shippedModel } from './editor/analysis/articleAnalysis';
import { LocalSteps, WorkspaceFiles } from './editor/sidecar/workspaceFiles';
import { shippedWorld } from './editor/workspace/worldKnowledge';

/**
 * Local files are replaced with the operating system's rename, which swaps the file in one step
 * (`workspace.fs.rename` with overwrite may delete the target first, leaving a moment with no sidecar),
 * and lock files are created only if absent, in one step, so that writers in other processes (another
 * window, the command line) take turns. Files are read up to a limit as the command line reads them, so a
 * file that grew after its size was checked is not read whole.
 */
const localSteps: LocalSteps = {
  rename: (from, to) => fs.rename(from, to),
  read: readLocalFile,
  create: (path, bytes) =>
    fs.writeFile(path, bytes, { flag: 'wx' }).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        throw error;
      },
    ),
};

/** The Node build's services; the editor tests' entry point swaps the recogniser, its model and the knowledge base. */
export function nodeServices(context: vscode.ExtensionContext): ActivationServices {
  const model = shippedModel(context.extensionUri);
  return {
    files: new WorkspaceFiles(localSteps),
    recognizer: recognizerOf(model),
    entityModel: model,
    world: shippedWorld(context.extensionUri),
  };
}

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateExtension(context, nodeServices(context));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
