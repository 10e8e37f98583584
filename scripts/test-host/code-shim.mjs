#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron launches (vscodeExecutablePath):
// takes the arguments it passes and runs the tests in code-server instead. Exit code = test result.
import { cleanUp } from './host.mjs';
import { runEditorTests } from './integration.mjs';
import { RESULT_MARKER } from './results.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// The first bare argument is the folder to open; options such as --user-data-dir do not apply here.
const workspace = args.find((a) => !a.startsWith('-'));

let code = 1;
try {
  const { exitCode, ...results } = await runEditorTests({
    extensionDevelopmentPath: option('extensionDevelopmentPath'),
    extensionTestsPath: option('extensionTestsPath'),
    workspace,
  });
  console.log(RESULT_MARKER + JSON.stringify(results));
  code = results.failed > 0 || exitCode !== 0 ? 1 : 0;
} catch (err) {
  console.error(`[test-host] ${err.message}`);
}
cleanUp();
process.exit(code);
