import * as vscode from 'vscode';
import { displayNameOfLabel, isBuiltInLabel, labelChoices, newLabelFromInput } from '../../core/highlights/labels';
import { AnnotationSchema, LabelChoice, labelChoices as projectLabelChoices, plainGuideline } from '../../core/project';
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
  /** The folder's annotation schema: when it lists labels, those are the only ones offered. */
  schema?: AnnotationSchema;
}

/**
 * Asks for a label. With a project schema that lists labels: those labels, each with its key and its
 * guideline, and nothing else (the schema is the project's closed list). Otherwise the entity types, the
 * custom labels from settings, labels already used, and, while what is typed names none of them,
 * "New label “…”" as the last item (Enter creates it).
 *
 * The list is built once and never rebuilt while the picker is open: VS Code hands a click back to the
 * extension as the position of the item in the list it was last sent, so a list sent again in another
 * order (or with an item put before the others) would turn a click into the label next to the one
 * clicked. Only the last item, the new label, is ever replaced; every other keeps its position.
 */
export function pickLabel(title: string, options: LabelPickOptions = {}): Promise<string | undefined> {
  const custom = readConfig().customLabels;
  const projectChoices = projectLabelChoices(options.schema, custom);
  const closed = !!options.schema?.labels;
  const labels = closed
    ? projectChoices.map(c => c.id).filter(id => !options.exclude?.includes(id))
    : labelChoices(custom, options.used, options.exclude);
  const fixed = labels.map(value => labelItem(value, projectChoices, options.current));
  const picker = vscode.window.createQuickPick<LabelItem>();
  picker.title = title;
  picker.placeholder = closed ? 'Pick a label of this project' : 'Pick a label, or type a new one';
  picker.matchOnDescription = true;
  picker.ignoreFocusOut = !!options.stayOpen;
  picker.items = fixed;
  let offered: string | undefined;
  return new Promise<string | undefined>(resolve => {
    picker.onDidChangeValue(value => {
      const name = closed ? undefined : newLabelFromInput(value, labels);
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

/** One row: the label's name, its one-key shortcut, where it comes from, and the schema's guideline. */
function labelItem(value: string, choices: readonly LabelChoice[], current: string | undefined): LabelItem {
  const choice = choices.find(c => c.id === value);
  const kind =
    choice?.kind === 'schema'
      ? choice.id !== choice.name && choice.id
      : isBuiltInLabel(value)
        ? 'entity type'
        : 'custom label';
  const description = [choice?.key && `[${choice.key}]`, kind, value === current && 'current']
    .filter(Boolean)
    .join(' · ');
  return {
    label: choice?.name ?? displayNameOfLabel(value),
    description,
    ...(choice?.guideline ? { detail: plainGuideline(choice.guideline) } : {}),
    value,
  };
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
