// An article above articleAnnotator.maxArticleSize (2,000,000 characters by default): the status bar says it
// is not analysed; a click on that item warns what analysing it costs and, once confirmed, its highlights
// appear. For a second large article the same is asked from the Command Palette, and a warning declined
// changes nothing. The setting itself is never written.
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const LIMIT = 2_000_000;
const LEAD = [
  '# The harbour archive',
  '',
  'On Monday, Ingrid Solvang of the Fjord Ferry Company met Tomas Haraldsen in Trondheim.',
  '',
  '',
].join('\n');
// The rest is paragraphs of minutes without names or dates, so that the highlights are the lead's.
const MINUTES = 'The committee went through the tide tables again and agreed on the order of business.\n\n';

function writeLargeArticle(ui, name) {
  const lines = Math.ceil((LIMIT - LEAD.length) / MINUTES.length) + 10;
  writeFileSync(ui.file(name), LEAD + MINUTES.repeat(lines));
}

// What the journeys before taught the workspace changes what the analysis finds: the lead's day and names
// are this journey's own.
const FOUND_BY_ANALYSIS = ['Monday', 'Haraldsen', 'Trondheim'];

/** Whether a highlight is painted under `word` in the active editor (its fill is drawn beneath the text). */
async function isHighlighted(ui, word) {
  const box = await ui.boxOf(word);
  return ui.page.evaluate(({ x, y }) => document.elementsFromPoint(x, y).some(el => /\bced-/.test(el.className)), box);
}

async function waitForAnalysis(ui) {
  // The counts take the warning's place: highlights found, none of the user's, no article date.
  await ui.statusBarItem(/[1-9]\d* ·\s+0 ·\s+no date/).waitFor({ timeout: 30000 });
  // The decorations reach the page in a message of their own: looked at until they are there.
  for (const end = Date.now() + 15000; ; await ui.page.waitForTimeout(100)) {
    const missing = [];
    for (const word of FOUND_BY_ANALYSIS) if (!(await isHighlighted(ui, word))) missing.push(word);
    if (missing.length === 0) return;
    if (Date.now() > end) throw new Error(`not highlighted after the analysis: ${missing.join(', ')}`);
  }
}

async function notAnalysed(ui) {
  await ui.statusBarItem('Article not analysed').waitFor();
  for (const word of FOUND_BY_ANALYSIS)
    if (await isHighlighted(ui, word)) throw new Error(`"${word}" highlighted in an article that was not analysed`);
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
        // Only this article in view (the journeys before leave editors side by side).
        await ui.closeAllEditors();
        writeLargeArticle(ui, 'archive.md');
        await ui.open('archive.md', { waitFor: 'Haraldsen' });
        await notAnalysed(ui);
        await ui.clickStatusBarItem('Article not analysed', 'articleAnnotator.analyseLargeArticle');
        await answerWarning(ui, 'Analyse Anyway', 'large-article-warning');
        await waitForAnalysis(ui);
        await ui.moveMouseAway();
        await ui.shot('large-article');
        if (existsSync(ui.file('.vscode/settings.json'))) throw new Error('a workspace setting was written');
      },
    },
    {
      name: 'asks from the Command Palette for another large article; a declined warning changes nothing',
      run: async ui => {
        writeLargeArticle(ui, 'archive-2.md');
        await ui.closeAllEditors();
        await ui.open('archive-2.md', { waitFor: 'Haraldsen' });
        await notAnalysed(ui);
        await ui.palette('Article Annotator: Analyse This Large Article Anyway');
        await answerWarning(ui, 'Cancel');
        await notAnalysed(ui);
        await ui.palette('Article Annotator: Analyse This Large Article Anyway');
        await answerWarning(ui, 'Analyse Anyway');
        await waitForAnalysis(ui);
      },
    },
  ],
  // The workspace is left with the articles the other journeys know.
  after: async ui => {
    await ui.closeAllEditors();
    for (const name of ['archive.md', 'archive-2.md']) rmSync(ui.file(name), { force: true });
  },
};
