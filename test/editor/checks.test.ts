import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseRegistry } from '../../src/core/registry';
import { anchorAt, parseSidecar, serializeSidecar, textHash } from '../../src/core/sidecar';
import { closeAllEditors, extensionApi, find, openArticle, readText, waitFor, workspaceUri } from './helpers';

const ARTICLE = 'checks/council.md';

/** The fact checks' diagnostics on a document, as "code: text". */
function checkDiagnostics(document: vscode.TextDocument): string[] {
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter(d => d.source === 'Article Annotator')
    .map(d => `${d.code}: ${document.getText(d.range)}`);
}

async function codeActions(document: vscode.TextDocument, offset: number): Promise<vscode.CodeAction[]> {
  const at = document.positionAt(offset);
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    new vscode.Range(at, at),
  );
}

describe('fact checks in the editor', function () {
  this.timeout(60000);
  afterEach(async () => {
    // Revert every article a test edited, not only the active editor's: the next test expects the text on disk.
    for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  });
  after(async () => {
    // Other suites expect no registry, and nothing learned from this article.
    for (const file of ['entities.yaml', `${ARTICLE}.annotations.yaml`])
      await vscode.workspace.fs.delete(workspaceUri(file)).then(undefined, () => undefined);
  });

  it('shows what the checks find as diagnostics with their codes and severities', async () => {
    const { document } = await openArticle(ARTICLE);
    await waitFor(() => checkDiagnostics(document).length === 3, 'three diagnostics');
    assert.deepStrictEqual(checkDiagnostics(document), [
      'weekday-mismatch: Monday, March 10, 2026',
      'short-form-first: Solvang',
      'name-variant: Haraldson',
    ]);
    const severities = vscode.languages
      .getDiagnostics(document.uri)
      .filter(d => d.source === 'Article Annotator')
      .map(d => d.severity);
    assert.deepStrictEqual(severities, [
      vscode.DiagnosticSeverity.Warning,
      vscode.DiagnosticSeverity.Information,
      vscode.DiagnosticSeverity.Warning,
    ]);
  });

  it('offers quick fixes that change the text, after which the diagnostic goes', async () => {
    const { document } = await openArticle(ARTICLE);
    await waitFor(() => checkDiagnostics(document).length === 3, 'diagnostics');
    const weekday = find(document, 'Monday');
    const actions = await codeActions(document, weekday.start + 2);
    const fixes = actions.filter(a => a.kind?.value === 'quickfix');
    assert.deepStrictEqual(
      fixes.map(a => a.title),
      ['Change “Monday” to “Tuesday”', 'Change the date to Monday, March 9, 2026'],
    );
    assert.strictEqual(fixes[0].isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!), 'the fix applies');
    assert.ok(document.getText().includes('on Tuesday, March 10, 2026'), document.getText());
    // At once, while the edited text is being checked: the light bulb waits for the checks and offers the fix.
    const name = await codeActions(document, find(document, 'Haraldson').start);
    const titles = name.filter(a => a.kind?.value === 'quickfix').map(a => a.title);
    assert.ok(titles.includes('Change to “Haraldsen”'), titles.join('\n'));
    await waitFor(
      () => !checkDiagnostics(document).some(d => d.startsWith('weekday-mismatch')),
      'the weekday diagnostic gone',
    );
    assert.deepStrictEqual(checkDiagnostics(document), ['short-form-first: Solvang', 'name-variant: Haraldson']);
  });

  it('adds a spelling to the registry as an alias from a quick fix', async () => {
    const { document } = await openArticle(ARTICLE);
    await waitFor(() => checkDiagnostics(document).length === 3, 'diagnostics');
    const actions = await codeActions(document, find(document, 'Haraldson').start + 1);
    const alias = actions.find(a => a.title === 'Add “Haraldson” to the registry as a spelling of “Tomas Haraldsen”');
    assert.ok(alias?.command, actions.map(a => a.title).join(' | '));
    await vscode.commands.executeCommand(alias.command.command, ...(alias.command.arguments ?? []));
    const registry = parseRegistry((await readText(workspaceUri('entities.yaml')))!);
    assert.deepStrictEqual(
      registry.registry!.entities.map(e => [e.name, e.type, e.aliases]),
      [['Tomas Haraldsen', 'person', ['Haraldson']]],
    );
    await waitFor(() => !checkDiagnostics(document).includes('name-variant: Haraldson'), 'the variant accepted');
  });

  it('offers the hover actions on a highlight in the light bulb', async () => {
    const api = await extensionApi();
    const { document } = await openArticle(ARTICLE);
    const bay = find(document, 'Kessa Bay');
    await waitFor(
      () => api.tracker.state(document.uri)!.highlights.some(h => h.start === bay.start),
      'Kessa Bay highlighted',
    );
    const titles = (await codeActions(document, bay.start + 1)).map(a => a.title);
    assert.deepStrictEqual(
      titles.filter(t => t.includes('Kessa Bay')),
      [
        'Mark “Kessa Bay” as not an entity',
        'Mark “Kessa Bay” as another type…',
        'Add “Kessa Bay” to the entity registry…',
      ],
    );
    const notAnEntity = (await codeActions(document, bay.start + 1)).find(a => a.title.includes('not an entity'))!;
    await vscode.commands.executeCommand(notAnEntity.command!.command, ...(notAnEntity.command!.arguments ?? []));
    const sidecar = parseSidecar((await readText(workspaceUri(`${ARTICLE}.annotations.yaml`)))!).data!;
    assert.deepStrictEqual(
      sidecar.corrections.map(c => [c.quote, c.correct]),
      [['Kessa Bay', 'none']],
    );
    await waitFor(
      () => !api.tracker.state(document.uri)!.highlights.some(h => h.start === bay.start),
      'the highlight gone',
    );
  });

  it('offers accepting and rejecting a pending suggestion in the light bulb', async () => {
    const api = await extensionApi();
    const { document } = await openArticle(ARTICLE);
    const text = document.getText();
    const town = find(document, 'VALMORE');
    const suggestion = {
      id: 's-valmore00001',
      label: 'organisation',
      source: 'model',
      ...anchorAt(text, town.start, town.end),
    };
    const sidecar = workspaceUri(`${ARTICLE}.annotations.yaml`);
    const yaml = serializeSidecar({
      version: 1,
      article: 'council.md',
      textHash: textHash(text),
      annotations: [],
      corrections: [],
      suggestions: [suggestion],
    });
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(yaml));
    await waitFor(
      () => api.tracker.state(document.uri)!.highlights.some(h => h.source === 'suggestion' && h.start === town.start),
      'the suggestion shown',
    );
    const actions = await codeActions(document, town.start + 1);
    assert.deepStrictEqual(
      actions.map(a => a.title).filter(t => t.includes('suggestion')),
      ['Accept suggestion: “VALMORE” as organisation', 'Reject suggestion: “VALMORE” is not an organisation'],
    );
    const accept = actions.find(a => a.title.startsWith('Accept suggestion'))!;
    await vscode.commands.executeCommand(accept.command!.command, ...(accept.command!.arguments ?? []));
    await waitFor(
      () =>
        api.store.get(document.uri)?.annotations.some(a => a.quote === 'VALMORE' && a.label === 'organisation') ??
        false,
      'the suggestion accepted',
    );
  });

  it('drops a family of checks switched off in the settings', async () => {
    const { document } = await openArticle(ARTICLE);
    await waitFor(() => checkDiagnostics(document).some(d => d.startsWith('weekday-mismatch')), 'diagnostics');
    const config = vscode.workspace.getConfiguration('articleAnnotator');
    await config.update('checks.weekdays', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => !checkDiagnostics(document).some(d => d.startsWith('weekday-mismatch')), 'weekdays off');
      assert.ok(checkDiagnostics(document).includes('short-form-first: Solvang'), 'the others stay');
    } finally {
      await config.update('checks.weekdays', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => checkDiagnostics(document).some(d => d.startsWith('weekday-mismatch')), 'weekdays back');
  });
});
