// A newcomer's `npm start`: VS Code opens on a scratch copy of the samples (outside the tracked files)
// with the sample article in the editor, highlighted. Runs its own server, as the script does.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../../scripts/test-host/paths.mjs';
import { freePort, makeTempDir } from '../../../scripts/test-host/host.mjs';

const gitStatus = () => execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' });

/** Starts `npm start`'s script and resolves with the address it prints; the process is stopped afterwards. */
async function start(env) {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build', '--serve'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no address printed within 90 s:\n${output}`)), 90000);
    const read = chunk => {
      output += chunk;
      const found = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', code => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise(resolve =>
        child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM')),
      ),
  };
}

export default {
  title: 'npm start',
  steps: [
    {
      name: 'opens a scratch copy of the samples with the sample article in the editor, changing no tracked file',
      run: async ui => {
        const before = gitStatus();
        const scratch = path.join(makeTempDir('annotator-scratch'), 'scratch');
        const server = await start({ SCRATCH_DIR: scratch, PORT: String(await freePort()) });
        let page;
        try {
          page = await ui.page
            .context()
            .browser()
            .newPage({ viewport: { width: 1280, height: 800 } });
          if (!server.url.includes(encodeURIComponent(scratch)))
            throw new Error(`not the scratch folder: ${server.url}`);
          await page.goto(server.url);
          await page.locator('.tab.active', { hasText: 'harbour-council.md' }).waitFor({ timeout: 90000 });
          await page
            .locator('.editor-instance .monaco-editor .view-line', { hasText: 'Marieke de Vries' })
            .first()
            .waitFor();
          await page.waitForFunction(
            () => document.querySelectorAll('.editor-instance .monaco-editor [class*="ced-"]').length >= 8,
            null,
            { timeout: 60000 },
          );
        } finally {
          await page?.close();
          await server.stop();
        }
        if (gitStatus() !== before) throw new Error(`tracked files changed:\n${gitStatus()}`);
      },
    },
  ],
};
