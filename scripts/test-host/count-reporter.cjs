// Mocha reporter for the unit-test stage of `npm test`: the usual spec output, then one result line
// (see results.mjs) so the counts can be summed with the other stages.
const Mocha = require('mocha');

const RESULT_MARKER = 'ARTICLE_ANNOTATOR_TEST_RESULTS ';

class CountingSpecReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const results = { passed: 0, failed: 0, pending: 0, failures: [] };
    runner.on('pass', () => results.passed++);
    runner.on('pending', () => results.pending++);
    runner.on('fail', (test, err) => {
      results.failed++;
      results.failures.push({ title: test.fullTitle(), message: String(err?.message ?? err) });
    });
    runner.once('end', () => console.log(RESULT_MARKER + JSON.stringify(results)));
  }
}

module.exports = CountingSpecReporter;
