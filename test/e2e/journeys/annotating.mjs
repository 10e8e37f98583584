// Annotating a selection: from the context menu, with the shortcut while typing at once, clicking a
// label the moment the picker shows, creating a new label by typing it, and from the Command Palette;
// with an annotation file that has errors, it says so before asking anything.
import { rmSync, writeFileSync } from 'node:fs';
import { stateReached } from '../driver.mjs';
import { checkQuotesMatch, sidecarItems } from '../sidecar.mjs';

const SIDECAR = 'story.md.annotations.yaml';
const NOTE = 'checked in the register';

function annotationOn(text, quote) {
  return sidecarItems(text).find(a => a.quote === quote);
}

/** Waits until the sidecar holds an annotation on `quote`, and returns it. */
async function saved(ui, quote) {
  const text = await ui.fileWhen(SIDECAR, t => !!annotationOn(t, quote), `an annotation on "${quote}"`);
  return annotationOn(text, quote);
}

function expectEqual(actual, expected, what) {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export default {
  title: 'Annotating a selection',
  steps: [
    {
      name: 'from the context menu: picks a label and types a note',
      run: async ui => {
        await ui.open('story.md', { waitFor: 'Lindqvist' });
        await ui.select('Daniel Okafor');
        await ui.editorContextMenu('Daniel Okafor', 'Annotate Selection');
        await ui.prompt('Annotate “Daniel Okafor”');
        await ui.pick('Person');
        await ui.answer(NOTE, 'Note for this person');
        const a = await saved(ui, 'Daniel Okafor');
        expectEqual(a.label, 'person', 'label');
        expectEqual(a.note, NOTE, 'note');
        await ui.clickInto('Porto', 0);
        await ui.waitForHighlights(6);
        await ui.shot('annotate');
      },
    },
    {
      name: 'saves the label clicked the moment the picker shows, whichever its place',
      run: async ui => {
        for (const [quote, label] of [
          ['Nordic Water Council', 'Organisation'],
          ['Porto', 'Location'],
          ['Sunday', 'Date'],
        ]) {
          await ui.select(quote);
          await ui.shortcut('Control+Alt+A');
          await ui.clickAsSoonAsShown(label);
          await ui.answer(undefined, `Note for this ${label.toLowerCase()}`);
          expectEqual((await saved(ui, quote)).label, label.toLowerCase(), `label of "${quote}"`);
        }
      },
    },
    {
      name: 'never saves on other text when keys typed right after the shortcut reach the article',
      run: async ui => {
        const article = ui.readFile('story.md');
        await ui.select('Lindqvist');
        // Typed at once, as a person who means to filter the picker: whatever reaches the editor
        // before the picker shows replaces the selection there.
        await ui.shortcut('Control+Alt+A');
        await ui.page.keyboard.type('Org');
        // Where the keys went depends on how soon the extension host answers: all into the picker's
        // filter; some or all into the article after the picker opened; or all into the article before
        // the command even read the selection. Each outcome is checked; none may save on other text.
        const seen = (wait, what) =>
          wait.then(
            () => what,
            () => undefined,
          );
        const outcome = await Promise.race([
          seen(ui.prompt('Annotate “Lindqvist”'), 'picker'),
          seen(ui.notification('Select the text to annotate first').waitFor(), 'no selection'),
        ]);
        if (!outcome) throw new Error('neither the label picker nor a message showed');
        const filter = outcome === 'picker' ? await ui.quickInput().locator('input').inputValue() : '';
        if (filter === 'Org') {
          await ui.page.keyboard.press('Enter');
          await ui.answer(undefined, 'Note for this organisation');
          expectEqual((await saved(ui, 'Lindqvist')).label, 'organisation', 'label');
        } else {
          await ui.lineWith('Council').filter({ hasNotText: 'Maria Lindqvist' }).waitFor();
          // The keys are in the article, not saved: the tab says so.
          await ui
            .unsavedMark('story.md')
            .waitFor()
            .catch(() => {
              throw new Error('the tab of story.md shows no unsaved changes after keys were typed into it');
            });
          if (outcome === 'picker') {
            await ui.pick('Organisation');
            await ui.answer(undefined, 'Note for this organisation');
            await ui.notification('The text changed while you were choosing a label').waitFor();
          }
          await ui.clearNotifications();
          // Undo the typing: one step (or, if the editor kept the keys apart, one a key).
          for (let undo = 1; ; undo++) {
            await ui.page.keyboard.press('Control+Z');
            const back = await stateReached(ui.lineWith('Maria Lindqvist'), { timeout: 3000 });
            if (back) break;
            if (undo === 3) throw new Error('undo did not bring the selected text back');
          }
          // Undone to the text last saved: the tab has nothing left to save.
          await ui.unsavedMark('story.md').waitFor({ state: 'detached' });
        }
        console.log(
          `      (the keys went ${filter === 'Org' ? 'into the picker' : outcome === 'picker' ? 'into the article, the picker opened after' : 'into the article before the command read the selection'})`,
        );
        // Nothing but the user saves the article: keys typed and undone never reach the disk.
        expectEqual(ui.readFile('story.md'), article, 'story.md on disk');
        const text = await ui.fileWhen(SIDECAR, () => true, 'the sidecar');
        checkQuotesMatch(text, ui.readFile('story.md'));
        if (sidecarItems(text).some(a => a.quote !== 'Lindqvist' && a.quote.includes('Org')))
          throw new Error(`an annotation was saved on the typed text:\n${text}`);
      },
    },
    {
      name: 'saves the label clicked while the picker is still taking in what was typed',
      run: async ui => {
        // "Loc" names no label, so the picker adds "New label “Loc”" while the keys are answered; the
        // click on Location reaches the extension as a position in the list it had sent before.
        await ui.select('spoke');
        await ui.shortcut('Control+Alt+A');
        await ui.prompt('Annotate “spoke”');
        await ui.typeAndClickAtOnce('Loc', 'Location');
        await ui.prompt('Note for this');
        const title = await ui.quickInput().locator('.quick-input-title').innerText();
        expectEqual(title, 'Note for this location', 'the prompt after the click');
        await ui.answer(undefined, 'Note for this location');
        expectEqual((await saved(ui, 'spoke')).label, 'location', 'label');
      },
    },
    {
      name: 'creates a new label by typing its name and pressing Enter',
      run: async ui => {
        await ui.select('river levels');
        await ui.shortcut('Control+Alt+A');
        await ui.prompt('Annotate “river levels”');
        await ui.page.keyboard.type('topic');
        await ui.quickRow('New label “topic”').waitFor();
        await ui.page.keyboard.press('Enter');
        await ui.answer(undefined, 'Note for this topic');
        expectEqual((await saved(ui, 'river levels')).label, 'topic', 'label');
        // The label is offered the next time, among the others.
        await ui.select('an hour');
        await ui.palette('Article Annotator: Annotate Selection');
        await ui.prompt('Annotate “an hour”');
        await ui.quickRow('topic').waitFor();
        await ui.pick('Date');
        await ui.answer(undefined, 'Note for this date');
        expectEqual((await saved(ui, 'an hour')).label, 'date', 'label');
      },
    },
    {
      name: 'says at once that an annotation file with errors cannot be written, before asking for a label',
      run: async ui => {
        const article = 'Ferry crews in Varnholt voted to strike, said Ines Dahl of the crews union.\n';
        const broken = 'version: 1\nannotations:\n  - id: a1\n    label: person\n    quote: "Ines Dahl\n';
        writeFileSync(ui.file('strike.md'), article);
        writeFileSync(ui.file('strike.md.annotations.yaml'), broken);
        await ui.open('strike.md', { waitFor: 'Varnholt' });
        // Opening it already warned; that warning is dismissed, as a person dismisses it.
        await ui.notification('read-only until fixed').waitFor();
        await ui.clearNotifications();
        await ui.select('Ines Dahl');
        await ui.shortcut('Control+Alt+A');
        await ui.notification('read-only until fixed').waitFor();
        if (await ui.quickInput().isVisible())
          throw new Error('the label picker opened for a file that cannot be written');
        expectEqual(ui.readFile('strike.md.annotations.yaml'), broken, 'the annotation file with errors');
        await ui.clearNotifications();
        // The later journeys count the workspace's articles: this one goes again.
        await ui.closeAllEditors();
        for (const name of ['strike.md', 'strike.md.annotations.yaml']) rmSync(ui.file(name));
      },
    },
  ],
};
