// Mocha entry point loaded by VS Code's extension host (extensionTestsPath). It runs every compiled
// `*.test.js` below this folder and prints one result line that the test runners parse for counts.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { runCounted } from './counting';
import { warmUp } from './helpers';

function findTestFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...findTestFiles(full));
    else if (entry.name.endsWith('.test.js')) files.push(full);
  }
  return files.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 20000,
    grep: process.env.EDITOR_TEST_GREP || undefined,
    rootHooks: { beforeAll: warmUp },
  });
  for (const file of findTestFiles(__dirname)) mocha.addFile(file);

  return runCounted(mocha, 'editor');
}
