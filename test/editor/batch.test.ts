import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import type { BatchSummary } from '../../src/editor/analysis/batchAnalysis';
import {
  closeAllEditors,
  extensionApi,
  find,
  hoverText,
  openArticle,
  paintedRanges,
  readText,
  select,
  waitFor,
  workspaceUri,
} from './helpers';

// Everything here stays inside test/fixtures/workspace/batch, so the other suites see no sidecar change.
const sidecarOf = (relative: string) => workspaceUri(`batch/${relative}.annotations.yaml`);
const stored = async (relative: string) => parseSidecar((await readText(sidecarOf(relative)))!).data!;

describe('batch suggestions in a real editor', function () {
  // Analysing several files and waiting for the progress takes longer than one edit on a busy machine.
  this.timeout(90000);
  after(closeAllEditors);

  it('stops when cancelled, writing nothing', async () => {
    const source = new vscode.CancellationTokenSource();
    source.cancel();
    const summary = await vscode.commands.executeCommand<BatchSummary>(
      'articleAnnotator.analyseArticlesInFolder',
      workspaceUri('batch'),
      source.token,
    );
    assert.deepStrictEqual([summary?.cancelled, summary?.articles, summary?.sidecars], [true, 0, 0]);
    assert.strictEqual(await readText(sidecarOf('harbour.md')), undefined, 'no sidecar created');
  });

  it('Analyse Articles in Folder writes suggestions into each sidecar and paints them in the open article', async () => {
    const api = await extensionApi();
    const editor = await openArticle('batch/harbour.md');
    const document = editor.document;
    const brokenBefore = await readText(sidecarOf('notes.md'));
    const festivalBefore = await stored('festival.md');

    const started = Date.now();
    const summary = await vscode.commands.executeCommand<BatchSummary>(
      'articleAnnotator.analyseArticlesInFolder',
      workspaceUri('batch'),
    );
    console.log(`      batch run: ${Date.now() - started} ms`);
    assert.ok(summary, 'the progress ran to its end');
    assert.strictEqual(summary.cancelled, false);
    assert.strictEqual(summary.articles, 2, JSON.stringify(summary));
    assert.strictEqual(summary.sidecars, 2);
    assert.strictEqual(summary.created, 1, 'harbour.md had no sidecar');
    assert.deepStrictEqual(
      summary.skipped.map(s => s.split(':')[0]),
      ['batch/notes.md'],
    );
    assert.match(summary.skipped[0], /sidecar has problems \(line \d+: .+\) and was left unchanged/);
    assert.strictEqual(await readText(sidecarOf('notes.md')), brokenBefore, 'the malformed sidecar is untouched');

    const festival = await stored('festival.md');
    assert.deepStrictEqual(festival.annotations, festivalBefore.annotations, "the user's annotation is kept as it was");
    const festivalSuggestions = festival.suggestions!.map(s => `${s.label}:${s.quote}`);
    assert.ok(festivalSuggestions.includes('location:Glasgow'), festivalSuggestions.join(', '));
    assert.ok(!festivalSuggestions.some(s => s.includes('Sarah Campbell')), "nothing over the user's annotation");
    assert.ok((await readText(sidecarOf('festival.md')))!.startsWith('# Checked by the arts desk.\n'), 'comments kept');

    const harbour = await stored('harbour.md');
    assert.strictEqual(harbour.suggestions?.length, summary.suggestions - festival.suggestions!.length);
    const genoa = find(document, 'Genoa');
    await waitFor(
      () =>
        paintedRanges(api, document, 'location', 'suggestion').some(r => document.offsetAt(r.start) === genoa.start),
      'Genoa painted as a suggestion',
    );
    assert.ok(
      !paintedRanges(api, document, 'location', 'automatic').some(r => document.offsetAt(r.start) === genoa.start),
      "the suggestion takes the automatic highlight's place",
    );
    const hover = await hoverText(document.uri, genoa.start + 1);
    assert.match(hover, /suggestion to review/);
    assert.match(hover, /\[Accept\]\(command:articleAnnotator\.acceptSuggestion/);
    assert.match(hover, /\[Reject\]\(command:articleAnnotator\.rejectSuggestion/);
    const april = find(document, 'April 2026');
    assert.match(
      await hoverText(document.uri, april.start + 1),
      /\$\(calendar\) \*\*.*2026/,
      'a date suggestion shows its resolved value',
    );

    const again = await vscode.commands.executeCommand<BatchSummary>(
      'articleAnnotator.analyseArticlesInFolder',
      workspaceUri('batch'),
    );
    assert.strictEqual(again?.suggestions, 0, 'running again suggests nothing new');
  });

  it('accepts and rejects suggestions at the cursor, by id, and all at once', async () => {
    const api = await extensionApi();
    const editor = await openArticle('batch/harbour.md');
    const document = editor.document;
    const uri = document.uri;
    await waitFor(() => (api.store.get(uri)?.suggestions.length ?? 0) > 0, 'suggestions loaded');

    const genoa = find(document, 'Genoa');
    select(editor, { start: genoa.start + 2, end: genoa.start + 2 });
    await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
    let data = await stored('harbour.md');
    assert.ok(
      data.annotations.some(a => a.quote === 'Genoa' && a.label === 'location' && a.start === genoa.start),
      'accepted as an annotation',
    );
    assert.ok(!data.suggestions!.some(s => s.quote === 'Genoa'));
    await waitFor(
      () => paintedRanges(api, document, 'location', 'user').some(r => document.offsetAt(r.start) === genoa.start),
      'painted as yours',
    );

    const tuesday = api.store.get(uri)!.suggestions.find(s => s.quote === 'Tuesday')!;
    await vscode.commands.executeCommand('articleAnnotator.rejectSuggestion', uri.toString(), tuesday.id);
    data = await stored('harbour.md');
    assert.ok(
      data.corrections.some(c => c.quote === 'Tuesday' && c.automatic === 'date' && c.correct === 'none'),
      'rejected as a none correction',
    );
    await waitFor(
      () => !api.tracker.state(uri)!.highlights.some(h => h.start === tuesday.start),
      'Tuesday no longer highlighted at all',
    );

    const left = api.store.get(uri)!.suggestions.length;
    const result = await vscode.commands.executeCommand<{ made: unknown[] }>('articleAnnotator.acceptAllSuggestions');
    assert.strictEqual(result?.made.length, left);
    data = await stored('harbour.md');
    assert.strictEqual(data.suggestions, undefined);
    assert.strictEqual(data.annotations.length, left + 1);
    assert.match((await readText(sidecarOf('harbour.md')))!, /\nsuggestions: \[\]\n/);
    await waitFor(
      () => !api.tracker.state(uri)!.highlights.some(h => h.source === 'suggestion'),
      'no suggestion painted',
    );

    const summary = await vscode.commands.executeCommand<BatchSummary>(
      'articleAnnotator.analyseArticlesInFolder',
      workspaceUri('batch'),
    );
    assert.strictEqual(summary?.suggestions, 0, 'accepted and rejected ones are not suggested again');
  });
});
