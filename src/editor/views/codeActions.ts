import * as vscode from 'vscode';
import { CheckDiagnostic, CheckFix } from '../../core/checks';
import { Highlight, highlightsAt } from '../../core/highlights/highlights';
import { displayNameOfLabel } from '../../core/highlights/labels';
import { ArticleTracker } from '../analysis/articleTracker';
import { CHECKS_SOURCE, FactChecks } from '../analysis/factChecks';
import { COMMANDS } from '../commands/commandIds';
import { SidecarStore } from '../sidecar/sidecarStore';
import { WorldSource } from '../workspace/worldKnowledge';
import { entityIdOf, LinkVerdict, linkVerdict } from './linkCard';

/** Kind of the actions on a highlight (not an entity, another type, link, registry, suggestions): they change annotations, not text. */
const ANNOTATION_ACTION = vscode.CodeActionKind.Refactor.append('articleAnnotator');

/**
 * The light bulb (`Ctrl+.`) of an article: quick fixes for what the fact checks found at the cursor,
 * and the hover card's actions on the highlight there, so the keyboard reaches both.
 */
export class ArticleCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, ANNOTATION_ACTION],
  };

  constructor(
    private readonly tracker: ArticleTracker,
    private readonly checks: FactChecks,
    private readonly store: SidecarStore,
    private readonly world: WorldSource,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token?: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if (!this.tracker.state(document.uri)) return [];
    const wants = (kind: vscode.CodeActionKind) =>
      !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.QuickFix)) actions.push(...(await this.fixes(document, range, context, token)));
    if (wants(ANNOTATION_ACTION)) actions.push(...(await this.highlightActions(document, range)));
    return actions;
  }

  private async fixes(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken | undefined,
  ): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter(d => d.source === CHECKS_SOURCE);
    if (ours.length === 0) return [];
    const out: vscode.CodeAction[] = [];
    for (const check of await this.checks.at(document, range, token)) {
      const diagnostic = ours.find(d => d.code === check.code && d.message === check.message);
      if (!diagnostic) continue;
      check.fixes.forEach((fix, i) => out.push(fixAction(document, check, fix, diagnostic, i === 0)));
    }
    return out;
  }

  private async highlightActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const state = this.tracker.state(document.uri);
    if (!state || this.tracker.isHidden(document.uri)) return [];
    const offset = document.offsetAt(range.start);
    const here = highlightsAt(state.highlights, offset).filter(h => offset < h.end || h.start === h.end);
    const h = here[0];
    if (!h) return [];
    const text = document.getText();
    const kb = await this.world();
    // The article may have changed while the knowledge base was read: then the offsets are stale.
    if (document.getText() !== text) return [];
    const annotation =
      h.source === 'annotation' ? this.store.get(document.uri)?.annotations.find(a => a.id === h.id) : undefined;
    return actionsOn(document, h, linkVerdict(kb, text, state.highlights, h, annotation?.wikidata));
  }
}

function fixAction(
  document: vscode.TextDocument,
  check: CheckDiagnostic,
  fix: CheckFix,
  diagnostic: vscode.Diagnostic,
  preferred: boolean,
): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred && fix.kind === 'edit';
  const uri = document.uri.toString();
  switch (fix.kind) {
    case 'edit': {
      const edit = new vscode.WorkspaceEdit();
      for (const e of fix.edits)
        edit.replace(
          document.uri,
          new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)),
          e.newText,
        );
      action.edit = edit;
      break;
    }
    case 'setArticleDate':
      action.command = { title: fix.title, command: COMMANDS.setArticleDate, arguments: [uri] };
      break;
    case 'addAlias':
      // Add to Registry with the canonical name given: the name at the diagnostic becomes its alias.
      action.command = {
        title: fix.title,
        command: COMMANDS.addToRegistry,
        arguments: [uri, check.start, check.end, { name: fix.name, type: fix.type, description: '' }],
      };
      break;
  }
  return action;
}

/** The hover card's actions on a highlight, as code actions. */
function actionsOn(document: vscode.TextDocument, h: Highlight, verdict: LinkVerdict | undefined): vscode.CodeAction[] {
  const uri = document.uri.toString();
  const what = `“${document.getText(new vscode.Range(document.positionAt(h.start), document.positionAt(h.end)))}”`;
  const action = (title: string, command: string, args: unknown[]) => {
    const a = new vscode.CodeAction(title, ANNOTATION_ACTION);
    a.command = { title, command, arguments: args };
    return a;
  };
  const out: vscode.CodeAction[] = [];
  if (verdict?.kind === 'proposed') {
    const { id, label: name } = verdict.entity;
    out.push(action(`Link ${what} to ${name} (${id})`, COMMANDS.linkEntity, [uri, h.start, h.end, id]));
  }
  if (h.source === 'suggestion') {
    out.push(action(`Accept suggestion: ${what} as ${label(h)}`, COMMANDS.acceptSuggestion, [uri, h.id]));
    out.push(action(`Reject suggestion: ${what} is not ${article(h)}`, COMMANDS.rejectSuggestion, [uri, h.id]));
  } else if (h.source !== 'annotation' && h.source !== 'correction') {
    out.push(action(`Mark ${what} as not an entity`, COMMANDS.markWrong, [uri, h.start, h.end]));
    out.push(action(`Mark ${what} as another type…`, COMMANDS.markAsType, [uri, h.start, h.end]));
  }
  if (h.known?.entry)
    out.push(action(`Open the registry entry of ${what}`, COMMANDS.openRegistryEntry, [h.known.entity]));
  else if (h.label !== 'date') {
    // As from the hover card: the entity linked or proposed goes into the registry entry with the name.
    const linked = entityIdOf(verdict);
    const args = linked ? [uri, h.start, h.end, { wikidata: linked }] : [uri, h.start, h.end];
    out.push(action(`Add ${what} to the entity registry…`, COMMANDS.addToRegistry, args));
  }
  return out;
}

const label = (h: Highlight) => displayNameOfLabel(h.label).toLowerCase();
const article = (h: Highlight) => `${/^[aeiou]/.test(label(h)) ? 'an' : 'a'} ${label(h)}`;
