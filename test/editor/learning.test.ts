import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, find, openArticle, select, waitFor, workspaceUri } from './helpers';

/** The villages of the flood report, which the shipped recogniser misreads; the user says they are places. */
const VILLAGES = ['Varnholt', 'Dresmore', 'Tamberlin', 'Corvane'];

const highlightOf = async (uri: vscode.Uri, range: { start: number; end: number }) =>
  (await extensionApi()).tracker.state(uri)?.highlights.find(h => h.start === range.start && h.end === range.end);

describe('the recogniser learns from corrections in the workspace', function () {
  // Two articles are analysed, corrected and analysed again with what was learned.
  this.timeout(90000);
  afterEach(closeAllEditors);
  after(async () => {
    // Later tests read their own articles with the shipped model.
    await vscode.workspace.fs
      .delete(workspaceUri('learning/flood.md.annotations.yaml'))
      .then(undefined, () => undefined);
  });

  it('a correction in one article changes how a name never touched in another one reads', async () => {
    const api = await extensionApi();
    const shelter = await openArticle('learning/shelter.md');
    const elsewhere = find(shelter.document, 'Ulvenstad');
    await waitFor(
      async () => (await highlightOf(shelter.document.uri, elsewhere))?.label === 'organisation',
      'the shipped reading of Ulvenstad',
    );

    const flood = await openArticle('learning/flood.md');
    const uri = flood.document.uri;
    for (const village of VILLAGES) {
      const range = find(flood.document, village);
      const shown = await highlightOf(uri, range);
      if (shown?.label === 'location') continue;
      if (shown) {
        await vscode.commands.executeCommand(
          'articleAnnotator.markAsType',
          uri.toString(),
          range.start,
          range.end,
          'location',
        );
      } else {
        select(flood, range);
        await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'location' });
      }
    }
    const sidecar = api.store.get(uri)!;
    assert.ok(sidecar.annotations.length + sidecar.corrections.length >= 3, 'the villages were corrected');

    await waitFor(async () => {
      const h = await highlightOf(shelter.document.uri, elsewhere);
      return h?.label === 'location' && h.source === 'automatic';
    }, 'Ulvenstad read as a place with what was learned');
    // Nobody labelled Ulvenstad: it is the adapted recogniser's reading, not a name learned as a string.
    assert.ok(!api.knowledge.current.names.has('Ulvenstad'));
    assert.ok(api.learned.current.buckets.length > 0);
  });

  it('the setting switches learning off and back on, back to the shipped reading and again', async () => {
    const api = await extensionApi();
    const shelter = await openArticle('learning/shelter.md');
    const elsewhere = find(shelter.document, 'Ulvenstad');
    const reads = (label: string) => async () => (await highlightOf(shelter.document.uri, elsewhere))?.label === label;
    await waitFor(reads('location'), 'the learned reading');
    const config = vscode.workspace.getConfiguration('articleAnnotator');
    await config.update('adaptRecogniser', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(reads('organisation'), 'the shipped reading with learning off');
      assert.strictEqual(api.learned.current.buckets.length, 0);
    } finally {
      await config.update('adaptRecogniser', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(reads('location'), 'the learned reading again');
  });
});
