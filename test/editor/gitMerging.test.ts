import * as assert from 'assert';
import * as vscode from 'vscode';
import { readText, workspaceUri } from './helpers';

interface SetUp {
  attributes: vscode.Uri;
  driver: string;
  configured: boolean;
}

describe('setting up git merging for sidecars', () => {
  const attributes = workspaceUri('.gitattributes');
  afterEach(() => vscode.workspace.fs.delete(attributes).then(undefined, () => undefined));

  it('adds the driver to .gitattributes once, keeping what is there, and gives the git config line', async () => {
    await vscode.workspace.fs.writeFile(attributes, new TextEncoder().encode('*.png binary'));
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const first = await vscode.commands.executeCommand<SetUp>('articleAnnotator.setUpGitMerging', folder, false);
    assert.strictEqual(first.attributes.toString(), attributes.toString());
    const written = await readText(attributes);
    assert.match(
      written!,
      /^\*\.png binary\n# Article Annotator: .*\n\*\.annotations\.yaml merge=article-annotator\n$/,
    );
    assert.match(first.driver, / %O %A %B --path %P$/);
    if (first.driver.startsWith('node ')) {
      // Beside git (a Node extension host): the shipped driver, copied where updates do not move it.
      const copy = vscode.Uri.file(/^node "(.*merge-driver\.js)" %O/.exec(first.driver)![1]);
      assert.ok((await vscode.workspace.fs.stat(copy)).size > 0, first.driver);
    } else {
      assert.match(first.driver, /^npx --no-install article-annotator merge-sidecar /);
    }
    assert.strictEqual(first.configured, false);
    await vscode.commands.executeCommand('articleAnnotator.setUpGitMerging', folder, false);
    assert.strictEqual(await readText(attributes), written, 'not added twice');
  });

  it('does not claim git was configured outside a repository', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const result = await vscode.commands.executeCommand<SetUp>('articleAnnotator.setUpGitMerging', folder, true);
    assert.strictEqual(result.configured, false);
  });
});
