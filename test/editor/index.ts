// Mocha entry point loaded by VS Code's extension host (extensionTestsPath). It runs every compiled
// `*.test.js` below this folder and prints one result line that the test runners parse for counts.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { warmUp } from './helpers';

/** Prefix of the single JSON line carrying the counts; scripts/test-host/results.mjs parses it. */
export const RESULT_MARKER = 'ARTICLE_ANNOTATOR_TEST_RESULTS ';
/** Printed before the first test, so the runner can tell the suite's output from the workbench's. */
export const START_MARKER = 'ARTICLE_ANNOTATOR_TEST_START';

interface EditorTestResults {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; message: string }[];
}

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

  const results: EditorTestResults = { passed: 0, failed: 0, pending: 0, failures: [] };
  console.log(START_MARKER);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(RESULT_MARKER + JSON.stringify(results));
      if (failures > 0) reject(new Error(`${failures} editor test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => results.passed++);
    runner.on('pending', () => results.pending++);
    // Also fires for failing hooks, which then count as one failure each.
    runner.on('fail', (test, err) => {
      results.failed++;
      results.failures.push({ title: test.fullTitle(), message: String(err?.message ?? err) });
    });
  });
}
