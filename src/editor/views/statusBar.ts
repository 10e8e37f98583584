import * as vscode from 'vscode';
import { ArticleTracker } from '../analysis/articleTracker';
import { readConfig } from '../config';
import { COMMANDS } from '../commands/commandIds';

/**
 * One status bar item for the active article: how many highlights and annotations it has and which
 * reference date dates resolve against, or why it is not analysed (too large).
 *
 * Its commands are bare ids acting on the active editor. A command object with arguments is registered
 * anew by VS Code each time it is assigned, and the one it replaces is dropped, so a click arriving while
 * the item is being updated (after every analysis) would run nothing.
 */
export function createStatusBar(tracker: ArticleTracker): {
  item: vscode.StatusBarItem;
  disposables: vscode.Disposable[];
} {
  const item = vscode.window.createStatusBarItem('articleAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Article Annotator';
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const state = editor && tracker.state(editor.document.uri);
    if (!state) {
      item.hide();
      return;
    }
    if (state.tooLarge) {
      item.text = '$(warning) Article not analysed';
      item.tooltip = tooLargeTooltip(state.document);
      item.command = COMMANDS.analyseLargeArticle;
    } else {
      const count = (...sources: string[]) => state.highlights.filter(h => sources.includes(h.source)).length;
      // Registry and learned names were decided elsewhere: they count with the automatic highlights.
      const automatic = count('automatic', 'registry', 'learned');
      const suggested = count('suggestion');
      const yours = count('annotation', 'correction');
      const date = state.articleDate ? `${state.articleDate.date}${state.articleDate.guess ? '?' : ''}` : 'no date';
      const review = suggested > 0 ? ` · $(lightbulb) ${suggested}` : '';
      item.text = `$(symbol-keyword) ${automatic} · $(edit) ${yours}${review} · $(calendar) ${date}`;
      item.tooltip =
        `${automatic} highlights found or known in the workspace, ${yours} of your annotations and corrections here` +
        (suggested > 0 ? `, ${suggested} suggestions to accept or reject. ` : '. ') +
        (state.articleDate
          ? `Article date ${state.articleDate.date} (from ${state.articleDate.source}${state.articleDate.guess ? ', a guess' : ''}).`
          : 'No article date: relative dates stay unresolved.') +
        (tracker.analysedDespiteSize(state.document.uri)
          ? ' Analysed on request although larger than articleAnnotator.maxArticleSize, until the window closes.'
          : '') +
        ' Click to show its entities in the Outline.';
      item.command = 'outline.focus';
    }
    item.show();
  };
  return {
    item,
    disposables: [
      item,
      tracker.onDidUpdate(uri => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) update();
      }),
      vscode.window.onDidChangeActiveTextEditor(update),
    ],
  };
}

/** Why the article is not analysed, with the two ways on: analyse it anyway, or change the setting. */
function tooLargeTooltip(document: vscode.TextDocument): vscode.MarkdownString {
  const max = readConfig(document.uri).maxArticleSize;
  const setting = encodeURIComponent(JSON.stringify(['articleAnnotator.maxArticleSize']));
  const tooltip = new vscode.MarkdownString(
    `This article has ${document.getText().length.toLocaleString('en')} characters, more than the ` +
      `${max.toLocaleString('en')} set in \`articleAnnotator.maxArticleSize\`, so it is not highlighted ` +
      `automatically.\n\nClick to analyse it anyway (in this window only), or ` +
      `[change the setting](command:workbench.action.openSettings?${setting}).`,
  );
  tooltip.isTrusted = { enabledCommands: ['workbench.action.openSettings'] };
  return tooltip;
}
