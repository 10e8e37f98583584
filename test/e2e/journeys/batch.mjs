// Batch pre-annotation: Analyse All Articles, then reading on (the suggestions keep the highlights'
// fill, in light and dark themes), reviewing suggestions one by one from the hover card and all at
// once (with Undo), and Analyse Articles in Folder from the Explorer.
import { sidecarItems } from '../sidecar.mjs';

const SIDECAR = 'story.md.annotations.yaml';

/** Computed styles of the decorations painted over `text` in the editor. */
async function decorationStyles(ui, text) {
  const box = await ui.boxOf(text);
  return ui.page.evaluate(
    ({ x, y }) =>
      document
        .elementsFromPoint(x, y)
        .filter(el => /\bced-/.test(el.className))
        .map(el => {
          const s = getComputedStyle(el);
          return { background: s.backgroundColor, border: s.borderTopStyle };
        }),
    box,
  );
}

/** A suggestion reads like the other highlights: a visible fill, plus its dashed border. */
async function expectReadableSuggestion(ui, text) {
  const styles = await decorationStyles(ui, text);
  const alpha = c => (c.startsWith('rgba') ? Number(c.match(/[\d.]+/g)[3]) : c === 'transparent' ? 0 : 1);
  if (!styles.some(s => s.border === 'dashed'))
    throw new Error(`"${text}" is not drawn as a suggestion: ${JSON.stringify(styles)}`);
  if (!styles.some(s => alpha(s.background) >= 0.15))
    throw new Error(`"${text}" has no visible fill: ${JSON.stringify(styles)}`);
}

export default {
  title: 'Analyse All Articles and the suggestions',
  steps: [
    {
      name: 'Analyse Articles in Folder, from the Explorer, analyses that folder only',
      run: async ui => {
        await ui.openExplorer();
        await ui.explorerContextMenu('desk', 'Analyse Articles in Folder');
        await ui.notification(/Analysed 2 articles/).waitFor({ timeout: 60000 });
        await ui.fileWhen(
          'desk/festival.txt.annotations.yaml',
          t => sidecarItems(t, 'suggestions').some(s => s.quote === 'Sean Roche'),
          'suggestions for the folder',
        );
        if (sidecarItems(ui.readFile(SIDECAR) ?? '', 'suggestions').length > 0)
          throw new Error('articles outside the folder were analysed');
        await ui.clearNotifications();
      },
    },
    {
      name: 'Analyse All Articles writes suggestions and the article stays easy to read, in light and dark themes',
      run: async ui => {
        await ui.open('story.md', { waitFor: 'Lindqvist' });
        await ui.palette('Article Annotator: Analyse All Articles');
        await ui.notification(/Analysed \d+ articles/).waitFor({ timeout: 60000 });
        await ui.fileWhen(SIDECAR, t => sidecarItems(t, 'suggestions').some(s => s.quote === 'Lisbon'), 'suggestions');
        await ui.clearNotifications();
        await ui.page.waitForFunction(() =>
          [...document.querySelectorAll('.editor-instance .monaco-editor [class*="ced-"]')].some(
            el => getComputedStyle(el).borderTopStyle === 'dashed',
          ),
        );
        await expectReadableSuggestion(ui, 'Lisbon');
        await ui.shot('suggestions-light');
        await ui.colorTheme('Dark Modern', 'vs-dark');
        await expectReadableSuggestion(ui, 'Lisbon');
        await ui.shot('suggestions-dark');
        await ui.colorTheme('Light Modern', 'vs');
      },
    },
    {
      name: 'accepts and rejects a suggestion from its hover card',
      run: async ui => {
        // In another article, two names nothing else in the journeys touches.
        const sidecar = 'ferries.md.annotations.yaml';
        await ui.open('ferries.md', { waitFor: 'Rostock' });
        await ui.clickHoverLink('Gdansk', 'suggestion to review', 'Accept');
        await ui.fileWhen(
          sidecar,
          t => sidecarItems(t).some(a => a.quote === 'Gdansk' && a.label === 'location'),
          'the accepted suggestion as an annotation',
        );
        await ui.clickHoverLink('Rostock', 'suggestion to review', 'Reject');
        await ui.fileWhen(
          sidecar,
          t => sidecarItems(t, 'corrections').some(c => c.quote === 'Rostock' && c.correct === 'none'),
          'the rejected suggestion as a correction',
        );
        await ui.open('story.md', { waitFor: 'Lindqvist' });
      },
    },
    {
      name: 'accepts all suggestions of the article, undoes that, and rejects them all',
      run: async ui => {
        const pending = () => sidecarItems(ui.readFile(SIDECAR), 'suggestions').length;
        const before = pending();
        if (before === 0) throw new Error('no suggestions left to review');
        await ui.palette('Article Annotator: Accept All Suggestions in This Article');
        await ui.fileWhen(SIDECAR, t => sidecarItems(t, 'suggestions').length === 0, 'all accepted');
        await ui.clickNotificationButton(/Accepted \d+ suggestion/, 'Undo');
        await ui.fileWhen(SIDECAR, t => sidecarItems(t, 'suggestions').length === before, 'the suggestions back');
        await ui.palette('Article Annotator: Reject All Suggestions in This Article');
        await ui.fileWhen(SIDECAR, t => sidecarItems(t, 'suggestions').length === 0, 'all rejected');
        await ui.notification(/Rejected \d+ suggestion/).waitFor();
        await ui.clearNotifications();
      },
    },
  ],
};
