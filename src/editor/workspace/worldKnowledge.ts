import * as vscode from 'vscode';
import { KnowledgeBase, WORLD_KNOWLEDGE_PATH } from '../../core/world';

/** Where the knowledge base of well-known entities comes from: undefined when linking is off. */
export type WorldSource = () => Promise<KnowledgeBase | undefined>;

/**
 * The shipped knowledge base, read on first use (a hover card over a name), never at activation.
 * Through `workspace.fs`, so it works in the browser too. A missing or unreadable file leaves linking
 * off (logged once) instead of breaking hover cards.
 */
export function shippedWorld(extensionUri: vscode.Uri): WorldSource {
  let loading: Promise<KnowledgeBase | undefined> | undefined;
  return () =>
    (loading ??= Promise.resolve(
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...WORLD_KNOWLEDGE_PATH)),
    ).then(
      bytes => new KnowledgeBase(bytes),
      (error: unknown) => {
        console.warn(
          `Article Annotator: entity linking is off, the knowledge base could not be read: ${String(error)}`,
        );
        return undefined;
      },
    ));
}
