import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, find, select, waitFor, workspaceUri } from './helpers';

/** The villages of the flood report; the user says they are places. */
const VILLAGES = ['Varnholt', 'Dresmore', 'Tamberlin', 'Corvane'];

/**
 * Opens an article and waits for its first analysis. (Not `openArticle`: what the adapted model reads here
 * may be nothing at all, and a date may be a name another test's sidecar said is none.)
 */
async function open(relative: string): Promise<vscode.TextEditor> {
  const api = await extensionApi();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(relative)));
  await waitFor(() => api.tracker.state(editor.document.uri)?.analysedVersion !== undefined, `${relative} analysed`);
  return editor;
}

const highlightOf = async (uri: vscode.Uri, range: { start: number; end: number }) =>
  (await extensionApi()).tracker.state(uri)?.highlights.find(h => h.start === range.start && h.end === range.end);

/** Learning is off in the fixture workspace (the other tests read with the fixture recogniser); these tests switch it on. */
const setLearning = (on: boolean) =>
  vscode.workspace
    .getConfiguration('articleAnnotator')
    .update('adaptRecogniser', on, vscode.ConfigurationTarget.Workspace);

describe('the recogniser learns from corrections in the workspace', function () {
  // Two articles are analysed, annotated and analysed again with what was learned.
  this.timeout(90000);
  before(() => setLearning(true));
  afterEach(closeAllEditors);
  after(async () => {
    const api = await extensionApi();
    await setLearning(false);
    await vscode.workspace.fs
      .delete(workspaceUri('learning/flood.md.annotations.yaml'))
      .then(undefined, () => undefined);
    // The tests after these read with the fixture recogniser again.
    await waitFor(() => api.learned.current.buckets.length === 0, 'learning off');
  });

  it('places labelled in one article make a name never touched in another one read as a place', async () => {
    const api = await extensionApi();
    const shelter = await open('learning/shelter.md');
    const elsewhere = find(shelter.document, 'Ulvenstad');
    // Whatever other articles' sidecars taught so far, nothing made it a place.
    assert.notStrictEqual((await highlightOf(shelter.document.uri, elsewhere))?.label, 'location');

    const flood = await open('learning/flood.md');
    const uri = flood.document.uri;
    // The user labels each village, whatever it reads as by then (the first ones may already teach the others).
    for (const village of VILLAGES) {
      select(flood, find(flood.document, village));
      await vscode.commands.executeCommand('articleAnnotator.annotateSelection', { label: 'location' });
    }
    assert.deepStrictEqual(
      api.store.get(uri)!.annotations.map(a => [a.quote, a.label]),
      VILLAGES.map(v => [v, 'location']),
    );

    await waitFor(async () => {
      const h = await highlightOf(shelter.document.uri, elsewhere);
      return h?.label === 'location' && h.source === 'automatic';
    }, 'Ulvenstad read as a place with what was learned');
    // Nobody labelled Ulvenstad: it is the adapted recogniser's reading, not a name learned as a string.
    assert.ok(!api.knowledge.current.names.has('Ulvenstad'));
    assert.ok(api.learned.current.buckets.length > 0);
  });

  it('the setting switches learning off and back on: the plain reading, then the learned one again', async () => {
    const api = await extensionApi();
    const shelter = await open('learning/shelter.md');
    const elsewhere = find(shelter.document, 'Ulvenstad');
    const place = async () => (await highlightOf(shelter.document.uri, elsewhere))?.label === 'location';
    await waitFor(place, 'the learned reading');
    await setLearning(false);
    try {
      await waitFor(async () => !(await place()), 'the plain reading with learning off');
      assert.strictEqual(api.learned.current.buckets.length, 0);
    } finally {
      await setLearning(true);
    }
    await waitFor(place, 'the learned reading again');
  });
});
