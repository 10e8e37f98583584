// Editing the text of an annotation: fixing a typo inside it keeps the annotation on the edited text
// (its note too), and undo brings back exactly what was there. This is the rule the issue asks for
// ("an edit inside a span keeps the annotation on the edited text; undo restores it exactly").
import { sidecarItems } from '../sidecar.mjs';

const SIDECAR = 'vote.md.annotations.yaml';
const NOTE = 'the lower house only';

const annotation = text => sidecarItems(text).find(a => a.note === NOTE);

export default {
  title: 'Editing inside an annotation',
  steps: [
    {
      name: 'fixing a letter inside an annotation keeps it on the edited text, with its note',
      run: async ui => {
        await ui.open('vote.md', { waitFor: 'parliament' });
        await ui.waitForHighlights(2);
        await ui.select('parliament');
        await ui.shortcut('Control+Alt+A');
        await ui.pick('Organisation');
        await ui.answer(NOTE, 'Note for this organisation');
        await ui.fileWhen(SIDECAR, t => annotation(t)?.quote === 'parliament', 'the annotation');
        // Select the first letter and type its capital over it.
        await ui.clickInto('parliament', 0);
        await ui.page.keyboard.press('Shift+ArrowRight');
        await ui.page.keyboard.type('P');
        await ui.lineWith('Parliament').waitFor();
        await ui.page.keyboard.press('Control+S');
        const a = annotation(
          await ui.fileWhen(SIDECAR, t => annotation(t)?.quote === 'Parliament', 'the quote following the edit'),
        );
        if (a.orphaned) throw new Error('the annotation was orphaned by a one-letter edit inside it');
        await ui.hover('Parliament', NOTE);
      },
    },
    {
      name: 'undo restores the text and the annotation exactly',
      run: async ui => {
        const before = annotation(ui.readFile(SIDECAR));
        await ui.clickInto('Parliament', 3);
        await ui.page.keyboard.press('Control+Z');
        await ui.lineWith('parliament').waitFor();
        await ui.page.keyboard.press('Control+S');
        const a = annotation(
          await ui.fileWhen(SIDECAR, t => annotation(t)?.quote === 'parliament', 'the quote restored'),
        );
        if (a.orphaned || a.start !== before.start || a.end !== before.end)
          throw new Error(`not restored exactly: ${JSON.stringify(a)}`);
      },
    },
  ],
};
