// Runs the editor test suite (out/test/editor/index.js) inside a real VS Code: the extension host of
// code-server's VS Code server, driven by headless Chromium, on a copy of test/fixtures/workspace.
// Usage: node scripts/test-host/integration.mjs   (env: CS_VERBOSE=1, KEEP_TMP=1, TEST_TIMEOUT_MS, EDITOR_TEST_GREP)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import { editorTestsIndex, fixtureWorkspace } from './paths.mjs';
import { buildTestExtension } from './testExtension.mjs';
import { cleanUp, copyWorkspace, launchBrowser, makeTempDir, startServer, traceConsole, verbose } from './host.mjs';
import { RESULT_MARKER, START_MARKER, formatCounts, parseResultLine } from './results.mjs';

// A guard against a hung extension host, not a speed target: the suite takes about two minutes on a quiet
// machine and has passed three on a loaded one.
const DEFAULT_TIMEOUT_MS = 480000;

/** Sorts the forwarded console output: the suite's own lines are echoed, the result line is kept. */
export class SuiteOutput {
  results = null;
  started = false;
  early = []; // workbench start-up chatter, shown only if the suite never starts

  add(args) {
    // printf-style arguments, as given to console.log in the extension host
    for (const line of format(...(Array.isArray(args) ? args : [args])).split('\n')) {
      const parsed = parseResultLine(line);
      if (parsed) this.results = parsed;
      else if (line.includes(START_MARKER)) this.started = true;
      else if (this.started || verbose) console.log(`  ${line}`);
      else this.early.push(line);
    }
  }
}

/**
 * @param {{ extensionDevelopmentPath?: string, extensionTestsPath?: string, workspace?: string }} options
 *   `workspace` is used in place (the desktop shim passes one); otherwise the fixtures are copied.
 * @returns {Promise<import('./results.mjs').Results & { exitCode: number }>}
 */
export async function runEditorTests(options = {}) {
  const extensionDevelopmentPath = path.resolve(options.extensionDevelopmentPath ?? (await buildTestExtension()));
  const extensionTestsPath = path.resolve(options.extensionTestsPath ?? editorTestsIndex);
  if (!existsSync(extensionTestsPath))
    throw new Error(`${extensionTestsPath} does not exist; compile with npx tsc -p .`);
  const timeoutMs = Number(process.env.TEST_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS);
  const startTime = Date.now();

  const tmp = makeTempDir('annotator-editor-tests');
  const workspace = options.workspace ? path.resolve(options.workspace) : copyWorkspace(fixtureWorkspace, tmp);
  const server = await startServer({
    tmp,
    userDataDir: path.join(tmp, 'user'),
    extensionsDir: path.join(tmp, 'extensions'),
    // Without it, newer VS Code web builds ignore the test payload in the URL.
    extraArgs: ['--enable-smoke-test-driver'],
  });
  const payload = [
    ['extensionDevelopmentPath', server.remoteUri(extensionDevelopmentPath)],
    ['extensionTestsPath', server.remoteUri(extensionTestsPath)],
    ['skipWelcome', 'true'],
  ];
  const url = `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  if (verbose) console.log(`[test-host] opening ${url}`);
  const { results, exitCode } = await runSuiteInPage(
    tmp,
    url,
    timeoutMs,
    'editor',
    'CS_VERBOSE=1 to see the server and page logs',
  );
  console.log(
    `[test-host] editor tests: ${formatCounts(results)} in ${((Date.now() - startTime) / 1000).toFixed(1)} s (VS Code exit code ${exitCode})`,
  );
  return { ...results, exitCode };
}

/**
 * Opens a workbench that runs an extension test suite in headless Chromium and collects what the suite
 * reports through the two page functions the workbench calls while it runs extension tests.
 */
export async function runSuiteInPage(tmp, url, timeoutMs, what, logHint) {
  const browser = await launchBrowser(tmp);
  const page = await browser.newPage();
  traceConsole(page);
  const output = new SuiteOutput();
  let exited;
  const finished = new Promise(resolve => {
    exited = resolve;
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => output.add(args));
  await page.exposeFunction('codeAutomationExit', code => exited(Number(code)));
  await page.goto(url);
  const exitCode = await withTimeout(
    finished,
    timeoutMs,
    `${what} tests did not finish within ${timeoutMs / 1000} s (set TEST_TIMEOUT_MS to wait longer, ${logHint})`,
  );
  await browser.close().catch(() => {});
  const { results } = output;
  if (!results) {
    if (!output.started) console.log(output.early.join('\n'));
    throw new Error(
      `the ${what} test entry point reported no results (exit code ${exitCode}); did it load? Rerun with CS_VERBOSE=1`,
    );
  }
  return { results, exitCode };
}

export function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs the editor tests, prints the result line for `npm test`, cleans up and exits with the result. */
export function runAndExit(options = {}) {
  return exitWithResults(() => runEditorTests(options));
}

/** Runs a suite (`run` resolves with its counts and exit code), prints the result line, cleans up and exits. */
export async function exitWithResults(run) {
  let code = 1;
  try {
    const { exitCode, ...results } = await run();
    console.log(RESULT_MARKER + JSON.stringify(results));
    code = results.failed > 0 || exitCode !== 0 ? 1 : 0;
  } catch (err) {
    console.error(`[test-host] ${err.message}`);
  }
  cleanUp();
  process.exit(code);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAndExit();
