import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AnnotationNode } from '../../src/editor/views/annotationsView';
import { WorkspaceFiles } from '../../src/editor/sidecar/workspaceFiles';
import { readArticleText } from '../../src/editor/workspace/articleFiles';
import type { EntitySearchResult } from '../../src/editor/workspace/entitySearch';
import { closeAllEditors, extensionApi, find, openArticle, readText, select, waitFor, workspaceUri } from './helpers';

const WIRE = 'navigation/wire.md';

/** Workspace files that another program changes at the worst moment: after their check, before their read. */
class ChangingFiles extends WorkspaceFiles {
  readonly reads: string[] = [];
  beforeRead: (() => Thenable<void>) | undefined;

  override async read(uri: vscode.Uri, limit?: number): Promise<Uint8Array> {
    this.reads.push(uri.path.slice(uri.path.lastIndexOf('/') + 1));
    await this.beforeRead?.();
    this.beforeRead = undefined;
    return super.read(uri, limit);
  }
}

async function symbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const result = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
    'vscode.executeDocumentSymbolProvider',
    uri,
  );
  return (result ?? []).filter((s): s is vscode.DocumentSymbol => 'children' in s);
}

async function rootNodes(): Promise<AnnotationNode[]> {
  return (await extensionApi()).annotationsView.getChildren();
}

async function articleNode(relative: string): Promise<AnnotationNode | undefined> {
  const path = workspaceUri(relative).path;
  return (await rootNodes()).find(n => n.sidecar.articleUri.path === path);
}

async function childrenOf(node: AnnotationNode): Promise<AnnotationNode[]> {
  return (await extensionApi()).annotationsView.getChildren(node);
}

async function item(node: AnnotationNode): Promise<vscode.TreeItem> {
  return (await extensionApi()).annotationsView.getTreeItem(node);
}

/** Opens the fixture article and waits until its sidecar's annotations are part of the highlights. */
async function openWire(): Promise<vscode.TextEditor> {
  const api = await extensionApi();
  const editor = await openArticle(WIRE);
  await waitFor(() => {
    const state = api.tracker.state(editor.document.uri);
    return (
      !!state &&
      state.analysedVersion === editor.document.version &&
      state.highlights.some(h => h.source === 'annotation')
    );
  }, 'the article analysed with its annotations');
  return editor;
}

describe('workspace navigation', function () {
  // The first test starts the entity model and Markdown's language server, slow on a busy machine.
  this.timeout(60000);
  afterEach(closeAllEditors);

  describe('outline', () => {
    it('lists each entity once beside the headings (short forms under the full name), and orphans', async () => {
      const editor = await openWire();
      // The command flattens the Outline's groups (one per label, each from its own provider) into their symbols.
      const all = await symbols(editor.document.uri);
      const names = all.map(s => s.name);
      const okafor = all.find(s => s.name === 'Daniel Okafor');
      assert.ok(okafor, `symbols: ${names}`);
      assert.match(okafor.detail, /^2 mentions · yours$/);
      assert.strictEqual(okafor.kind, vscode.SymbolKind.Object);
      assert.strictEqual(editor.document.getText(okafor.selectionRange), 'Daniel Okafor');
      assert.ok(!names.includes('Okafor'), 'the short form is grouped with the full name');
      const claim = all.find(s => s.name === 'the treaty would be signed within weeks');
      assert.strictEqual(claim?.kind, vscode.SymbolKind.Key, 'a custom label');
      const orphan = all.find(s => s.name === 'Ingrid Solberg');
      assert.ok(orphan, `the orphaned annotation is listed: ${names}`);
      assert.match(orphan.detail, /orphaned/);
      assert.ok(
        names.some(n => n.includes('Treaty talks resume')),
        `Markdown's own heading is still there: ${names}`,
      );
    });

    it('gives each label its own group, in one fixed order with custom labels last', async () => {
      const api = await extensionApi();
      await openWire();
      await waitFor(() => api.outline.labels.includes('claim'), 'a group for the custom label');
      // Articles other tests opened may still be open (closing an editor leaves its document open a while),
      // so other custom labels can have groups too: after the five types, in alphabetical order.
      const labels = api.outline.labels;
      assert.deepStrictEqual(labels.slice(0, 5), ['person', 'organisation', 'location', 'date', 'other']);
      const custom = labels.slice(5);
      assert.deepStrictEqual(
        custom,
        [...custom].sort((a, b) => a.localeCompare(b)),
      );
    });
  });

  describe('mentions', () => {
    it('Go to References and occurrence highlights find every mention of the entity, short forms included', async () => {
      const editor = await openWire();
      const document = editor.document;
      const at = document.positionAt(find(document, 'Okafor told').start + 2);
      const references = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        document.uri,
        at,
      );
      const offsets = (ranges: vscode.Range[]) =>
        ranges.map(r => [document.offsetAt(r.start), document.offsetAt(r.end)]).sort((a, b) => a[0] - b[0]);
      const full = find(document, 'Daniel Okafor');
      const short = find(document, 'Okafor told').start;
      const expected = [
        [full.start, full.end],
        [short, short + 'Okafor'.length],
      ];
      const ours = references.filter(r => r.uri.toString() === document.uri.toString());
      assert.deepStrictEqual(offsets(ours.map(r => r.range)), expected);
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
        'vscode.executeDocumentHighlights',
        document.uri,
        at,
      );
      assert.deepStrictEqual(offsets(highlights.map(h => h.range)), expected);
    });

    it('gives nothing away from entities', async () => {
      const editor = await openWire();
      const at = editor.document.positionAt(find(editor.document, 'reporters').start + 1);
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
        'vscode.executeDocumentHighlights',
        editor.document.uri,
        at,
      );
      // VS Code falls back to highlighting the same word; no entity is highlighted.
      assert.ok((highlights ?? []).every(h => editor.document.getText(h.range) === 'reporters'));
    });
  });

  describe('workspace index and Annotations view', () => {
    it('indexes every sidecar, and shows a malformed one with its error instead of failing', async () => {
      const api = await extensionApi();
      const sidecars = await api.index.sidecars();
      const wire = sidecars.find(s => s.articleUri.path === workspaceUri(WIRE).path);
      assert.strictEqual(wire?.data?.annotations.length, 5);
      const broken = sidecars.find(s => s.articleUri.path === workspaceUri('broken/broken.md').path);
      assert.ok(broken?.error, 'the malformed sidecar carries its error');
      const brokenItem = await item((await articleNode('broken/broken.md'))!);
      assert.match(String(brokenItem.description), /malformed sidecar/);
      assert.strictEqual((brokenItem.iconPath as vscode.ThemeIcon).id, 'warning');
    });

    it("groups an article's annotations by label with counts, flagging orphans", async () => {
      const node = await articleNode(WIRE);
      assert.ok(node);
      assert.strictEqual(String((await item(node)).description), '5 annotations · 1 orphaned');
      const groups = await childrenOf(node);
      const groupItems = await Promise.all(groups.map(item));
      assert.deepStrictEqual(
        groupItems.map(i => [i.label, i.description]),
        [
          ['People', '3'],
          ['Places', '1'],
          ['claim', '1'],
        ],
      );
      const people = await Promise.all((await childrenOf(groups[0])).map(item));
      const orphan = people.find(p => p.label === 'Ingrid Solberg');
      assert.strictEqual(orphan?.description, 'orphaned');
      assert.strictEqual((orphan?.iconPath as vscode.ThemeIcon).id, 'warning');
      const claim = await item((await childrenOf(groups[2]))[0]);
      assert.strictEqual(claim.description, 'needs a second source');
    });

    it('filters by label or text, says so in the view, and clears', async () => {
      const api = await extensionApi();
      await vscode.commands.executeCommand('articleAnnotator.filterAnnotations', 'label:claim');
      const nodes = (await rootNodes()).filter(n => !n.sidecar.error);
      assert.ok(nodes.some(n => n.sidecar.articleUri.path === workspaceUri(WIRE).path));
      assert.ok(nodes.every(n => n.sidecar.data!.annotations.some(a => a.label === 'claim')));
      assert.strictEqual(api.annotationsView.view.description, 'filter: label:claim');
      assert.match(api.annotationsView.view.message ?? '', /match “label:claim”/);
      const wire = (await articleNode(WIRE))!;
      assert.deepStrictEqual(
        (await Promise.all((await childrenOf(wire)).map(item))).map(i => i.label),
        ['claim'],
      );

      await vscode.commands.executeCommand('articleAnnotator.filterAnnotations', 'SOLBERG');
      assert.strictEqual(String((await item((await articleNode(WIRE))!)).description), '1 annotation · 1 orphaned');
      await vscode.commands.executeCommand('articleAnnotator.filterAnnotations', 'no such words anywhere');
      assert.strictEqual((await rootNodes()).filter(n => !n.sidecar.error).length, 0);
      assert.match(api.annotationsView.view.message ?? '', /No annotation matches/);

      await vscode.commands.executeCommand('articleAnnotator.clearAnnotationFilter');
      assert.strictEqual(api.annotationsView.view.description, undefined);
      assert.strictEqual(api.annotationsView.filter, undefined);
      assert.ok(await articleNode(WIRE));
    });

    it('clicking an annotation opens the article with its text selected', async () => {
      const wire = (await articleNode(WIRE))!;
      const claimGroup = (await childrenOf(wire)).find(n => n.kind === 'label' && n.group.label === 'claim')!;
      const command = (await item((await childrenOf(claimGroup))[0])).command!;
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const editor = vscode.window.activeTextEditor;
      assert.strictEqual(editor?.document.uri.path, workspaceUri(WIRE).path);
      assert.strictEqual(editor.document.getText(editor.selection), 'the treaty would be signed within weeks');
    });

    it('updates when an annotation is added in the editor and when a sidecar appears or goes on disk', async () => {
      const api = await extensionApi();
      let changes = 0;
      const listener = api.index.onDidChange(() => changes++);
      try {
        const editor = await openArticle('navigation/brief.md');
        select(editor, find(editor.document, 'the visit'));
        await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'claim' });
        await waitFor(
          async () => (await articleNode('navigation/brief.md')) !== undefined,
          'the new sidecar in the view',
        );
        // The view may read the new sidecar before the debounced event fires (other readers refresh the index).
        await waitFor(() => changes > 0, 'onDidChange fired');

        const later = workspaceUri('navigation/later.md.annotations.yaml');
        const copied = (await readText(workspaceUri('navigation/wire.md.annotations.yaml')))!.replace(
          'article: wire.md',
          'article: later.md',
        );
        await vscode.workspace.fs.writeFile(later, new TextEncoder().encode(copied));
        await waitFor(
          async () => (await articleNode('navigation/later.md')) !== undefined,
          'a sidecar written outside the editor',
        );
        await vscode.workspace.fs.delete(later);
        await waitFor(
          async () => (await articleNode('navigation/later.md')) === undefined,
          'a deleted sidecar gone from the view',
        );
      } finally {
        listener.dispose();
      }
    });

    it('leaves out articles matched by the exclude setting', async () => {
      const config = vscode.workspace.getConfiguration('articleAnnotator');
      const before = config.inspect<string[]>('articles.exclude')?.workspaceValue;
      await config.update('articles.exclude', ['**/navigation/wire.md'], vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor(async () => (await articleNode(WIRE)) === undefined, 'the excluded article gone');
      } finally {
        await config.update('articles.exclude', before, vscode.ConfigurationTarget.Workspace);
      }
      await waitFor(async () => (await articleNode(WIRE)) !== undefined, 'the article back');
    });

    it('finds sidecars named after the article without its extension (${base} in the file-name setting)', async () => {
      const config = vscode.workspace.getConfiguration('articleAnnotator');
      const before = config.inspect<string>('sidecar.fileName')?.workspaceValue;
      const sidecar = workspaceUri('navigation/brief.notes.yml');
      await vscode.workspace.fs.writeFile(
        sidecar,
        new TextEncoder().encode(
          [
            'version: 1',
            'article: brief.md',
            'textHash: sha256:0',
            'annotations:',
            '  - id: a-base1',
            '    label: claim',
            '    quote: the visit',
            '    prefix: ""',
            '    suffix: ""',
            '    start: 0',
            '    end: 9',
            'corrections: []',
            '',
          ].join('\n'),
        ),
      );
      await config.update('sidecar.fileName', '${base}.notes.yml', vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor(
          async () => (await articleNode('navigation/brief.md'))?.sidecar.sidecarUri.path === sidecar.path,
          'the ${base} sidecar listed under its article',
        );
      } finally {
        await config.update('sidecar.fileName', before, vscode.ConfigurationTarget.Workspace);
        await vscode.workspace.fs.delete(sidecar);
      }
    });
  });

  describe('Find Entity in All Articles', () => {
    const binary = () => workspaceUri('navigation/scan.md');
    const huge = () => workspaceUri('navigation/huge.txt');
    after(async () => {
      await vscode.workspace.fs.delete(binary()).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(huge()).then(undefined, () => undefined);
    });

    it('finds whole-word, exact-case occurrences in every article and skips binary and huge files', async () => {
      await vscode.workspace.fs.writeFile(binary(), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x4f, 0x6b]));
      await vscode.workspace.fs.writeFile(huge(), new TextEncoder().encode('Okafor '.repeat(800000)));
      const result = await vscode.commands.executeCommand<EntitySearchResult>(
        'articleAnnotator.findEntityInArticles',
        'Okafor',
      );
      const inFile = (relative: string) => result.locations.filter(l => l.uri.path === workspaceUri(relative).path);
      const wire = await vscode.workspace.openTextDocument(workspaceUri(WIRE));
      assert.deepStrictEqual(
        inFile(WIRE).map(l => wire.getText(l.range)),
        ['Okafor', 'Okafor'],
      );
      const brief = await vscode.workspace.openTextDocument(workspaceUri('navigation/brief.md'));
      // "Okaforson" and "OKAFOR" are other words; "Okafor's" is the name.
      assert.deepStrictEqual(
        inFile('navigation/brief.md').map(l => brief.offsetAt(l.range.start)),
        [find(brief, 'Okafor').start, find(brief, "Okafor's").start],
      );
      assert.ok(inFile('story.md').length >= 2, 'found in the other articles too');
      const skipped = result.skipped.map(s => [s.uri.path.slice(s.uri.path.lastIndexOf('/') + 1), s.reason]);
      assert.deepStrictEqual(skipped.filter(([name]) => name === 'scan.md' || name === 'huge.txt').sort(), [
        ['huge.txt', 'larger than 5 MB'],
        ['scan.md', 'binary'],
      ]);
    });

    it('checks a file before reading it: one over 5 MB is never read, one changed meanwhile is not used', async () => {
      const files = new ChangingFiles();
      await vscode.workspace.fs.writeFile(huge(), new TextEncoder().encode('Okafor '.repeat(800000)));
      assert.deepStrictEqual(await readArticleText(files, huge()), { skipped: 'larger than 5 MB' });
      assert.deepStrictEqual(files.reads, [], 'never opened');

      const changing = workspaceUri('navigation/changing.md');
      try {
        const write = (text: string) => vscode.workspace.fs.writeFile(changing, new TextEncoder().encode(text));
        await write('Okafor spoke.\n');
        assert.deepStrictEqual(await readArticleText(files, changing), { text: 'Okafor spoke.\n' });
        files.beforeRead = () => write('Okafor '.repeat(800000));
        assert.deepStrictEqual(await readArticleText(files, changing), { skipped: 'larger than 5 MB' }, 'grown');
        await write('Okafor spoke.\n');
        files.beforeRead = () => vscode.workspace.fs.delete(changing);
        assert.deepStrictEqual(await readArticleText(files, changing), { skipped: 'cannot be found' }, 'deleted');
      } finally {
        await vscode.workspace.fs.delete(changing).then(undefined, () => undefined);
      }
    });

    it('takes the entity at the cursor', async () => {
      const editor = await openWire();
      editor.selection = new vscode.Selection(
        editor.document.positionAt(find(editor.document, 'Lindqvist').start + 2),
        editor.document.positionAt(find(editor.document, 'Lindqvist').start + 2),
      );
      await waitFor(() => vscode.window.activeTextEditor?.document === editor.document, 'the article active');
      const result = await vscode.commands.executeCommand<EntitySearchResult>('articleAnnotator.findEntityInArticles');
      assert.ok(result.name === 'Maria Lindqvist' || result.name === 'Lindqvist', result.name);
      assert.ok(
        result.locations.some(l => l.uri.path === workspaceUri('story.md').path),
        'found in story.md',
      );
    });
  });

  describe('status bar', () => {
    it('shows the counts and date, and opens the Outline when clicked', async () => {
      const api = await extensionApi();
      await openWire();
      await waitFor(() => api.statusBar.text.includes('$(calendar)'), 'status bar text');
      assert.strictEqual(api.statusBar.command, 'outline.focus');
      assert.match(String(api.statusBar.tooltip), /Outline/);
      await vscode.commands.executeCommand('outline.focus');
    });
  });
});
