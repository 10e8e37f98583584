// Journeys of annotation projects in the real workbench: the schema's label picker, keyboard labelling,
// relations (from hover cards and the context menu) and attributes. They run after the workbench journeys
// in workbench.e2e.mjs, on the same page and workspace (story.md, its sidecar with "Daniel Okafor" as a
// person, and entities.yaml naming the Nordic Water Council); team.journeys.mjs follows them.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { boxOfText } from './helpers.mjs';
import {
  dragSelect,
  eventually,
  hoverOver,
  openWithQuickOpen,
  pickRow,
  readSidecar,
  runCommand,
} from './projects.page.mjs';

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

export function projectJourneys({ ctx, workspace, imagesDir }) {
  const sidecar = path.join(workspace, 'story.md.annotations.yaml');

  async function schemaPicker() {
    const { page } = ctx;
    // The journey before this one left another article open.
    await openWithQuickOpen(page, 'story.md', 'Lindqvist');
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

  /**
   * The other ways to relations: Add Relation… from the editor's context menu, removing a relation with
   * the × beside it on a hover card, and Delete on an annotation a relation uses, which asks first.
   */
  async function relationMenus() {
    const { page } = ctx;
    await page.keyboard.press('Escape');
    const maria = await boxOfText(page, 'Maria');
    await page.mouse.click(maria.x, maria.y);
    await page.mouse.click(maria.x, maria.y, { button: 'right' });
    // Point at the item, then Enter: a click straight after the menu opened was seen to leave it open,
    // the item only highlighted.
    const item = page.locator('.monaco-menu .action-item', { hasText: 'Add Relation…' }).first();
    await item.hover({ timeout: 10000 });
    await page.locator('.monaco-menu .action-item.focused', { hasText: 'Add Relation…' }).waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    await pickRow(page, 'meets').click({ timeout: 10000 });
    await pickRow(page, 'Daniel Okafor').click({ timeout: 10000 });
    const meets = () => readSidecar(sidecar).relations?.find(r => r.type === 'meets');
    await eventually(() => {
      if (!meets()) throw new Error('no meets relation in the sidecar');
    });
    // A symmetric type reads the same from both ends.
    const card = await hoverOver(page, 'Maria', 'meets');
    await card.locator('a[title="Remove this relation"]').first().click();
    await eventually(() => {
      if (meets()) throw new Error('the meets relation is still in the sidecar');
    });

    // The council ends the works-for relation: deleting it asks first, and Escape keeps it.
    await page.keyboard.press('Escape');
    const council = await hoverOver(page, 'Council', 'works-for');
    await council.locator('a', { hasText: 'Delete' }).first().click();
    const question = page.locator('.quick-input-widget', { hasText: 'is used by 1 relation(s)' });
    await question.waitFor({ timeout: 10000 });
    await pickRow(page, 'Delete it and its 1 relation(s)').waitFor({ timeout: 5000 });
    await pickRow(page, 'Delete it, keep the relations').waitFor({ timeout: 5000 });
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'hidden', timeout: 10000 });
    const stored = readSidecar(sidecar);
    if (!stored.annotations.some(a => a.quote === 'Nordic Water Council') || stored.relations?.length !== 1)
      throw new Error(`the annotation or its relation went: ${JSON.stringify(stored.relations)}`);
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

  return [
    { name: 'offers the project schema in the label picker, with keys and guidelines', run: schemaPicker },
    { name: 'labels from the keyboard and jumps to the next highlight to label', run: keyboardLabelling },
    { name: 'adds a relation from a hover card, shown in a lens and on the other end', run: relations },
    {
      name: 'adds a relation from the context menu, removes one from a hover card, asks before deleting a related annotation',
      run: relationMenus,
    },
    { name: 'sets an attribute from a hover card', run: attributes },
  ];
}
