// What the annotation-project journeys do on the workbench page, as a person does it: select by dragging,
// hover, run a command from the Command Palette, pick from a quick pick, and wait for what shows.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { boxOfText } from './helpers.mjs';

export const hash = text => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** Polls `check` (which returns a value or throws) until it succeeds; the last error if it never does. */
export async function eventually(check, timeoutMs = 15000) {
  let last;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise(r => setTimeout(r, 200))) {
    try {
      return await check();
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

export function readSidecar(file) {
  return parse(readFileSync(file, 'utf8'));
}

/** Selects editor text by dragging from the start of one word to the end of another, as a person does. */
export async function dragSelect(page, from, to) {
  const start = await boxOfText(page, from);
  const end = await boxOfText(page, to);
  await page.mouse.move(start.left + 1, start.y);
  await page.mouse.down();
  await page.mouse.move(end.right - 1, end.y, { steps: 8 });
  await page.mouse.up();
}

/** Moves onto a word so its hover card opens, and returns the card. */
export async function hoverOver(page, word, hasText) {
  const card = page.locator('.monaco-hover:visible', { hasText }).first();
  return eventually(async () => {
    const at = await boxOfText(page, word);
    await page.mouse.move(5, 400);
    await page.mouse.move(at.x - 30, at.y + 60);
    await page.mouse.move(at.x, at.y, { steps: 5 });
    await card.waitFor({ timeout: 3000 });
    return card;
  }, 30000);
}

export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const widget = page.locator('.quick-input-widget');
  await widget.locator('input').waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type(`Article Annotator: ${title}`);
  await widget.locator('.monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
  return widget;
}

/** The quick pick's row with `text`, once it shows. */
export function pickRow(page, text) {
  return page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first();
}

/** Opens an article with Quick Open, as a person would, and waits until `word` shows in the editor. */
export async function openWithQuickOpen(page, name, word) {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 400);
  await page.keyboard.press('Control+P');
  const quickOpen = page.locator('.quick-input-widget');
  await quickOpen.locator('input').waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type(name);
  // Enter opens the focused row: wait until typing has made it the file itself (not its sidecar).
  const exactly = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await quickOpen
    .locator('.monaco-list-row.focused .label-name', { hasText: exactly })
    .first()
    .waitFor({ timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.monaco-editor .view-line >> text=${word}`, { timeout: 30000 });
}
