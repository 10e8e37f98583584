import * as assert from 'assert';
import * as vscode from 'vscode';
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
import { TEST_SCHEMA, removeSchema, writeSchema } from './projectSchema';

const unescape = (markdown: string) => markdown.replace(/\\(.)/g, '$1');
const stored = async (relative: string) =>
  parseSidecar((await readText(workspaceUri(`${relative}.annotations.yaml`)))!).data!;
/** The sidecar as it is on disk, or undefined while a save is replacing it (the web host deletes it first). */
const storedIfThere = async (relative: string) => {
  const text = await readText(workspaceUri(`${relative}.annotations.yaml`));
  return text === undefined ? undefined : parseSidecar(text).data;
};

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return lenses.map(l => l.command?.title ?? '').filter(t => t.includes('—'));
}

describe('relations and attributes in the editor', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeSchema();
  });

  it('adds a relation picked from the schema, shown on both ends and in a lens above the source', async () => {
    const api = await extensionApi();
    await writeSchema(TEST_SCHEMA, labels => labels === 3);
    const editor = await openArticle('project/summit.md');
    const document = editor.document;
    const uri = document.uri.toString();
    for (const [quote, label] of [
      ['Amina Diallo', 'person'],
      ['Lars Berg', 'person'],
      ['Baltic Rivers Office', 'organisation'],
    ]) {
      select(editor, find(document, quote));
      await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label });
    }
    const byQuote = (q: string) => api.store.get(document.uri)!.annotations.find(a => a.quote === q)!;
    // From the cursor on "Lars Berg": the first type a person may start (works-for), then the first allowed target.
    editor.selection = new vscode.Selection(
      document.positionAt(find(document, 'Lars').start + 1),
      document.positionAt(find(document, 'Lars').start + 1),
    );
    const made = await runAcceptingPrompts<{ type: string; from: string; to: string }>('articleAnnotator.addRelation');
    assert.deepStrictEqual(made && [made.type, made.from, made.to], [
      'works-for',
      byQuote('Lars Berg').id,
      byQuote('Baltic Rivers Office').id,
    ]);
    const file = await stored('project/summit.md');
    assert.deepStrictEqual(
      file.relations!.map(r => [r.type, r.from, r.to]),
      [['works-for', byQuote('Lars Berg').id, byQuote('Baltic Rivers Office').id]],
    );

    const source = unescape(await hoverText(document.uri, find(document, 'Berg').start));
    assert.match(source, /→ \*\*works-for\*\* \[Baltic Rivers Office\]\(command:articleAnnotator\.goToMention\?/);
    const target = unescape(await hoverText(document.uri, find(document, 'Rivers').start));
    assert.match(target, /← \*\*works-for\*\* \[Lars Berg\]\(command:articleAnnotator\.goToMention\?/);
    assert.deepStrictEqual(await lensTitles(document.uri), ['$(link) “Lars Berg” —works-for→ “Baltic Rivers Office”']);

    // A symmetric type reads the same from both ends, and the same relation is not added twice.
    const meets = await vscode.commands.executeCommand(
      'articleAnnotator.addRelation',
      uri,
      byQuote('Amina Diallo').id,
      'meets',
      byQuote('Lars Berg').id,
    );
    assert.ok(meets);
    const again = await vscode.commands.executeCommand(
      'articleAnnotator.addRelation',
      uri,
      byQuote('Lars Berg').id,
      'meets',
      byQuote('Amina Diallo').id,
    );
    assert.strictEqual(again, undefined);
    assert.match(
      unescape(await hoverText(document.uri, find(document, 'Amina').start)),
      /↔ \*\*meets\*\* \[Lars Berg\]/,
    );
  });

  it('asks before deleting an annotation a relation uses, and deletes the relation with it', async () => {
    const api = await extensionApi();
    const editor = await openArticle('project/summit.md');
    const document = editor.document;
    const uri = document.uri.toString();
    await waitFor(() => (api.store.get(document.uri)?.relations.length ?? 0) > 0, 'relations loaded');
    const office = api.store.get(document.uri)!.annotations.find(a => a.quote === 'Baltic Rivers Office')!;
    // The question is a quick pick; its first answer deletes the relations too. The command then
    // offers Undo in a notification, so it is left running.
    void vscode.commands.executeCommand('articleAnnotator.deleteAnnotation', uri, office.id);
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const written = await storedIfThere('project/summit.md');
      return !!written && !written.annotations.some(a => a.id === office.id);
    }, 'the annotation deleted on disk');
    const file = await stored('project/summit.md');
    assert.ok(!file.annotations.some(a => a.id === office.id));
    assert.ok(!(file.relations ?? []).some(r => r.from === office.id || r.to === office.id));
    assert.strictEqual(file.relations?.length, 1, 'the relation between the two people stays');
  });

  it('flags a relation whose end is gone, keeps it in the file, and shows it in a lens', async () => {
    const api = await extensionApi();
    const editor = await openArticle('project/linked.md');
    const document = editor.document;
    await waitFor(
      () => vscode.languages.getDiagnostics(document.uri).some(d => d.code === 'r-gone'),
      'the relation listed in the Problems panel',
    );
    const problem = vscode.languages.getDiagnostics(document.uri).find(d => d.code === 'r-gone')!;
    assert.match(
      problem.message,
      /Relation "meets" from "Ilse Brandt" to a missing annotation \(a-deleted-elsewhere\)/,
    );
    assert.strictEqual(problem.range.start.character, find(document, 'Ilse Brandt').start);
    const titles = await lensTitles(document.uri);
    assert.deepStrictEqual(titles, [
      '$(link) “Tomas Varga” —works-for→ “Danube Ferry Union”',
      '$(warning) “Ilse Brandt” —meets→ (missing) — an end is no longer in the file',
    ]);
    // A write of the sidecar keeps it.
    await vscode.commands.executeCommand(
      'articleAnnotator.setAttribute',
      document.uri.toString(),
      'a-varga',
      'role',
      'skipper',
    );
    const file = await stored('project/linked.md');
    assert.deepStrictEqual(
      file.relations!.map(r => r.id),
      ['r-works', 'r-gone'],
    );
    assert.deepStrictEqual(file.annotations.find(a => a.id === 'a-varga')!.attributes, { role: 'skipper' });
    assert.match(unescape(await hoverText(document.uri, 2)), /\*\*role:\*\* skipper/);
    assert.ok(api.store.get(document.uri)!.relations.length === 2);
  });

  it("sets an attribute from the schema's values, and removes it", async () => {
    await writeSchema(TEST_SCHEMA, labels => labels === 3);
    const editor = await openArticle('project/linked.md');
    const document = editor.document;
    const uri = document.uri.toString();
    select(editor, find(document, 'in Vienna on Monday'));
    await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'claim' });
    const claim = (await stored('project/linked.md')).annotations.find(a => a.label === 'claim')!;
    // The schema's first attribute for a claim is "verdict", and its first value "accurate".
    await runAcceptingPrompts('articleAnnotator.setAttribute', uri, claim.id);
    assert.deepStrictEqual((await stored('project/linked.md')).annotations.find(a => a.id === claim.id)!.attributes, {
      verdict: 'accurate',
    });
    const refused = await vscode.commands.executeCommand(
      'articleAnnotator.setAttribute',
      uri,
      claim.id,
      'verdict',
      'maybe',
    );
    assert.strictEqual(refused, false, 'a value the schema does not allow');
    await vscode.commands.executeCommand('articleAnnotator.setAttribute', uri, claim.id, 'verdict', null);
    const after = (await stored('project/linked.md')).annotations.find(a => a.id === claim.id)!;
    assert.strictEqual(after.attributes, undefined);
    assert.ok(after.updated, 'the change is dated');
  });

  it('exports relations: R lines in brat, and a relations file beside the CSV', async () => {
    await openArticle('project/linked.md');
    const ann = workspaceUri('project/linked.ann');
    await vscode.commands.executeCommand('articleAnnotator.exportAnnotations', 'brat', ann);
    // The relation to the deleted annotation has no end to point at.
    assert.match((await readText(ann))!, /^R1\tworks-for Arg1:T1 Arg2:T2$/m);
    const csv = workspaceUri('project/linked.csv');
    await vscode.commands.executeCommand('articleAnnotator.exportAnnotations', 'csv', csv);
    const relations = (await readText(workspaceUri('project/linked.relations.csv')))!.split('\r\n');
    assert.strictEqual(relations.length, 3, 'a header, one relation and the final line end');
    assert.match(relations[1], /^r-works,works-for,a-varga,a-union,person,Tomas Varga,0,11,organisation,/);
  });
});
