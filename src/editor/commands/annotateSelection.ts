import * as vscode from 'vscode';
import { shiftRanges } from '../../core/anchor/shift';
import { labelName } from '../../core/project';
import { Annotation } from '../../core/sidecar';
import { SidecarStore, newAnnotation } from '../sidecar/sidecarStore';
import { SchemaStore } from '../workspace/schemaStore';
import { askNote, pickLabel } from './labelPicker';
import { editorToActOn } from './targetEditor';

/** Optional arguments of Annotate Selection, e.g. from a keybinding that always applies one label. */
export interface AnnotateArgs {
  label?: string;
  note?: string;
}

interface Selected {
  start: number;
  end: number;
  /** The text selected when the command started: what the annotation must be on. */
  quote: string;
}

/**
 * Annotate Selection. What was selected is captured when the command starts, and followed through
 * every edit made while the label and note prompts are open (keys typed before the picker appears go
 * to the editor). The annotation is saved only where that same text still is; if an edit touched it
 * (typing over the selection, say), nothing is saved and the user is told.
 */
export async function annotateSelection(
  store: SidecarStore,
  schemas: SchemaStore,
  args?: AnnotateArgs,
): Promise<Annotation[] | undefined> {
  const target = await editorToActOn();
  if (!target) {
    void vscode.window.showInformationMessage('Open an article to annotate it.');
    return undefined;
  }
  const { editor, fromOutside: stayOpen } = target;
  const document = editor.document;
  const text = document.getText();
  const selected = editor.selections
    .map(s => trimmed(text, document.offsetAt(s.start), document.offsetAt(s.end)))
    .filter((r): r is Selected => !!r);
  if (selected.length === 0) {
    void vscode.window.showInformationMessage('Select the text to annotate first.');
    return undefined;
  }
  if (!(await store.writable(document))) return undefined;
  const follow = followEdits(document, selected);
  try {
    const used = store.get(document.uri)?.annotations.map(a => a.label);
    const schema = await schemas.schemaOf(document.uri);
    const label =
      args?.label ?? (await pickLabel(`Annotate “${preview(selected[0].quote)}”`, { used, stayOpen, schema }));
    if (!label) return undefined;
    const note =
      args?.note ??
      (args?.label ? '' : await askNote(`Note for this ${labelName(schema, label).toLowerCase()}`, '', stayOpen));
    if (note === undefined) return undefined;
    // Loaded before the last check, so that nothing (no edit) can come between the check and the change.
    await store.load(document);
    if (!follow.intact()) {
      void vscode.window.showWarningMessage(
        `The text changed while you were choosing a label: “${preview(selected[0].quote)}” is no longer where ` +
          'you selected it, so nothing was annotated. Select it again to annotate it.',
      );
      return undefined;
    }
    const added: Annotation[] = [];
    const ok = await store.mutate(document, (data, now) => {
      for (const { start, end } of follow.ranges()) {
        const annotation = newAnnotation(data, now, start, end, label, note.trim() || undefined);
        data.annotations.push(annotation);
        added.push(annotation);
      }
    });
    return ok ? added : undefined;
  } finally {
    follow.dispose();
  }
}

/**
 * Moves the selected ranges with each edit of the document; a range an edit touches is lost (typing at
 * its very start or end leaves it as it was). `intact` holds while every range is still there, on the
 * text it was selected on.
 */
function followEdits(document: vscode.TextDocument, selected: readonly Selected[]) {
  let ranges: readonly Selected[] = selected;
  const listener = vscode.workspace.onDidChangeTextDocument(event => {
    if (event.document === document && event.contentChanges.length > 0)
      ranges = shiftRanges(ranges, event.contentChanges);
  });
  return {
    ranges: () => ranges,
    intact: () => {
      const text = document.getText();
      return ranges.length === selected.length && ranges.every(r => text.slice(r.start, r.end) === r.quote);
    },
    dispose: () => listener.dispose(),
  };
}

/** The selection without surrounding whitespace; undefined when nothing is left. */
function trimmed(text: string, start: number, end: number): Selected | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end, quote: text.slice(start, end) } : undefined;
}

export function preview(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}
