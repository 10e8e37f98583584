// The other commands a person reaches: setting the article date from a date's hover card, finding a
// name in every article (context menu), exporting and importing annotations (Command Palette, with the
// workbench's own file dialogs).
import { existsSync } from 'node:fs';
import { sidecarItems } from '../sidecar.mjs';

export default {
  title: 'Dates, search across articles, export and import',
  steps: [
    {
      name: "sets the article date from a relative date's hover card",
      run: async ui => {
        await ui.open('vote.md', { waitFor: 'next week' });
        await ui.waitForHighlights(2);
        await ui.clickHoverLink('next week', 'Set the article date', 'Set the article date');
        await ui.answer('2026-03-02', 'Article date');
        await ui.fileWhen('vote.md.annotations.yaml', t => /^date: 2026-03-02$/m.test(t), 'the date in the sidecar');
        await ui.hover('next week', '2026');
      },
    },
    {
      name: 'finds a name in every article from the context menu',
      run: async ui => {
        await ui.open('harbour.md', { waitFor: 'Mackay' });
        await ui.waitForHighlights(4);
        await ui.editorContextMenu('Mackay', 'Find Entity in All Articles', 1);
        const peek = ui.page.locator('.peekview-widget').first();
        await peek.locator('.peekview-title', { hasText: 'Locations (2)' }).waitFor();
        const found = await peek.locator('.monaco-list-row').allInnerTexts();
        if (found.length !== 2 || !found.every(t => t.includes('Mackay')))
          throw new Error(`found: ${found.join(' | ')}`);
        await ui.page.keyboard.press('Escape');
        await peek.waitFor({ state: 'hidden' });
      },
    },
    {
      name: 'exports the annotations as CSV through the save dialog',
      run: async ui => {
        await ui.open('story.md', { waitFor: 'Lindqvist' });
        await ui.palette('Article Annotator: Export Annotations…');
        await ui.prompt('Export annotations as');
        await ui.pick('CSV');
        // The workbench's own save dialog, a quick input holding the suggested path.
        await ui.quickInput().locator('input').waitFor({ state: 'visible' });
        await ui.page.waitForFunction(() =>
          document.querySelector('.quick-input-widget input')?.value.endsWith('story.md.csv'),
        );
        await ui.page.keyboard.press('Enter');
        const csv = await ui.fileWhen('story.md.csv', t => t.includes('Daniel Okafor'), 'the export');
        if (!/label/i.test(csv.split('\n')[0])) throw new Error(`no header line:\n${csv}`);
      },
    },
    {
      name: 'imports brat annotations through the open dialog',
      run: async ui => {
        await ui.open('vote.md', { waitFor: 'Ruth Kennet' });
        await ui.palette('Article Annotator: Import brat Annotations…');
        // The workbench's own open dialog, a quick input holding the article's folder: type the file name.
        await ui.prompt('Import brat annotations');
        await ui.page.waitForFunction(() =>
          document.querySelector('.quick-input-widget input')?.value.endsWith('/workspace/'),
        );
        await ui.page.keyboard.type('vote.ann');
        await ui.quickRow('vote.ann').first().waitFor();
        await ui.page.keyboard.press('Enter');
        await ui.fileWhen(
          'vote.md.annotations.yaml',
          t => sidecarItems(t).some(a => a.quote === 'Ruth Kennet' && a.label === 'person'),
          'the imported annotation',
        );
        if (!existsSync(ui.file('vote.ann'))) throw new Error('the brat file is gone');
      },
    },
  ],
};
