import * as vscode from 'vscode';
import { Choice, Disagreement, findDisagreements, settleDisagreement } from '../../core/agreement';
import { LiveAnchors, reanchorSidecar } from '../../core/anchor';
import { labelName, relationType } from '../../core/project';
import { Annotation, SidecarData } from '../../core/sidecar';
import { readConfig } from '../config';
import { SidecarStore, basename } from '../sidecar/sidecarStore';
import { SchemaStore } from '../workspace/schemaStore';
import { SteadyDiagnostics } from '../steadyDiagnostics';
import { preview } from './annotationTarget';
import { COMMANDS } from './commandIds';
import { unreadReason } from '../sidecar/workspaceFiles';

const SOURCE = 'Article Annotator (comparison)';
const CONTEXT = 'articleAnnotator.comparing';

interface Session {
  document: vscode.TextDocument;
  /** How the other annotator is named in messages: their file's name. */
  name: string;
  /** Their annotations and relations, placed on the article's current text and moved with its edits. */
  theirs: Pick<SidecarData, 'annotations' | 'relations'>;
  /** Moves their annotations through the article's edits as the store moves mine. */
  live: LiveAnchors;
  /** Disagreements settled by keeping mine, which are not raised again. */
  kept: Set<string>;
  current: Disagreement[];
  /** The disagreement behind each diagnostic, by `diagnosticKey`. */
  byDiagnostic: Map<string, Disagreement>;
}

/** Diagnostics reach code actions as copies: they are told apart by place and message. */
function diagnosticKey(d: vscode.Diagnostic): string {
  const { start, end } = d.range;
  return `${start.line}:${start.character}-${end.line}:${end.character}|${d.message}`;
}

/**
 * Compare With Annotator…: another annotator's sidecar of the same article, set against mine. Each
 * disagreement is a diagnostic on the article with quick fixes — keep mine, take theirs, keep both —
 * that edit my sidecar, which thus becomes the curated one.
 */
export class AnnotatorComparison implements vscode.CodeActionProvider, vscode.Disposable {
  private readonly sessions = new Map<string, Session>();
  private readonly diagnostics = new SteadyDiagnostics('articleAnnotator.comparison');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];

  constructor(
    private readonly store: SidecarStore,
    private readonly schemas: SchemaStore,
  ) {
    const r = vscode.commands.registerCommand;
    this.disposables.push(
      r(COMMANDS.compareWithAnnotator, (theirs?: vscode.Uri) => this.compare(theirs)),
      r(COMMANDS.resolveDisagreement, (uri: string, key: string, choice: Choice) => this.resolve(uri, key, choice)),
      r(COMMANDS.clearComparison, (uri?: string) =>
        this.clear(uri ?? vscode.window.activeTextEditor?.document.uri.toString()),
      ),
      store.onDidChange(uri => this.refresh(uri.toString())),
      vscode.workspace.onDidChangeTextDocument(event => this.edited(event)),
      vscode.workspace.onDidCloseTextDocument(document => this.clear(document.uri.toString())),
      vscode.window.onDidChangeActiveTextEditor(editor => this.updateContext(editor)),
    );
  }

  /** The disagreements now listed for an article (for tests and the status of a comparison). */
  disagreements(uri: vscode.Uri): readonly Disagreement[] {
    return this.sessions.get(uri.toString())?.current ?? [];
  }

  private async compare(theirsFile?: vscode.Uri): Promise<number | undefined> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    const file =
      theirsFile ??
      (
        await vscode.window.showOpenDialog({
          title: `Compare ${basename(document.uri)} with another annotator's sidecar`,
          defaultUri: vscode.Uri.joinPath(document.uri, '..'),
          canSelectMany: false,
          filters: { 'Annotation sidecars': ['yaml', 'yml'] },
          openLabel: 'Compare',
        })
      )?.[0];
    if (!file) return undefined;
    // Read as a sidecar is: its type and size checked before it is opened, under the sidecars' limit.
    const read = await this.store.flow.readSidecar(file);
    if (read.state !== 'read') {
      void vscode.window.showErrorMessage(`Not compared: ${unreadReason(file, read)}`);
      return undefined;
    }
    const parsed = read.parsed;
    const error = parsed.diagnostics.find(d => d.severity === 'error');
    if (!parsed.data || error) {
      void vscode.window.showErrorMessage(
        `${basename(file)} cannot be compared: line ${(error?.line ?? 0) + 1}: ${error?.message ?? 'not a sidecar'}`,
      );
      return undefined;
    }
    await this.store.load(document);
    const placed = reanchorSidecar(parsed.data, document.getText()).data;
    const key = document.uri.toString();
    const name = basename(file).replace(/(?:\.annotations)?\.ya?ml$/, '');
    this.sessions.set(key, {
      document,
      name,
      theirs: placed,
      live: new LiveAnchors(),
      kept: new Set(),
      current: [],
      byDiagnostic: new Map(),
    });
    const found = this.refresh(key);
    const orphans = placed.annotations.filter(a => a.orphaned).length;
    const other = parsed.data.article !== basename(document.uri) ? ` (it annotates ${parsed.data.article})` : '';
    void vscode.window.showInformationMessage(
      `${found} disagreement(s) with ${name}${other}` +
        (orphans ? `; ${orphans} of their annotations could not be placed on this text and are left out` : '') +
        '. Each has quick fixes in the Problems panel and under the light bulb.',
    );
    this.updateContext(vscode.window.activeTextEditor);
    return found;
  }

  /** Lists the disagreements again; returns how many there are. */
  private refresh(key: string): number {
    const session = this.sessions.get(key);
    const mine = session && this.store.get(session.document.uri);
    if (!session || !mine) return 0;
    const schema = this.schemas.schemaFor(session.document.uri);
    const symmetric = (type: string) => relationType(schema, type)?.symmetric ?? false;
    session.current = findDisagreements(
      { annotations: [...mine.annotations], relations: [...mine.relations] },
      session.theirs,
      symmetric,
    ).filter(d => !session.kept.has(d.key));
    session.byDiagnostic.clear();
    const diagnostics = session.current.map(d => {
      const diagnostic = this.diagnostic(session, d, schema && (id => labelName(schema, id)));
      session.byDiagnostic.set(diagnosticKey(diagnostic), d);
      return diagnostic;
    });
    this.diagnostics.set(session.document.uri, diagnostics);
    return session.current.length;
  }

  private diagnostic(
    session: Session,
    d: Disagreement,
    name = (id: string) => labelName(undefined, id),
  ): vscode.Diagnostic {
    const doc = session.document;
    const them = session.name;
    const what = (a: Annotation) => `“${preview(a.quote)}” (${name(a.label)})`;
    const attrs = (a: Annotation) =>
      Object.entries(a.attributes ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(', ') || 'none';
    const [span, message] = ((): [Annotation, string] => {
      switch (d.kind) {
        case 'label':
          return [d.mine, `Label: you ${name(d.mine.label)}, ${them} ${name(d.theirs.label)}.`];
        case 'extent':
          return [d.mine, `Extent: you ${what(d.mine)}, ${them} ${what(d.theirs)}.`];
        case 'attributes':
          return [
            d.mine,
            `Attributes of “${preview(d.mine.quote)}”: you ${attrs(d.mine)}; ${them} ${attrs(d.theirs)}.`,
          ];
        case 'onlyMine':
          return [d.mine, `Only you annotated ${what(d.mine)}.`];
        case 'onlyTheirs':
          return [d.theirs, `Only ${them} annotated ${what(d.theirs)}.`];
        default: {
          const who = d.kind === 'relationOnlyMine' ? 'you' : them;
          return [
            d.from,
            `Only ${who} related “${preview(d.from.quote)}” —${d.relation.type}→ “${preview(d.to.quote)}”.`,
          ];
        }
      }
    })();
    const range = new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
    const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Warning);
    diagnostic.source = SOURCE;
    return diagnostic;
  }

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const session = this.sessions.get(document.uri.toString());
    if (!session) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics.filter(d => d.source === SOURCE)) {
      const d = session.byDiagnostic.get(diagnosticKey(diagnostic));
      if (!d) continue;
      for (const [choice, title] of choices(d, session.name)) {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = {
          title,
          command: COMMANDS.resolveDisagreement,
          arguments: [document.uri.toString(), d.key, choice],
        };
        actions.push(action);
      }
    }
    return actions;
  }

  private async resolve(uri: string, key: string, choice: Choice): Promise<boolean> {
    const session = this.sessions.get(uri);
    const d = session?.current.find(x => x.key === key);
    if (!session || !d) return false;
    if (choice === 'mine') {
      session.kept.add(key);
      this.refresh(uri);
    } else {
      // Keeping both adds theirs beside mine: mine then stands alone, by the choice just made.
      if (choice === 'both' && 'mine' in d) session.kept.add(`onlyMine:${d.mine.id}`);
      const author = readConfig(session.document.uri).author;
      const ok = await this.store.mutate(
        session.document,
        data => void settleDisagreement(data, d, choice, { author }),
      );
      if (!ok) return false;
    }
    if (session.current.length === 0)
      void vscode.window.showInformationMessage(
        `No disagreements left with ${session.name}: this article's sidecar is curated.`,
      );
    return true;
  }

  private edited(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const session = this.sessions.get(key);
    if (!session || event.contentChanges.length === 0) return;
    session.theirs = {
      ...session.theirs,
      annotations: session.live.applyChanges(session.theirs.annotations, event.contentChanges),
    };
    this.refresh(key);
  }

  private clear(key: string | undefined): void {
    if (!key || !this.sessions.delete(key)) return;
    this.diagnostics.delete(vscode.Uri.parse(key));
    this.updateContext(vscode.window.activeTextEditor);
  }

  private updateContext(editor: vscode.TextEditor | undefined): void {
    void vscode.commands.executeCommand(
      'setContext',
      CONTEXT,
      !!editor && this.sessions.has(editor.document.uri.toString()),
    );
  }

  dispose(): void {
    this.sessions.clear();
    this.disposables.forEach(d => d.dispose());
  }
}

/** The quick fixes that mean something for a disagreement, with their titles. */
function choices(d: Disagreement, them: string): [Choice, string][] {
  switch (d.kind) {
    case 'onlyMine':
    case 'relationOnlyMine':
      return [
        ['mine', 'Keep mine'],
        ['theirs', `Take ${them}'s: remove mine`],
      ];
    case 'onlyTheirs':
    case 'relationOnlyTheirs':
      return [
        ['mine', 'Keep mine: leave it out'],
        ['theirs', `Take ${them}'s: add it`],
      ];
    default:
      return [
        ['mine', 'Keep mine'],
        ['theirs', `Take ${them}'s`],
        ['both', 'Keep both'],
      ];
  }
}
