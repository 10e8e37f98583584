import * as vscode from 'vscode';
import { BUILT_IN_LABELS, displayNameOfLabel } from '../../core/highlights/labels';
import { readConfig } from '../config';

interface LabelItem extends vscode.QuickPickItem {
  value: string;
}

/** Asks for a label: the entity types first, then the custom labels from settings. */
export async function pickLabel(title: string, exclude: readonly string[] = []): Promise<string | undefined> {
  const items: LabelItem[] = [
    ...BUILT_IN_LABELS.map(value => ({ label: displayNameOfLabel(value), description: 'entity type', value })),
    ...readConfig().customLabels.map(value => ({ label: value, description: 'custom label', value })),
  ].filter(item => !exclude.includes(item.value));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Label', matchOnDescription: true });
  return picked?.value;
}

/** Asks for an optional note; undefined means the user cancelled, '' means no note. */
export function askNote(title: string, current = ''): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    value: current,
    prompt: 'Optional note (Enter to leave empty, Escape to cancel)',
    placeHolder: 'e.g. confirmed in the company register',
  });
}
