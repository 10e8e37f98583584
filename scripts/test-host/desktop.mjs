// Runs the same editor test suite in desktop VS Code through @vscode/test-electron, which downloads
// VS Code (needs internet, and a display or xvfb-run on Linux).
// With --offline, test-electron drives code-server instead, through the code-shim.mjs stand-in executable.
// Usage: npm run test:desktop [-- --offline]     (env: VSCODE_VERSION, default "stable")
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { editorTestsIndex, fixtureWorkspace, repoRoot } from './paths.mjs';
import { cleanUp, copyWorkspace, makeTempDir } from './host.mjs';
import { buildTestExtension } from './testExtension.mjs';
import { ensureTestHost } from './ensure.mjs';

const offline = process.argv.includes('--offline');
let code = 1;
try {
  if (offline) ensureTestHost();
  const tmp = makeTempDir('annotator-desktop');
  const workspace = copyWorkspace(fixtureWorkspace, tmp);
  await runTests({
    version: process.env.VSCODE_VERSION,
    vscodeExecutablePath: offline ? path.join(repoRoot, 'scripts', 'test-host', 'code-shim.mjs') : undefined,
    extensionDevelopmentPath: await buildTestExtension(),
    extensionTestsPath: editorTestsIndex,
    launchArgs: [
      workspace,
      '--disable-extensions',
      `--user-data-dir=${path.join(tmp, 'user')}`,
      `--extensions-dir=${path.join(tmp, 'extensions')}`,
    ],
  });
  code = 0;
} catch (err) {
  console.error(`[test-host] desktop run failed: ${err.message}`);
}
cleanUp();
process.exit(code);
