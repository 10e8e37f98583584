// `npm test`: sets up the test host, builds, compiles, lints and checks formatting, then runs the unit tests (Node), the editor
// integration tests (real VS Code, Node extension host), the same editor tests in VS Code's web
// extension host, and the workbench end-to-end test, and sums their counts.
// `node scripts/test.mjs lint|unit|integration|web|e2e` runs one suite with only the stages it needs.
// The last line printed is always `N passed, N failed` (plus `, N skipped` when tests were skipped).
import { spawn } from 'node:child_process';
import { repoRoot } from './test-host/paths.mjs';
import { formatCounts, parseResultLine } from './test-host/results.mjs';

const node = process.execPath;
const STAGES = {
  'test host': { cmd: ['scripts/test-host/ensure.mjs'] },
  build: { cmd: ['scripts/build.mjs'] },
  compile: { cmd: ['node_modules/typescript/bin/tsc', '-p', '.'] },
  lint: { cmd: ['node_modules/eslint/bin/eslint.js', '.'] },
  format: { cmd: ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '**/*.{ts,mjs,cjs,js}'] },
  // Exports that no other file imports: the export, or the code, goes.
  exports: { cmd: ['scripts/unused-exports.mjs'] },
  unit: {
    cmd: [
      'node_modules/mocha/bin/mocha.js',
      '--config',
      '.mocharc.json',
      '--reporter',
      'scripts/test-host/count-reporter.cjs',
    ],
    counts: true,
  },
  // tsc emits JavaScript despite type errors, so a failed compile (itself counted) does not stop the suites.
  integration: { cmd: ['scripts/test-host/integration.mjs'], counts: true, needs: ['test host', 'build'] },
  // The same editor tests (plus web-only checks) against the browser bundle in VS Code's web extension host.
  web: { cmd: ['scripts/test-host/web.mjs'], counts: true, needs: ['test host', 'build'] },
  e2e: { cmd: ['test/e2e/workbench.e2e.mjs'], counts: true, needs: ['test host', 'build'] },
};
const SUITES = {
  lint: ['lint', 'format', 'exports'],
  unit: ['compile', 'unit'],
  integration: ['test host', 'build', 'compile', 'integration'],
  web: ['test host', 'build', 'web'],
  e2e: ['test host', 'build', 'e2e'],
};

function selectedStages(args) {
  const unknown = args.filter(a => !SUITES[a]);
  if (unknown.length)
    throw new Error(`unknown suite(s) ${unknown.join(', ')}; choose from ${Object.keys(SUITES).join(', ')}`);
  if (!args.length) return Object.keys(STAGES);
  const wanted = new Set(args.flatMap(a => SUITES[a]));
  return Object.keys(STAGES).filter(s => wanted.has(s));
}

/** Runs one stage, echoing its output; resolves with its exit code and the last result line it printed. */
function runStage(name) {
  return new Promise(resolve => {
    console.log(`\n━━ ${name} ━━`);
    const child = spawn(node, STAGES[name].cmd, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let results = null;
    let pending = '';
    child.stdout.on('data', chunk => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const parsed = parseResultLine(line);
        if (parsed) results = parsed;
        else console.log(line);
      }
    });
    const stop = () => child.kill('SIGTERM');
    process.once('SIGINT', stop);
    child.on('close', (code, signal) => {
      process.off('SIGINT', stop);
      if (pending) console.log(pending);
      resolve({ code: code ?? 128, signal, results });
    });
    child.on('error', err => resolve({ code: 127, error: err.message, results }));
  });
}

/** Folds one stage's outcome into the totals; a stage that broke without failing tests counts as one failure. */
function record(name, outcome, totals, report) {
  const { code, results } = outcome;
  if (STAGES[name].counts && results) {
    totals.passed += results.passed;
    totals.failed += results.failed;
    totals.pending += results.pending;
    report.push({
      name,
      ok: code === 0 && results.failed === 0,
      detail: formatCounts(results),
      failures: results.failures,
    });
    if (code !== 0 && results.failed === 0) {
      totals.failed++;
      report.at(-1).detail += ` but exited with code ${code}`;
    }
    return;
  }
  if (code === 0 && !STAGES[name].counts) {
    report.push({ name, ok: true, detail: 'done' });
    return;
  }
  totals.failed++;
  const why =
    outcome.reason ??
    (outcome.error
      ? `could not start: ${outcome.error}`
      : `exited with code ${code}${STAGES[name].counts ? ' without reporting results' : ''}`);
  report.push({ name, ok: false, detail: why });
}

async function main() {
  const stages = selectedStages(process.argv.slice(2));
  const totals = { passed: 0, failed: 0, pending: 0 };
  const report = [];
  const broken = new Set();
  for (const name of stages) {
    const started = Date.now();
    const blocker = (STAGES[name].needs ?? []).find(n => broken.has(n));
    const outcome = blocker
      ? { code: 1, reason: `could not run: stage "${blocker}" failed`, results: null }
      : await runStage(name);
    if (outcome.code !== 0) broken.add(name);
    record(name, outcome, totals, report);
    report.at(-1).seconds = (Date.now() - started) / 1000;
  }
  console.log('\n━━ summary ━━');
  for (const r of report) {
    console.log(`${r.ok ? '✔' : '✘'} ${r.name.padEnd(12)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.detail}`);
    for (const f of r.failures ?? []) console.log(`    ✘ ${f.title}: ${f.message.split('\n')[0]}`);
  }
  console.log(formatCounts(totals));
  return report.every(r => r.ok) && totals.failed === 0 ? 0 : 1;
}

main().then(
  code => process.exit(code),
  err => {
    console.error(err.message);
    console.log(formatCounts({ passed: 0, failed: 1, pending: 0 }));
    process.exit(1);
  },
);
