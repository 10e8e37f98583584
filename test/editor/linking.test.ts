import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, find, hoverText, openArticle, waitFor, workspaceUri } from './helpers';

describe('entity linking in hover cards', () => {
  afterEach(closeAllEditors);

  it('shows the likeliest entity of a place, and Link records its id in an annotation', async () => {
    const api = await extensionApi();
    const editor = await openArticle('linking/summit.md');
    const uri = editor.document.uri;
    const { start, end } = find(editor.document, 'Marrowby', 1);
    await waitFor(
      () => api.tracker.state(uri)?.highlights.some(h => h.start === start && h.label === 'location') ?? false,
      'Marrowby highlighted as a place',
    );
    const card = (await hoverText(uri, start + 2)).replace(/\\(.)/g, '$1');
    assert.match(card, /\*\*Marrowby\*\* — capital city in Elsmere, Valdoria/, card);
    assert.match(card, /\[Q9902\]\(https:\/\/www\.wikidata\.org\/wiki\/Q9902/);
    assert.match(card, /\d+ % sure, not yet confirmed/);
    assert.match(card, /\[Link\]\(command:articleAnnotator\.linkEntity\?/);
    // Adding the name to the registry from this card records the entity's id there too.
    const add = /\[Add to registry\]\(command:articleAnnotator\.addToRegistry\?([^)\s]+)/.exec(card);
    assert.ok(add, card);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(add[1])).slice(3), [{ wikidata: 'Q9902' }]);

    assert.strictEqual(
      await vscode.commands.executeCommand('articleAnnotator.linkEntity', uri.toString(), start, end, 'Q9902'),
      true,
    );
    const annotation = api.store.get(uri)?.annotations.find(a => a.start === start && a.end === end);
    assert.strictEqual(annotation?.label, 'location');
    assert.strictEqual(annotation?.wikidata, 'Q9902');
    const sidecar = new TextDecoder().decode(
      await vscode.workspace.fs.readFile(workspaceUri('linking/summit.md.annotations.yaml')),
    );
    assert.match(sidecar, /label: location\n\s+wikidata: Q9902\n/);
    await waitFor(
      () => api.tracker.state(uri)?.highlights.some(h => h.start === start && h.source === 'annotation') ?? false,
      'the annotation replaces the automatic highlight',
    );
    const linked = (await hoverText(uri, start + 2)).replace(/\\(.)/g, '$1');
    assert.match(linked, /Q9902.*linked by you/);
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
    const { start, end } = find(editor.document, 'Valdoria');
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
