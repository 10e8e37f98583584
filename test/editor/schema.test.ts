import * as assert from 'assert';
import * as vscode from 'vscode';
import { AnnotationFiles } from '../../src/core/files';
import { parseSidecar } from '../../src/core/sidecar';
import { SchemaStore } from '../../src/editor/workspace/schemaStore';
import {
  closeAllEditors,
  extensionApi,
  find,
  hoverText,
  openArticle,
  paintedRanges,
  readText,
  runAcceptingPrompts,
  select,
  waitFor,
  workspaceUri,
} from './helpers';
import { TEST_SCHEMA, removeSchema, writeSchema } from './projectSchema';

const unescape = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

describe('the project schema in the editor', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeSchema();
  });

  it('offers the schema labels, paints them in their colour and hides types the schema does not list', async () => {
    const api = await extensionApi();
    const editor = await openArticle('project/summit.md');
    const document = editor.document;
    await waitFor(
      () => paintedRanges(api, document, 'location', 'automatic').length > 0,
      'places highlighted without a schema',
    );
    await writeSchema(TEST_SCHEMA, labels => labels === 3);
    await waitFor(
      () => paintedRanges(api, document, 'location', 'automatic').length === 0,
      'no places: the schema has no location label',
    );
    assert.ok(paintedRanges(api, document, 'person', 'automatic').length > 0, 'people are still recognised');

    select(editor, find(document, 'share its gauge readings'));
    // The picker's first item is the schema's first label.
    await runAcceptingPrompts('articleAnnotator.annotateSelection');
    const sidecar = parseSidecar((await readText(workspaceUri('project/summit.md.annotations.yaml')))!).data!;
    const added = sidecar.annotations.find(a => a.quote === 'share its gauge readings');
    assert.strictEqual(added?.label, 'person');
    await vscode.commands.executeCommand('articleAnnotator.changeLabel', document.uri.toString(), added.id, 'claim');
    await waitFor(
      () =>
        paintedRanges(api, document, '#cc33aa', 'user').some(r => document.getText(r) === 'share its gauge readings'),
      'the claim painted in the colour the schema gives it',
    );
    const card = unescape(await hoverText(document.uri, find(document, 'gauge').start));
    assert.match(card, /\*\*Checkable claim\*\* · your annotation/);
    assert.match(card, /A statement of fact that can be checked\./, 'the guideline, as plain text');
    assert.ok(!card.includes('*checked*'), 'no Markdown of the guideline survives');
    await waitFor(
      () => api.outline.groupNames.includes('Checkable claim') && !api.outline.groupNames.includes('claim'),
      `the Outline names the group as the schema does: ${api.outline.groupNames.join(', ')}`,
    );
  });

  it('highlights names known from the registry only with a label the schema lists', async () => {
    const api = await extensionApi();
    // An article and a registry of this test's own, so that no other test's annotations cover the names.
    const article = workspaceUri('project/known-names.md');
    const registry = workspaceUri('entities.yaml');
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await write(article, 'Talks in Dakar\n\nAmadou Sow met the delegation in Senegal on Friday.\n');
    await write(registry, 'entities:\n  - name: Senegal\n    type: location\n  - name: Amadou Sow\n    type: person\n');
    try {
      const { document } = await openArticle('project/known-names.md');
      const sourceAt = (quote: string) => {
        const { start, end } = find(document, quote);
        return api.tracker.state(document.uri)?.highlights.find(h => h.start === start && h.end === end)?.source;
      };
      await waitFor(() => sourceAt('Senegal') === 'registry', 'the registry place highlighted without a schema');
      await writeSchema(TEST_SCHEMA, labels => labels === 3);
      await waitFor(() => sourceAt('Senegal') === undefined, 'no place: the schema lists no location label');
      assert.strictEqual(sourceAt('Amadou Sow'), 'registry', 'a registry person is still highlighted');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(article);
      await vscode.workspace.fs.delete(registry);
      await waitFor(() => api.registry.entries().length === 0, 'the registry gone');
    }
  });

  it('reports a malformed part of the schema at its line and applies the rest', async () => {
    const api = await extensionApi();
    const broken = TEST_SCHEMA.replace('    key: c\n', '    key: cc\n').replace(
      'relations:\n',
      '  - id: none\nrelations:\n',
    );
    await writeSchema(broken, labels => labels === 3);
    const uri = workspaceUri('annotation-schema.yaml');
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 2, 'two problems listed');
    const lines = broken.split('\n');
    assert.deepStrictEqual(
      vscode.languages
        .getDiagnostics(uri)
        .map(d => lines[d.range.start.line].trim())
        .sort(),
      ['- id: none', 'key: cc'],
    );
    const schema = api.schemas.schemaFor(uri)!;
    assert.deepStrictEqual(
      schema.labels!.map(l => [l.id, l.key]),
      [
        ['person', 'p'],
        ['claim', undefined],
        ['organisation', 'o'],
      ],
    );
    await removeSchema();
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri), []);
  });

  it('suggests in a batch run only the types the schema has the recogniser produce', async () => {
    await writeSchema(TEST_SCHEMA, labels => labels === 3);
    const folder = workspaceUri('project/batch');
    const article = vscode.Uri.joinPath(folder, 'wire.md');
    await vscode.workspace.fs.writeFile(
      article,
      new TextEncoder().encode('Amina Diallo visited Senegal with the Baltic Rivers Office.\n'),
    );
    await vscode.commands.executeCommand('articleAnnotator.analyseArticlesInFolder', folder);
    const sidecar = parseSidecar((await readText(vscode.Uri.joinPath(folder, 'wire.md.annotations.yaml')))!).data!;
    // Senegal is a place, and the schema has no location label.
    assert.deepStrictEqual(
      sidecar.suggestions!.map(s => [s.quote, s.label]),
      [
        ['Amina Diallo', 'person'],
        ['Baltic Rivers Office', 'organisation'],
      ],
    );
  });

  it('keeps the schema read last when a read started earlier finishes after it', async () => {
    const api = await extensionApi();
    const uri = workspaceUri('annotation-schema.yaml');
    await writeSchema(TEST_SCHEMA, labels => labels === 3);
    // The first read finds the schema of three labels, then waits, as a slow disk or a large file would.
    let release = () => {};
    const held = new Promise<void>(resolve => (release = resolve));
    let reads = 0;
    class FirstReadHeld extends AnnotationFiles<vscode.Uri> {
      override async readText(ref: vscode.Uri, maxBytes?: number) {
        const file = await super.readText(ref, maxBytes);
        if (++reads === 1) await held;
        return file;
      }
    }
    const schemas = new SchemaStore(new FirstReadHeld(api.store.flow.files));
    try {
      const firstRead = schemas.ready();
      await waitFor(() => reads === 1, 'the first read held');
      const twoLabels = 'version: 1\nlabels:\n  - id: person\n    name: Person\n  - id: claim\n    name: Claim\n';
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(twoLabels));
      const reread = new Promise<void>(resolve => schemas.onDidChange(resolve));
      schemas.yamlFileChanged(uri);
      await reread;
      assert.strictEqual(schemas.schemaFor(uri)?.labels?.length, 2, 'the changed schema read');
      release();
      await firstRead;
      assert.strictEqual(schemas.schemaFor(uri)?.labels?.length, 2, 'the earlier read, finished last, is not applied');
    } finally {
      release();
      schemas.dispose();
    }
  });

  it('reads a schema changed while it was read again, until it holds still', async () => {
    const uri = workspaceUri('annotation-schema.yaml');
    const oneLabel = 'version: 1\nlabels:\n  - id: person\n    name: Person\n';
    await writeSchema(oneLabel, labels => labels === 1);
    // A tool writing the file in place: the read sees its first part, and the rest lands meanwhile, its
    // file event merged into the one that started the read.
    let reads = 0;
    class WrittenDuringFirstRead extends AnnotationFiles<vscode.Uri> {
      override async readText(ref: vscode.Uri, maxBytes?: number) {
        const file = await super.readText(ref, maxBytes);
        if (++reads === 1) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEST_SCHEMA));
        return file;
      }
    }
    const api = await extensionApi();
    const schemas = new SchemaStore(new WrittenDuringFirstRead(api.store.flow.files));
    try {
      const read = new Promise<void>(resolve => schemas.onDidChange(resolve));
      schemas.yamlFileChanged(uri);
      await read;
      assert.strictEqual(schemas.schemaFor(uri)?.labels?.length, 3, 'the whole schema read');
    } finally {
      schemas.dispose();
    }
  });
});
