import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseRegistry } from '../../src/core/registry';
import { parseSidecar } from '../../src/core/sidecar';
import {
  closeAllEditors,
  extensionApi,
  find,
  hoverText,
  openArticle,
  readText,
  runAcceptingPrompts,
  select,
  waitFor,
  workspaceUri,
} from './helpers';

const registryUri = () => workspaceUri('entities.yaml');
const highlightOf = async (uri: vscode.Uri, range: { start: number; end: number }) =>
  (await extensionApi()).tracker.state(uri)?.highlights.find(h => h.start === range.start && h.end === range.end);

describe('workspace knowledge: registry and learning from the user', function () {
  // Several articles are opened and analysed per test.
  this.timeout(60000);
  afterEach(closeAllEditors);
  after(async () => {
    await vscode.workspace.fs.delete(registryUri()).then(undefined, () => undefined);
  });

  it('Add to Registry writes entities.yaml and every article highlights the name with its hover card', async () => {
    const agency = await openArticle('knowledge/agency.md');
    const lusa = find(agency.document, 'Lusa');
    await vscode.commands.executeCommand(
      'articleAnnotator.addToRegistry',
      agency.document.uri.toString(),
      lusa.start,
      lusa.end,
      {
        name: 'Agência Lusa',
        type: 'organisation',
        description: 'Portugal’s national news agency.',
        wikidata: 'Q1',
        links: ['https://www.lusa.pt/'],
      },
    );
    const written = parseRegistry((await readText(registryUri()))!);
    assert.deepStrictEqual(
      written.registry!.entities.map(e => [e.name, e.type, e.aliases]),
      [['Agência Lusa', 'organisation', ['Lusa']]],
    );

    const bulletin = await openArticle('knowledge/bulletin.md');
    const there = find(bulletin.document, 'Lusa');
    await waitFor(
      async () => (await highlightOf(bulletin.document.uri, there))?.source === 'registry',
      'registry highlight in another article',
    );
    const h = (await highlightOf(bulletin.document.uri, there))!;
    assert.strictEqual(h.label, 'organisation');
    const hover = await hoverText(bulletin.document.uri, there.start + 1);
    assert.match(hover, /from the entity registry/);
    assert.match(hover, /Agência Lusa/);
    assert.match(hover, /national news agency/);
    assert.match(hover, /\(https:\/\/www\.wikidata\.org\/wiki\/Q1\)/);
    assert.match(hover, /Open registry entry/);
  });

  it('a label given in one article applies in every article, and an edited registry is re-read', async () => {
    const api = await extensionApi();
    const agency = await openArticle('knowledge/agency.md');
    select(agency, find(agency.document, 'Quillwort Trust'));
    await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'organisation' });
    const bulletin = await openArticle('knowledge/bulletin.md');
    const trust = find(bulletin.document, 'Quillwort Trust');
    await waitFor(
      async () => (await highlightOf(bulletin.document.uri, trust))?.source === 'learned',
      'learned highlight',
    );
    assert.strictEqual((await highlightOf(bulletin.document.uri, trust))!.label, 'organisation');
    assert.match(
      await hoverText(bulletin.document.uri, trust.start + 1),
      /labelled it organisation in knowledge\/agency\\?\.md/,
    );

    // Someone edits the registry by hand: the new entry applies at once.
    const text = (await readText(registryUri()))!;
    await vscode.workspace.fs.writeFile(
      registryUri(),
      new TextEncoder().encode(
        text + '  - name: Porto\n    type: location\n    description: City in northern Portugal.\n',
      ),
    );
    const porto = find(bulletin.document, 'Porto');
    await waitFor(
      async () => (await highlightOf(bulletin.document.uri, porto))?.source === 'registry',
      'hand-added registry entry applied',
    );
    assert.ok(api.knowledge.current.names.has('Porto'));
  });

  it('"not an entity" in one article is respected in the others', async () => {
    const api = await extensionApi();
    const agency = await openArticle('knowledge/agency.md');
    const target = api.tracker
      .state(agency.document.uri)!
      .highlights.find(
        h => h.source === 'automatic' && agency.document.getText().slice(h.start, h.end) === 'Lantern Foundation',
      );
    assert.ok(target, 'the recogniser highlights "Lantern Foundation"');
    await vscode.commands.executeCommand(
      'articleAnnotator.markWrong',
      agency.document.uri.toString(),
      target.start,
      target.end,
    );
    const bulletin = await openArticle('knowledge/bulletin.md');
    const there = find(bulletin.document, 'Lantern Foundation');
    await waitFor(
      () => !api.tracker.state(bulletin.document.uri)!.highlights.some(h => h.start < there.end && there.start < h.end),
      'rejected name not highlighted elsewhere',
    );
  });

  it('Label Every Occurrence previews and labels the same text in this article and across the workspace', async () => {
    const api = await extensionApi();
    const agency = await openArticle('knowledge/agency.md');
    select(agency, find(agency.document, 'Helena Marques'));
    await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'source' });
    const id = api.store.get(agency.document.uri)!.annotations.find(a => a.quote === 'Helena Marques')!.id;
    // Nothing else in this article: "Marques" alone is a different text.
    assert.strictEqual(
      await vscode.commands.executeCommand(
        'articleAnnotator.labelEveryOccurrence',
        agency.document.uri.toString(),
        id,
        'article',
        { preview: false },
      ),
      0,
    );
    // Across the workspace, the preview quick pick is accepted with every occurrence ticked.
    const added = await runAcceptingPrompts<number>(
      'articleAnnotator.labelEveryOccurrence',
      agency.document.uri.toString(),
      id,
      'workspace',
    );
    assert.strictEqual(added, 1);
    const sidecar = parseSidecar((await readText(workspaceUri('knowledge/bulletin.md.annotations.yaml')))!).data!;
    assert.deepStrictEqual(
      sidecar.annotations.map(a => [a.quote, a.label]),
      [['Helena Marques', 'source']],
    );
  });

  it('a malformed registry is reported and never rewritten', async () => {
    const broken = 'entities:\n  - name: [unclosed\n';
    await vscode.workspace.fs.writeFile(registryUri(), new TextEncoder().encode(broken));
    await waitFor(() => vscode.languages.getDiagnostics(registryUri()).length > 0, 'registry diagnostics');
    const agency = await openArticle('knowledge/agency.md');
    const lusa = find(agency.document, 'Lusa');
    const ok = await vscode.commands.executeCommand(
      'articleAnnotator.addToRegistry',
      agency.document.uri.toString(),
      lusa.start,
      lusa.end,
      { name: 'Lusa', type: 'organisation', description: '' },
    );
    assert.strictEqual(ok, false);
    assert.strictEqual(await readText(registryUri()), broken);
  });

  it('Add to Registry says to open an article when run with none open, and leaves the registry as it was', async () => {
    const api = await extensionApi();
    await closeAllEditors();
    const registry = await readText(registryUri());
    const earlier = api.shownMessages.length;
    assert.strictEqual(await vscode.commands.executeCommand('articleAnnotator.addToRegistry'), false);
    assert.deepStrictEqual(api.shownMessages.slice(earlier), [
      { severity: 'information', text: 'Open an article to add its names to the registry.' },
    ]);
    assert.strictEqual(await readText(registryUri()), registry);
  });

  it('the walkthrough opens a sample article that is analysed', async () => {
    const api = await extensionApi();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('articleAnnotator.openSampleArticle');
    assert.ok(uri && uri.path.endsWith('/sample-article.md'));
    await waitFor(() => (api.tracker.state(uri)?.highlights.length ?? 0) > 5, 'sample analysed');
    await vscode.commands.executeCommand(
      'workbench.action.openWalkthrough',
      'article-annotator.article-annotator#gettingStarted',
      false,
    );
    await vscode.workspace.fs.delete(uri);
  });
});
