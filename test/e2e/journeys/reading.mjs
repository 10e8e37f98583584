// Reading an article: highlights, a hover card and its links to the other mentions, hiding the
// highlights with the keyboard, and the Outline opened from the status bar, whose rows lead to the text.
export default {
  title: 'Reading an article',
  steps: [
    {
      name: 'highlights people, organisations, places and dates as the article opens',
      run: async ui => {
        await ui.open('story.md', { waitFor: 'Lindqvist' });
        await ui.waitForHighlights(6);
        await ui.shot('highlights');
      },
    },
    {
      name: 'shows a hover card for a person, and its link goes to the other mention',
      run: async ui => {
        const card = await ui.hover('Okafor', 'mentioned 2 times', 1);
        await card.locator('a', { hasText: 'line 3' }).waitFor();
        await ui.shot('hover');
        await ui.clickHoverLink('Okafor', 'mentioned 2 times', 'line 3', 1);
        await ui.statusBarItem(/Ln 3, Col \d+ \(13 selected\)/).waitFor();
      },
    },
    {
      name: 'hides and shows the highlights with Ctrl+Alt+H',
      run: async ui => {
        await ui.clickInto('Lindqvist', 2);
        await ui.shortcut('Control+Alt+H');
        await ui.page.waitForFunction(() => !document.querySelector('.editor-instance .monaco-editor [class*="ced-"]'));
        await ui.shortcut('Control+Alt+H');
        await ui.waitForHighlights(6);
      },
    },
    {
      name: 'opens the Outline of entities from the status bar, groups in their fixed order; a row leads to its text',
      run: async ui => {
        await ui.page
          .locator('.statusbar-item', { hasText: '·' })
          .filter({ has: ui.page.locator('.codicon-calendar') })
          .first()
          .click();
        const outline = ui.pane(/^outline$/i);
        await outline.locator('.monaco-list-row', { hasText: 'Maria Lindqvist' }).waitFor();
        // Fold the file list so the Outline has the side bar's height.
        await ui.page
          .locator('.pane-header', { hasText: /^workspace$/i })
          .first()
          .click();
        const groups = await outline.locator('.monaco-list-row[aria-level="1"]').allInnerTexts();
        const order = ['People', 'Organisations', 'Places', 'Dates'].map(g => groups.findIndex(t => t.startsWith(g)));
        if (order.some(i => i < 0) || order.some((i, k) => k > 0 && i < order[k - 1]))
          throw new Error(`Outline groups out of order: ${groups.join(' | ')}`);
        await ui.shot('outline');
        // Clicking an entity in the Outline takes the cursor to it.
        await outline.locator('.monaco-list-row', { hasText: 'Porto' }).first().click();
        await ui.statusBarItem(/Ln 4, Col (69|74)\b/).waitFor();
        await ui.page
          .locator('.pane-header', { hasText: /^workspace$/i })
          .first()
          .click();
      },
    },
  ],
};
