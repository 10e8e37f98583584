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
  waitFor,
  workspaceUri,
} from './helpers';

const rendered = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

describe('article dates', () => {
  afterEach(closeAllEditors);

  it('says a relative date is unresolved until the article date is set, then resolves it', async () => {
    const api = await extensionApi();
    const editor = await openArticle('nodate.md');
    const uri = editor.document.uri;
    const sunday = find(editor.document, 'Sunday');
    await waitFor(
      () => api.tracker.state(uri)!.highlights.some(h => h.start === sunday.start && h.label === 'date'),
      'Sunday highlighted',
    );
    const before = rendered(await hoverText(uri, sunday.start + 1));
    assert.match(before, /relative/i, before);
    assert.match(before, /\[Set the article date\]\(command:articleAnnotator\.setArticleDate/, before);

    await vscode.commands.executeCommand('articleAnnotator.setArticleDate', uri.toString(), '2025-10-14');
    await waitFor(
      async () => rendered(await hoverText(uri, sunday.start + 1)).includes('12 October 2025'),
      'Sunday resolved',
    );
    const after = rendered(await hoverText(uri, sunday.start + 1));
    assert.match(after, /2 days before publication/, after);
    const stored = parseSidecar((await readText(workspaceUri('nodate.md.annotations.yaml')))!).data!;
    assert.strictEqual(stored.date, '2025-10-14');
    assert.strictEqual(api.tracker.state(uri)!.articleDate?.source, 'sidecar');
  });

  it('leaves an article above the size cap unanalysed and says so', async () => {
    const api = await extensionApi();
    const config = vscode.workspace.getConfiguration('articleAnnotator');
    await config.update('maxArticleSize', 50, vscode.ConfigurationTarget.Workspace);
    try {
      const document = await vscode.workspace.openTextDocument(workspaceUri('edits/draft.md'));
      await vscode.window.showTextDocument(document);
      await waitFor(() => api.tracker.state(document.uri)?.tooLarge === true, 'marked too large');
      // The user's own annotations stay visible; only automatic analysis is skipped.
      assert.strictEqual(api.tracker.state(document.uri)!.highlights.filter(h => h.source === 'automatic').length, 0);
    } finally {
      await config.update('maxArticleSize', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
