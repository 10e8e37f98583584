import * as assert from 'assert';
import * as vscode from 'vscode';
import { anchorAt } from '../../src/core/sidecar';
import { closeAllEditors, extensionApi, find, openArticle, waitFor, workspaceUri } from './helpers';
import { ORPHAN, RELATION, TEXT, sidecarWithProblems } from './problemFixtures';

const COMPARISON = 'Article Annotator (comparison)';

/**
 * Runs `action`, then collects every file whose diagnostics changed meanwhile. A diagnostic set on a file
 * of this test's own comes last: the extension host reports changes in order, so once it is reported,
 * so is everything before it.
 */
async function filesWithChangedProblems(action: () => Promise<unknown>): Promise<string[]> {
  const changed: string[] = [];
  const marker = vscode.Uri.parse('untitled:problems-marker');
  const markers = vscode.languages.createDiagnosticCollection('test.marker');
  let markerSeen!: () => void;
  const seen = new Promise<void>(resolve => (markerSeen = resolve));
  const listener = vscode.languages.onDidChangeDiagnostics(e => {
    for (const uri of e.uris)
      if (uri.toString() === marker.toString()) markerSeen();
      else changed.push(vscode.workspace.asRelativePath(uri));
  });
  try {
    await action();
    markers.set(marker, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), 'marker')]);
    await seen;
    return changed;
  } finally {
    listener.dispose();
    markers.dispose();
  }
}

describe('problems of an article while it is edited and annotated', function () {
  this.timeout(60000);
  // Plain text: the built-in Markdown support reports (empty) diagnostics of a Markdown file after each edit.
  // A new article for each test: a closed document stays loaded for a while, with what a test made in it.
  let article = '';
  let articles = 0;
  beforeEach(async () => {
    article = `problems/harbour-${++articles}.txt`;
    await vscode.workspace.fs.writeFile(workspaceUri(article), new TextEncoder().encode(TEXT));
    await vscode.workspace.fs.writeFile(
      workspaceUri(`${article}.annotations.yaml`),
      new TextEncoder().encode(sidecarWithProblems(article)),
    );
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('articleAnnotator.clearComparison');
    for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  });
  after(() => vscode.workspace.fs.delete(workspaceUri('problems'), { recursive: true }));

  /** Opens the article once its orphan, its relation and the fact checks are listed. */
  async function openWithProblems(): Promise<vscode.TextEditor> {
    const api = await extensionApi();
    const editor = await openArticle(article);
    const { document } = editor;
    const codes = () => vscode.languages.getDiagnostics(document.uri).map(d => String(d.code));
    await waitFor(() => codes().includes(ORPHAN) && codes().includes(RELATION), 'the problems');
    await waitFor(() => api.tracker.state(document.uri)?.analysedVersion === document.version, 'the analysis');
    // Waits for the checks of the text as it is.
    await api.checks.at(document, new vscode.Range(0, 0, document.lineCount, 0));
    return editor;
  }

  /** Compares with a sidecar that calls the mayor an organisation, once the disagreement is listed. */
  async function compareWithTheirs(document: vscode.TextDocument): Promise<void> {
    const theirs = workspaceUri('problems/theirs.yaml');
    await vscode.workspace.fs.writeFile(
      theirs,
      new TextEncoder().encode(sidecarWithProblems(article).replace('label: person', 'label: organisation')),
    );
    await vscode.commands.executeCommand('articleAnnotator.compareWithAnnotator', theirs);
    await waitFor(
      () => vscode.languages.getDiagnostics(document.uri).some(d => d.source === COMPARISON),
      'the disagreement listed',
    );
  }

  /** Resolves after the fact checks ran again on `document` (they follow every analysis and annotation). */
  async function checkedAgain(document: vscode.TextDocument): Promise<void> {
    const api = await extensionApi();
    await new Promise<void>(resolve => {
      const listener = api.checks.onDidCheck(uri => {
        if (uri.toString() !== document.uri.toString()) return;
        listener.dispose();
        resolve();
      });
    });
  }

  it('leaves them alone when an annotation is made elsewhere, so a light bulb being opened is not cancelled', async () => {
    const api = await extensionApi();
    const { document } = await openWithProblems();
    const before = vscode.languages.getDiagnostics(document.uri).length;
    const changed = await filesWithChangedProblems(async () => {
      const checked = checkedAgain(document);
      const name = find(document, 'Tomas Haraldsen');
      await api.store.mutate(document, (data, text) => {
        data.annotations.push({ id: 'a-deputy000001', label: 'person', ...anchorAt(text, name.start, name.end) });
      });
      await checked;
    });
    assert.deepStrictEqual(changed, [], 'no problems of the article changed');
    assert.strictEqual(vscode.languages.getDiagnostics(document.uri).length, before);
  });

  it('leaves them alone when typing does not move them, during a comparison too', async () => {
    const editor = await openWithProblems();
    const { document } = editor;
    await compareWithTheirs(document);
    const changed = await filesWithChangedProblems(async () => {
      const checked = checkedAgain(document);
      await editor.edit(b => b.insert(document.positionAt(document.getText().length), 'More soon.'));
      await checked;
    });
    assert.deepStrictEqual(changed, [], 'no problems of the article changed');
  });

  it('moves an orphan and a relation with typing that moves their text', async () => {
    const editor = await openWithProblems();
    const { document } = editor;
    const problem = (code: string) => vscode.languages.getDiagnostics(document.uri).find(d => d.code === code)!;
    const orphan = problem(ORPHAN).range;
    const orphanText = document.getText(orphan);
    const relation = problem(RELATION).range;
    await editor.edit(b => b.insert(new vscode.Position(0, 0), 'UPDATE\n'));
    await waitFor(
      () => problem(ORPHAN).range.start.line === orphan.start.line + 1,
      `the orphan on the line below (at line ${problem(ORPHAN).range.start.line})`,
    );
    assert.strictEqual(document.getText(problem(ORPHAN).range), orphanText, 'on the same word');
    assert.deepStrictEqual(problem(RELATION).range.start, relation.start.translate(1), 'the relation moved too');
  });

  it('moves them when an edit moves their text', async () => {
    const editor = await openWithProblems();
    const { document } = editor;
    await compareWithTheirs(document);
    const changed = await filesWithChangedProblems(async () => {
      const checked = checkedAgain(document);
      await editor.edit(b => b.insert(new vscode.Position(0, 0), 'UPDATE\n'));
      await checked;
    });
    assert.ok(changed.includes(article), changed.join(', '));
    const disagreement = vscode.languages.getDiagnostics(document.uri).find(d => d.source === COMPARISON)!;
    assert.strictEqual(document.getText(disagreement.range), 'Ingrid Solvang');
  });
});
