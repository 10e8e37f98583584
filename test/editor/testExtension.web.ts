// The extension as the editor tests run it in the web extension host: the shipped browser entry point's
// services, with the fixture recogniser, knowledge base and an untrained model in place of the shipped ones (bundled by scripts/test-host/testExtension.mjs).
import type * as vscode from 'vscode';
import { ArticleAnnotatorApi, activateExtension } from '../../src/activate';
import { webServices } from '../../src/extension.web';
import { untrainedModel } from './fixtureModel';
import { FixtureRecognizer } from './fixtureRecognizer';
import { fixtureWorld } from './fixtureWorld';

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
  const model = untrainedModel();
  return activateExtension(context, {
    ...webServices(context),
    recognizer: async () => new FixtureRecognizer(),
    world: async () => fixtureWorld(),
    entityModel: async () => model,
  });
}

export { deactivate } from '../../src/extension.web';
