// The side bar: the Annotations view (rows that open their annotation, a readable selected row, the
// filter, refresh), and the Outline (fixed group order, an orphan's warning badge on its own entry);
// orphans listed and re-attached.
import { sidecarItems } from '../sidecar.mjs';

/** WCAG contrast ratio of two CSS colours (rgb/rgba; an alpha background is laid over `base`). */
function contrast(fg, bg, base) {
  const parse = c => c.match(/[\d.]+/g).map(Number);
  const over = (top, bottom) => {
    const [r, g, b, a = 1] = parse(top);
    const [r2, g2, b2] = Array.isArray(bottom) ? bottom : parse(bottom);
    return [r * a + r2 * (1 - a), g * a + g2 * (1 - a), b * a + b2 * (1 - a)];
  };
  const luminance = rgb =>
    rgb
      .map(v => v / 255)
      .map(v => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const back = over(bg, base);
  const [l1, l2] = [luminance(over(fg, back)), luminance(back)].sort((a, b) => b - a);
  return (l1 + 0.05) / (l2 + 0.05);
}

export default {
  title: 'The Annotations view and the Outline',
  steps: [
    {
      name: 'clicking an annotation in the Annotations view opens its article with the text selected',
      run: async ui => {
        await ui.closeAllEditors();
        await ui.openAnnotationsView();
        await ui.clickAnnotationRow('story.md', { annotation: false });
        await ui.clickAnnotationRow('Daniel Okafor');
        await ui.page.locator('.tab.active', { hasText: 'story.md' }).waitFor();
        await ui.statusBarItem('(13 selected)').waitFor();
        await ui.shot('annotations-view');
      },
    },
    {
      name: 'the selected row stays readable and no row is greyed out',
      run: async ui => {
        await ui.palette('Article Annotator: Focus on Annotations View');
        const row = ui.pane(/annotations/i).locator('.monaco-list-row.selected.focused', { hasText: 'Daniel Okafor' });
        await row.waitFor();
        const colours = await row.evaluate(el => {
          const label = el.querySelector('.label-name');
          const base = getComputedStyle(document.querySelector('.part.sidebar')).backgroundColor;
          return {
            fg: getComputedStyle(label).color,
            bg: getComputedStyle(el).backgroundColor,
            base,
            opacity: getComputedStyle(label).opacity,
          };
        });
        const ratio = contrast(colours.fg, colours.bg, colours.base);
        if (ratio < 4.5)
          throw new Error(`selected row: text ${colours.fg} on ${colours.bg}, contrast ${ratio.toFixed(2)} < 4.5`);
        const greyed = await ui
          .pane(/annotations/i)
          .locator('.monaco-list-row.disabled')
          .count();
        if (greyed > 0) throw new Error(`${greyed} row(s) greyed out as disabled`);
      },
    },
    {
      name: 'filters by label from the title bar, clears the filter and refreshes',
      run: async ui => {
        await ui.clickViewButton('Filter Annotations…');
        await ui.answer('label:organisation', 'Filter Annotations');
        await ui.paneRow(/annotations/i, 'Nordic Water Council').waitFor();
        await ui.paneRow(/annotations/i, 'Daniel Okafor').waitFor({ state: 'detached' });
        await ui.clickViewButton('Clear Annotation Filter');
        await ui.paneRow(/annotations/i, 'Daniel Okafor').waitFor();
        await ui.clickViewButton('Refresh Annotations');
        await ui.paneRow(/annotations/i, 'ferries.md').waitFor();
      },
    },
    {
      name: "puts an orphaned organisation's warning on its own entry under Organisations, not on another group",
      run: async ui => {
        await ui.openExplorer({ outline: true });
        await ui.open('ferries.md', { waitFor: 'Rostock' });
        await ui.waitForHighlights(4);
        const outline = ui.pane(/^outline$/i);
        const orphan = outline.locator('.monaco-list-row', { hasText: 'Stena Harbour Trust' });
        await orphan.locator('.outline-element-decoration', { hasText: '1' }).waitFor();
        const rows = await outline.locator('.monaco-list-row').evaluateAll(els =>
          els.map(el => ({
            text: el.querySelector('.label-name')?.textContent ?? el.textContent,
            level: Number(el.getAttribute('aria-level')),
            badge: el.querySelector('.outline-element-decoration')?.textContent ?? '',
            struck: !!el.querySelector('.deprecated, .strikethrough'),
          })),
        );
        const groupOf = name => {
          const at = rows.findIndex(r => r.text.includes(name));
          return rows
            .slice(0, at)
            .reverse()
            .find(r => r.level === 1)?.text;
        };
        if (!groupOf('Stena Harbour Trust')?.startsWith('Organisations'))
          throw new Error(`the orphan is not under Organisations: ${JSON.stringify(rows)}`);
        if (!rows.find(r => r.text.includes('Stena Harbour Trust')).struck)
          throw new Error('the orphan is not struck through');
        const badged = rows.filter(r => r.badge && !/Stena Harbour Trust|Jonas Lind|Ferry timetable/.test(r.text));
        if (badged.length) throw new Error(`warning badges on other entries: ${JSON.stringify(badged)}`);
      },
    },
    {
      name: 'lists the orphans and re-attaches them to the selected text',
      run: async ui => {
        await ui.open('ferries.md', { waitFor: 'Rostock' });
        await ui.select('Baltic Ferry Line');
        await ui.palette('Article Annotator: Show Orphaned Annotations');
        await ui.prompt('2 orphaned annotation(s)');
        await ui.pick('Stena Harbour Trust');
        await ui.pick('Re-attach to the current selection');
        await ui.fileWhen(
          'ferries.md.annotations.yaml',
          t => sidecarItems(t).some(a => a.id === 'a-e2e-orphan-org' && a.quote === 'Baltic Ferry Line' && !a.orphaned),
          'the organisation re-attached',
        );
        await ui.select('Lena Voss');
        await ui.palette('Article Annotator: Re-attach Orphaned Annotation to Selection');
        await ui.pick('Jonas Lind');
        await ui.fileWhen(
          'ferries.md.annotations.yaml',
          t => sidecarItems(t).some(a => a.id === 'a-e2e-orphan-person' && a.quote === 'Lena Voss' && !a.orphaned),
          'the person re-attached',
        );
      },
    },
  ],
};
