import * as assert from 'assert';
import * as vscode from 'vscode';
import { textHash } from '../../src/core/sidecar/hash';
import { serializeSidecar } from '../../src/core/sidecar/serialize';
import { extensionApi, workspaceUri } from './helpers';

describe('the workspace index under concurrent readers', () => {
  const article = () => workspaceUri('index/fresh.md');
  const sidecar = () => workspaceUri('index/fresh.md.annotations.yaml');
  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri('index'), { recursive: true }).then(undefined, () => undefined);
  });

  it('every reader asking while a new sidecar is being read gets it', async () => {
    const api = await extensionApi();
    await api.index.sidecars();
    const text = 'A fresh article.\n';
    const encode = (s: string) => new TextEncoder().encode(s);
    await vscode.workspace.fs.writeFile(article(), encode(text));
    await vscode.workspace.fs.writeFile(
      sidecar(),
      encode(
        serializeSidecar({
          version: 1,
          article: 'fresh.md',
          textHash: textHash(text),
          annotations: [],
          corrections: [],
        }),
      ),
    );
    // As the file watcher reports it; the two readers (the learned names, the learned recogniser) ask at once.
    api.index.yamlFileChanged(sidecar());
    const lists = await Promise.all([api.index.sidecars(), api.index.sidecars()]);
    for (const list of lists) assert.ok(list.some(s => s.sidecarUri.toString() === sidecar().toString()));
  });
});
