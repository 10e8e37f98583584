import * as vscode from 'vscode';
import { AttributeDefinition, attributesFor, plainGuideline } from '../../core/project';
import { Annotation, sidecarTimestamp } from '../../core/sidecar';
import { SidecarStore } from '../sidecar/sidecarStore';
import { SchemaStore } from '../workspace/schemaStore';
import { annotationTarget, preview } from './annotationTarget';
import { COMMANDS } from './commandIds';

const ATTRIBUTE_NAME = /^[A-Za-z][\w-]{0,63}$/;
/** What the value pickers return to take an attribute off. */
const REMOVE = Symbol('remove');

/** Set Attribute… from an annotation's hover card (or the palette, for the annotation under the cursor). */
export function registerAttributeCommands(store: SidecarStore, schemas: SchemaStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(
      COMMANDS.setAttribute,
      (uri?: string, id?: string, name?: string, value?: string | null) =>
        setAttribute(store, schemas, { uri, id, name, value }),
    ),
  ];
}

interface NameItem extends vscode.QuickPickItem {
  name?: string;
}

/** The schema's attributes for the annotation's label, and any other it already has; or a new name. */
async function pickName(annotation: Annotation, defined: AttributeDefinition[]): Promise<string | undefined> {
  const current = annotation.attributes ?? {};
  const items: NameItem[] = defined.map(a => ({
    label: a.name,
    description: current[a.name] ?? (a.values ? a.values.join(' · ') : 'free text'),
    ...(a.guideline ? { detail: plainGuideline(a.guideline) } : {}),
    name: a.name,
  }));
  for (const name of Object.keys(current))
    if (!defined.some(a => a.name === name)) items.push({ label: name, description: current[name], name });
  if (defined.length === 0) items.push({ label: '$(add) New attribute…', alwaysShow: true });
  const picked = await vscode.window.showQuickPick(items, {
    title: `Attribute of “${preview(annotation.quote)}”`,
    placeHolder: 'Attribute',
  });
  if (!picked) return undefined;
  if (picked.name) return picked.name;
  return (
    await vscode.window.showInputBox({
      title: 'New attribute',
      prompt: 'Name: a letter, then letters, digits, "_" or "-"',
      validateInput: v => (ATTRIBUTE_NAME.test(v.trim()) ? undefined : 'A letter, then letters, digits, "_" or "-"'),
    })
  )?.trim();
}

/** The allowed values (and "remove"), or free text where an empty answer removes the attribute. */
async function pickValue(
  name: string,
  definition: AttributeDefinition | undefined,
  current: string | undefined,
): Promise<string | typeof REMOVE | undefined> {
  if (definition?.values) {
    const items: (vscode.QuickPickItem & { value: string | typeof REMOVE })[] = definition.values.map(v => ({
      label: v,
      ...(v === current ? { description: 'current' } : {}),
      value: v,
    }));
    if (current !== undefined) items.push({ label: '$(trash) Remove this attribute', value: REMOVE });
    return (await vscode.window.showQuickPick(items, { title: name, placeHolder: 'Value' }))?.value;
  }
  const typed = await vscode.window.showInputBox({
    title: name,
    value: current ?? '',
    prompt: 'Value (empty to remove the attribute)',
  });
  return typed === undefined ? undefined : typed.trim() === '' ? REMOVE : typed.trim();
}

/** Sets (or, with `value: null`, removes) an attribute of an annotation, asking for what is not given. */
async function setAttribute(
  store: SidecarStore,
  schemas: SchemaStore,
  given: { uri?: string; id?: string; name?: string; value?: string | null },
): Promise<boolean> {
  const found = await annotationTarget(store, given.uri, given.id);
  if (!found || !(await store.writable(found.document))) return false;
  const { document, annotation } = found;
  const defined = attributesFor(await schemas.schemaOf(document.uri), annotation.label);
  const name = given.name ?? (await pickName(annotation, defined));
  if (!name) return false;
  const definition = defined.find(a => a.name === name);
  const value =
    given.value === null ? REMOVE : (given.value ?? (await pickValue(name, definition, annotation.attributes?.[name])));
  if (value === undefined) return false;
  if (value !== REMOVE && definition?.values && !definition.values.includes(value)) {
    void vscode.window.showWarningMessage(
      `“${value}” is not one of the values of ${name}: ${definition.values.join(', ')}.`,
    );
    return false;
  }
  return store.mutate(document, data => {
    const item = data.annotations.find(a => a.id === annotation.id);
    if (!item) return;
    const attributes = { ...item.attributes };
    if (value === REMOVE) delete attributes[name];
    else attributes[name] = value;
    if (Object.keys(attributes).length > 0) item.attributes = attributes;
    else delete item.attributes;
    item.updated = sidecarTimestamp();
  });
}
