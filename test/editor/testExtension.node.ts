// The extension as the editor tests run it in the Node extension host: the shipped Node entry point's
// services, with the fixture recogniser in place of the shipped model (bundled by scripts/test-host/testExtension.mjs).
import type * as vscode from 'vscode';
import { ArticleAnnotatorApi, activateExtension } from '../../src/activate';
import { nodeServices } from '../../src/extension.node';
import { FixtureRecognizer } from './fixtureRecognizer';

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  return activateExtension(context, { ...nodeServices(context), recognizer: async () => new FixtureRecognizer() });
}

export { deactivate } from '../../src/extension.node';
