// End-to-end check of the packaged extension in a real VS Code workbench (code-server's VS Code server
// in headless Chromium): package the .vsix, install it offline, open an article, look at highlights and
// a hover card, annotate a selection from the command palette and check the sidecar file, then the
// views: the Outline (opened from the status bar), the Annotations view, and a registry name's hover card;
// last, a place's hover card with its linked entity, and Link writing the Wikidata id into the sidecar.
// Usage: node scripts/build.mjs && node test/e2e/workbench.e2e.mjs   (env: CS_VERBOSE=1, KEEP_TMP=1)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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
import { boxOfText, checkPackageListing, waitForFile, waitForFileMatching } from './helpers.mjs';
import { projectJourneys } from './projects.journeys.mjs';
import { teamJourneys } from './team.journeys.mjs';

const STORY = [
  '# Water talks in Lisbon',
  '',
  'On Sunday, Maria Lindqvist of the Nordic Water Council met Daniel Okafor in Lisbon.',
  'The two spoke for an hour about river levels before Okafor left for Porto.',
  '',
].join('\n');
const NOTE = 'checked in the register';
// The linking step's article: a capital the shipped knowledge base holds, with its country.
const SUMMIT = '# Drought talks\n\nWater ministers from Kenya met in Nairobi on Monday to plan for the drought.\n';
const imagesDir = path.join(repoRoot, 'docs', 'images');
const failureShot = path.join(repoRoot, 'out', 'e2e-failure.png');

const tmp = makeTempDir('annotator-e2e');
const workspace = path.join(tmp, 'workspace');
mkdirSync(workspace);
const userDataDir = path.join(tmp, 'user');
const extensionsDir = path.join(tmp, 'extensions');
const vsix = path.join(tmp, 'article-annotator.vsix');
const sidecar = path.join(workspace, 'story.md.annotations.yaml');
const summitSidecar = path.join(workspace, 'summit.md.annotations.yaml');
const ctx = { page: null };

writeFileSync(path.join(workspace, 'story.md'), STORY);
writeUserSettings(userDataDir, {
  'workbench.startupEditor': 'none', // otherwise the welcome page takes the focus
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'editor.hover.delay': 200,
  'editor.fontSize': 15,
  'editor.wordWrap': 'on',
});

const steps = [
  { name: 'packages the extension as a .vsix holding only what runs', critical: true, run: packageExtension },
  { name: 'installs the .vsix into VS Code without a network', critical: true, run: installExtension },
  { name: 'opens the workbench on a workspace with story.md', critical: true, run: openStory },
  { name: 'highlights entities in the article', run: expectHighlights },
  { name: 'shows a hover card for a person', run: expectHover },
  { name: 'annotates a selection from the command palette', run: annotateSelection },
  { name: 'writes the sidecar with the label and the note', run: expectSidecar },
  { name: 'opens the Outline of entities from the status bar', run: expectOutline },
  { name: 'lists the annotation in the Annotations view', run: expectAnnotationsView },
  { name: 'highlights a registry name with its description', run: expectRegistryHover },
  { name: 'links a place from its hover card', run: linkPlace },
  ...projectJourneys({ ctx, workspace, imagesDir }),
  ...teamJourneys({ ctx, workspace, imagesDir }),
];

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

async function openStory() {
  const server = await startServer({ tmp, userDataDir, extensionsDir });
  const browser = await launchBrowser(tmp);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  ctx.page = page;
  traceConsole(page);
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'story.md' }).click({ timeout: 30000 });
  await page.waitForSelector('.monaco-editor .view-line >> text=Lindqvist', { timeout: 30000 });
}

async function expectHighlights() {
  const { page } = ctx;
  // Decoration types from createTextEditorDecorationType render with a generated "ced-" class.
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor [class*="ced-"]').length >= 3, null, {
    timeout: 30000,
  });
  await page.screenshot({ path: path.join(imagesDir, 'highlights.png') });
}

async function expectHover() {
  const { page } = ctx;
  const at = await boxOfText(page, 'Lindqvist');
  await page.mouse.move(at.x - 40, at.y + 60);
  await page.mouse.move(at.x, at.y, { steps: 5 });
  await page.locator('.monaco-hover:visible', { hasText: 'Person' }).first().waitFor({ timeout: 15000 });
  await page.screenshot({ path: path.join(imagesDir, 'hover.png') });
}

async function annotateSelection() {
  const { page } = ctx;
  // Drag across "Daniel Okafor" to select it.
  const from = await boxOfText(page, 'Daniel');
  const to = await boxOfText(page, 'Okafor');
  await page.mouse.move(from.left + 1, from.y);
  await page.mouse.down();
  await page.mouse.move(to.right - 1, to.y, { steps: 8 });
  await page.mouse.up();
  await page.mouse.move(to.x, to.y + 200); // away from the text, so no hover covers the palette
  await page.keyboard.press('F1');
  const widget = page.locator('.quick-input-widget');
  await widget.locator('input').waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type('Article Annotator: Annotate Selection');
  await widget.locator('.monaco-list-row', { hasText: 'Annotate Selection' }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
  await widget.locator('.monaco-list-row', { hasText: 'Person' }).first().click({ timeout: 10000 });
  // The label list gives way to a free-text input box for the note.
  await page.waitForFunction(
    () => {
      const w = document.querySelector('.quick-input-widget');
      const list = w?.querySelector('.quick-input-list');
      return !!w && w.style.display !== 'none' && (!list || list.offsetHeight === 0);
    },
    null,
    { timeout: 10000 },
  );
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Enter');
}

async function expectSidecar() {
  const { page } = ctx;
  const text = await waitForFile(sidecar, 15000);
  if (!/label:\s*person\b/.test(text)) throw new Error(`no "label: person" in the sidecar:\n${text}`);
  if (!text.includes(NOTE)) throw new Error(`the note is missing from the sidecar:\n${text}`);
  // Click into the empty last line so the screenshot shows the annotation rather than the selection.
  const lastLine = page.locator('.monaco-editor .view-line').last();
  await lastLine.click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(imagesDir, 'annotate.png') });
}

async function expectOutline() {
  const { page } = ctx;
  await page
    .locator('.statusbar-item', { hasText: '·' })
    .filter({ has: page.locator('.codicon-calendar') })
    .first()
    .click({ timeout: 10000 });
  const outline = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /outline/i }) });
  await outline.locator('.monaco-list-row', { hasText: 'Entities' }).first().waitFor({ timeout: 15000 });
  // Fold the file list so the Outline has the sidebar's height, then look for a person under Entities.
  await page
    .locator('.pane-header', { hasText: /^workspace$/i })
    .first()
    .click({ timeout: 10000 });
  await outline.locator('.monaco-list-row', { hasText: 'Maria Lindqvist' }).first().waitFor({ timeout: 10000 });
  await page.screenshot({ path: path.join(imagesDir, 'outline.png') });
}

async function expectAnnotationsView() {
  const { page } = ctx;
  await page.locator('.activitybar .action-item a[aria-label^="Article Annotator"]').first().click({ timeout: 10000 });
  const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /annotations/i }) });
  const article = view.locator('.monaco-list-row', { hasText: 'story.md' }).first();
  await article.click({ timeout: 15000 });
  // Groups of a few annotations open with their article; the annotation row carries the quoted text.
  await view.locator('.monaco-list-row', { hasText: 'Daniel Okafor' }).first().waitFor({ timeout: 10000 });
  await page.screenshot({ path: path.join(imagesDir, 'annotations-view.png') });
}

async function expectRegistryHover() {
  const { page } = ctx;
  writeFileSync(
    path.join(workspace, 'entities.yaml'),
    [
      'version: 1',
      'entities:',
      '  - name: Nordic Water Council',
      '    type: organisation',
      '    description: Intergovernmental body for shared rivers and lakes in the Nordic countries.',
      '',
    ].join('\n'),
  );
  // The registry is read when the file watcher reports it; hover again until the card describes the entry.
  const card = page.locator('.monaco-hover:visible', { hasText: 'shared rivers and lakes' }).first();
  for (const deadline = Date.now() + 30000; ;) {
    const at = await boxOfText(page, 'Council');
    // Leave the editor so a card computed before the registry was read goes away.
    await page.mouse.move(5, 400);
    await page.waitForTimeout(500);
    await page.mouse.move(at.x - 40, at.y + 80);
    await page.mouse.move(at.x, at.y, { steps: 5 });
    if (
      await card.waitFor({ timeout: 2000 }).then(
        () => true,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error('no hover card with the registry description');
  }
  await page.screenshot({ path: path.join(imagesDir, 'registry.png') });
}

/** Hovers over `word` until a card containing `text` shows (a card computed earlier may be on screen). */
async function hoverUntil(page, word, text) {
  const card = page.locator('.monaco-hover:visible', { hasText: text }).first();
  for (const deadline = Date.now() + 30000; ;) {
    const at = await boxOfText(page, word);
    await page.mouse.move(5, 400);
    await page.mouse.move(at.x - 40, at.y + 80);
    await page.mouse.move(at.x, at.y, { steps: 5 });
    if (
      await card.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      )
    )
      return card;
    if (Date.now() > deadline) throw new Error(`no hover card over "${word}" saying "${text}"`);
  }
}

async function linkPlace() {
  const { page } = ctx;
  writeFileSync(path.join(workspace, 'summit.md'), SUMMIT);
  // The sidebar shows the Annotations view by now: open the article with Quick Open, as a person would.
  await page.mouse.move(5, 400);
  await page.keyboard.press('Control+P');
  const quickOpen = page.locator('.quick-input-widget');
  await quickOpen.locator('input').waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type('summit.md');
  await quickOpen.locator('.monaco-list-row', { hasText: 'summit.md' }).first().waitFor({ timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-line >> text=drought', { timeout: 30000 });
  const proposed = await hoverUntil(page, 'Nairobi', '% sure');
  const text = await proposed.innerText();
  if (!/Nairobi/.test(text) || !/Q3870/.test(text)) throw new Error(`the card does not link Nairobi:\n${text}`);
  await proposed.getByText('Link', { exact: true }).click({ timeout: 10000 });
  await waitForFileMatching(summitSidecar, /label:\s*location\s+wikidata:\s*Q3870\b/, 15000);
  await hoverUntil(page, 'Nairobi', 'linked by you');
  await page.screenshot({ path: path.join(imagesDir, 'linking.png') });
}

async function main() {
  mkdirSync(imagesDir, { recursive: true });
  const results = { passed: 0, failed: 0, pending: 0, failures: [] };
  let blockedBy = null;
  console.log('Workbench end-to-end');
  for (const step of steps) {
    const started = Date.now();
    try {
      if (blockedBy) throw new Error(`not run: "${blockedBy}" failed`);
      await step.run();
      results.passed++;
      console.log(`  ✔ ${step.name} (${Date.now() - started} ms)`);
    } catch (err) {
      results.failed++;
      const message = String(err?.stderr || err?.message || err).trim();
      results.failures.push({ title: step.name, message });
      console.log(`  ✘ ${step.name}\n      ${message.split('\n').join('\n      ')}`);
      if (!blockedBy && ctx.page)
        await ctx.page.screenshot({ path: failureShot }).then(
          () => console.log(`      screenshot: ${failureShot}`),
          () => {},
        );
      if (step.critical && !blockedBy) blockedBy = step.name;
    }
  }
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
