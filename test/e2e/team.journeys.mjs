// Journeys of a team sharing an annotation project: comparing with another annotator (disagreements in the
// Problems panel, settled with quick fixes) and setting up git merging, then a real merge through the driver
// the extension ships. They run after projects.journeys.mjs, on the same page and workspace.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { boxOfText } from './helpers.mjs';
import { eventually, hash, readSidecar, runCommand } from './projects.page.mjs';

export function teamJourneys({ ctx, workspace, imagesDir }) {
  const sidecar = path.join(workspace, 'story.md.annotations.yaml');

  async function comparison() {
    const { page } = ctx;
    const text = readFileSync(path.join(workspace, 'story.md'), 'utf8');
    const item = (quote, label, id, from = 0) => {
      const start = text.indexOf(quote, from);
      return { id, label, quote, start, end: start + quote.length, author: 'bob' };
    };
    const bob = {
      version: 1,
      article: 'story.md',
      textHash: hash(text),
      annotations: [
        item('Maria Lindqvist', 'person', 'b-1'),
        item('Nordic Water', 'organisation', 'b-2'),
        item('Daniel Okafor', 'organisation', 'b-3'),
        item('Lisbon', 'location', 'b-4', text.indexOf('Okafor in')),
      ],
    };
    const theirs = path.join(workspace, 'bob.yaml');
    writeFileSync(theirs, JSON.stringify(bob, null, 2)); // JSON is YAML too
    await page.mouse.click(900, 700);
    await runCommand(page, 'Compare With Annotator');
    // VS Code's own file dialog in the browser: a path to type.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    // The dialog fills in its folder once it has listed it; a path typed before that is replaced.
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'bob.yaml' }).first().waitFor();
    await eventually(async () => {
      if ((await input.inputValue()) === theirs) return;
      await input.fill(theirs);
      throw new Error(`the dialog showed ${await input.inputValue()}`);
    });
    await page.keyboard.press('Enter');
    await page
      .locator('.notification-toast', { hasText: 'disagreement(s) with bob' })
      .first()
      .waitFor({ timeout: 15000 });
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel .monaco-list-row', {
      hasText: 'Label: you Person, bob Organisation.',
    });
    await problems.first().waitFor({ timeout: 10000 });
    // The quick fixes of the label disagreement, from the light bulb's shortcut.
    const daniel = await boxOfText(page, 'Daniel');
    await page.mouse.click(daniel.x, daniel.y);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Take bob's" }).first();
    await fix.waitFor({ timeout: 10000 });
    await page.locator('.action-widget .monaco-list-row', { hasText: 'Keep both' }).first().waitFor();
    await page.screenshot({ path: path.join(imagesDir, 'comparison.png') });
    // The menu is worked from the keyboard, as the light bulb's menu usually is.
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 6 && !(await focused.innerText().catch(() => '')).includes("Take bob's"); i++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await eventually(() => {
      const daniel = readSidecar(sidecar).annotations.find(a => a.quote === 'Daniel Okafor');
      if (daniel?.label !== 'organisation') throw new Error('the quick fix did not take their label');
    });
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: 'Label: you Person' })
      .first()
      .waitFor({ state: 'detached', timeout: 10000 });
    // Clear Annotator Comparison from the Command Palette takes the other disagreements away.
    await runCommand(page, 'Clear Annotator Comparison');
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: 'Only bob annotated' })
      .first()
      .waitFor({ state: 'detached', timeout: 10000 });
    await page.keyboard.press('Control+Shift+M');
  }

  async function gitMerging() {
    const { page } = ctx;
    const git = (...args) =>
      execFileSync('git', args, {
        cwd: workspace,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'e2e',
          GIT_AUTHOR_EMAIL: 'e2e@example.org',
          GIT_COMMITTER_NAME: 'e2e',
          GIT_COMMITTER_EMAIL: 'e2e@example.org',
        },
      });
    git('init', '-q', '-b', 'main');
    await runCommand(page, 'Set Up Git Merging for Sidecars');
    const toast = page.locator('.notification-toast', { hasText: 'git config merge.article-annotator.driver' }).first();
    await toast.waitFor({ timeout: 15000 });
    await toast.locator('.monaco-button', { hasText: 'Run git config' }).click();
    await page
      .locator('.notification-toast', { hasText: 'now merges sidecars item by item' })
      .first()
      .waitFor({ timeout: 20000 });
    const driver = git('config', 'merge.article-annotator.driver').trim();
    if (!/^node ".*merge-driver\.js" %O %A %B --path %P$/.test(driver)) throw new Error(`driver: ${driver}`);
    if (
      !readFileSync(path.join(workspace, '.gitattributes'), 'utf8').includes(
        '*.annotations.yaml merge=article-annotator',
      )
    )
      throw new Error('.gitattributes does not name the driver');

    // A real merge through the configured driver: both branches annotate a brief, one also edits it.
    const brief = 'Harbour fees rise in Porto.\n';
    const annotation = (text, quote, label, id) => {
      const start = text.indexOf(quote);
      return { id, label, quote, start, end: start + quote.length };
    };
    const sidecarOf = (text, annotations) =>
      JSON.stringify({ version: 1, article: 'brief.md', textHash: hash(text), annotations }, null, 2);
    const write = (file, content) => writeFileSync(path.join(workspace, file), content);
    write('brief.md', brief);
    write('brief.md.annotations.yaml', sidecarOf(brief, [annotation(brief, 'Porto', 'location', 'a-porto')]));
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'desk');
    const edited = 'UPDATE: ' + brief;
    write('brief.md', edited);
    write(
      'brief.md.annotations.yaml',
      sidecarOf(edited, [
        annotation(edited, 'Porto', 'location', 'a-porto'),
        annotation(edited, 'UPDATE', 'claim', 'a-update'),
      ]),
    );
    git('commit', '-q', '-am', 'desk');
    git('checkout', '-q', 'main');
    write(
      'brief.md.annotations.yaml',
      sidecarOf(brief, [
        annotation(brief, 'Porto', 'location', 'a-porto'),
        annotation(brief, 'Harbour fees', 'claim', 'a-fees'),
      ]),
    );
    git('commit', '-q', '-am', 'main');
    git('merge', '-q', '--no-edit', 'desk');
    const merged = readFileSync(path.join(workspace, 'brief.md'), 'utf8');
    const result = readFileSync(path.join(workspace, 'brief.md.annotations.yaml'), 'utf8');
    if (/^(<<<<<<<|>>>>>>>)/m.test(result)) throw new Error('conflict markers in the merged sidecar');
    const data = parse(result);
    if (data.textHash !== hash(merged)) throw new Error('textHash is not the merged article');
    const quotes = data.annotations.map(a => merged.slice(a.start, a.end) === a.quote && a.quote).sort();
    if (quotes.join('|') !== 'Harbour fees|Porto|UPDATE') throw new Error(`items not on their quotes: ${result}`);
  }

  return [
    {
      name: 'compares with another annotator, settles a disagreement with a quick fix, and clears the comparison',
      run: comparison,
    },
    { name: 'sets up git merging, and git then merges sidecars through the driver', run: gitMerging },
  ];
}
