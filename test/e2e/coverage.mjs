// Which of the extension's commands the journeys reached through the workbench UI, and how. Every
// contributed command can be reached by a person (Command Palette, menus, keybindings, hover links, the
// Annotations view, the walkthrough), so each must be exercised through one of them at least once: the
// page driver records a command when it clicks the menu item, button, row or link that runs it, or
// presses its key, and the run fails listing any command never reached.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/test-host/paths.mjs';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const CATEGORY = 'Article Annotator';

/**
 * Link texts of the hover cards' actions (src/editor/views/hovers.ts) and the command each runs. Mention
 * links read "line N" and the date link "set the article date" / "Set the article date".
 */
const HOVER_LINKS = [
  [/^(\*\*)?line \d+/, 'articleAnnotator.goToMention'],
  [/^set the article date$/i, 'articleAnnotator.setArticleDate'],
  [/^Edit note$/, 'articleAnnotator.editNote'],
  [/^Change label$/, 'articleAnnotator.changeLabel'],
  [/^Delete$/, 'articleAnnotator.deleteAnnotation'],
  [/^Label every occurrence$/, 'articleAnnotator.labelEveryOccurrence'],
  [/^Not an entity$/, 'articleAnnotator.markWrong'],
  [/^Another type…$/, 'articleAnnotator.markAsType'],
  [/^Add to registry$/, 'articleAnnotator.addToRegistry'],
  [/^Open registry entry$/, 'articleAnnotator.openRegistryEntry'],
  [/^Accept$/, 'articleAnnotator.acceptSuggestion'],
  [/^Reject$/, 'articleAnnotator.rejectSuggestion'],
  [/^Link$/, 'articleAnnotator.linkEntity'],
  [/^Add relation…$/, 'articleAnnotator.addRelation'],
  [/^Set attribute…$/, 'articleAnnotator.setAttribute'],
];

/** Hover-card actions shown as an icon, by their tooltip, and the command each runs. */
const HOVER_BUTTONS = [[/^Remove this relation$/, 'articleAnnotator.deleteRelation']];

/** Titles of the extension's quick fixes (light bulb, Ctrl+.) and the command each runs. */
const QUICK_FIXES = [[/^(Keep mine|Take .+'s|Keep both)/, 'articleAnnotator.resolveDisagreement']];

/** Every command the extension contributes, with the routes package.json gives a person to it. */
export function reachableCommands() {
  const routes = new Map(contributes.commands.map(c => [c.command, []]));
  const hidden = new Set((contributes.menus.commandPalette ?? []).filter(m => m.when === 'false').map(m => m.command));
  for (const id of routes.keys()) if (!hidden.has(id)) routes.get(id).push('Command Palette');
  for (const [menu, items] of Object.entries(contributes.menus)) {
    if (menu === 'commandPalette') continue;
    for (const item of items) routes.get(item.command)?.push(menu);
  }
  for (const k of contributes.keybindings ?? []) routes.get(k.command)?.push(`key ${k.key}`);
  for (const [, id] of HOVER_LINKS) routes.get(id)?.push('hover card');
  for (const [, id] of HOVER_BUTTONS) routes.get(id)?.push('hover card');
  for (const [, id] of QUICK_FIXES) routes.get(id)?.push('quick fix');
  routes.get('articleAnnotator.revealAnnotation')?.push('Annotations view row');
  for (const walkthrough of contributes.walkthroughs ?? []) {
    for (const step of walkthrough.steps) {
      for (const [, id] of step.description.matchAll(/\(command:([\w.]+)\)/g)) routes.get(id)?.push('walkthrough');
    }
  }
  return routes;
}

export class Coverage {
  /** command id -> routes taken */
  reached = new Map();

  record(command, route) {
    if (!this.reached.has(command)) this.reached.set(command, new Set());
    this.reached.get(command).add(route);
  }

  /** The command a Command Palette entry, menu item or view button with this title runs. */
  commandTitled(title) {
    const bare = title.replace(new RegExp(`^${CATEGORY}: `), '');
    return contributes.commands.find(c => c.title === bare)?.command;
  }

  commandOfHoverLink(text) {
    return HOVER_LINKS.find(([pattern]) => pattern.test(text.trim()))?.[1];
  }

  commandOfHoverButton(tooltip) {
    return HOVER_BUTTONS.find(([pattern]) => pattern.test(tooltip.trim()))?.[1];
  }

  commandOfQuickFix(title) {
    return QUICK_FIXES.find(([pattern]) => pattern.test(title.trim()))?.[1];
  }

  commandOfKey(key) {
    const normal = k => k.toLowerCase().replace(/control/g, 'ctrl');
    return (contributes.keybindings ?? []).find(k => normal(k.key) === normal(key))?.command;
  }

  /** Commands never reached, with the routes that would reach them. */
  missing() {
    return [...reachableCommands()].filter(([id]) => !this.reached.has(id));
  }

  report() {
    return [...reachableCommands()].map(([id, routes]) => {
      const taken = [...(this.reached.get(id) ?? [])];
      return `${taken.length ? '✔' : '✘'} ${id}: ${taken.length ? taken.join(', ') : `not reached (${routes.join(', ')})`}`;
    });
  }
}
