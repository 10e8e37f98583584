import * as vscode from 'vscode';
import {
  EXPORT_EXTENSIONS,
  EXPORT_FORMATS,
  ExportFormat,
  addImported,
  exportAnnotations,
  importBrat,
  isExportFormat,
  relationsFileName,
} from '../../core/interchange';
import { COMMANDS } from './commandIds';
import { editorToActOn } from './targetEditor';
import { unreadReason } from '../sidecar/workspaceFiles';
import { SidecarStore, allIds, basename } from '../sidecar/sidecarStore';

const FORMAT_NAMES: Record<ExportFormat, string> = {
  brat: 'brat standoff (.ann, code-point offsets)',
  conll: 'CoNLL IOB (one token a line)',
  jsonld: 'W3C Web Annotation (JSON-LD)',
  csv: 'CSV (with a .relations.csv file beside it when there are relations)',
  'csv-relations': 'CSV of relations only',
};

/** Export to and import from other annotation tools' formats; the formats themselves live in core. */
export function registerInterchangeCommands(store: SidecarStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.exportAnnotations, (format?: string, target?: vscode.Uri) =>
      exportCurrent(store, format, target),
    ),
    vscode.commands.registerCommand(COMMANDS.importBrat, (source?: vscode.Uri) => importIntoCurrent(store, source)),
  ];
}

async function exportCurrent(
  store: SidecarStore,
  format?: string,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const acting = await editorToActOn();
  if (!acting) {
    void vscode.window.showInformationMessage('Open an article to export its annotations.');
    return undefined;
  }
  const { document } = acting.editor;
  const view = store.get(document.uri) ?? (await store.load(document).then(() => store.get(document.uri)));
  if (!view) return undefined;
  const chosen = isExportFormat(format)
    ? format
    : (
        await vscode.window.showQuickPick(
          EXPORT_FORMATS.map(f => ({ label: FORMAT_NAMES[f], format: f })),
          { title: 'Export annotations as', ignoreFocusOut: acting.fromOutside },
        )
      )?.format;
  if (!chosen) return undefined;
  const name = basename(document.uri);
  const suggested = vscode.Uri.joinPath(document.uri, '..', `${name}.${EXPORT_EXTENSIONS[chosen]}`);
  const destination =
    target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, title: 'Export annotations' }));
  if (!destination) return undefined;
  if (sameFile(destination, document.uri) || sameFile(destination, view.sidecar)) {
    // An export replaces its target whole: over the article or its sidecar it would destroy the work itself.
    void vscode.window.showErrorMessage(
      `Not exported: ${basename(destination)} is the article or its annotation file. Choose another file.`,
    );
    return undefined;
  }
  const annotations = view.annotations.filter(a => !a.orphaned);
  const text = document.getText();
  const write = (uri: vscode.Uri, content: string) =>
    vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  await write(destination, exportAnnotations(chosen, text, annotations, name, view.relations));
  // The annotations' CSV has no place for relations: they go in a second file beside it.
  const relationsFile =
    chosen === 'csv' && view.relations.length > 0
      ? destination.with({ path: relationsFileName(destination.path) })
      : undefined;
  if (relationsFile)
    await write(relationsFile, exportAnnotations('csv-relations', text, annotations, name, view.relations));
  const orphans = view.annotations.length - annotations.length;
  void vscode.window.showInformationMessage(
    `Exported ${annotations.length} annotation(s) to ${basename(destination)}` +
      (relationsFile ? ` and their relations to ${basename(relationsFile)}` : '') +
      (orphans ? `; ${orphans} orphaned annotation(s) left out.` : '.'),
  );
  return destination;
}

async function importIntoCurrent(store: SidecarStore, source?: vscode.Uri): Promise<number | undefined> {
  const acting = await editorToActOn();
  if (!acting) {
    void vscode.window.showInformationMessage('Open an article to import brat annotations into it.');
    return undefined;
  }
  const { document } = acting.editor;
  const file =
    source ??
    (
      await vscode.window.showOpenDialog({
        title: 'Import brat annotations',
        canSelectMany: false,
        filters: { 'brat standoff': ['ann'] },
        defaultUri: vscode.Uri.joinPath(document.uri, '..'),
      })
    )?.[0];
  if (!file) return undefined;
  // Annotations from elsewhere are read as sidecars are: type and size checked first, strict UTF-8.
  const read = await store.flow.readText(file);
  if (read.state !== 'read') {
    void vscode.window.showErrorMessage(`Nothing imported: ${unreadReason(file, read)}`);
    return undefined;
  }
  const ann = read.text;
  let added = 0;
  let warnings: string[] = [];
  const ok = await store.mutate(document, (data, text) => {
    const imported = importBrat(text, ann, { takenIds: allIds(data) });
    warnings = imported.warnings.map(w => `line ${w.line + 1}: ${w.message}`);
    const merged = addImported(data, imported.annotations, imported.relations);
    data.annotations = merged.data.annotations;
    if (merged.data.relations) data.relations = merged.data.relations;
    added = merged.added;
  });
  if (!ok) return undefined;
  const message = `Imported ${added} annotation(s) from ${basename(file)}.`;
  if (warnings.length)
    void vscode.window.showWarningMessage(
      `${message} Skipped ${warnings.length} line(s): ${warnings.slice(0, 3).join('; ')}`,
    );
  else void vscode.window.showInformationMessage(message);
  return added;
}

function sameFile(a: vscode.Uri, b: vscode.Uri): boolean {
  // Case-insensitive file systems (macOS, Windows) name one file several ways; a false alarm costs one retry.
  return a.scheme === b.scheme && a.path.toLowerCase() === b.path.toLowerCase();
}
