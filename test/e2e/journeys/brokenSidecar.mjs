// An annotation file with errors: Annotate Selection says at once that it cannot be written, before it asks
// for a label or a note, and the file stays as it was.
import { rmSync, writeFileSync } from 'node:fs';

export default {
  title: 'An annotation file with errors',
  steps: [
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
        if (ui.readFile('strike.md.annotations.yaml') !== broken)
          throw new Error('the annotation file with errors changed');
        await ui.clearNotifications();
        // The workspace is left with the articles the other journeys know.
        await ui.closeAllEditors();
        for (const name of ['strike.md', 'strike.md.annotations.yaml']) rmSync(ui.file(name));
      },
    },
  ],
};
