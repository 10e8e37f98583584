import * as vscode from 'vscode';
import { Highlight, highlightsAt } from '../../core/highlights/highlights';
import { LabelChoice, labelChoices } from '../../core/project';
import { sidecarTimestamp } from '../../core/sidecar';
import { acceptSuggestions } from '../../core/suggestions/suggest';
import { ArticleTracker } from '../analysis/articleTracker';
import { readConfig } from '../config';
import { SidecarStore, newAnnotation } from '../sidecar/sidecarStore';
import { SchemaStore } from '../workspace/schemaStore';
import { COMMANDS } from './commandIds';

/** Drives the keybindings of the mode (`when` clauses): set while the active article is being labelled. */
const CONTEXT = 'articleAnnotator.keyboardLabelling';
/** What is still to decide: the machine's suggestions and highlights no annotation or correction covers. */
const TO_LABEL: ReadonlySet<Highlight['source']> = new Set(['suggestion', 'automatic', 'registry', 'learned']);

/**
 * Keyboard labelling: while it is on for an article, the article is read-only in the editor, each
 * label's one-key shortcut labels the selection (or the highlight under the cursor) and moves on to
 * the next thing to label, and Tab / Shift+Tab jump between suggestions and unlabelled highlights.
 */
export class KeyboardLabelling implements vscode.Disposable {
  private readonly on = new Set<string>();
  private readonly status = vscode.window.createStatusBarItem(
    'articleAnnotator.keyboardLabelling',
    vscode.StatusBarAlignment.Left,
    90,
  );
  private readonly disposables: vscode.Disposable[] = [this.status];

  constructor(
    private readonly tracker: ArticleTracker,
    private readonly store: SidecarStore,
    private readonly schemas: SchemaStore,
  ) {
    this.status.name = 'Article Annotator: keyboard labelling';
    this.status.command = COMMANDS.toggleKeyboardLabelling;
    const r = vscode.commands.registerCommand;
    this.disposables.push(
      r(COMMANDS.toggleKeyboardLabelling, () => this.toggle()),
      r(COMMANDS.labelWithKey, (args?: { key?: string }) => this.labelWithKey(args?.key)),
      r(COMMANDS.nextToLabel, () => this.jump(1)),
      r(COMMANDS.previousToLabel, () => this.jump(-1)),
      vscode.window.onDidChangeActiveTextEditor(editor => void this.show(editor)),
      schemas.onDidChange(() => void this.show(vscode.window.activeTextEditor)),
    );
  }

  /** Whether keyboard labelling is on for an article. */
  isOn(uri: vscode.Uri): boolean {
    return this.on.has(uri.toString());
  }

  private async toggle(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.tracker.state(editor.document.uri)) {
      void vscode.window.showInformationMessage('Open an article to label it from the keyboard.');
      return false;
    }
    const key = editor.document.uri.toString();
    const turnOn = !this.on.has(key);
    if (turnOn) this.on.add(key);
    else this.on.delete(key);
    // Typing in the article would edit it: while labelling, keys label and the text stays as it is.
    await vscode.commands.executeCommand(
      turnOn
        ? 'workbench.action.files.setActiveEditorReadonlyInSession'
        : 'workbench.action.files.resetActiveEditorReadonlyInSession',
    );
    await this.show(editor);
    return turnOn;
  }

  /** Sets the context key and the status bar for the active editor. */
  private async show(editor: vscode.TextEditor | undefined): Promise<void> {
    const on = !!editor && this.isOn(editor.document.uri);
    void vscode.commands.executeCommand('setContext', CONTEXT, on);
    if (!on) {
      this.status.hide();
      return;
    }
    const keys = (await this.choices(editor.document.uri)).filter(c => c.key);
    const listed = keys.map(c => `${c.key} ${c.name}`);
    this.status.text = `$(keyboard) Labelling: ${listed.slice(0, 6).join(' · ')}${listed.length > 6 ? ' …' : ''}`;
    this.status.tooltip = `${listed.join('\n')}\nTab / Shift+Tab: next / previous to label\nEscape or click: stop labelling`;
    this.status.show();
  }

  private async choices(uri: vscode.Uri): Promise<LabelChoice[]> {
    return labelChoices(await this.schemas.schemaOf(uri), readConfig(uri).customLabels);
  }

  /** Labels the selection, or the highlight under the cursor, with the label whose key was pressed. */
  private async labelWithKey(key: string | undefined): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const state = editor && this.tracker.state(editor.document.uri);
    if (!editor || !state || !key) return false;
    const document = editor.document;
    const choice = (await this.choices(document.uri)).find(c => c.key === key.toLowerCase());
    if (!choice) {
      vscode.window.setStatusBarMessage(`No label has the key “${key}”`, 3000);
      return false;
    }
    const selection = editor.selection;
    const start = document.offsetAt(selection.start);
    const end = document.offsetAt(selection.end);
    // The highlight under the cursor, or exactly selected (as a jump leaves it); any other selection is new text.
    const target = highlightsAt(state.highlights, start).find(
      h =>
        (TO_LABEL.has(h.source) || h.source === 'annotation') &&
        (selection.isEmpty || (h.start === start && h.end === end)),
    );
    if (selection.isEmpty && !target) {
      vscode.window.setStatusBarMessage('Select text, or go to a highlight (Tab), to label it', 3000);
      return false;
    }
    const ok = await this.store.mutate(document, (data, text) => {
      if (!target) {
        data.annotations.push(newAnnotation(data, text, start, end, choice.id));
      } else if (target.source === 'annotation') {
        const annotation = data.annotations.find(a => a.id === target.id);
        if (annotation && annotation.label !== choice.id) {
          annotation.label = choice.id;
          annotation.updated = sidecarTimestamp();
        }
      } else if (target.source === 'suggestion') {
        const { made } = acceptSuggestions(data, text, new Set([target.id!]), {
          author: readConfig(document.uri).author,
        });
        for (const annotation of made) annotation.label = choice.id;
      } else {
        data.annotations.push(newAnnotation(data, text, target.start, target.end, choice.id));
      }
    });
    if (ok) this.jump(1);
    return ok;
  }

  /** Selects the next (or previous) suggestion or unlabelled highlight, wrapping round the article. */
  private jump(direction: 1 | -1): boolean {
    const editor = vscode.window.activeTextEditor;
    const state = editor && this.tracker.state(editor.document.uri);
    if (!editor || !state) return false;
    const document = editor.document;
    const targets = state.highlights
      .filter(h => TO_LABEL.has(h.source) && h.end > h.start)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    if (targets.length === 0) {
      vscode.window.setStatusBarMessage('Nothing left to label in this article', 3000);
      return false;
    }
    const from = document.offsetAt(editor.selection.start);
    const next =
      direction === 1
        ? (targets.find(h => h.start > from) ?? targets[0])
        : ([...targets].reverse().find(h => h.start < from) ?? targets[targets.length - 1]);
    const range = new vscode.Range(document.positionAt(next.start), document.positionAt(next.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  dispose(): void {
    void vscode.commands.executeCommand('setContext', CONTEXT, false);
    this.disposables.forEach(d => d.dispose());
  }
}
