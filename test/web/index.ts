// Mocha entry point for VS Code's web extension host (extensionTestsPath of @vscode/test-web).
// scripts/test-host/web.mjs bundles it with esbuild after `setup.ts` and the shared editor test
// files (test/editor/*.test.ts), since a web worker cannot read the test folder at run time.
// It prints the same marker lines as test/editor/index.ts, which the runner parses for counts.

const RESULT_MARKER = 'ARTICLE_ANNOTATOR_TEST_RESULTS ';
const START_MARKER = 'ARTICLE_ANNOTATOR_TEST_START';

interface WebTestResults {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; message: string }[];
}

export function run(): Promise<void> {
  const results: WebTestResults = { passed: 0, failed: 0, pending: 0, failures: [] };
  console.log(START_MARKER);
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      console.log(RESULT_MARKER + JSON.stringify(results));
      if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
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
