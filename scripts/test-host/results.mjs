// Test counts exchanged between the stages of `npm test`.

/** Also written by test/editor/index.ts and count-reporter.cjs; keep the three in step. */
export const RESULT_MARKER = 'ARTICLE_ANNOTATOR_TEST_RESULTS ';
/** Printed by test/editor/index.ts before the first test: what follows is the suite's own output. */
export const START_MARKER = 'ARTICLE_ANNOTATOR_TEST_START';

/** @typedef {{ passed: number, failed: number, pending: number, failures: { title: string, message: string }[] }} Results */

/** Returns the results carried by a marker line, or null for any other line. */
export function parseResultLine(line) {
  const at = line.indexOf(RESULT_MARKER);
  if (at < 0) return null;
  const parsed = JSON.parse(line.slice(at + RESULT_MARKER.length));
  for (const key of ['passed', 'failed', 'pending']) {
    if (!Number.isInteger(parsed[key])) throw new Error(`malformed result line: ${line}`);
  }
  return { passed: parsed.passed, failed: parsed.failed, pending: parsed.pending, failures: parsed.failures ?? [] };
}

/** `N passed, N failed` plus `, N skipped` when any were skipped. */
export function formatCounts({ passed, failed, pending }) {
  return `${passed} passed, ${failed} failed` + (pending ? `, ${pending} skipped` : '');
}
