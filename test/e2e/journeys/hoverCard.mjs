// Working from the hover card: the registry (add a name, read its card, open its entry), corrections
// of automatic highlights, and an annotation's note, label, occurrences and deletion (with Undo).
import { sidecarItems } from '../sidecar.mjs';

const ARTICLE = 'harbour.md';
const SIDECAR = 'harbour.md.annotations.yaml';
const BOARD = 'Grampian Harbour Board';

const items = (text, list) => sidecarItems(text, list);

export default {
  title: 'Working from the hover card',
  steps: [
    {
      name: 'adds a name to the registry, which then describes it in its card and opens its entry',
      run: async ui => {
        await ui.open(ARTICLE, { waitFor: 'Mackay' });
        await ui.waitForHighlights(6);
        await ui.clickHoverLink('Solway Shipping Company', 'Organisation', 'Add to registry');
        await ui.answer(undefined, 'Add to registry: canonical name');
        await ui.prompt('Type of “Solway Shipping Company”');
        await ui.pick('Organisation');
        await ui.answer('Shipping line serving the northern harbours.', 'Add to registry: Solway Shipping Company');
        await ui.fileWhen('entities.yaml', t => t.includes('name: Solway Shipping Company'), 'the registry entry');
        await ui.hover('Solway Shipping Company', 'northern harbours');
        await ui.shot('registry');
        await ui.clickHoverLink('Solway Shipping Company', 'northern harbours', 'Open registry entry');
        await ui.page.locator('.tab.active', { hasText: 'entities.yaml' }).waitFor();
        await ui.open(ARTICLE, { waitFor: 'Mackay' });
      },
    },
    {
      name: 'corrects automatic highlights: not an entity, and another type',
      run: async ui => {
        await ui.clickHoverLink('ABERDEEN', 'Location', 'Not an entity');
        await ui.fileWhen(
          SIDECAR,
          t => items(t, 'corrections').some(c => c.quote === 'ABERDEEN' && c.correct === 'none'),
          '"ABERDEEN" corrected to not an entity',
        );
        await ui.clickHoverLink('Ewan Baird', 'Person', 'Another type…');
        await ui.prompt('“Ewan Baird” is really…');
        await ui.pick('Organisation');
        await ui.fileWhen(
          SIDECAR,
          t => items(t, 'corrections').some(c => c.quote === 'Ewan Baird' && c.correct === 'organisation'),
          '"Ewan Baird" corrected to an organisation',
        );
      },
    },
    {
      name: 'corrects them from the context menu as well',
      run: async ui => {
        await ui.clickInto('Tuesday', 2);
        await ui.editorContextMenu('Tuesday', 'Mark Highlight as Not an Entity');
        await ui.fileWhen(
          SIDECAR,
          t => items(t, 'corrections').some(c => c.quote === 'Tuesday' && c.correct === 'none'),
          '"Tuesday" corrected to not a date',
        );
        await ui.clickInto('Fiona Mackay', 3);
        await ui.editorContextMenu('Fiona Mackay', 'Mark Highlight as Another Type');
        await ui.prompt('“Fiona Mackay” is really…');
        await ui.pick('Organisation');
        await ui.fileWhen(
          SIDECAR,
          t => items(t, 'corrections').some(c => c.quote === 'Fiona Mackay' && c.correct === 'organisation'),
          '"Fiona Mackay" corrected to an organisation',
        );
      },
    },
    {
      name: "edits an annotation's note and label from its card",
      run: async ui => {
        await ui.select(BOARD);
        await ui.shortcut('Control+Alt+A');
        await ui.pick('Organisation');
        await ui.answer('first source', 'Note for this organisation');
        await ui.fileWhen(SIDECAR, t => items(t).some(a => a.quote === BOARD), 'the annotation');
        await ui.clickHoverLink(BOARD, 'first source', 'Edit note');
        await ui.answer('confirmed by the board', 'Edit note');
        await ui.fileWhen(SIDECAR, t => items(t).some(a => a.note === 'confirmed by the board'), 'the new note');
        await ui.clickHoverLink(BOARD, 'confirmed by the board', 'Change label');
        await ui.prompt('Change label');
        await ui.quickRow('current').filter({ hasText: 'Organisation' }).waitFor();
        await ui.pick('Other');
        await ui.fileWhen(SIDECAR, t => items(t).some(a => a.quote === BOARD && a.label === 'other'), 'the new label');
      },
    },
    {
      name: 'labels every other occurrence after a preview',
      run: async ui => {
        await ui.clickHoverLink(BOARD, 'confirmed by the board', 'Label every occurrence');
        await ui.prompt(`Label every occurrence of “${BOARD}”`);
        await ui.pick('In this article');
        await ui.prompt(/Label 1 occurrence of/);
        await ui.page.keyboard.press('Enter');
        await ui.fileWhen(SIDECAR, t => items(t).filter(a => a.quote === BOARD).length === 2, 'two annotations');
      },
    },
    {
      name: 'deletes an annotation and brings it back with Undo',
      run: async ui => {
        await ui.clickHoverLink(BOARD, 'confirmed by the board', 'Delete');
        await ui.fileWhen(SIDECAR, t => !items(t).some(a => a.note === 'confirmed by the board'), 'the deletion');
        await ui.clickNotificationButton(`Deleted the annotation on “${BOARD}”`, 'Undo');
        await ui.fileWhen(SIDECAR, t => items(t).some(a => a.note === 'confirmed by the board'), 'the annotation back');
      },
    },
  ],
};
