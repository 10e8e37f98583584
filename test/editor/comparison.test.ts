import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, extensionApi, find, openArticle, readText, waitFor, workspaceUri } from './helpers';

const comparisonProblems = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter(d => d.source === 'Article Annotator (comparison)');

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return actions.filter(a => a.command?.command === 'articleAnnotator.resolveDisagreement');
}

async function apply(action: vscode.CodeAction): Promise<void> {
  await vscode.commands.executeCommand(action.command!.command, ...action.command!.arguments!);
}

describe('comparing with another annotator', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('articleAnnotator.clearComparison');
    await closeAllEditors();
  });

  it('lists disagreements as diagnostics whose quick fixes curate my sidecar', async () => {
    const api = await extensionApi();
    const editor = await openArticle('project/compare.md');
    const document = editor.document;
    const found = await vscode.commands.executeCommand<number>(
      'articleAnnotator.compareWithAnnotator',
      workspaceUri('project/compare-bob.yaml'),
    );
    assert.strictEqual(found, 5);
    const problems = comparisonProblems(document.uri);
    assert.deepStrictEqual(
      problems.map(p => [document.getText(p.range), p.message]),
      [
        ['Eva Novak', 'Only compare-bob related “Eva Novak” —meets→ “Jan Horak”.'],
        [
          'Alpine Rail Company',
          'Extent: you “Alpine Rail Company” (Organisation), compare-bob “Alpine Rail” (Organisation).',
        ],
        ['Jan Horak', 'Label: you Person, compare-bob Organisation.'],
        ['Brno', 'Only you annotated “Brno” (Location).'],
        ['Friday', 'Only compare-bob annotated “Friday” (Date).'],
      ],
    );

    // The label: take theirs.
    const label = problems[2];
    const labelFixes = await quickFixes(document.uri, label.range);
    assert.deepStrictEqual(
      labelFixes.map(a => a.title),
      ['Keep mine', "Take compare-bob's", 'Keep both'],
    );
    await apply(labelFixes[1]);
    const sidecar = workspaceUri('project/compare.md.annotations.yaml');
    const stored = async () => parseSidecar((await readText(sidecar))!).data!;
    assert.strictEqual((await stored()).annotations.find(a => a.id === 'a-jan')!.label, 'organisation');

    // The extent: keep both; the place only I annotated: keep mine (the file does not change).
    const extent = comparisonProblems(document.uri).find(p => p.message.startsWith('Extent'))!;
    await apply((await quickFixes(document.uri, extent.range)).find(a => a.title === 'Keep both')!);
    const before = await readText(sidecar);
    const brno = comparisonProblems(document.uri).find(p => p.message.includes('Brno'))!;
    await apply((await quickFixes(document.uri, brno.range)).find(a => a.title === 'Keep mine')!);
    assert.strictEqual(await readText(sidecar), before);
    assert.deepStrictEqual(
      comparisonProblems(document.uri).map(p => document.getText(p.range)),
      ['Eva Novak', 'Friday'],
    );

    // Edits move their annotations too: the remaining disagreements stay on their text.
    await editor.edit(b => b.insert(new vscode.Position(0, 0), 'UPDATE: '));
    await waitFor(
      () => comparisonProblems(document.uri).some(p => document.getText(p.range) === 'Friday'),
      'the diagnostics moved with the text',
    );
    for (const problem of comparisonProblems(document.uri))
      await apply((await quickFixes(document.uri, problem.range)).find(a => a.title.startsWith('Take'))!);
    await waitFor(() => comparisonProblems(document.uri).length === 0, 'every disagreement settled');
    assert.strictEqual(api.comparison.disagreements(document.uri).length, 0);
    const curated = api.store.get(document.uri)!;
    assert.deepStrictEqual(
      [...curated.annotations].sort((a, b) => a.start - b.start || b.end - a.end).map(a => [a.quote, a.label]),
      [
        ['Eva Novak', 'person'],
        ['Alpine Rail Company', 'organisation'],
        ['Alpine Rail', 'organisation'],
        ['Jan Horak', 'organisation'],
        ['Brno', 'location'],
        ['Friday', 'date'],
      ],
    );
    const friday = curated.annotations.find(a => a.quote === 'Friday')!;
    assert.strictEqual(document.getText().slice(friday.start, friday.end), 'Friday');
    assert.deepStrictEqual(
      curated.relations.map(r => [r.type, r.from, r.to]),
      [
        ['works-for', 'a-eva', 'a-arc'],
        ['meets', 'a-eva', 'a-jan'],
      ],
    );
    assert.ok(find(document, 'UPDATE').start === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('refuses a file that is not a sidecar, and changes nothing', async () => {
    const editor = await openArticle('project/compare.md');
    const result = await vscode.commands.executeCommand(
      'articleAnnotator.compareWithAnnotator',
      workspaceUri('project/compare.md'),
    );
    assert.strictEqual(result, undefined);
    assert.deepStrictEqual(comparisonProblems(editor.document.uri), []);
  });

  it('checks the chosen file as a sidecar is checked: a folder, or one above the sidecar limit, is not compared', async () => {
    const editor = await openArticle('project/compare.md');
    const compare = (file: vscode.Uri) => vscode.commands.executeCommand('articleAnnotator.compareWithAnnotator', file);
    assert.strictEqual(await compare(workspaceUri('project')), undefined, 'a folder');

    // Within the sidecar parser's limit in characters, above the file limit in bytes (two bytes each).
    const huge = workspaceUri('project/compare-huge.yaml');
    const bob = (await readText(workspaceUri('project/compare-bob.yaml')))!;
    await vscode.workspace.fs.writeFile(huge, new TextEncoder().encode(`${bob}# ${'é'.repeat(11 * 1024 * 1024)}\n`));
    try {
      assert.strictEqual(await compare(huge), undefined, 'a file above the limit');
    } finally {
      await vscode.workspace.fs.delete(huge);
    }
    assert.deepStrictEqual(comparisonProblems(editor.document.uri), []);
  });
});
