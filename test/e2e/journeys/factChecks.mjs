// Fact checks while writing: an article with a wrong weekday and a misspelled name shows both as
// warnings (squiggles and the Problems panel); the light bulb, opened with the keyboard, offers the
// fixes, and the fix taken with the arrow keys and Enter changes the text; F8 goes to the next problem;
// the fixed article is saved as a person saves it.
import { stateReached } from '../driver.mjs';

const WARNINGS = '.editor-instance .monaco-editor .squiggly-warning';

/** Waits until the active editor shows exactly `n` warning squiggles. */
async function warnings(page, n) {
  await page.waitForFunction(
    ([selector, count]) => document.querySelectorAll(selector).length === count,
    [WARNINGS, n],
    {
      timeout: 30000,
    },
  );
}

/** A row of the Problems panel saying `text`. */
const problem = (page, text) => page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();

/** Opens the light bulb with Ctrl+. once it shows at the cursor, and takes `title` with the arrow keys and Enter. */
async function takeFix(page, title, shot) {
  await page.locator('.editor-instance .monaco-editor .lightBulbWidget').waitFor({ state: 'visible' });
  const menu = page.locator('.action-widget');
  const item = menu.locator('.monaco-list-row.action', { hasText: title }).first();
  // Now and then the first Ctrl+. shows no fix ("No code actions available", or no menu) although the
  // extension answered that very request with it (logged in three runs: the same answers, in the same order,
  // as in runs that passed), so the workbench dropped it: like a person, close the menu and ask again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    const offered = await stateReached(item, { timeout: 5000 });
    if (offered) break;
    if (attempt === 3) throw new Error(`the light bulb did not offer "${title}"`);
    await page.keyboard.press('Escape');
  }
  if (shot) await shot();
  for (let i = 0; i < 20 && !(await item.evaluate(el => el.classList.contains('focused'))); i++)
    await page.keyboard.press('ArrowDown');
  if (!(await item.evaluate(el => el.classList.contains('focused')))) throw new Error(`could not reach "${title}"`);
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden' });
}

export default {
  title: 'Fact checks while writing',
  steps: [
    {
      name: 'shows a wrong weekday and a misspelled name as warnings and in the Problems panel',
      run: async ui => {
        await ui.open('council.md', { waitFor: 'Haraldson' });
        await warnings(ui.page, 2);
        await ui.page.keyboard.press('Control+Shift+M');
        await problem(ui.page, 'is a Tuesday, not a Monday').waitFor();
        await problem(ui.page, 'looks like a misspelling of “Haraldsen”').waitFor();
        await ui.shot('checks-problems');
      },
    },
    {
      name: 'takes the weekday fix from the light bulb with the keyboard',
      run: async ui => {
        await ui.clickInto('Monday', 2);
        await takeFix(ui.page, 'Change “Monday” to “Tuesday”', () => ui.shot('checks'));
        await ui.lineWith('on Tuesday, March 10, 2026').waitFor();
        await warnings(ui.page, 1);
        // The squiggle goes with the text at once; the problem goes once the article is checked again.
        await problem(ui.page, 'is a Tuesday, not a Monday').waitFor({ state: 'detached' });
      },
    },
    {
      name: 'goes to the name with F8 and fixes it, and the last warning goes',
      run: async ui => {
        const { page } = ui;
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('F8');
        await page.locator('.marker-widget', { hasText: 'looks like a misspelling of' }).first().waitFor();
        // Escape closes the peek; the cursor stays on the name.
        await page.keyboard.press('Escape');
        await takeFix(page, 'Change to “Haraldsen”');
        await ui.lineWith('Haraldsen said the costings were unclear.').waitFor();
        await warnings(page, 0);
        await problem(page, 'looks like a misspelling of').waitFor({ state: 'detached' });
        await ui.shot('checks-fixed');
      },
    },
    {
      name: 'Ctrl+S saves the fixed article',
      run: async ui => {
        await ui.page.keyboard.press('Control+S');
        await ui.unsavedMark('council.md').waitFor({ state: 'detached' });
        await ui.fileWhen(
          'council.md',
          t => t.includes('on Tuesday, March 10, 2026') && t.includes('\nHaraldsen said'),
          'both fixes on disk',
        );
      },
    },
  ],
  // The Problems panel was opened for this journey: closed again, the editor has its height back.
  after: async ui => ui.palette('View: Hide Panel'),
};
