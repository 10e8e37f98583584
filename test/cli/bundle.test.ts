import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Bundles the command line as `npm install` does (the options of scripts/build-targets.mjs), into `outfile`. */
function bundleCli(outfile: string): void {
  const targets = pathToFileURL(path.join(repoRoot, 'scripts', 'build-targets.mjs')).href;
  const script = `
    import * as esbuild from 'esbuild';
    import { commonOptions, targets } from ${JSON.stringify(targets)};
    const { devOnly, ...cli } = targets.find(t => t.outfile === 'dist/node/cli.js');
    await esbuild.build({ ...commonOptions(false), ...cli, outfile: ${JSON.stringify(outfile)} });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, stdio: 'inherit' });
}

describe('the bundled command line', () => {
  let folder: string;
  let cli: string;
  let bundleFolder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bundle-'));
    // Inside the checkout, as dist/ is: the bundle finds the model above itself.
    bundleFolder = fs.mkdtempSync(path.join(repoRoot, 'out', 'bundle-'));
    cli = path.join(bundleFolder, 'cli.js');
    bundleCli(cli);
  });
  after(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(bundleFolder, { recursive: true, force: true });
  });

  /** Runs the bundle as bin/article-annotator.js does; its stdout. */
  const run = (args: string[], input = '') =>
    execFileSync(
      process.execPath,
      ['-e', `require(${JSON.stringify(cli)}).main(${JSON.stringify(args)}).then(c => (process.exitCode = c))`],
      { cwd: folder, input, encoding: 'utf8' },
    );

  it('analyses JSONL in this thread and on worker threads, with the same output', () => {
    const input = ['Ada Okonkwo flew to Lisbon on Friday.', 'The Harbour Council met.']
      .map((text, i) => JSON.stringify({ id: `d${i}`, text }))
      .join('\n');
    const one = run(['analyze', '--jobs', '1'], input);
    const ids = one
      .trim()
      .split('\n')
      .map(line => (JSON.parse(line) as { id: string }).id);
    assert.deepStrictEqual(ids, ['d0', 'd1']);
    assert.strictEqual(run(['analyze', '--jobs', '2'], input), one);
  });

  it('reads the workspace settings, written with comments, for analyze --dir', () => {
    const dir = path.join(folder, 'articles');
    fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, '.vscode', 'settings.json'),
      '{\n  // invented\n  "articleAnnotator.suggestions.maxPerArticle": 1,\n}\n',
    );
    fs.writeFileSync(path.join(dir, 'story.md'), 'Ada Okonkwo flew from Lisbon to Nairobi.\n');
    const out = run(['analyze', '--dir', dir, '--dry-run']);
    assert.match(out, /1 suggestion\b/);
  });
});
