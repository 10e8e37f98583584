// Starts VS Code's server (from code-server) and headless Debian Chromium for one test run, and makes
// sure both, and every temporary file they create, are gone when the run ends or the process is stopped.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath, serverMain } from './paths.mjs';

export const verbose = !!process.env.CS_VERBOSE;
const cleanups = [];

/** Registers a synchronous clean-up step; steps run last-in first-out. */
export function onCleanup(fn) {
  cleanups.push(fn);
}

export function cleanUp() {
  while (cleanups.length) {
    try {
      cleanups.pop()();
    } catch {
      /* keep cleaning */
    }
  }
}

process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

/** A fresh temporary folder, removed at clean-up unless KEEP_TMP is set. */
export function makeTempDir(prefix) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  onCleanup(() => {
    if (process.env.KEEP_TMP) console.log(`[test-host] kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Copies `source` (if it exists) to a new folder `name` inside `tmp`; otherwise creates it empty. */
export function copyWorkspace(source, tmp, name = 'workspace') {
  const target = path.join(tmp, name);
  if (existsSync(source)) cpSync(source, target, { recursive: true });
  else mkdirSync(target, { recursive: true });
  return target;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Environment that keeps the server's sockets, caches and settings inside `tmp`. */
export function isolatedEnv(tmp) {
  const dirs = {
    TMPDIR: 'tmp',
    XDG_RUNTIME_DIR: 'run',
    XDG_CACHE_HOME: 'cache',
    XDG_CONFIG_HOME: 'config',
    XDG_DATA_HOME: 'data',
  };
  const env = { ...process.env };
  for (const [key, sub] of Object.entries(dirs)) {
    env[key] = path.join(tmp, sub);
    mkdirSync(env[key], { recursive: true, mode: 0o700 });
  }
  return env;
}

export function writeUserSettings(userDataDir, settings) {
  const dir = path.join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

/**
 * Starts the bare VS Code server on `port` (default: a free one) of 127.0.0.1. Resolves once it listens.
 * @returns {{ port: number, origin: string, remoteUri: (p: string) => string }}
 */
export async function startServer({ tmp, userDataDir, extensionsDir, extraArgs = [], port, readyTimeoutMs = 60000 }) {
  if (!existsSync(serverMain))
    throw new Error(`VS Code server not found at ${serverMain}; run node scripts/test-host/ensure.mjs`);
  port ??= await freePort();
  const args = [
    serverMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--server-data-dir',
    path.join(tmp, 'server'),
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    ...extraArgs,
  ];
  // Own process group, so the extension host and other children go down with it.
  const child = spawn(process.execPath, args, {
    env: isolatedEnv(tmp),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onCleanup(() => killGroup(child, 'SIGKILL'));
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`VS Code server did not start within ${readyTimeoutMs / 1000} s:\n${output}`)),
      readyTimeoutMs,
    );
    const onData = chunk => {
      const text = chunk.toString();
      if (verbose) process.stderr.write(`[server] ${text}`);
      else if (output.length < 20000) output += text;
      if (/listening on/i.test(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`VS Code server exited (${code}):\n${output}`));
    });
  });
  const host = `127.0.0.1:${port}`;
  return { port, origin: `http://${host}`, remoteUri: p => `vscode-remote://${host}${p}` };
}

/** Headless Chromium whose crash reports and caches also stay inside `tmp`. */
export async function launchBrowser(tmp) {
  if (!existsSync(chromiumPath))
    throw new Error(`no Chromium at ${chromiumPath}; run node scripts/test-host/ensure.mjs or set CHROMIUM_BIN`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    env: isolatedEnv(tmp),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Chromium's own children are killed by playwright when this process exits.
  onCleanup(() => {
    browser.close().catch(() => {});
  });
  return browser;
}

/** Forwards the page's console when CS_VERBOSE is set. */
export function traceConsole(page) {
  if (verbose) page.on('console', m => process.stderr.write(`[page ${m.type()}] ${m.text()}\n`));
}
