// First module of the web test bundle: loads mocha's browser build (it defines the global `mocha`),
// sets up the BDD globals before the shared test files call `describe`, and warms the extension up.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, waitFor, workspaceUri } from '../editor/helpers';

declare const EDITOR_TEST_GREP: string; // replaced by the bundler

// One web worker runs the extension host and these tests on a single thread, so a busy machine
// slows every step; the bounds that matter are the tests' own waitFor limits (15 s per condition).
mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60000 });
if (EDITOR_TEST_GREP) mocha.grep(EDITOR_TEST_GREP);

// The first article pays once for activation, reading the entity model (about 5 MB, over HTTP from
// the extension's location) and the first analysis; do that here rather than inside whichever test
// comes first. A failure here is counted as a failed hook.
before('the extension activates and analyses a first article', async function () {
  this.timeout(180000);
  const api = await extensionApi();
  const document = await vscode.workspace.openTextDocument(workspaceUri('story.md'));
  await vscode.window.showTextDocument(document);
  await waitFor(() => (api.tracker.state(document.uri)?.highlights.length ?? 0) > 0, 'the first analysis', 170000);
  await closeAllEditors();
});
