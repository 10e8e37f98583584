import * as vscode from 'vscode';
import { BUILT_IN_LABELS, isBuiltInLabel } from '../../core/highlights/labels';
import { Highlight } from '../../core/highlights/highlights';

export type Style = 'automatic' | 'user' | 'known' | 'suggestion';
const CUSTOM = 'custom';

/**
 * Owns one decoration type per label and style, created once for the extension's lifetime. Automatic
 * highlights are a soft background; the user's own annotations and corrections get a solid border, so
 * the two are told apart at a glance; names the workspace knows (registry, labels learned from other
 * articles) get a double underline, and pending suggestions the automatic fill inside a dashed border:
 * visibly undecided, yet as easy to scan as the rest (after Analyse All Articles most highlights of an
 * article are suggestions). Colours are theme colours the user can override.
 */
export class DecorationPainter implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  /** What was last set on each editor, by `label/style`: the editor API cannot read decorations back. */
  private readonly painted = new WeakMap<vscode.TextEditor, Map<string, vscode.Range[]>>();

  constructor() {
    for (const label of [...BUILT_IN_LABELS, CUSTOM]) {
      const colour = label === CUSTOM ? 'customLabel' : label;
      this.addTypes(
        label,
        new vscode.ThemeColor(`articleAnnotator.${colour}Background`),
        new vscode.ThemeColor(`articleAnnotator.${colour}Border`),
      );
    }
  }

  /** The four styles of one label (or one project colour), in its background and border colours. */
  private addTypes(label: string, background: string | vscode.ThemeColor, border: string | vscode.ThemeColor): void {
    this.types.set(
      key(label, 'automatic'),
      vscode.window.createTextEditorDecorationType({
        backgroundColor: background,
        borderStyle: 'none none solid none',
        borderWidth: '0 0 1px 0',
        borderColor: border,
        borderRadius: '2px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
    this.types.set(
      key(label, 'known'),
      vscode.window.createTextEditorDecorationType({
        backgroundColor: background,
        borderStyle: 'none none double none',
        borderWidth: '0 0 3px 0',
        borderColor: border,
        borderRadius: '2px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
    this.types.set(
      key(label, 'user'),
      vscode.window.createTextEditorDecorationType({
        backgroundColor: background,
        border: '1px solid',
        borderColor: border,
        borderRadius: '3px',
        fontWeight: '600',
        overviewRulerColor: border,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
    this.types.set(
      key(label, 'suggestion'),
      vscode.window.createTextEditorDecorationType({
        backgroundColor: background,
        border: '1px dashed',
        borderColor: border,
        borderRadius: '3px',
        overviewRulerColor: border,
        overviewRulerLane: vscode.OverviewRulerLane.Center,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
  }

  /**
   * Sets every decoration type on `editor` once: types without highlights are cleared. `colourOf` gives
   * the project schema's colour (`#rrggbb`) of a label, when it sets one.
   */
  paint(
    editor: vscode.TextEditor,
    highlights: readonly Highlight[],
    colourOf: (label: string) => string | undefined = () => undefined,
  ): void {
    const groups = new Map<string, vscode.Range[]>();
    const document = editor.document;
    for (const h of highlights) {
      const colour = colourOf(h.label);
      if (colour && !this.types.has(key(colour, 'user'))) this.addTypes(colour, `${colour}33`, colour);
    }
    for (const t of this.types.keys()) groups.set(t, []);
    for (const h of highlights) {
      const label = colourOf(h.label) ?? (isBuiltInLabel(h.label) ? h.label : CUSTOM);
      const style = styleOf(h);
      groups.get(key(label, style))!.push(new vscode.Range(document.positionAt(h.start), document.positionAt(h.end)));
    }
    for (const [k, ranges] of groups) editor.setDecorations(this.types.get(k)!, ranges);
    this.painted.set(editor, groups);
  }

  clear(editor: vscode.TextEditor): void {
    for (const type of this.types.values()) editor.setDecorations(type, []);
    this.painted.delete(editor);
  }

  /** Ranges last painted on `editor` for a label (`person`, ..., `custom`, or a schema colour `#rrggbb`) and style. */
  lastPainted(editor: vscode.TextEditor, label: string, style: Style): readonly vscode.Range[] {
    return this.painted.get(editor)?.get(key(label, style)) ?? [];
  }

  dispose(): void {
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
  }
}

function styleOf(h: Highlight): Style {
  if (h.source === 'automatic' || h.source === 'suggestion') return h.source;
  return h.source === 'registry' || h.source === 'learned' ? 'known' : 'user';
}

function key(label: string, style: Style): string {
  return `${label}/${style}`;
}
