import * as vscode from 'vscode';
import { Annotation } from '../../core/sidecar';
import { SidecarStore } from '../sidecar/sidecarStore';

/** The article a command is about: the one named by a hover link, else the active editor's. */
export async function commandDocument(uri?: string): Promise<vscode.TextDocument | undefined> {
  return uri ? vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
}

/**
 * The annotation a command is about: by id (from a hover link or a test), else the one under the
 * cursor. Tells the user when there is none.
 */
export async function annotationTarget(
  store: SidecarStore,
  uri?: string,
  id?: string,
): Promise<{ document: vscode.TextDocument; annotation: Annotation } | undefined> {
  const document = await commandDocument(uri);
  if (!document) return undefined;
  await store.load(document);
  const view = store.get(document.uri);
  const editor = vscode.window.activeTextEditor;
  const offset = editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
  const annotation = view?.annotations.find(a =>
    id ? a.id === id : !a.orphaned && a.start <= offset && offset <= a.end,
  );
  if (!annotation) {
    void vscode.window.showInformationMessage(
      id ? 'That annotation is no longer there.' : 'Put the cursor on one of your annotations first.',
    );
    return undefined;
  }
  return { document, annotation };
}

/** Text on one line, cut to `max` characters. */
export function preview(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}

/** The annotation's quote in its context, on one line, for pickers: `…met with ⟨Daniel Okafor⟩ in Lisbon…`. */
export function inContext(a: Annotation): string {
  const before = a.prefix.replace(/\s+/g, ' ').slice(-24);
  const after = a.suffix.replace(/\s+/g, ' ').slice(0, 24);
  return `…${before}⟨${preview(a.quote, 60)}⟩${after}…`;
}
