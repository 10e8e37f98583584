import * as assert from 'assert';
import * as vscode from 'vscode';
import { anchorAt } from '../../src/core/sidecar';
import { closeAllEditors, extensionApi, find, openArticle, paintedRanges, waitFor, workspaceUri } from './helpers';

describe('highlights in a real editor', () => {
  afterEach(closeAllEditors);

  it('decorates people, organisations, places and dates, each with its own decoration type', async () => {
    const api = await extensionApi();
    const editor = await openArticle('story.md');
    const document = editor.document;
    // Names the workspace learned from other sidecars (the navigation fixtures label "Daniel Okafor") keep
    // their type but are painted in the "known" style.
    const painted = (label: string) =>
      [...paintedRanges(api, document, label, 'automatic'), ...paintedRanges(api, document, label, 'known')].map(r =>
        document.getText(r),
      );
    await waitFor(() => painted('person').includes('Maria Lindqvist'), 'Maria Lindqvist painted as a person');
    assert.ok(painted('person').includes('Daniel Okafor'), `people: ${painted('person')}`);
    assert.ok(painted('organisation').includes('Nordic Water Council'), `organisations: ${painted('organisation')}`);
    assert.ok(painted('location').includes('Lisbon'), `places: ${painted('location')}`);
    assert.ok(painted('date').includes('Sunday'), `dates: ${painted('date')}`);
    assert.ok(!painted('person').includes('Lisbon'), 'a place is not painted as a person');
    console.log(`      (activation took ${api.activationMs.toFixed(1)} ms)`);
  });

  it('paints every visible editor of the article, split editors included', async () => {
    const api = await extensionApi();
    const first = await openArticle('story.md');
    await vscode.commands.executeCommand('workbench.action.splitEditor');
    await waitFor(
      () => vscode.window.visibleTextEditors.filter(e => e.document === first.document).length === 2,
      'two editors',
    );
    const editors = vscode.window.visibleTextEditors.filter(e => e.document === first.document);
    await waitFor(
      () => editors.every(e => api.painter.lastPainted(e, 'person', 'automatic').length > 0),
      'both editors painted',
    );
  });

  it('follows typing: a name typed into the article is highlighted after the pause', async () => {
    const api = await extensionApi();
    const editor = await openArticle('edits/draft.md');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit(b => b.insert(end, '\n\nOn Tuesday Jonas Berg flew to Stockholm.'));
    await waitFor(
      () =>
        paintedRanges(api, editor.document, 'location', 'automatic').some(
          r => editor.document.getText(r) === 'Stockholm',
        ),
      'Stockholm highlighted after typing',
    );
    const { start } = find(editor.document, 'Stockholm');
    const state = api.tracker.state(editor.document.uri)!;
    assert.ok(state.highlights.some(h => h.start === start && h.label === 'location'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('toggles all highlighting for the current editor', async () => {
    const api = await extensionApi();
    const editor = await openArticle('story.md');
    const people = () => paintedRanges(api, editor.document, 'person', 'automatic').length;
    await waitFor(() => people() > 0, 'people painted');
    await vscode.commands.executeCommand('articleAnnotator.toggleHighlights');
    assert.strictEqual(people(), 0, 'hidden');
    assert.strictEqual(api.tracker.isHidden(editor.document.uri), true);
    await vscode.commands.executeCommand('articleAnnotator.toggleHighlights');
    assert.ok(people() > 0, 'shown again');
  });

  it('respects a type switched off in the settings', async () => {
    const api = await extensionApi();
    const editor = await openArticle('story.md');
    const config = vscode.workspace.getConfiguration('articleAnnotator');
    await config.update('types.location', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => paintedRanges(api, editor.document, 'location', 'automatic').length === 0, 'places hidden');
      assert.ok(paintedRanges(api, editor.document, 'person', 'automatic').length > 0, 'people still shown');
    } finally {
      await config.update('types.location', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('hides names of a type switched off even when the registry knows them (not "other", off by default)', async () => {
    const api = await extensionApi();
    // An article and a registry of this test's own, so that no other test's annotations cover the names.
    const article = workspaceUri('types-off.md');
    const registry = workspaceUri('entities.yaml');
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await write(
      article,
      'Talks in Dakar\n\nAmadou Sow met the delegation in Senegal, then flew to Dakar for the Sahel Forum.\n',
    );
    await write(
      registry,
      'entities:\n  - name: Senegal\n    type: location\n  - name: Amadou Sow\n    type: person\n' +
        '  - name: Sahel Forum\n    type: other\n',
    );
    const config = vscode.workspace.getConfiguration('articleAnnotator');
    try {
      const { document } = await openArticle('types-off.md');
      const highlightOf = (quote: string, occurrence = 0) => {
        const { start, end } = find(document, quote, occurrence);
        return api.tracker.state(document.uri)?.highlights.find(h => h.start === start && h.end === end);
      };
      await waitFor(() => highlightOf('Senegal')?.source === 'registry', 'the registry place highlighted');
      const dakar = find(document, 'Dakar', 1);
      await api.store.mutate(document, (data, text) => {
        data.annotations.push({ id: 'a-dakar0000001', label: 'location', ...anchorAt(text, dakar.start, dakar.end) });
      });
      await config.update('types.location', false, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => highlightOf('Senegal') === undefined, 'the registry place hidden with places');
      assert.strictEqual(highlightOf('Amadou Sow')?.source, 'registry', 'a registry person is still highlighted');
      assert.strictEqual(highlightOf('Dakar', 1)?.source, 'annotation', 'my own place annotation stays');
      // "Other" is off by default, against the recogniser's guesses: a name put in the registry shows.
      assert.strictEqual(highlightOf('Sahel Forum')?.source, 'registry', 'a registry name of type other stays');
    } finally {
      await config.update('types.location', undefined, vscode.ConfigurationTarget.Workspace);
      await closeAllEditors();
      await vscode.workspace.fs.delete(article);
      await vscode.workspace.fs.delete(workspaceUri('types-off.md.annotations.yaml')).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(registry);
      await waitFor(() => api.registry.entries().length === 0, 'the registry gone');
    }
  });
});
