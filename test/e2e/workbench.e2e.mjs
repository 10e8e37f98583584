// End-to-end journeys in the real workbench: the packaged extension (.vsix) installed offline into VS Code
// (code-server's VS Code server) in headless Chromium, used as a person uses it, clicking and typing
// (see driver.mjs). One journey a file in journeys/, run in order in one window; a failed step stops
// its journey only. Screenshots go to out/e2e/screenshots/ (ignored by git); `npm run screenshots`
// (this script with --update-images) also copies the README's and the walkthrough's images into place.
// Usage: node scripts/build.mjs && node test/e2e/workbench.e2e.mjs [--update-images]
//        (env: CS_VERBOSE=1, KEEP_TMP=1, E2E_GREP=<part of a journey or step name>)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { codeServerBin, repoRoot } from '../../scripts/test-host/paths.mjs';
import {
  cleanUp,
  isolatedEnv,
  launchBrowser,
  makeTempDir,
  startServer,
  traceConsole,
  writeUserSettings,
} from '../../scripts/test-host/host.mjs';
import { RESULT_MARKER, formatCounts } from '../../scripts/test-host/results.mjs';
import { Coverage } from './coverage.mjs';
import { Workbench } from './driver.mjs';
import { writeWorkspace } from './fixtures.mjs';
import { checkPackageListing } from './packaging.mjs';
import reading from './journeys/reading.mjs';
import annotating from './journeys/annotating.mjs';
import hoverCard from './journeys/hoverCard.mjs';
import editing from './journeys/editing.mjs';
import views from './journeys/views.mjs';
import batch from './journeys/batch.mjs';
import moreCommands from './journeys/moreCommands.mjs';
import linking from './journeys/linking.mjs';
import factChecks from './journeys/factChecks.mjs';
import walkthrough from './journeys/walkthrough.mjs';
import npmStart from './journeys/npmStart.mjs';
import projects from './journeys/projects.mjs';
import team from './journeys/team.mjs';
import brokenSidecar from './journeys/brokenSidecar.mjs';
import largeArticle from './journeys/largeArticle.mjs';

// The project journeys come last: the schema they write applies to every article of the workspace.
const JOURNEYS = [
  reading,
  annotating,
  // Right before the hover card's journey: in that order a label pick there once clicked the wrong row, found
  // by a row's hidden group title left by the Command Palette (see the driver's quickRow).
  brokenSidecar,
  hoverCard,
  editing,
  views,
  batch,
  moreCommands,
  linking,
  factChecks,
  walkthrough,
  largeArticle,
  projects,
  team,
];
const updateImages = process.argv.includes('--update-images');
const shotsDir = path.join(repoRoot, 'out', 'e2e', 'screenshots');
/** Screenshots that become the README's and the walkthrough's images with --update-images. */
const IMAGES = {
  highlights: 'docs/images/highlights.png',
  hover: 'docs/images/hover.png',
  annotate: 'docs/images/annotate.png',
  outline: 'docs/images/outline.png',
  'annotations-view': 'docs/images/annotations-view.png',
  registry: 'docs/images/registry.png',
  linking: 'docs/images/linking.png',
  'linking-institution': 'docs/images/linking-institution.png',
  'linking-wrapped-name': 'docs/images/linking-wrapped-name.png',
  checks: 'docs/images/checks.png',
  'schema-picker': 'docs/images/schema-picker.png',
  'keyboard-labelling': 'docs/images/keyboard-labelling.png',
  'relation-target': 'docs/images/relation-target.png',
  relations: 'docs/images/relations.png',
  comparison: 'docs/images/comparison.png',
  'walkthrough-highlights': 'media/walkthrough/highlights.png',
  'walkthrough-annotate': 'media/walkthrough/annotate.png',
  'walkthrough-registry': 'media/walkthrough/registry.png',
};

const tmp = makeTempDir('annotator-e2e');
const workspace = path.join(tmp, 'workspace');
const userDataDir = path.join(tmp, 'user');
const extensionsDir = path.join(tmp, 'extensions');
const vsix = path.join(tmp, 'article-annotator.vsix');
const settings = {
  'workbench.startupEditor': 'none', // otherwise the welcome page takes the focus
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'editor.hover.delay': 200,
  'editor.fontSize': 15,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'git.enabled': false,
  // Unlike desktop VS Code, the browser workbench by default saves a changed file a second after the last
  // key, and shows no unsaved mark on its tab meanwhile: keys typed into an article (and undone) would
  // reach the disk at moments that depend on the machine's load, while the journeys compare the files on
  // disk with what the editor shows. Here an article is saved when a journey presses Ctrl+S.
  'files.autoSave': 'off',
  'workbench.colorTheme': 'Default Light Modern',
};

function packageExtension() {
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  // stdin closed: vsce answers its own yes/no questions with "no" instead of waiting.
  const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  checkPackageListing(
    listing
      .split('\n')
      .map(l => l.trim())
      .filter(Boolean),
  );
  execFileSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix],
    { cwd: repoRoot, stdio: ['ignore', process.env.CS_VERBOSE ? 'inherit' : 'ignore', 'pipe'] },
  );
}

function installExtension() {
  const output = execFileSync(
    codeServerBin,
    ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { env: isolatedEnv(tmp), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (!/successfully installed/i.test(output)) throw new Error(`unexpected install output: ${output}`);
}

async function openWorkbench(ctx) {
  mkdirSync(workspace);
  writeWorkspace(workspace);
  writeUserSettings(userDataDir, settings);
  const server = await startServer({ tmp, userDataDir, extensionsDir });
  const browser = await launchBrowser(tmp);
  // At the density VS Code shows walkthrough images at, so that their crops read as the editor does.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1.5 });
  page.setDefaultTimeout(15000);
  traceConsole(page);
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
  await page
    .locator('.explorer-folders-view .monaco-list-row', { hasText: 'story.md' })
    .first()
    .waitFor({ timeout: 60000 });
  ctx.browser = browser;
  ctx.ui = new Workbench(page, { workspace, coverage: ctx.coverage, shotsDir });
}

/** The extension host's log must not warn about how settings are read (their declared scope). */
function checkSettingsWarnings() {
  const warnings = [];
  const walk = dir => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/exthost\.log$/i.test(entry.name))
        warnings.push(
          ...readFileSync(full, 'utf8')
            .split('\n')
            .filter(l => l.includes('[article-annotator.article-annotator]') && /scoped configuration/.test(l)),
        );
    }
  };
  walk(path.join(userDataDir, 'logs'));
  if (warnings.length)
    throw new Error(`${warnings.length} configuration warning(s), e.g.\n${warnings.slice(0, 3).join('\n')}`);
}

function checkCoverage(coverage) {
  console.log(`\n  Commands reached through the UI:\n    ${coverage.report().join('\n    ')}`);
  const missing = coverage.missing();
  if (missing.length) throw new Error(`never reached through the UI: ${missing.map(([id]) => id).join(', ')}`);
}

function copyImages() {
  for (const [shot, target] of Object.entries(IMAGES)) {
    mkdirSync(path.dirname(path.join(repoRoot, target)), { recursive: true });
    copyFileSync(path.join(shotsDir, `${shot}.png`), path.join(repoRoot, target));
    console.log(`  updated ${target}`);
  }
}

async function runStep(name, run, results, ctx) {
  const started = Date.now();
  try {
    await run();
    results.passed++;
    console.log(`    ✔ ${name} (${Date.now() - started} ms)`);
    return true;
  } catch (err) {
    results.failed++;
    const message = String(err?.stderr || err?.message || err).trim();
    results.failures.push({ title: name, message });
    console.log(`    ✘ ${name}\n        ${message.split('\n').join('\n        ')}`);
    if (ctx.ui) {
      const file = await ctx.ui.shot(`failure-${results.failed}`).catch(() => undefined);
      if (file) console.log(`        screenshot: ${file}`);
    }
    return false;
  }
}

async function main() {
  rmSync(shotsDir, { recursive: true, force: true });
  const results = { passed: 0, failed: 0, pending: 0, failures: [] };
  const ctx = { coverage: new Coverage() };
  const grep = process.env.E2E_GREP;
  console.log('Workbench end-to-end');
  const setup = [
    ['packages the extension as a .vsix holding only what runs', packageExtension],
    ['installs the .vsix into VS Code without a network', installExtension],
    ['opens the workbench on a workspace of articles', () => openWorkbench(ctx)],
  ];
  console.log('  set-up');
  for (const [name, run] of setup) {
    if (!(await runStep(name, run, results, ctx))) {
      results.failed++;
      results.failures.push({ title: 'the journeys', message: `not run: "${name}" failed` });
      return finish(results);
    }
  }
  for (const journey of [...JOURNEYS, npmStart]) {
    const steps = journey.steps.filter(s => !grep || `${journey.title} ${s.name}`.includes(grep));
    if (steps.length === 0) continue;
    console.log(`  ${journey.title}`);
    if (journey.pending) {
      // Counted as skipped, never as passed, and said why.
      results.pending += steps.length;
      for (const step of steps) console.log(`    - ${step.name} (skipped: ${journey.pending})`);
      continue;
    }
    let blocked;
    for (const step of steps) {
      if (step.pending) {
        // Counted as skipped, never as passed, and said why.
        results.pending++;
        console.log(`    - ${step.name} (skipped: ${step.pending})`);
        continue;
      }
      if (blocked) {
        await runStep(step.name, () => Promise.reject(new Error(`not run: "${blocked}" failed`)), results, ctx);
        continue;
      }
      if (!(await runStep(step.name, () => step.run(ctx.ui), results, ctx))) blocked = step.name;
    }
    if (journey.after) await journey.after(ctx.ui).catch(() => undefined);
  }
  if (!grep) {
    console.log('  afterwards');
    await runStep('every command was reached through the UI', () => checkCoverage(ctx.coverage), results, ctx);
    await runStep(
      'the extension host logged no warning about how settings are read',
      checkSettingsWarnings,
      results,
      ctx,
    );
  }
  if (updateImages && results.failed === 0) copyImages();
  return finish(results);
}

function finish(results) {
  console.log(`  ${formatCounts(results)}`);
  console.log(RESULT_MARKER + JSON.stringify(results));
  return results.failed === 0 ? 0 : 1;
}

const code = await main().catch(err => {
  console.error(err);
  return 1;
});
cleanUp();
process.exit(code);
