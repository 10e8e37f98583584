import * as vscode from 'vscode';
import { displayNameOfLabel } from '../../core/highlights/labels';
import { Annotation, Correction, reattach as reattachItem, sidecarTimestamp } from '../../core/sidecar';
import { COMMANDS } from './commandIds';
import { SidecarStore } from '../sidecar/sidecarStore';

interface OrphanItem extends vscode.QuickPickItem {
  id: string;
}

/** Commands for annotations whose text was lost: list them, re-attach one to the selection, or delete it. */
export function registerOrphanCommands(store: SidecarStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.reattachOrphan, (id?: string) => reattach(store, id)),
    vscode.commands.registerCommand(COMMANDS.showOrphans, () => showOrphans(store)),
  ];
}

function orphansOf(store: SidecarStore, document: vscode.TextDocument): (Annotation | Correction)[] {
  const view = store.get(document.uri);
  return view ? [...view.annotations, ...view.corrections].filter(i => i.orphaned) : [];
}

function describe(item: Annotation | Correction): OrphanItem {
  const label = 'label' in item ? displayNameOfLabel(item.label) : `correction: ${displayNameOfLabel(item.correct)}`;
  return { id: item.id, label: item.quote.replace(/\s+/g, ' ').slice(0, 80), description: label, detail: item.note };
}

async function reattach(store: SidecarStore, id?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Select the text the orphaned annotation belongs to first.');
    return;
  }
  const orphans = orphansOf(store, editor.document);
  const chosen =
    id ??
    (await vscode.window.showQuickPick(orphans.map(describe), { title: 'Re-attach which orphaned annotation?' }))?.id;
  if (!chosen) return;
  const start = editor.document.offsetAt(editor.selection.start);
  const end = editor.document.offsetAt(editor.selection.end);
  await store.mutate(editor.document, (data, text) => {
    const update = <T extends Annotation | Correction>(item: T): T =>
      item.id === chosen ? { ...reattachItem(item, text, start, end), updated: sidecarTimestamp() } : item;
    data.annotations = data.annotations.map(update);
    data.corrections = data.corrections.map(update);
  });
}

async function showOrphans(store: SidecarStore): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const orphans = orphansOf(store, editor.document);
  if (orphans.length === 0) {
    void vscode.window.showInformationMessage('This article has no orphaned annotations.');
    return;
  }
  const picked = await vscode.window.showQuickPick(orphans.map(describe), {
    title: `${orphans.length} orphaned annotation(s)`,
  });
  if (!picked) return;
  const action = await vscode.window.showQuickPick(['Re-attach to the current selection', 'Delete'], {
    title: picked.label,
  });
  if (action === 'Delete')
    await vscode.commands.executeCommand(COMMANDS.deleteAnnotation, editor.document.uri.toString(), picked.id);
  else if (action) await reattach(store, picked.id);
}
