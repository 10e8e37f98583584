// Draws the learning curve (npm run eval's, on WikiGold and CoNLL-2003 dev) as docs/images/learning-curve.png:
// the evaluation writes an SVG image, which headless Chromium (the one the workbench tests use) turns
// into the PNG shown in the README (the extension's package allows no SVG images in it).
// Usage: npm run learning-curve [-- FILE.jsonl ...] (default: the two entity development sets)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanUp, launchBrowser, makeTempDir } from './test-host/host.mjs';
import { repoRoot } from './test-host/paths.mjs';

/** The development sets: `shared/data/dev` beside the checkout or beside a folder above it. */
function devSets() {
  for (let dir = path.dirname(repoRoot); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'data', 'dev');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('no shared/data/dev folder found; name the files to evaluate');
  }
}

const files = process.argv.slice(2);
if (files.length === 0)
  files.push(path.join(devSets(), 'wikigold.jsonl'), path.join(devSets(), 'conll2003-testa.jsonl'));
const output = path.join(repoRoot, 'docs', 'images', 'learning-curve.png');

const tmp = makeTempDir('learning-curve');
const svgFile = path.join(tmp, 'curve.svg');
execFileSync(
  process.execPath,
  [path.join(repoRoot, 'dist', 'node', 'eval.js'), ...files, '--no-reference', '--curve-svg', svgFile],
  {
    stdio: 'inherit',
  },
);
const browser = await launchBrowser(tmp);
try {
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  await page.setContent(`<html><body style="margin:0">${readFileSync(svgFile, 'utf8')}</body></html>`);
  await page.locator('svg').screenshot({ path: output });
  console.log(`wrote ${path.relative(repoRoot, output)}`);
} finally {
  await browser.close();
  cleanUp();
}
