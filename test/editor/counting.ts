// Counting of an editor suite's results, shared by the Node extension host entry (index.ts) and the web
// extension host entry (test/web/index.ts). It has no Node imports so that it bundles for a web worker.

/** Prefix of the single JSON line carrying the counts; scripts/test-host/results.mjs parses it. */
const RESULT_MARKER = 'ARTICLE_ANNOTATOR_TEST_RESULTS ';
/** Printed before the first test, so the runner can tell the suite's output from the workbench's. */
const START_MARKER = 'ARTICLE_ANNOTATOR_TEST_START';

interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; message: string }[];
}

/** The part of a mocha instance (Node's or the browser build's) needed to run it. */
interface RunnableMocha {
  run(done: (failures: number) => void): {
    on(event: 'pass' | 'pending', listener: () => void): unknown;
    on(event: 'fail', listener: (test: { fullTitle(): string }, err: unknown) => void): unknown;
  };
}

/** Runs the suite, then prints the result line; rejects when a test or hook failed. */
export function runCounted(mocha: RunnableMocha, what: string): Promise<void> {
  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, failures: [] };
  console.log(START_MARKER);
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      console.log(RESULT_MARKER + JSON.stringify(results));
      if (failures > 0) reject(new Error(`${failures} ${what} test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => results.passed++);
    runner.on('pending', () => results.pending++);
    // Also fires for failing hooks, which then count as one failure each.
    runner.on('fail', (test, err) => {
      results.failed++;
      results.failures.push({ title: test.fullTitle(), message: String((err as Error | undefined)?.message ?? err) });
    });
  });
}
