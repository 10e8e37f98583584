// Web-only checks (bundled by scripts/test-host/web.mjs, not run by the Node suite): the shared editor
// tests beside this file's bundle really exercise the browser build in a web worker extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, extensionApi } from '../editor/helpers';

describe('the web extension host', () => {
  it("runs the extension's browser bundle in a web worker, without Node", async () => {
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web, 'a browser workbench');
    const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
    assert.strictEqual(typeof scope.importScripts, 'function', 'the extension host is a web worker');
    assert.strictEqual(scope.process?.versions?.node, undefined, 'no Node.js in this extension host');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension under test is loaded');
    assert.strictEqual(extension.packageJSON.browser, './dist/web/extension.js');
    const api = await extensionApi();
    assert.ok(extension.isActive && api.tracker, 'activated through the browser entry point');
    // The extension is served from its own (http) location, not read from a disk path.
    assert.notStrictEqual(extension.extensionUri.scheme, 'file');
    console.log(
      `      (VS Code ${vscode.version}, extension at ${extension.extensionUri.scheme}:, activation took ${api.activationMs.toFixed(1)} ms)`,
    );
  });
});
