// Journeys of annotation projects in the real workbench: the schema's label picker, keyboard labelling,
// relations and attributes from hover cards, comparing with another annotator with quick fixes, and
// setting up git merging (then a real merge through the driver the extension ships). They run after the
// workbench journeys in workbench.e2e.mjs, on the same page and workspace (story.md, its sidecar with
// "Daniel Okafor" as a person, and entities.yaml naming the Nordic Water Council).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { boxOfText } from './helpers.mjs';

const SCHEMA = `version: 1
labels:
  - id: person
    name: Person
    key: p
    guideline: A **named** individual, not a job title.
  - id: organisation
    name: Organisation
    key: o
    guideline: A named company, public body or group.
  - id: claim
    name: Checkable claim
    colour: "#d6336c"
    key: c
    guideline: A statement of fact that can be *checked* against a source.
relations:
  - name: works-for
    from: person
    to: organisation
  - name: meets
    from: person
    to: person
    symmetric: true
attributes:
  - name: verdict
    values: [accurate, misleading, wrong]
    labels: claim
`;

const hash = text => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** Polls `check` (which returns a value or throws) until it succeeds; the last error if it never does. */
async function eventually(check, timeoutMs = 15000) {
  let last;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise(r => setTimeout(r, 200))) {
    try {
      return await check();
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

function readSidecar(file) {
  return parse(readFileSync(file, 'utf8'));
}

/** Selects editor text by dragging from the start of one word to the end of another, as a person does. */
async function dragSelect(page, from, to) {
  const start = await boxOfText(page, from);
  const end = await boxOfText(page, to);
  await page.mouse.move(start.left + 1, start.y);
  await page.mouse.down();
  await page.mouse.move(end.right - 1, end.y, { steps: 8 });
  await page.mouse.up();
}

/** Moves onto a word so its hover card opens, and returns the card. */
async function hoverOver(page, word, hasText) {
  const card = page.locator('.monaco-hover:visible', { hasText }).first();
  return eventually(async () => {
    const at = await boxOfText(page, word);
    await page.mouse.move(5, 400);
    await page.mouse.move(at.x - 30, at.y + 60);
    await page.mouse.move(at.x, at.y, { steps: 5 });
    await card.waitFor({ timeout: 3000 });
    return card;
  }, 30000);
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const widget = page.locator('.quick-input-widget');
  await widget.locator('input').waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type(`Article Annotator: ${title}`);
  await widget.locator('.monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
  return widget;
}

/** The quick pick's row with `text`, once it shows. */
function pickRow(page, text) {
  return page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first();
}

export function projectJourneys({ ctx, workspace, imagesDir }) {
  const sidecar = path.join(workspace, 'story.md.annotations.yaml');

  async function schemaPicker() {
    const { page } = ctx;
    writeFileSync(path.join(workspace, 'annotation-schema.yaml'), SCHEMA);
    // The schema is read when the file watcher reports it: open the picker until it offers the schema's labels.
    await eventually(async () => {
      await page.keyboard.press('Escape');
      await dragSelect(page, 'spoke', 'levels');
      await page.mouse.move(900, 700);
      await runCommand(page, 'Annotate Selection');
      await pickRow(page, 'Checkable claim').waitFor({ timeout: 3000 });
    }, 30000);
    const detail = pickRow(page, 'Checkable claim');
    if (!/\[c\]/.test(await detail.innerText())) throw new Error('the key [c] is not shown beside the label');
    await pickRow(page, 'A statement of fact that can be checked against a source').waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(imagesDir, 'schema-picker.png') });
    await pickRow(page, 'Checkable claim').click();
    // The label list gives way to the note's input box.
    await page.locator('.quick-input-widget', { hasText: 'Optional note' }).waitFor({ timeout: 10000 });
    await page.keyboard.type('needs a second source');
    await page.keyboard.press('Enter');
    await eventually(() => {
      const claim = readSidecar(sidecar).annotations.find(a => a.label === 'claim');
      if (claim?.quote !== 'spoke for an hour about river levels') throw new Error('no claim in the sidecar');
    });
  }

  async function keyboardLabelling() {
    const { page } = ctx;
    // The cursor at the start of the paragraph, then keyboard only.
    const on = await boxOfText(page, 'On Sunday');
    await page.mouse.click(on.left + 1, on.y);
    await page.locator('.statusbar-item', { hasText: 'Ln 3, Col 1' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Control+Alt+K');
    const status = page.locator('.statusbar-item', {
      hasText: 'Labelling: p Person · o Organisation · c Checkable claim',
    });
    await status.first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Tab');
    // Tab selects the first thing to label after the cursor: "Maria Lindqvist", 15 characters.
    await page.locator('.statusbar-item', { hasText: '(15 selected)' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('p');
    await eventually(() => {
      const maria = readSidecar(sidecar).annotations.find(a => a.quote === 'Maria Lindqvist');
      if (maria?.label !== 'person') throw new Error('Maria Lindqvist not labelled from the keyboard');
    });
    // The selection moved on to the next thing to label: the registry's Nordic Water Council.
    await page.locator('.statusbar-item', { hasText: '(20 selected)' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('o');
    await eventually(() => {
      const council = readSidecar(sidecar).annotations.find(a => a.quote === 'Nordic Water Council');
      if (council?.label !== 'organisation') throw new Error('Nordic Water Council not labelled from the keyboard');
    });
    const before = readFileSync(path.join(workspace, 'story.md'), 'utf8');
    await page.mouse.move(900, 700);
    await page.screenshot({ path: path.join(imagesDir, 'keyboard-labelling.png') });
    // Escape leaves the selection, then the mode; keys type again afterwards, and nothing was typed meanwhile.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await status.first().waitFor({ state: 'hidden', timeout: 10000 });
    if (readFileSync(path.join(workspace, 'story.md'), 'utf8') !== before) throw new Error('the article changed');
  }

  async function relations() {
    const { page } = ctx;
    const card = await hoverOver(page, 'Daniel', 'Add relation');
    await card.locator('a', { hasText: 'Add relation…' }).click();
    await pickRow(page, 'works-for').click({ timeout: 10000 });
    // The target picker: annotations a works-for may end at, with label, line and context.
    await pickRow(page, 'Organisation · line 3').waitFor({ timeout: 10000 });
    await page.screenshot({ path: path.join(imagesDir, 'relation-target.png') });
    await pickRow(page, 'Nordic Water Council').click();
    const lens = page.locator('.codelens-decoration', {
      hasText: '“Daniel Okafor” —works-for→ “Nordic Water Council”',
    });
    await lens.first().waitFor({ timeout: 15000 });
    await hoverOver(page, 'Council', 'works-for');
    await page.screenshot({ path: path.join(imagesDir, 'relations.png') });
    const stored = readSidecar(sidecar);
    const byId = new Map(stored.annotations.map(a => [a.id, a.quote]));
    const relation = stored.relations?.[0];
    if (!relation || byId.get(relation.from) !== 'Daniel Okafor' || byId.get(relation.to) !== 'Nordic Water Council')
      throw new Error(`no works-for relation in the sidecar: ${JSON.stringify(stored.relations)}`);
    // The lens goes to the other end: it selects it.
    await page.keyboard.press('Escape');
    await lens.first().locator('a').first().click();
    await page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 10000 });
  }

  async function attributes() {
    const { page } = ctx;
    const card = await hoverOver(page, 'river', 'Set attribute');
    await card.locator('a', { hasText: 'Set attribute…' }).click();
    await pickRow(page, 'verdict').click({ timeout: 10000 });
    // The attribute list (whose verdict row lists the values) gives way to the values.
    await page.locator('.quick-input-widget input[placeholder="Value"]').waitFor({ timeout: 10000 });
    await pickRow(page, 'misleading').click({ timeout: 10000 });
    await eventually(() => {
      const claim = readSidecar(sidecar).annotations.find(a => a.label === 'claim');
      if (claim?.attributes?.verdict !== 'misleading') throw new Error('the attribute is not in the sidecar');
    });
    await hoverOver(page, 'river', 'misleading');
  }

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
    await input.fill(theirs);
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
    { name: 'offers the project schema in the label picker, with keys and guidelines', run: schemaPicker },
    { name: 'labels from the keyboard and jumps to the next highlight to label', run: keyboardLabelling },
    { name: 'adds a relation from a hover card, shown in a lens and on the other end', run: relations },
    { name: 'sets an attribute from a hover card', run: attributes },
    { name: 'compares with another annotator and settles a disagreement with a quick fix', run: comparison },
    { name: 'sets up git merging, and git then merges sidecars through the driver', run: gitMerging },
  ];
}
