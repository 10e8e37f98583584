// The messages the extension shows, recorded in the editor tests' build of it. A test's own `vscode` is not
// the extension's (the extension host gives each extension its own API object), so a test cannot watch
// the extension's calls itself: the test extension wraps its `window` functions and hands out the record.
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/activate';

interface ShownMessage {
  severity: 'information' | 'warning' | 'error';
  text: string;
}

const SHOW = {
  information: 'showInformationMessage',
  warning: 'showWarningMessage',
  error: 'showErrorMessage',
} as const;

/** What the editor tests' build of the extension exports: its API and the messages it showed. */
export type TestExtensionApi = ArticleAnnotatorApi & { shownMessages: readonly ShownMessage[] };

/** Starts recording the messages the extension shows; they are still shown. Returns the record, oldest first. */
export function recordShownMessages(): ShownMessage[] {
  const shown: ShownMessage[] = [];
  const window = vscode.window as Record<(typeof SHOW)[keyof typeof SHOW], (...args: unknown[]) => unknown>;
  for (const [severity, name] of Object.entries(SHOW) as [ShownMessage['severity'], keyof typeof window][]) {
    const show = window[name];
    window[name] = (text: unknown, ...rest: unknown[]) => {
      shown.push({ severity, text: String(text) });
      return show(text, ...rest);
    };
  }
  return shown;
}
