import * as vscode from 'vscode';
import { displayNameOfLabel, isBuiltInLabel, labelChoices, newLabelFromInput } from '../../core/highlights/labels';
import { readConfig } from '../config';

interface LabelItem extends vscode.QuickPickItem {
  value: string;
}

interface LabelPickOptions {
  /** The item's label now: marked as current, and left in its place so no other label moves. */
  current?: string;
  /** Labels that cannot apply here (a registry entry is never a date). */
  exclude?: readonly string[];
  /** Labels already in use nearby (the article's annotations), offered after the configured ones. */
  used?: readonly string[];
  /** Stay open when the focus moves away (a command started from the walkthrough, see `editorToActOn`). */
  stayOpen?: boolean;
}

/**
 * Asks for a label: the entity types, the custom labels from settings, labels already used, and, while
 * what is typed names none of them, "New label “…”" as the last item (Enter creates it).
 *
 * The list is built once and never rebuilt while the picker is open: VS Code hands a click back to the
 * extension as the position of the item in the list it was last sent, so a list sent again in another
 * order (or with an item put before the others) would turn a click into the label next to the one
 * clicked. Only the last item, the new label, is ever replaced; every other keeps its position.
 */
export function pickLabel(title: string, options: LabelPickOptions = {}): Promise<string | undefined> {
  const labels = labelChoices(readConfig().customLabels, options.used, options.exclude);
  const fixed: LabelItem[] = labels.map(value => ({
    label: displayNameOfLabel(value),
    description: [isBuiltInLabel(value) ? 'entity type' : 'custom label', value === options.current && 'current']
      .filter(Boolean)
      .join(' · '),
    value,
  }));
  const picker = vscode.window.createQuickPick<LabelItem>();
  picker.title = title;
  picker.placeholder = 'Pick a label, or type a new one';
  picker.ignoreFocusOut = !!options.stayOpen;
  picker.items = fixed;
  let offered: string | undefined;
  return new Promise<string | undefined>(resolve => {
    picker.onDidChangeValue(value => {
      const name = newLabelFromInput(value, labels);
      if (name === offered) return;
      offered = name;
      picker.items = name
        ? [...fixed, { label: `New label “${name}”`, description: 'custom label', value: name, alwaysShow: true }]
        : fixed;
    });
    picker.onDidAccept(() => {
      const chosen = picker.selectedItems[0];
      if (!chosen) return;
      resolve(chosen.value);
      picker.hide();
    });
    picker.onDidHide(() => {
      resolve(undefined);
      picker.dispose();
    });
    picker.show();
  });
}

/** Asks for an optional note; undefined means the user cancelled, '' means no note. */
export function askNote(title: string, current = '', stayOpen = false): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    value: current,
    ignoreFocusOut: stayOpen,
    prompt: 'Optional note (Enter to leave empty, Escape to cancel)',
    placeHolder: 'e.g. confirmed in the company register',
  });
}
