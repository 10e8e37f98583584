#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron launches (vscodeExecutablePath):
// takes the arguments it passes and runs the tests in code-server instead. Exit code = test result.
import { runAndExit } from './integration.mjs';

const args = process.argv.slice(2);
const option = name => args.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// The first bare argument is the folder to open; options such as --user-data-dir do not apply here.
await runAndExit({
  extensionDevelopmentPath: option('extensionDevelopmentPath'),
  extensionTestsPath: option('extensionTestsPath'),
  workspace: args.find(a => !a.startsWith('-')),
});
