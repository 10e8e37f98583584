// An article above articleAnnotator.maxArticleSize (2,000,000 characters by default): the status bar says it
// is not analysed; a click on that item warns what analysing it costs and, once confirmed, its highlights
// appear. For a second large article the same is asked from the Command Palette, and a warning declined
// changes nothing. The setting itself is never written.
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const LIMIT = 2_000_000;
const LEAD = [
  '# The harbour archive',
  '',
  'On Monday, Maria Lindqvist of the Nordic Water Council met Daniel Okafor in Lisbon.',
  '',
  '',
].join('\n');
// The rest is paragraphs of minutes without names or dates, so that the highlights are the lead's.
const MINUTES = 'The committee went through the tide tables again and agreed on the order of business.\n\n';

function writeLargeArticle(ui, name) {
  const lines = Math.ceil((LIMIT - LEAD.length) / MINUTES.length) + 10;
  writeFileSync(ui.file(name), LEAD + MINUTES.repeat(lines));
}

async function editorHighlights(ui) {
  return ui.page.evaluate(() => document.querySelectorAll('.editor-instance .monaco-editor [class*="ced-"]').length);
}

/** The modal warning, answered by clicking `button` (after a screenshot called `shot`, if given). */
async function answerWarning(ui, button, shot) {
  const dialog = ui.page.locator('.monaco-dialog-box', { hasText: 'Analyse this article of' });
  await dialog.waitFor();
  const text = await dialog.innerText();
  if (!/larger than the 2,000,000 characters set in articleAnnotator\.maxArticleSize/.test(text))
    throw new Error(`the warning does not say why:\n${text}`);
  if (!/the setting is not changed/.test(text)) throw new Error(`the warning does not say the setting stays:\n${text}`);
  if (shot) await ui.shot(shot);
  await dialog.locator('.monaco-button', { hasText: button }).first().click();
  await dialog.waitFor({ state: 'hidden' });
}

export default {
  title: 'A large article analysed on request',
  steps: [
    {
      name: 'says an article above the size limit is not analysed, and analyses it from the status bar item',
      run: async ui => {
        writeLargeArticle(ui, 'archive.md');
        await ui.open('archive.md', { waitFor: 'Lindqvist' });
        const notAnalysed = ui.statusBarItem('Article not analysed');
        await notAnalysed.waitFor();
        if ((await editorHighlights(ui)) !== 0) throw new Error('a large article was highlighted before it was asked');
        await ui.clickStatusBarItem('Article not analysed', 'articleAnnotator.analyseLargeArticle');
        await answerWarning(ui, 'Analyse Anyway', 'large-article-warning');
        await ui.waitForHighlights(3);
        // The counts take the warning's place: highlights found, none of the user's, no article date.
        await ui.statusBarItem(/[1-9]\d* ·\s+0 ·\s+no date/).waitFor();
        await ui.moveMouseAway();
        await ui.shot('large-article');
        if (existsSync(ui.file('.vscode/settings.json'))) throw new Error('a workspace setting was written');
      },
    },
    {
      name: 'asks from the Command Palette for another large article; a declined warning changes nothing',
      run: async ui => {
        writeLargeArticle(ui, 'archive-2.md');
        await ui.open('archive-2.md', { waitFor: 'Lindqvist' });
        await ui.statusBarItem('Article not analysed').waitFor();
        await ui.palette('Article Annotator: Analyse This Large Article Anyway');
        await answerWarning(ui, 'Cancel');
        await ui.statusBarItem('Article not analysed').waitFor();
        if ((await editorHighlights(ui)) !== 0) throw new Error('highlighted although the warning was declined');
        await ui.palette('Article Annotator: Analyse This Large Article Anyway');
        await answerWarning(ui, 'Analyse Anyway');
        await ui.waitForHighlights(3);
        await ui.statusBarItem(/[1-9]\d* ·\s+0 ·\s+no date/).waitFor();
      },
    },
  ],
  // The workspace is left with the articles the other journeys know.
  after: async ui => {
    await ui.closeAllEditors();
    for (const name of ['archive.md', 'archive-2.md']) rmSync(ui.file(name), { force: true });
  },
};
