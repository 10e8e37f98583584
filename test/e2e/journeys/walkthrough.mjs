// Getting started: Help › Welcome leads to the walkthrough, and lists it first once a step is done (VS
// Code hides a walkthrough whose steps are all done); its steps' buttons open the sample beside it,
// annotate a selection there and add a name to the registry; its images are crops of that sample, at a
// size that can be read. The crops are saved for `npm run screenshots`.
import { sidecarItems } from '../sidecar.mjs';

const TITLE = 'Get started with Article Annotator';
const SAMPLE = 'sample-article.md';

/**
 * Clip of the sample article's editor from the line of `from` to the line of `to`, line numbers
 * included, widened to hold a hover card that is showing.
 */
async function sampleClip(ui, from, to) {
  const group = ui.page.locator('.editor-group-container', {
    has: ui.page.locator('.tab.active', { hasText: SAMPLE }),
  });
  const editor = await group.first().locator('.monaco-editor').first().boundingBox();
  const [top, bottom] = [await ui.boxOf(from), await ui.boxOf(to)];
  const box = { left: editor.x, top: top.top - 3, right: editor.x + editor.width - 14, bottom: bottom.bottom + 3 };
  const card = ui.page.locator('.monaco-hover:visible').first();
  if (await card.isVisible()) {
    const c = await card.boundingBox();
    box.left = Math.min(box.left, c.x - 1);
    box.top = Math.min(box.top, c.y - 1);
    box.right = Math.max(box.right, c.x + c.width + 1);
    box.bottom = Math.max(box.bottom, c.y + c.height + 1);
  }
  return { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top };
}

async function clickStepButton(ui, stepTitle, button) {
  const page = ui.page.locator('.gettingStartedContainer');
  await page.locator('.getting-started-step', { hasText: stepTitle }).first().click();
  // The page moves the focus to the step it opens (after its slide animation): wait for that, as the eye
  // waits for the step to open, so the focus does not move away from the prompt the button opens.
  await ui.page.waitForFunction(
    title => document.activeElement?.closest('.getting-started-step.expanded')?.textContent?.includes(title),
    stepTitle,
  );
  const link = page
    .locator('.getting-started-step.expanded .button-link, .getting-started-step.expanded .monaco-button', {
      hasText: button,
    })
    .first();
  await link.waitFor();
  await link.click();
  const command = ui.coverage.commandTitled(button) ?? { 'Add to Registry': 'articleAnnotator.addToRegistry' }[button];
  if (command) ui.coverage.record(command, 'walkthrough');
}

export default {
  title: 'The walkthrough',
  steps: [
    {
      name: 'Help › Welcome leads to it',
      run: async ui => {
        await ui.closeAllEditors();
        await ui.palette('Help: Welcome');
        const welcome = ui.page.locator('.gettingStartedContainer');
        await welcome.waitFor();
        // On the first day of a new profile with no walkthrough step done, VS Code opens its own
        // walkthrough; its "Welcome" link leads to the list, where ours shows once VS Code has loaded it.
        if ((await ui.page.locator('.tab.active').innerText()).startsWith('Walkthrough:'))
          await welcome.locator('.prev-button').click();
        await welcome.locator('.getting-started-category', { hasText: TITLE }).click();
        await welcome.locator('.getting-started-step', { hasText: 'See who and what an article mentions' }).waitFor();
      },
    },
    {
      name: '"Open Sample Article" opens the sample beside the walkthrough, highlighted',
      run: async ui => {
        await clickStepButton(ui, 'See who and what an article mentions', 'Open Sample Article');
        await ui.page.locator('.tab.active', { hasText: SAMPLE }).waitFor();
        await ui.lineWith('Marieke de Vries').waitFor();
        await ui.waitForHighlights(8);
        await ui.shot('walkthrough-highlights', await sampleClip(ui, 'ROTTERDAM', 'season,'));
      },
    },
    {
      name: 'with a step done, Help › Welcome lists it first, and Get Started opens it',
      run: async ui => {
        await ui.closeAllEditors();
        await ui.palette('Help: Welcome');
        const first = ui.page.locator('.gettingStartedContainer .getting-started-category').first();
        await first.waitFor();
        const text = await first.innerText();
        if (!text.includes(TITLE)) throw new Error(`the first walkthrough is "${text.split('\n')[0]}"`);
        await ui.closeAllEditors();
        await ui.palette('Article Annotator: Get Started');
        await ui.page.locator('.tab.active', { hasText: 'Walkthrough: Article Annotator' }).waitFor();
        await clickStepButton(ui, 'See who and what an article mentions', 'Open Sample Article');
        await ui.page.locator('.tab.active', { hasText: SAMPLE }).waitFor();
        await ui.waitForHighlights(8);
      },
    },
    {
      name: '"Annotate Selection" annotates the text selected in the sample',
      run: async ui => {
        await ui.select('European Investment Bank');
        await clickStepButton(ui, 'Annotate a selection', 'Annotate Selection');
        await ui.prompt('Annotate “European Investment Bank”');
        await ui.pick('Organisation');
        await ui.answer('lender, not a grant', 'Note for this organisation');
        await ui.fileWhen(
          `${SAMPLE}.annotations.yaml`,
          t => sidecarItems(t).some(a => a.quote === 'European Investment Bank' && a.label === 'organisation'),
          'the annotation',
        );
        await ui.hover('European Investment Bank', 'lender, not a grant');
        await ui.shot('walkthrough-annotate', await sampleClip(ui, 'Chief engineer', 'headquarters'));
        await ui.moveMouseAway();
      },
    },
    {
      name: '"Add to Registry" adds the name under the cursor to the registry',
      run: async ui => {
        await ui.clickInto('Hollandse Delta', 5);
        await clickStepButton(ui, 'Share a name with every article', 'Add to Registry');
        await ui.answer(undefined, 'Add to registry: canonical name');
        await ui.prompt('Type of “Hollandse Delta”');
        await ui.pick('Organisation');
        await ui.answer('Dutch regional water board.', 'Add to registry: Hollandse Delta');
        await ui.fileWhen('entities.yaml', t => t.includes('name: Hollandse Delta'), 'the registry entry');
        await ui.hover('Hollandse Delta', 'Dutch regional water board');
        await ui.shot('walkthrough-registry', await sampleClip(ui, 'ROTTERDAM', 'March 2023'));
        await ui.moveMouseAway();
      },
    },
    {
      name: 'its images are readable crops of the sample article',
      run: async ui => {
        await ui.page.locator('.tab', { hasText: 'Walkthrough: Article Annotator' }).click();
        const image = ui.page.locator('.gettingStartedContainer .getting-started-media img').first();
        await image.waitFor();
        const size = await image.evaluate(
          img =>
            new Promise(resolve => {
              const measure = () =>
                resolve({
                  src: img.currentSrc,
                  density: Number(img.getAttribute('srcset')?.match(/ ([\d.]+)x$/)?.[1] ?? 1),
                  natural: img.naturalWidth,
                  shown: img.getBoundingClientRect().width,
                });
              if (img.complete) measure();
              else img.addEventListener('load', measure, { once: true });
            }),
        );
        if (!/media%2Fwalkthrough%2F(highlights|annotate|registry)\.png/.test(size.src))
          throw new Error(`not one of the walkthrough's images: ${size.src}`);
        if (!size.natural) throw new Error('the image did not load');
        // VS Code shows it at 1/density of its pixels; at three quarters of that or more, its text stays
        // about as large as the editor's (the crops are taken at that density).
        const intended = size.natural / size.density;
        if (size.shown < 0.75 * intended)
          throw new Error(`the image is shrunk to ${Math.round((100 * size.shown) / intended)} % of its size`);
      },
    },
  ],
};
