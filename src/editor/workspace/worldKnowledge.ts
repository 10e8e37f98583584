import * as vscode from 'vscode';
import { KnowledgeBase, WORLD_KNOWLEDGE_PATH } from '../../core/world';

/**
 * Reads the knowledge base of well-known entities on first use (a hover card over a name), never at
 * activation. Through `workspace.fs`, so it works in the browser too. A missing or unreadable file
 * leaves linking off (logged once) instead of breaking hover cards.
 */
export class WorldKnowledgeLoader {
  private loading: Promise<KnowledgeBase | undefined> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get(): Promise<KnowledgeBase | undefined> {
    this.loading ??= Promise.resolve(
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...WORLD_KNOWLEDGE_PATH)),
    ).then(
      bytes => new KnowledgeBase(new TextDecoder().decode(bytes)),
      (error: unknown) => {
        console.warn(
          `Article Annotator: entity linking is off, the knowledge base could not be read: ${String(error)}`,
        );
        return undefined;
      },
    );
    return this.loading;
  }
}
