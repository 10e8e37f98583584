// The page driver the journeys share: it acts on the workbench as a person does (clicks, keys, menus,
// hovers) and waits for what a person would see before going on, never for a fixed time. Every
// command it runs through a menu, button, link, row or key is recorded for the coverage check.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MOD = 'Control';
const EDITOR = '.editor-instance .monaco-editor';

export class Workbench {
  /**
   * @param {import('playwright-core').Page} page
   * @param {{ workspace: string, coverage: import('./coverage.mjs').Coverage, shotsDir: string }} options
   */
  constructor(page, { workspace, coverage, shotsDir }) {
    this.page = page;
    this.workspace = workspace;
    this.coverage = coverage;
    this.shotsDir = shotsDir;
  }

  // ── files and editors ────────────────────────────────────────────────────────────────────────

  file(relative) {
    return path.join(this.workspace, relative);
  }

  /** Text of a workspace file once `holds(text)` is true; the file is read again until then. */
  async fileWhen(relative, holds, what, timeoutMs = 15000) {
    const file = this.file(relative);
    let last;
    for (const end = Date.now() + timeoutMs; Date.now() < end; await pause(100)) {
      last = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (last !== undefined && holds(last)) return last;
    }
    throw new Error(
      `${relative}: ${what} did not happen within ${timeoutMs / 1000} s; it reads:\n${last ?? '(missing)'}`,
    );
  }

  readFile(relative) {
    const file = this.file(relative);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  }

  /** Opens a workspace file with Quick Open (Ctrl+P), as a person who knows its name. */
  async open(relative, { waitFor } = {}) {
    await this.dismissPrompts();
    await this.page.keyboard.press(`${MOD}+P`);
    await this.quickInput().locator('input').waitFor({ state: 'visible' });
    await this.page.keyboard.type(relative);
    // The row of that very file (not its sidecar, which starts with the same name).
    const name = path.basename(relative);
    const row = this.quickInput().locator(`.monaco-list-row[aria-label^="${name},"]`).first();
    const offered = await stateReached(row, { timeout: 5000 });
    if (offered) await row.click();
    else {
      // Quick Open's file index may not know a file written a moment ago ("No matching results"):
      // as a person would, take it from the Explorer instead.
      await this.page.keyboard.press('Escape');
      await this.openExplorer();
      const entry = this.page.locator('.explorer-folders-view').getByText(name, { exact: true }).first();
      // The Explorer, too, may not have noticed the new file yet: refresh it, as a person would (its palette
      // entry has no "File:" category in this VS Code).
      if (!(await stateReached(entry, { timeout: 5000 }))) await this.palette('Refresh Explorer');
      await entry.click();
    }
    await this.page.locator('.tab.active', { hasText: path.basename(relative) }).waitFor();
    if (waitFor) await this.lineWith(waitFor).waitFor();
  }

  async closeAllEditors() {
    await this.palette('View: Close All Editors');
    // Edits a failed step left unsaved would stop every later journey at the save dialog: they are dropped.
    const dontSave = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
    const closed = this.page.locator('.editor-group-container .tab').first();
    await Promise.race([stateReached(closed, { state: 'detached' }), stateReached(dontSave)]);
    if (await dontSave.isVisible()) await dontSave.click();
    await closed.waitFor({ state: 'detached' });
  }

  /** The unsaved-changes mark on the tab of the open file `name`. */
  unsavedMark(name) {
    return this.page.locator('.tab.dirty', { hasText: name }).first();
  }

  /** A visible editor line containing `text`. */
  lineWith(text) {
    return this.page.locator(`${EDITOR} .view-line`, { hasText: text }).first();
  }

  /** The visible text of the active editor, line by line (non-breaking spaces as spaces). */
  async visibleText() {
    return (await this.page.locator(`${EDITOR} .view-lines`).first().innerText()).replace(/\u00a0/g, ' ');
  }

  /** Waits until at least `min` decorations of the extension are painted in the active editor. */
  async waitForHighlights(min = 3) {
    // Decoration types from createTextEditorDecorationType render with a generated "ced-" class.
    await this.page.waitForFunction(
      ([selector, n]) => document.querySelectorAll(`${selector} [class*="ced-"]`).length >= n,
      [EDITOR, min],
      { timeout: 30000 },
    );
  }

  /**
   * Page box ({ left, right, top, bottom, x, y }, x/y its middle) of the `occurrence`-th (0-based)
   * occurrence of `text` on one visible editor line. Decorations split a line into many text nodes, so
   * the text is looked up in the line's whole text.
   */
  async boxOf(text, occurrence = 0) {
    const box = await this.page.evaluate(
      ([selector, needle, nth]) => {
        let seen = 0;
        for (const line of document.querySelectorAll(`${selector} .view-line`)) {
          const nodes = [];
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
          const whole = nodes
            .map(n => n.textContent)
            .join('')
            .replace(/\u00a0/g, ' ');
          for (let at = whole.indexOf(needle); at >= 0; at = whole.indexOf(needle, at + 1)) {
            if (seen++ < nth) continue;
            const locate = offset => {
              for (const node of nodes) {
                if (offset <= node.textContent.length) return [node, offset];
                offset -= node.textContent.length;
              }
              return [nodes.at(-1), nodes.at(-1).textContent.length];
            };
            const range = document.createRange();
            range.setStart(...locate(at));
            range.setEnd(...locate(at + needle.length));
            const r = range.getBoundingClientRect();
            return {
              left: r.left,
              right: r.right,
              top: r.top,
              bottom: r.bottom,
              x: r.x + r.width / 2,
              y: r.y + r.height / 2,
            };
          }
        }
        return null;
      },
      [EDITOR, text, occurrence],
    );
    if (!box) throw new Error(`"${text}" is not visible in the editor`);
    return box;
  }

  /**
   * Selects `text` by clicking before its first character and shift-clicking after its last. A view that
   * takes the focus back a moment after it opened (the walkthrough beside the sample does) can leave the
   * clicks without a selection; as a person would, the text is selected again when the status bar does not
   * count it. The error says what the clicks met if the text is still not selected.
   */
  async select(text, occurrence = 0) {
    const counted = this.statusBarItem(new RegExp(`\\(${text.length} selected\\)`));
    for (let attempt = 0; ; attempt++) {
      const { box, cover } = await this.uncoveredBoxOf(text, occurrence);
      await this.page.mouse.click(box.left + 1, box.y);
      await this.page.keyboard.down('Shift');
      await this.page.mouse.click(box.right - 1, box.y);
      await this.page.keyboard.up('Shift');
      if (await stateReached(counted, { timeout: 5000 })) break;
      const seen = `${cover ? `the text lay under ${cover}; ` : ''}${await this.focusAndStatus()}`;
      if (attempt === 4) throw new Error(`selecting "${text}" selected nothing (${seen})`);
    }
    await this.moveMouseAway();
  }

  /**
   * The box of `text` (see boxOf) once nothing lies over it: a notification or a hover card over it is
   * closed first, as a person closes what hides the words they want. `cover` says what was closed.
   */
  async uncoveredBoxOf(text, occurrence = 0) {
    const cover = await this.coverOf(await this.boxOf(text, occurrence));
    if (cover?.includes('notification')) await this.clearNotifications();
    else if (cover) await this.closeHover();
    return { box: await this.boxOf(text, occurrence), cover };
  }

  /**
   * What lies over either end of the text in `box` instead of the editor's text (a notification, a hover
   * card...), described by its element's classes, or undefined when both ends can be clicked.
   */
  async coverOf(box) {
    return this.page.evaluate(
      points => {
        for (const [x, y] of points) {
          const top = document.elementFromPoint(x, y);
          // The text's own layers (its decorations, the cursor, the line highlight) are part of it.
          if (top?.closest('.lines-content') && !top.closest('.contentWidgets, .view-zones')) continue;
          const owner = top?.closest('.notification-toast, .monaco-hover, .overlayWidget, .contentWidgets') ?? top;
          return owner ? `.${[...owner.classList].join('.')}` : 'nothing';
        }
        return undefined;
      },
      [
        [box.left + 1, box.y],
        [box.right - 1, box.y],
      ],
    );
  }

  /** The focused element and the status bar's items, for an error message. */
  async focusAndStatus() {
    return this.page.evaluate(() => {
      const focused = document.activeElement;
      const items = [...document.querySelectorAll('.statusbar-item')].map(item => item.textContent.trim());
      return `focus on .${[...(focused?.classList ?? [])].join('.')}; status bar: ${items.filter(Boolean).join(' | ')}`;
    });
  }

  /** Puts the cursor inside `text` (after its `offset`-th character). */
  async clickInto(text, offset, occurrence = 0) {
    const { box } = await this.uncoveredBoxOf(text, occurrence);
    const x = box.left + ((box.right - box.left) * offset) / text.length;
    await this.page.mouse.click(x, box.y);
    await this.moveMouseAway();
  }

  async moveMouseAway() {
    // Bottom of the editor area, away from text, so no hover card opens or stays.
    await this.page.mouse.move(700, 740);
  }

  // ── hovers, menus, keys, Command Palette ─────────────────────────────────────────────────────

  /** Hovers `text` until a card containing `expect` shows; returns the card. */
  async hover(text, expect, occurrence = 0) {
    const card = this.page.locator('.monaco-hover:visible', { hasText: expect }).first();
    for (let attempt = 0; ; attempt++) {
      await this.closeHover();
      const { box } = await this.uncoveredBoxOf(text, occurrence);
      await this.page.mouse.move(box.x, box.y + 40);
      await this.page.mouse.move(box.x, box.y, { steps: 4 });
      // A card already computed before a change (a new annotation, say) is replaced only on the next hover.
      const shown = await stateReached(card, { timeout: 5000 });
      if (shown) return card;
      if (attempt === 4) throw new Error(`no hover card with "${expect}" over "${text}"`);
    }
  }

  /** Closes a hover card: moving away closes it, Escape one that has the focus (after a click in it). */
  async closeHover() {
    await this.moveMouseAway();
    const card = this.page.locator('.monaco-hover:visible').first();
    if (await card.isVisible()) await this.page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
  }

  /** Hovers `text` and clicks the card's link `linkText`. */
  async clickHoverLink(text, expect, linkText, occurrence = 0) {
    const card = await this.hover(text, expect, occurrence);
    // The link whose text starts so ("Link" is not "Label every occurrence", nor a word inside another).
    const link = card.locator('a', { hasText: new RegExp(`^\\W*${escapeRegExp(linkText)}`, 'i') }).first();
    const command = this.coverage.commandOfHoverLink(await link.innerText());
    if (!command) throw new Error(`no command is known for the hover link "${linkText}"`);
    await link.click();
    this.coverage.record(command, 'hover card');
  }

  /** Hovers `text` and clicks the card's first icon button whose tooltip is `tooltip`. */
  async clickHoverButton(text, expect, tooltip) {
    const card = await this.hover(text, expect);
    const command = this.coverage.commandOfHoverButton(tooltip);
    if (!command) throw new Error(`no command is known for the hover button "${tooltip}"`);
    await card.locator(`a[title="${tooltip}"]`).first().click();
    this.coverage.record(command, 'hover card');
  }

  /**
   * Puts the cursor in `text`, opens the quick fixes with Ctrl+. and takes the one whose title starts with
   * `title`, from the keyboard as that menu usually is worked. `offered` lists other titles to wait for first.
   */
  async quickFix(text, title, { offered = [], shot } = {}) {
    await this.clickInto(text, 1);
    await this.page.keyboard.press(`${MOD}+.`);
    const rows = this.page.locator('.action-widget .monaco-list-row');
    for (const t of [title, ...offered]) await rows.filter({ hasText: t }).first().waitFor();
    if (shot) await this.shot(shot);
    const focused = this.page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 8 && !(await focused.innerText().catch(() => '')).startsWith(title); i++)
      await this.page.keyboard.press('ArrowDown');
    const chosen = (await focused.innerText()).trim();
    if (!chosen.startsWith(title)) throw new Error(`no quick fix "${title}" could be focused (at "${chosen}")`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget').first().waitFor({ state: 'hidden' });
    const command = this.coverage.commandOfQuickFix(chosen);
    if (command) this.coverage.record(command, 'quick fix');
  }

  /**
   * Right-clicks `text` in the editor and clicks the context menu item `item`. The extension's items
   * depend on a context key it sets when the active editor changes, a moment after a tab switch; like a
   * person who does not find the item yet, close the menu and open it again.
   */
  async editorContextMenu(text, item, occurrence = 0) {
    for (let attempt = 1; ; attempt++) {
      const box = await this.boxOf(text, occurrence);
      await this.page.mouse.click(box.x, box.y, { button: 'right' });
      const entry = this.menuItem(item);
      const offered = await stateReached(entry, { timeout: 2000 });
      if (offered) break;
      if (attempt === 3) throw new Error(`the editor's context menu has no "${item}"`);
      await this.page.keyboard.press('Escape');
      await this.page.getByRole('menu').first().waitFor({ state: 'hidden' });
    }
    await this.clickMenuItem(item, 'editor/context');
  }

  /** A menu item by its title; by role, as the editor's context menu lives in a shadow root. */
  menuItem(item) {
    return this.page.getByRole('menuitem', { name: new RegExp(`^${escapeRegExp(item)}`) }).first();
  }

  /** Right-clicks an Explorer row and clicks the context menu item `item`. */
  async explorerContextMenu(row, item) {
    await this.page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: row })
      .first()
      .click({ button: 'right' });
    await this.clickMenuItem(item, 'explorer/context');
  }

  async clickMenuItem(item, route) {
    const entry = this.menuItem(item);
    await entry.waitFor();
    const command = this.coverage.commandTitled(item);
    // A menu ignores clicks in its first 100 ms (so the right-click that opened it cannot pick an item);
    // like a person whose click did nothing, click again while the menu is still there.
    for (let attempt = 1; ; attempt++) {
      await entry.click();
      const closed = await stateReached(entry, { state: 'hidden', timeout: 1000 });
      if (closed) break;
      if (attempt === 3) throw new Error(`the menu item "${item}" does not respond`);
    }
    if (command) this.coverage.record(command, route);
  }

  /** Runs a command from the Command Palette by its full title ("Article Annotator: …"). */
  async palette(title) {
    await this.dismissPrompts();
    // The entry with exactly that title (typing it may put a longer one first), by its accessible name.
    const entry = this.quickInput()
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}($|,)`) })
      .first();
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      await this.quickInput().locator('input').waitFor({ state: 'visible' });
      await this.page.keyboard.type(title);
      const offered = await stateReached(entry, { timeout: 5000 });
      if (offered) break;
      // A page that takes the focus a moment after it opens (the walkthrough) closes the palette: again.
      if (attempt === 3 || (await this.quickInput().isVisible()))
        throw new Error(`no "${title}" in the Command Palette`);
    }
    await entry.click();
    const command = this.coverage.commandTitled(title);
    if (command) this.coverage.record(command, 'Command Palette');
  }

  /** Presses a keybinding of the extension ("Control+Alt+A"). */
  async shortcut(keys) {
    await this.page.keyboard.press(keys);
    const command = this.coverage.commandOfKey(keys);
    if (command) this.coverage.record(command, `key ${keys}`);
  }

  /** Closes any quick input or menu left open, so the next action starts from the editor. */
  async dismissPrompts() {
    for (const open of [this.quickInput(), this.page.getByRole('menu').first()]) {
      if (await open.isVisible()) {
        await this.page.keyboard.press('Escape');
        await open.waitFor({ state: 'hidden' });
      }
    }
  }

  // ── quick picks and input boxes ──────────────────────────────────────────────────────────────

  quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  /**
   * The quick pick rows whose label, description or detail holds `text`. Not the whole row: the workbench
   * reuses rows between pickers and keeps an earlier picker's hidden group title in them ("other
   * commands" after the Command Palette), so a row's text can name a label it does not show.
   */
  quickRow(text) {
    return this.quickInput()
      .locator('.monaco-list-row')
      .filter({ has: this.page.locator('.quick-input-list-label', { hasText: text }) });
  }

  /** Waits for a quick pick or input box titled `title`. */
  async prompt(title) {
    await this.quickInput().locator('.quick-input-title', { hasText: title }).waitFor();
  }

  /** Clicks a quick pick row after waiting for it to show, as a person who reads it first. */
  async pick(label) {
    await this.quickRow(label).first().click();
  }

  /**
   * Clicks the quick pick row `label` in the first frame it is painted in: no check that it stopped
   * moving, as a person who already knows where it will be.
   */
  async clickAsSoonAsShown(label) {
    const box = await this.page.evaluate(
      text =>
        new Promise(resolve => {
          const look = () => {
            for (const row of document.querySelectorAll('.quick-input-widget .monaco-list-row')) {
              const r = row.getBoundingClientRect();
              if (r.height > 0 && row.textContent.startsWith(text))
                return resolve({ x: r.left + 40, y: r.top + r.height / 2 });
            }
            requestAnimationFrame(look);
          };
          look();
        }),
      label,
    );
    await this.page.mouse.click(box.x, box.y);
  }

  /**
   * Types `text` into the open quick pick and clicks its row `label` in the same moment, before the
   * extension host can answer the typing: a person faster than the extension. The keys and the click
   * are delivered in one task of the page, as the workbench would receive them from a quick hand on a
   * busy machine, so the click always lands while the list the extension last sent is still shown.
   */
  async typeAndClickAtOnce(text, label) {
    await this.quickInput().locator('input').waitFor({ state: 'visible' });
    const clicked = await this.page.evaluate(
      ([typed, wanted]) => {
        const input = document.querySelector('.quick-input-widget input');
        input.value = typed;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: typed, inputType: 'insertText' }));
        const row = [...document.querySelectorAll('.quick-input-widget .monaco-list-row')].find(r =>
          r.textContent.startsWith(wanted),
        );
        if (!row) return undefined;
        const box = row.getBoundingClientRect();
        const at = { bubbles: true, cancelable: true, clientX: box.left + 40, clientY: box.top + box.height / 2 };
        const target = document.elementFromPoint(at.clientX, at.clientY);
        target.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'mouse', buttons: 1 }));
        target.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1, detail: 1 }));
        target.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'mouse' }));
        target.dispatchEvent(new MouseEvent('mouseup', { ...at, detail: 1 }));
        target.dispatchEvent(new MouseEvent('click', { ...at, detail: 1 }));
        return row.textContent;
      },
      [text, label],
    );
    if (!clicked) throw new Error(`no row "${label}" showed after typing "${text}"`);
  }

  /** Types into the open input box (a note, a filter, a date) and presses Enter. */
  async answer(text, title) {
    await this.prompt(title);
    const input = this.quickInput().locator('input');
    const shown = this.quickInput().locator('.quick-input-title', { hasText: title });
    await input.waitFor({ state: 'visible' });
    // The walkthrough takes the focus back a moment after one of its buttons ran a command, while that
    // command's prompts are open (they stay open without the focus). Like a person who sees the box
    // without the cursor in it, the text cut short, or Enter not taken, click into it, type again and
    // press Enter again (on a loaded machine that can take a few tries). After two cut-short tries, paste
    // the text instead of typing it, as a person tired of retyping would.
    for (let attempt = 1; ; attempt++) {
      if (!(await input.evaluate(el => el === document.activeElement))) await input.click();
      if (text !== undefined && (await input.inputValue()) !== text) {
        if (attempt > 2) await input.fill(text);
        else {
          await this.page.keyboard.press(`${MOD}+A`);
          await this.page.keyboard.type(text);
        }
      }
      const typed = text === undefined || (await input.inputValue()) === text;
      if (typed) await this.page.keyboard.press('Enter');
      const taken = typed && (await stateReached(shown, { state: 'hidden', timeout: 3000 }));
      if (taken) return;
      if (attempt === 5)
        throw new Error(`could not answer "${text ?? ''}" to "${title}": the box holds "${await input.inputValue()}"`);
    }
  }

  // ── notifications, status bar ────────────────────────────────────────────────────────────────

  notification(text) {
    return this.page.locator('.notification-toast', { hasText: text }).first();
  }

  async clickNotificationButton(text, button) {
    const toast = this.notification(text);
    await toast.waitFor();
    await toast.locator('.monaco-button', { hasText: button }).first().click();
    await toast.waitFor({ state: 'hidden' });
  }

  async clearNotifications() {
    await this.palette('Notifications: Clear All Notifications');
    await this.page.locator('.notification-toast').first().waitFor({ state: 'hidden' });
  }

  statusBarItem(text) {
    return this.page.locator('.statusbar-item', { hasText: text }).first();
  }

  /** Clicks the status bar item showing `text`, which runs `command` (the item's command is not in the page). */
  async clickStatusBarItem(text, command) {
    await this.statusBarItem(text).click();
    this.coverage.record(command, 'status bar');
  }

  // ── side bar views ───────────────────────────────────────────────────────────────────────────

  /** A side bar pane by its header title. */
  pane(title) {
    return this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: title }) }).first();
  }

  paneRow(title, text) {
    return this.pane(title).locator('.monaco-list-row', { hasText: text }).first();
  }

  async openAnnotationsView() {
    await this.page.locator('.activitybar .action-item a[aria-label^="Article Annotator"]').first().click();
    await this.pane(/annotations/i).waitFor();
  }

  /** Clicks a row of the Annotations view; an annotation's row runs Show Annotation. */
  async clickAnnotationRow(text, { annotation = true } = {}) {
    await this.paneRow(/annotations/i, text).click();
    if (annotation) this.coverage.record('articleAnnotator.revealAnnotation', 'Annotations view row');
  }

  /**
   * Clicks a button in the title bar of the side bar's view by its title ("Filter Annotations…"). A view
   * alone in its container has its buttons in the side bar's title, shown while the pointer is over it.
   */
  async clickViewButton(title) {
    const bar = this.page.locator('.part.sidebar .composite.title');
    await bar.hover();
    await bar.locator(`.action-label[aria-label^="${title}"]`).first().click();
    const command = this.coverage.commandTitled(title);
    if (command) this.coverage.record(command, 'view/title');
  }

  /** Shows the Explorer with its file list and (when `outline`) the Outline expanded. */
  async openExplorer({ outline = false } = {}) {
    const sidebarTitle = this.page.locator('.part.sidebar .composite.title', { hasText: /explorer/i });
    if (!(await sidebarTitle.isVisible())) {
      await this.page.locator('.activitybar .action-item a[aria-label^="Explorer"]').first().click();
      await sidebarTitle.waitFor();
    }
    for (const [title, wanted] of [
      [/^workspace$/i, true],
      [/^outline$/i, outline],
    ]) {
      const header = this.page.locator('.part.sidebar .pane-header', { hasText: title }).first();
      if (wanted && (await header.getAttribute('aria-expanded')) === 'false') await header.click();
    }
    await this.page.locator('.explorer-folders-view').waitFor();
  }

  /** Switches the colour theme with Preferences: Color Theme ("Dark Modern", "Light Modern"). */
  async colorTheme(name, bodyClass) {
    await this.palette('Preferences: Color Theme');
    await this.quickInput().locator('input').waitFor({ state: 'visible' });
    await this.page.keyboard.type(name);
    await this.quickInput()
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}`) })
      .first()
      .click();
    await this.page.locator(`.monaco-workbench.${bodyClass}`).waitFor();
  }

  // ── screenshots ──────────────────────────────────────────────────────────────────────────────

  /** Saves a screenshot (the whole window, or `clip`) into the run's git-ignored screenshot folder. */
  async shot(name, clip) {
    mkdirSync(this.shotsDir, { recursive: true });
    const file = path.join(this.shotsDir, `${name}.png`);
    await this.page.screenshot({ path: file, clip });
    return file;
  }
}

/**
 * Whether `locator` reaches the state of `options` (visible by default) within their timeout: for a
 * step that looks, and acts otherwise when what it expects does not show.
 */
export function stateReached(locator, options) {
  return locator.waitFor(options).then(
    () => true,
    () => false,
  );
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pause(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}
