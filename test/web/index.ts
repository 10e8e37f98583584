// Mocha entry point for VS Code's web extension host (extensionTestsPath of @vscode/test-web).
// scripts/test-host/web.mjs bundles it with esbuild after `setup.ts` and the shared editor test
// files (test/editor/*.test.ts), since a web worker cannot read the test folder at run time.
// It counts results like test/editor/index.ts (test/editor/counting.ts), which the runner parses.

import { runCounted } from '../editor/counting';

export function run(): Promise<void> {
  return runCounted(mocha, 'web');
}
