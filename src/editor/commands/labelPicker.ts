import * as vscode from 'vscode';
import { AnnotationSchema, labelChoices, plainGuideline } from '../../core/project';
import { readConfig } from '../config';

interface LabelItem extends vscode.QuickPickItem {
  value: string;
}

/**
 * Asks for a label: the project schema's labels when the folder has a schema (each with its key and
 * guideline), otherwise the entity types first, then the custom labels from settings.
 */
export async function pickLabel(
  title: string,
  exclude: readonly string[] = [],
  schema?: AnnotationSchema,
): Promise<string | undefined> {
  const items: LabelItem[] = labelChoices(schema, readConfig().customLabels)
    .filter(choice => !exclude.includes(choice.id))
    .map(choice => ({
      label: choice.name,
      description: [
        choice.key && `[${choice.key}]`,
        choice.kind !== 'schema' ? choice.kind : choice.id !== choice.name && choice.id,
      ]
        .filter(Boolean)
        .join(' '),
      ...(choice.guideline ? { detail: plainGuideline(choice.guideline) } : {}),
      value: choice.id,
    }));
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
