import * as vscode from 'vscode';
import { ArticleTracker } from '../analysis/articleTracker';
import { readConfig } from '../config';
import { COMMANDS } from './commandIds';

const ANALYSE = 'Analyse Anyway';
const OPEN_SETTING = 'Open Setting';
/** True while the active editor shows an article left unanalysed for its size (for the Command Palette). */
const TOO_LARGE_CONTEXT = 'articleAnnotator.articleTooLarge';

/**
 * "Analyse This Large Article Anyway" (Command Palette, or the status bar item of an article above
 * `articleAnnotator.maxArticleSize`): after a warning that says what it costs, the article is analysed
 * like any other, for this window's life only. The setting is never changed on the user's behalf.
 */
export function registerLargeArticleCommand(tracker: ArticleTracker): vscode.Disposable[] {
  // Set only when it changes: the tracker updates after every analysis, that is on every keystroke.
  let shown: boolean | undefined;
  const updateContext = () => {
    const editor = vscode.window.activeTextEditor;
    const tooLarge = !!editor && !!tracker.state(editor.document.uri)?.tooLarge;
    if (tooLarge === shown) return;
    shown = tooLarge;
    void vscode.commands.executeCommand('setContext', TOO_LARGE_CONTEXT, tooLarge);
  };
  return [
    vscode.commands.registerCommand(COMMANDS.analyseLargeArticle, (target?: string | vscode.Uri) =>
      analyseAnyway(tracker, target),
    ),
    tracker.onDidUpdate(updateContext),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
  ];
}

/** True when the article is analysed from now on; false when it was not too large, or the user declined. */
async function analyseAnyway(tracker: ArticleTracker, target?: string | vscode.Uri): Promise<boolean> {
  const uri =
    typeof target === 'string' ? vscode.Uri.parse(target) : (target ?? vscode.window.activeTextEditor?.document.uri);
  const state = uri && tracker.state(uri);
  if (!uri || !state) {
    void vscode.window.showInformationMessage('Open an article to analyse it.');
    return false;
  }
  if (!state.tooLarge) {
    void vscode.window.showInformationMessage('This article is analysed already: it is within the size limit.');
    return false;
  }
  const size = state.document.getText().length.toLocaleString('en');
  const max = readConfig(uri).maxArticleSize.toLocaleString('en');
  const choice = await vscode.window.showWarningMessage(
    `Analyse this article of ${size} characters anyway?`,
    {
      modal: true,
      detail:
        `It is larger than the ${max} characters set in articleAnnotator.maxArticleSize. Analysing it takes a ` +
        'while, and typing in it may be slow, since every edit is analysed again. This applies to this article ' +
        'until the window is closed or reloaded; the setting is not changed.',
    },
    ANALYSE,
    OPEN_SETTING,
  );
  if (choice === OPEN_SETTING)
    void vscode.commands.executeCommand('workbench.action.openSettings', 'articleAnnotator.maxArticleSize');
  return choice === ANALYSE && tracker.analyseDespiteSize(uri);
}
