// `npm start`: builds the extension and opens VS Code on a scratch copy of samples/ (scratch/, ignored by
// git; env SCRATCH_DIR puts it elsewhere) with the sample article in the editor and the extension loaded
// from this checkout. Uses the desktop `code` command when there is one, otherwise serves VS Code
// (code-server's server) on http://127.0.0.1:PORT (env PORT, default 8080 or the next free port) until Ctrl-C.
// `node scripts/start.mjs --no-build` reuses the current dist/; `--serve` serves VS Code even where `code` exists.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { repoRoot } from './test-host/paths.mjs';
import { freePort, makeTempDir, startServer, writeUserSettings } from './test-host/host.mjs';
import { ensureTestHost } from './test-host/ensure.mjs';
import { prepareScratch } from './scratch.mjs';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function portIsFree(port) {
  return new Promise(resolve => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

if (!process.argv.includes('--no-build')) run(process.execPath, ['scripts/build.mjs']);
const article = prepareScratch(undefined, process.env.SCRATCH_DIR);
const folder = path.dirname(article);

const desktop =
  !process.argv.includes('--serve') && spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
if (desktop) {
  run('code', [`--extensionDevelopmentPath=${repoRoot}`, folder, article]);
} else {
  ensureTestHost();
  const wanted = Number(process.env.PORT ?? 8080);
  const port = (await portIsFree(wanted)) ? wanted : await freePort();
  const tmp = makeTempDir('annotator-start');
  const userDataDir = path.join(tmp, 'user');
  writeUserSettings(userDataDir, { 'workbench.startupEditor': 'none', 'git.openRepositoryInParentFolders': 'never' });
  const server = await startServer({
    tmp,
    userDataDir,
    extensionsDir: path.join(tmp, 'extensions'),
    port,
    // Lets the workbench honour the extension-development payload in the URL.
    extraArgs: ['--enable-smoke-test-driver'],
  });
  const payload = [
    ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
    ['openFile', server.remoteUri(article)],
  ];
  const url = `${server.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log(
    `\nVS Code is serving scratch/ (a copy of the samples that git ignores) with Article Annotator loaded from this checkout.\nOpen:\n\n  ${url}\n\n` +
      'After editing the extension, run `npm run build` and reload the browser tab. Press Ctrl-C to stop.',
  );
  // host.mjs stops the server and removes its files on Ctrl-C.
  setInterval(() => {}, 1 << 30);
}
