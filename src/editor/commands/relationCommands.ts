import * as vscode from 'vscode';
import {
  AnnotationSchema,
  RelationTypeDefinition,
  allowsRelation,
  labelName,
  plainGuideline,
  relationType,
  relationTypesFrom,
} from '../../core/project';
import { Annotation, Relation, createRelation, hasRelation } from '../../core/sidecar';
import { readConfig } from '../config';
import { SidecarStore, allIds } from '../sidecar/sidecarStore';
import { SchemaStore } from '../workspace/schemaStore';
import { annotationTarget, commandDocument, inContext, preview } from './annotationTarget';
import { COMMANDS } from './commandIds';

/** Add Relation… (hover, context menu, palette) and removing one (hover). */
export function registerRelationCommands(store: SidecarStore, schemas: SchemaStore): vscode.Disposable[] {
  const r = vscode.commands.registerCommand;
  return [
    r(COMMANDS.addRelation, (uri?: string, from?: string, type?: string, to?: string) =>
      addRelation(store, schemas, { uri, from, type, to }),
    ),
    r(COMMANDS.deleteRelation, (uri?: string, id?: string) => deleteRelation(store, uri, id)),
  ];
}

interface TypeItem extends vscode.QuickPickItem {
  type?: RelationTypeDefinition;
  /** A type typed in or used before, when the schema defines none. */
  name?: string;
}

/**
 * Picks a relation type for a source annotation: the schema's types allowed from its label, or,
 * when the schema defines no relation types, the types this article already uses and a new one.
 */
async function pickType(
  schema: AnnotationSchema | undefined,
  source: Annotation,
  used: readonly Relation[],
): Promise<{ name: string; symmetric: boolean } | undefined> {
  const title = `Relation from “${preview(source.quote)}”`;
  if ((schema?.relations.length ?? 0) > 0) {
    const allowed = relationTypesFrom(schema, source.label);
    if (allowed.length === 0) {
      void vscode.window.showInformationMessage(
        `The project schema defines no relation from a ${labelName(schema, source.label).toLowerCase()}.`,
      );
      return undefined;
    }
    const items: TypeItem[] = allowed.map(type => ({
      label: type.name,
      description: describeEnds(schema, type),
      ...(type.guideline ? { detail: plainGuideline(type.guideline) } : {}),
      type,
    }));
    const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Relation type' });
    return picked?.type && { name: picked.type.name, symmetric: picked.type.symmetric };
  }
  const names = [...new Set(used.map(r => r.type))];
  const items: TypeItem[] = [
    ...names.map(name => ({ label: name, description: 'used in this article', name })),
    { label: '$(add) New relation type…', alwaysShow: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Relation type' });
  if (!picked) return undefined;
  const name =
    picked.name ??
    (
      await vscode.window.showInputBox({
        title,
        prompt: 'Name of the relation type (e.g. works-for, says, located-in)',
        validateInput: v => (/^\S.{0,63}$/.test(v.trim()) ? undefined : 'One to 64 characters'),
      })
    )?.trim();
  return name ? { name, symmetric: false } : undefined;
}

function describeEnds(schema: AnnotationSchema | undefined, type: RelationTypeDefinition): string {
  const names = (labels: string[] | undefined) => labels?.map(l => labelName(schema, l)).join(' or ') ?? 'anything';
  return `${names(type.from)} ${type.symmetric ? '↔' : '→'} ${names(type.to)}`;
}

interface TargetItem extends vscode.QuickPickItem {
  annotation: Annotation;
}

/** Picks the other end among the article's placed annotations that the type allows, with line and context. */
async function pickTarget(
  document: vscode.TextDocument,
  schema: AnnotationSchema | undefined,
  source: Annotation,
  type: { name: string },
  annotations: readonly Annotation[],
): Promise<Annotation | undefined> {
  const definition = relationType(schema, type.name);
  const items: TargetItem[] = annotations
    .filter(a => a.id !== source.id && !a.orphaned)
    .filter(a => !definition || allowsRelation(definition, source.label, a.label))
    .map(a => ({
      label: preview(a.quote, 60),
      description: `${labelName(schema, a.label)} · line ${document.positionAt(a.start).line + 1}`,
      detail: inContext(a),
      annotation: a,
    }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(`No annotation in this article can be the other end of “${type.name}”.`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `“${preview(source.quote)}” ${type.name} …`,
    placeHolder: 'The annotation at the other end',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.annotation;
}

/** Adds a relation from an annotation (given, or under the cursor), asking for what is not given. */
async function addRelation(
  store: SidecarStore,
  schemas: SchemaStore,
  given: { uri?: string; from?: string; type?: string; to?: string },
): Promise<Relation | undefined> {
  const found = await annotationTarget(store, given.uri, given.from);
  if (!found || !(await store.writable(found.document))) return undefined;
  const { document, annotation: source } = found;
  const view = store.get(document.uri)!;
  const schema = await schemas.schemaOf(document.uri);
  const type = given.type
    ? { name: given.type, symmetric: relationType(schema, given.type)?.symmetric ?? false }
    : await pickType(schema, source, view.relations);
  if (!type) return undefined;
  const target = given.to
    ? view.annotations.find(a => a.id === given.to)
    : await pickTarget(document, schema, source, type, view.annotations);
  if (!target) return undefined;
  if (hasRelation({ relations: [...view.relations] }, type.name, source.id, target.id, type.symmetric)) {
    void vscode.window.showInformationMessage(
      `“${preview(source.quote)}” ${type.name} “${preview(target.quote)}” is already there.`,
    );
    return undefined;
  }
  let relation: Relation | undefined;
  const ok = await store.mutate(document, data => {
    relation = createRelation(type.name, source.id, target.id, {
      author: readConfig(document.uri).author,
      takenIds: allIds(data),
    });
    (data.relations ??= []).push(relation);
  });
  return ok ? relation : undefined;
}

async function deleteRelation(store: SidecarStore, uri?: string, id?: string): Promise<boolean> {
  const document = await commandDocument(uri);
  if (!document || !id) return false;
  await store.load(document);
  const removed = store.get(document.uri)?.relations.find(r => r.id === id);
  if (!removed) return false;
  const saved = structuredClone(removed);
  const ok = await store.mutate(document, data => {
    data.relations = (data.relations ?? []).filter(r => r.id !== id);
  });
  if (!ok) return false;
  void vscode.window.showInformationMessage(`Removed the relation “${saved.type}”.`, 'Undo').then(choice => {
    if (choice === 'Undo') void store.mutate(document, data => void (data.relations ??= []).push(saved));
  });
  return true;
}
