// The extension as the editor tests run it in the web extension host: the shipped browser entry point's
// services, with the fixture recogniser, knowledge base and an untrained model in place of the shipped ones, and the messages it shows recorded (bundled by scripts/test-host/testExtension.mjs).
import type * as vscode from 'vscode';
import { activateExtension } from '../../src/activate';
import { webServices } from '../../src/extension.web';
import { untrainedModel } from './fixtureModel';
import { FixtureRecognizer } from './fixtureRecognizer';
import { fixtureWorld } from './fixtureWorld';
import { TestExtensionApi, recordShownMessages } from './shownMessages';

export function activate(context: vscode.ExtensionContext): TestExtensionApi {
  const shownMessages = recordShownMessages();
  const model = untrainedModel();
  const api = activateExtension(context, {
    ...webServices(context),
    recognizer: async () => new FixtureRecognizer(),
    world: async () => fixtureWorld(),
    entityModel: async () => model,
  });
  return Object.assign(api, { shownMessages });
}

export { deactivate } from '../../src/extension.web';
