import * as vscode from 'vscode';
import { extensionApi, waitFor, workspaceUri } from './helpers';

/** The project schema the editor tests write at the workspace root, and take away again. */
export const TEST_SCHEMA = `version: 1
labels:
  - id: person
    name: Person
    key: p
    guideline: A **named** individual; not a job title.
  - id: claim
    name: Checkable claim
    colour: "#cc33aa"
    key: c
    guideline: A statement of fact that can be *checked*.
  - id: organisation
    name: Organisation
    key: o
relations:
  - name: works-for
    from: person
    to: organisation
  - name: meets
    from: person
    to: person
    symmetric: true
attributes:
  - name: verdict
    values: [accurate, misleading, wrong]
    labels: claim
  - name: role
    labels: person
`;

const schemaFile = () => workspaceUri('annotation-schema.yaml');

/** Writes `annotation-schema.yaml` and waits until the extension has read it. */
export async function writeSchema(text: string, ready: (labels: number) => boolean): Promise<void> {
  const api = await extensionApi();
  await vscode.workspace.fs.writeFile(schemaFile(), new TextEncoder().encode(text));
  await waitFor(async () => ready((await api.schemas.schemaOf(schemaFile()))?.labels?.length ?? -1), 'the schema read');
}

/** Deletes the schema and waits until the workspace has none, so that later tests see today's behaviour. */
export async function removeSchema(): Promise<void> {
  const api = await extensionApi();
  await vscode.workspace.fs.delete(schemaFile()).then(undefined, () => undefined);
  await waitFor(async () => (await api.schemas.schemaOf(schemaFile())) === undefined, 'the schema gone');
}
