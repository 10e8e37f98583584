import * as vscode from 'vscode';
import { Highlight, highlightsAt, mentionsOf } from '../../core/highlights/highlights';
import { displayNameOfLabel } from '../../core/highlights/labels';
import { NewRegistryEntry } from '../../core/registry';
import { onOneLine } from '../../core/text/softWraps';
import { ArticleTracker } from '../analysis/articleTracker';
import { COMMANDS } from './commandIds';
import { pickLabel } from './labelPicker';
import { editorToActOn } from './targetEditor';
import { RegistryStore } from '../workspace/registryStore';

/** "Add to Registry" and "Open Registry Entry". */
export function registerRegistryCommands(tracker: ArticleTracker, registry: RegistryStore): vscode.Disposable[] {
  const r = vscode.commands.registerCommand;
  return [
    r(COMMANDS.addToRegistry, (uri?: string, start?: number, end?: number, entry?: Partial<NewRegistryEntry>) =>
      addToRegistry(tracker, registry, uri, start, end, entry),
    ),
    r(COMMANDS.openRegistryEntry, (name?: string) => openEntry(registry, name)),
  ];
}

/**
 * Records the highlight at the cursor (or the given range) in the workspace registry. The canonical
 * name offered is the longest mention of the same thing in the article ("Choe Son Hui" for "Choe"),
 * with the highlighted text kept as an alias. `entry` skips the questions (keybindings, tests).
 */
async function addToRegistry(
  tracker: ArticleTracker,
  registry: RegistryStore,
  uri: string | undefined,
  start: number | undefined,
  end: number | undefined,
  given: Partial<NewRegistryEntry> = {},
): Promise<boolean> {
  const acting = uri ? undefined : await editorToActOn();
  const editor = acting?.editor ?? vscode.window.activeTextEditor;
  const ignoreFocusOut = !!acting?.fromOutside;
  const document = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : editor?.document;
  const state = document && tracker.state(document.uri);
  if (!document || !state) {
    void vscode.window.showInformationMessage('Open an article to add its names to the registry.');
    return false;
  }
  const offset = start ?? (editor?.document === document ? document.offsetAt(editor.selection.active) : -1);
  const target = highlightsAt(state.highlights, offset).find(h => end === undefined || h.end === end);
  if (!target) {
    void vscode.window.showInformationMessage('Put the cursor on a highlighted name to add it to the registry.');
    return false;
  }
  const text = document.getText();
  const surface = text.slice(target.start, target.end).trim();
  const name =
    given.name ??
    (await vscode.window.showInputBox({
      title: 'Add to registry: canonical name',
      ignoreFocusOut,
      prompt: 'The name as it should be written; the highlighted text becomes an alias if it differs.',
      value: longestMention(text, state.highlights, target),
      validateInput: v => (v.trim() ? undefined : 'A name is needed'),
    }));
  if (!name?.trim()) return false;
  const type =
    given.type ?? (await pickLabel(`Type of “${name.trim()}”`, { exclude: ['date'], stayOpen: ignoreFocusOut }));
  if (!type) return false;
  const description =
    given.description ??
    (await vscode.window.showInputBox({
      title: `Add to registry: ${name.trim()}`,
      ignoreFocusOut,
      prompt: 'Short description shown in every article (optional; Escape cancels)',
      placeHolder: 'e.g. North Korea’s state news agency',
    }));
  if (description === undefined) return false;
  const aliases = [...new Set([...(given.aliases ?? []), surface])].filter(a => a !== name.trim());
  const added = await registry.add(
    { ...given, name: name.trim(), type, aliases, description: description.trim() || undefined },
    document.uri,
  );
  if (!added) return false;
  vscode.window.setStatusBarMessage(
    `${added.merged ? 'Updated' : 'Added'} “${name.trim()}” (${displayNameOfLabel(type).toLowerCase()}) in entities.yaml`,
    4000,
  );
  return true;
}

function longestMention(text: string, highlights: readonly Highlight[], target: Highlight): string {
  const forms = mentionsOf(text, highlights, target).map(h =>
    onOneLine(text.slice(h.start, h.end))
      .replace(/[’']s$/, '')
      .trim(),
  );
  return forms.reduce((a, b) => (b.length > a.length ? b : a), onOneLine(text.slice(target.start, target.end)).trim());
}

async function openEntry(registry: RegistryStore, name?: string): Promise<void> {
  await registry.ready();
  const entry = registry.entries().find(e => e.name === name) ?? registry.entries()[0];
  const file = entry ? registry.fileOf(entry) : undefined;
  if (!entry || !file) {
    void vscode.window.showInformationMessage(
      'The workspace has no entity registry yet: use “Add to Registry” on a highlighted name.',
    );
    return;
  }
  const document = await vscode.workspace.openTextDocument(file);
  const editor = await vscode.window.showTextDocument(document);
  const position = new vscode.Position(entry.line, 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
}
