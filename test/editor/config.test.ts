import * as assert from 'assert';
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../src/core/workspace/settings';
import { RESOURCE_SETTINGS } from '../../src/editor/config';
import { EXTENSION_ID } from './helpers';

interface Manifest {
  contributes: { configuration: { properties: Record<string, { scope?: string }> } };
}

describe('settings', () => {
  it('declares each setting with the scope it is read with (window, or resource for per-folder ones)', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    const declared = Object.entries(manifest.contributes.configuration.properties).map(([key, schema]) => [
      key.slice(SETTINGS_SECTION.length + 1),
      schema.scope,
    ]);
    const expected = declared.map(([key]) => [key, RESOURCE_SETTINGS.includes(key!) ? 'resource' : 'window']);
    assert.deepStrictEqual(declared, expected);
    for (const key of RESOURCE_SETTINGS)
      assert.ok(
        declared.some(([k]) => k === key),
        `${key} is a setting`,
      );
  });
});
