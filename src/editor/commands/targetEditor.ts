import * as vscode from 'vscode';

/**
 * The editor a command acts on: the active text editor, or, when something else has the focus (the
 * walkthrough, whose buttons run commands, beside the sample article), the one text editor in view,
 * which is then given the focus. Otherwise the prompts would open over the walkthrough, and the key
 * that closes one (Enter, released over the button the focus returns to) would run the button again.
 * `fromOutside` says the command started outside a text editor: its prompts should then stay open
 * when the focus moves (the walkthrough focuses a step it opened a moment after the click).
 */
export async function editorToActOn(): Promise<{ editor: vscode.TextEditor; fromOutside: boolean } | undefined> {
  const active = vscode.window.activeTextEditor;
  if (active) return { editor: active, fromOutside: false };
  const visible = vscode.window.visibleTextEditors;
  if (visible.length !== 1) return undefined;
  const [shown] = visible;
  const editor = await vscode.window.showTextDocument(shown.document, {
    viewColumn: shown.viewColumn,
    selection: shown.selection,
    preserveFocus: false,
  });
  return { editor, fromOutside: true };
}
