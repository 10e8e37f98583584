// An annotation project: the schema's label picker (keys and guidelines), keyboard labelling, relations
// (from a hover card and the context menu, shown in a lens and on both ends, removed with the × on a card,
// and Delete asking first when a relation uses the annotation) and attributes. It works on its own article,
// talks.md, written when the journey starts with "Daniel Okafor" already a person; the schema it writes
// applies to the whole workspace, so this journey runs after the others.
import { writeFileSync } from 'node:fs';
import { stateReached } from '../driver.mjs';
import { SCHEMA, TALKS } from '../fixtures.mjs';
import { sidecarFor, sidecarItems } from '../sidecar.mjs';

const ARTICLE = 'talks.md';
const SIDECAR = 'talks.md.annotations.yaml';
const CLAIM = 'spoke for an hour about river levels';

const annotationWhen = (ui, holds, what) => ui.fileWhen(SIDECAR, t => sidecarItems(t).some(holds), what, 20000);
const relationsIn = text => sidecarItems(text, 'relations');

export default {
  title: 'An annotation project: schema, keyboard labelling, relations and attributes',
  steps: [
    {
      name: 'offers the project schema in the label picker, with keys and guidelines',
      run: async ui => {
        writeFileSync(ui.file(ARTICLE), TALKS);
        // Two names still to decide, as Analyse All Articles leaves them: what keyboard labelling goes
        // through (the recogniser's own highlights depend on what the other journeys taught it).
        writeFileSync(
          ui.file(SIDECAR),
          sidecarFor(ARTICLE, TALKS, [['Daniel Okafor', 'person', 'a-daniel']], {}, [
            ['Maria Lindqvist', 'person', 's-maria'],
            ['Nordic Water Council', 'organisation', 's-council'],
          ]),
        );
        writeFileSync(ui.file('annotation-schema.yaml'), SCHEMA);
        // The walkthrough leaves two groups of editors: the article gets the whole editor area.
        await ui.palette('View: Close All Editor Groups');
        await ui.page.locator('.editor-group-container .tab').first().waitFor({ state: 'detached' });
        await ui.open(ARTICLE, { waitFor: 'Lindqvist' });
        await ui.select(CLAIM);
        // The schema is read when the file watcher reports it: like a person who sees the usual labels
        // still, close the picker and open it again until it offers the schema's.
        const claim = ui.quickRow('Checkable claim').first();
        for (let attempt = 1; ; attempt++) {
          await ui.palette('Article Annotator: Annotate Selection');
          await ui.prompt(`Annotate “${CLAIM.slice(0, 39)}`);
          if (await stateReached(claim, { timeout: 3000 })) break;
          if (attempt === 10) throw new Error('the label picker never offered the schema’s labels');
        }
        if (!/\[c\]/.test(await claim.innerText())) throw new Error('the key [c] is not shown beside the label');
        await ui.quickRow('A statement of fact that can be checked against a source').first().waitFor();
        await ui.shot('schema-picker');
        await claim.click();
        await ui.answer('needs a second source', 'Note for this checkable claim');
        await annotationWhen(ui, a => a.label === 'claim' && a.quote === CLAIM, 'the claim');
      },
    },
    {
      name: 'labels from the keyboard, jumping forward and back to what is left to label',
      run: async ui => {
        const status = ui.statusBarItem('Labelling: p Person · o Organisation · c Checkable claim');
        await ui.clickInto('On Tuesday', 0);
        await ui.statusBarItem('Ln 3, Col 1').waitFor();
        await ui.shortcut('Control+Alt+K');
        await status.waitFor();
        // Tab selects the first thing to label after the cursor, the suggested "Maria Lindqvist" (the
        // schema shows no dates); Tab again the council, and Shift+Tab back.
        await ui.shortcut('Tab');
        await ui.statusBarItem('(15 selected)').waitFor();
        await ui.shortcut('Tab');
        await ui.statusBarItem('(20 selected)').waitFor();
        await ui.shortcut('Shift+Tab');
        await ui.statusBarItem('(15 selected)').waitFor();
        await ui.shortcut('p');
        await annotationWhen(ui, a => a.quote === 'Maria Lindqvist' && a.label === 'person', 'Maria as a person');
        // Labelling moves the selection on to the next thing to label.
        await ui.statusBarItem('(20 selected)').waitFor();
        await ui.shortcut('o');
        await annotationWhen(
          ui,
          a => a.quote === 'Nordic Water Council' && a.label === 'organisation',
          'the council as an organisation',
        );
        await ui.moveMouseAway();
        await ui.shot('keyboard-labelling');
        // Escape leaves the selection, then the mode; nothing was typed into the article meanwhile.
        await ui.page.keyboard.press('Escape');
        await ui.shortcut('Escape');
        await status.waitFor({ state: 'hidden' });
        if (ui.readFile(ARTICLE) !== TALKS) throw new Error('the article changed while labelling');
      },
    },
    {
      name: 'adds a relation from a hover card, shown in a lens and on the other end',
      run: async ui => {
        await ui.clickHoverLink('Daniel', 'Add relation', 'Add relation…');
        await ui.pick('works-for');
        // The target picker: annotations a works-for may end at, with label, line and context.
        await ui.quickRow('Organisation · line 3').first().waitFor();
        await ui.shot('relation-target');
        await ui.pick('Nordic Water Council');
        const lens = ui.page
          .locator('.codelens-decoration', { hasText: '“Daniel Okafor” —works-for→ “Nordic Water Council”' })
          .first();
        await lens.waitFor();
        const text = await ui.fileWhen(SIDECAR, t => relationsIn(t).length === 1, 'the relation');
        const quotes = new Map(sidecarItems(text).map(a => [a.id, a.quote]));
        const [relation] = relationsIn(text);
        if (quotes.get(relation.from) !== 'Daniel Okafor' || quotes.get(relation.to) !== 'Nordic Water Council')
          throw new Error(`not the relation asked for: ${JSON.stringify(relation)}`);
        await ui.hover('Council', 'works-for');
        await ui.shot('relations');
        await ui.closeHover();
        // The lens goes to the other end: it selects it.
        await lens.locator('a').first().click();
        await ui.page.locator('.editor-instance .monaco-editor .selected-text').first().waitFor();
      },
    },
    {
      name: 'adds a relation from the context menu and removes it with the × on a hover card',
      run: async ui => {
        await ui.clickInto('Maria', 2);
        await ui.editorContextMenu('Maria', 'Add Relation…');
        await ui.pick('meets');
        await ui.pick('Daniel Okafor');
        const meets = t => relationsIn(t).some(r => r.type === 'meets');
        await ui.fileWhen(SIDECAR, meets, 'the meets relation');
        // A symmetric type reads the same from both ends.
        await ui.clickHoverButton('Maria', 'meets', 'Remove this relation');
        await ui.fileWhen(SIDECAR, t => !meets(t) && relationsIn(t).length === 1, 'the meets relation removed');
        await ui.closeHover();
      },
    },
    {
      name: 'asks before deleting an annotation a relation uses, and Escape keeps both',
      run: async ui => {
        await ui.clickHoverLink('Council', 'works-for', 'Delete');
        await ui.quickInput().filter({ hasText: 'is used by 1 relation(s)' }).waitFor();
        await ui.quickRow('Delete it and its 1 relation(s)').first().waitFor();
        await ui.quickRow('Delete it, keep the relations').first().waitFor();
        await ui.page.keyboard.press('Escape');
        await ui.quickInput().waitFor({ state: 'hidden' });
        const text = ui.readFile(SIDECAR);
        if (!sidecarItems(text).some(a => a.quote === 'Nordic Water Council') || relationsIn(text).length !== 1)
          throw new Error(`the annotation or its relation went:\n${text}`);
      },
    },
    {
      name: 'sets an attribute from a hover card, and changes it from the context menu',
      run: async ui => {
        await ui.clickHoverLink('river', 'Set attribute', 'Set attribute…');
        await ui.pick('verdict');
        // The attribute list (whose verdict row lists the values) gives way to the values.
        await ui.quickInput().locator('input[placeholder="Value"]').waitFor();
        await ui.pick('misleading');
        await annotationWhen(ui, a => a.label === 'claim' && a.attributes?.verdict === 'misleading', 'the verdict');
        await ui.hover('river', 'misleading');
        await ui.closeHover();
        await ui.clickInto('river', 2);
        await ui.editorContextMenu('river', 'Set Annotation Attribute…');
        await ui.pick('verdict');
        await ui.quickInput().locator('input[placeholder="Value"]').waitFor();
        await ui.pick('wrong');
        await annotationWhen(ui, a => a.label === 'claim' && a.attributes?.verdict === 'wrong', 'the new verdict');
      },
    },
  ],
};
