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
export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');
