import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, find, hoverText, openArticle, waitFor, workspaceUri } from './helpers';

describe('hover cards', () => {
  afterEach(closeAllEditors);

  it('shows type, text and mentions with links to the other mentions', async () => {
    const editor = await openArticle('story.md');
    const { start } = find(editor.document, 'Lisbon', 1);
    const text = await hoverText(editor.document.uri, start + 2);
    assert.match(text, /\*\*Location\*\* · found automatically/);
    assert.match(text, /`Lisbon` — mentioned 2 times in this article/);
    assert.match(text, /\]\(command:articleAnnotator\.goToMention\?/);
  });

  it('resolves a relative date against the article date from the front matter', async () => {
    const editor = await openArticle('story.md');
    const { start } = find(editor.document, 'Sunday');
    // Markdown escapes punctuation in the card's source; compare what it renders as.
    const text = (await hoverText(editor.document.uri, start + 1)).replace(/\\(.)/g, '$1');
    assert.match(text, /2025-10-12/, text);
    assert.match(text, /Sunday 12 October 2025/);
    assert.match(text, /2 days before publication/);
  });

  it('returns nothing away from highlights', async () => {
    const editor = await openArticle('story.md');
    const { start } = find(editor.document, 'discuss');
    assert.strictEqual(await hoverText(editor.document.uri, start + 1), '');
  });

  it('renders notes and labels from a sidecar as inert text: a command link in a note cannot run', async () => {
    const api = await extensionApi();
    const uri = workspaceUri('hostile/hostile.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => (api.store.get(uri)?.annotations.length ?? 0) === 1, 'hostile sidecar loaded');
    await waitFor(
      () => api.tracker.state(uri)?.highlights.some(h => h.source === 'annotation') ?? false,
      'annotation shown',
    );
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      new vscode.Position(0, 3),
    );
    const card = hovers
      .flatMap(h => h.contents)
      .find(
        (c): c is vscode.MarkdownString =>
          c instanceof vscode.MarkdownString || (typeof c === 'object' && 'value' in c),
      );
    assert.ok(card, 'a card is shown');
    const value = card.value;
    assert.ok(!value.includes('[click me](command:'), 'the note is not a link');
    assert.ok(!value.includes('<img'), 'no raw HTML');
    assert.ok(!value.includes('[label](command:'), 'the label is not a link');
    assert.ok(value.includes('click me'), 'the note text is still shown');
    const trusted = (card as vscode.MarkdownString).isTrusted;
    if (typeof trusted === 'object') {
      assert.ok(!trusted.enabledCommands.includes('workbench.action.closeWindow'), 'only our own commands are trusted');
    } else {
      assert.notStrictEqual(trusted, true, 'the card does not trust every command');
    }
    // The note's own link target must never fire: the annotation is still there afterwards.
    assert.strictEqual(api.store.get(uri)?.annotations.length, 1);
  });
});
