import * as vscode from 'vscode';
import { relationType } from '../../core/project';
import { resolveRelations } from '../../core/sidecar';
import { COMMANDS } from '../commands/commandIds';
import { preview } from '../commands/annotationTarget';
import { SidecarStore } from '../sidecar/sidecarStore';
import { SchemaStore } from '../workspace/schemaStore';

/**
 * Makes relations visible without hovering: above the line of each relation's source, a lens reads
 * "Maria Lindqvist —works for→ Nordic Water Council" and goes to the target when clicked. A relation
 * whose end is missing or orphaned gets a lens that says so, at whichever end is still placed.
 */
export class RelationLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly store: SidecarStore,
    private readonly schemas: SchemaStore,
  ) {
    this.disposables.push(
      store.onDidChange(() => this.changed.fire()),
      schemas.onDidChange(() => this.changed.fire()),
    );
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const view = this.store.get(document.uri);
    if (!view || view.relations.length === 0) return [];
    const schema = this.schemas.schemaFor(document.uri);
    const uri = document.uri.toString();
    const lenses: vscode.CodeLens[] = [];
    const resolved = resolveRelations({ annotations: [...view.annotations], relations: [...view.relations] });
    for (const { relation, from, to, problem } of resolved) {
      const symmetric = relationType(schema, relation.type)?.symmetric ?? false;
      const name = (a: typeof from) => (a ? `“${preview(a.quote, 30)}”` : '(missing)');
      const link = symmetric ? `—${relation.type}—` : `—${relation.type}→`;
      const title = `${name(from)} ${link} ${name(to)}`;
      const anchor = from && !from.orphaned ? from : to && !to.orphaned ? to : undefined;
      if (!anchor) continue; // neither end is placed: only the Problems panel can show it
      const line = document.positionAt(anchor.start).line;
      const range = new vscode.Range(line, 0, line, 0);
      if (problem) {
        const why = problem === 'missing' ? 'an end is no longer in the file' : 'an end is orphaned';
        lenses.push(new vscode.CodeLens(range, { title: `$(warning) ${title} — ${why}`, command: '' }));
        continue;
      }
      lenses.push(
        new vscode.CodeLens(range, {
          title: `$(link) ${title}`,
          tooltip: 'Go to the other end',
          command: COMMANDS.goToMention,
          arguments: [uri, to!.start, to!.end],
        }),
      );
    }
    return lenses;
  }

  dispose(): void {
    this.disposables.forEach(d => d.dispose());
  }
}
