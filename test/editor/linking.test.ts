import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, find, hoverText, openArticle, waitFor, workspaceUri } from './helpers';

describe('entity linking in hover cards', () => {
  afterEach(closeAllEditors);

  it('shows the likeliest entity of a place, and Link records its id in an annotation', async () => {
    const api = await extensionApi();
    const editor = await openArticle('linking/summit.md');
    const uri = editor.document.uri;
    const { start, end } = find(editor.document, 'Nairobi', 1);
    await waitFor(
      () => api.tracker.state(uri)?.highlights.some(h => h.start === start && h.label === 'location') ?? false,
      'Nairobi highlighted as a place',
    );
    const card = (await hoverText(uri, start + 2)).replace(/\\(.)/g, '$1');
    assert.match(card, /\*\*Nairobi\*\* — capital city in Nairobi City, Kenya/, card);
    assert.match(card, /\[Q3870\]\(https:\/\/www\.wikidata\.org\/wiki\/Q3870/);
    assert.match(card, /\d+ % sure, not yet confirmed/);
    assert.match(card, /\[Link\]\(command:articleAnnotator\.linkEntity\?/);

    assert.strictEqual(
      await vscode.commands.executeCommand('articleAnnotator.linkEntity', uri.toString(), start, end, 'Q3870'),
      true,
    );
    const annotation = api.store.get(uri)?.annotations.find(a => a.start === start && a.end === end);
    assert.strictEqual(annotation?.label, 'location');
    assert.strictEqual(annotation?.wikidata, 'Q3870');
    const sidecar = new TextDecoder().decode(
      await vscode.workspace.fs.readFile(workspaceUri('linking/summit.md.annotations.yaml')),
    );
    assert.match(sidecar, /label: location\n\s+wikidata: Q3870\n/);
    await waitFor(
      () => api.tracker.state(uri)?.highlights.some(h => h.start === start && h.source === 'annotation') ?? false,
      'the annotation replaces the automatic highlight',
    );
    const linked = (await hoverText(uri, start + 2)).replace(/\\(.)/g, '$1');
    assert.match(linked, /Q3870.*linked by you/);
    assert.doesNotMatch(linked, /command:articleAnnotator\.linkEntity/);
  });

  it('says a name is not linked when no well-known entity matches it', async () => {
    const editor = await openArticle('story.md');
    const { start } = find(editor.document, 'Daniel Okafor');
    const card = await hoverText(editor.document.uri, start + 2);
    assert.match(card, /Not linked: no well-known entity matches it surely/);
    assert.doesNotMatch(card, /command:articleAnnotator\.linkEntity/);
  });

  it('refuses an id that is not a Wikidata item and writes nothing', async () => {
    const api = await extensionApi();
    const editor = await openArticle('linking/summit.md');
    const { start, end } = find(editor.document, 'Kenya');
    const before = api.store.get(editor.document.uri)?.annotations.length ?? 0;
    const result = await vscode.commands.executeCommand(
      'articleAnnotator.linkEntity',
      editor.document.uri.toString(),
      start,
      end,
      'P31',
    );
    assert.strictEqual(result, false);
    assert.strictEqual(api.store.get(editor.document.uri)?.annotations.length ?? 0, before);
  });
});
