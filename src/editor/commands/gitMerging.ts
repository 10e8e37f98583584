import * as vscode from 'vscode';
import { AnnotationFiles } from '../../core/files';
import { sidecarFileName } from '../../core/sidecar';
import { readConfig } from '../config';
import { trustReason } from '../sidecar/sidecarEntry';
import { COMMANDS } from './commandIds';

/** The driver's name in `.gitattributes` and in git's configuration. */
const DRIVER_NAME = 'article-annotator';
/** What git passes the driver: the three versions, and the sidecar's path in the repository. */
const DRIVER_ARGUMENTS = '%O %A %B --path %P';

/** The part of the built-in git extension's API this command uses. */
interface GitRepository {
  setConfig(key: string, value: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  /** Opens a repository VS Code has not found yet (one made after the folder was opened, say). */
  openRepository(root: vscode.Uri): Promise<GitRepository | null>;
}

interface GitMergingSetUp {
  attributes: vscode.Uri;
  /** The driver's command line, for `git config merge.article-annotator.driver`. */
  driver: string;
  /** Whether git's configuration was written too. */
  configured: boolean;
}

/** Set Up Git Merging for Sidecars. */
export function registerGitMerging(
  context: vscode.ExtensionContext,
  flow: AnnotationFiles<vscode.Uri>,
): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.setUpGitMerging, (folder?: vscode.Uri, run?: boolean) =>
    setUp(context, flow, folder, run),
  );
}

async function chooseFolder(given?: vscode.Uri): Promise<vscode.WorkspaceFolder | undefined> {
  if (given) return vscode.workspace.getWorkspaceFolder(given);
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = active && vscode.workspace.getWorkspaceFolder(active);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folder || folders.length <= 1) return folder ?? folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'The repository whose sidecars git should merge' });
}

/** `.gitattributes` is small; a bigger one is not what this command expects to edit. */
const MAX_ATTRIBUTES_BYTES = 1024 * 1024;

/**
 * `.gitattributes` of the folder gains `<sidecar pattern> merge=article-annotator` (once; the rest of the
 * file stays as it was), written through the flow so that a change made to it meanwhile is kept. Returns
 * the file, and whether it changed; a file that cannot be used is left alone and said why.
 */
async function writeAttributes(
  folder: vscode.WorkspaceFolder,
  flow: AnnotationFiles<vscode.Uri>,
): Promise<{ uri: vscode.Uri; changed: boolean } | { problem: string }> {
  const uri = vscode.Uri.joinPath(folder.uri, '.gitattributes');
  const pattern = sidecarFileName('*', readConfig(folder.uri).sidecarFileName);
  const line = `${pattern} merge=${DRIVER_NAME}`;
  const result = await flow.updateText(uri, MAX_ATTRIBUTES_BYTES, (current = '') => {
    if (current.split(/\r?\n/).some(l => l.trim().split(/\s+/).join(' ') === line)) return undefined;
    const glue = current === '' || current.endsWith('\n') ? '' : '\n';
    return `${current}${glue}# Article Annotator: sidecars merge item by item, offsets placed on the merged article.\n${line}\n`;
  });
  if (result.status === 'refused') return { problem: result.reason };
  return { uri, changed: result.status === 'written' };
}

/**
 * The driver's command line. Where the extension runs beside git (a local or remote Node host), the
 * driver it ships is copied to the extension's storage, whose path stays put across updates; elsewhere
 * (the browser), the command-line tool's, which must then be installed where git runs.
 */
async function driverCommand(context: vscode.ExtensionContext): Promise<string> {
  if (context.extensionUri.scheme !== 'file' || context.globalStorageUri.scheme !== 'file')
    return `npx --no-install article-annotator merge-sidecar ${DRIVER_ARGUMENTS}`;
  const shipped = vscode.Uri.joinPath(context.extensionUri, 'dist', 'node', 'merge-driver.js');
  const copy = vscode.Uri.joinPath(context.globalStorageUri, 'merge-driver.js');
  await vscode.workspace.fs.createDirectory(context.globalStorageUri);
  await vscode.workspace.fs.copy(shipped, copy, { overwrite: true });
  // Git runs the driver through the shell: inside double quotes, these four would be special.
  return `node "${copy.fsPath.replace(/(["\\$`])/g, '\\$1')}" ${DRIVER_ARGUMENTS}`;
}

async function configure(folder: vscode.WorkspaceFolder, driver: string): Promise<boolean> {
  const repository = await gitRepository(folder);
  if (!repository) {
    void vscode.window.showWarningMessage(
      `${folder.name} is not a git repository that VS Code's git support knows (or that support is turned off: ` +
        'git.enabled); run the git config lines there yourself.',
    );
    return false;
  }
  await repository.setConfig(`merge.${DRIVER_NAME}.name`, 'Article Annotator sidecars');
  await repository.setConfig(`merge.${DRIVER_NAME}.driver`, driver);
  return true;
}

/** The folder's repository through the built-in git extension; undefined when it has none or is turned off. */
async function gitRepository(folder: vscode.WorkspaceFolder) {
  const git = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  try {
    const api = git && (await git.activate()).getAPI(1);
    return api && (api.getRepository(folder.uri) ?? (await api.openRepository(folder.uri)));
  } catch {
    // With git.enabled off, the extension's API throws ("Git model not found") instead of answering.
    return undefined;
  }
}

/**
 * Writes `.gitattributes` and shows the `git config` line that names the driver, running it when the
 * user agrees (`run` answers for tests: true runs it, false only shows it).
 */
async function setUp(
  context: vscode.ExtensionContext,
  flow: AnnotationFiles<vscode.Uri>,
  given?: vscode.Uri,
  run?: boolean,
): Promise<GitMergingSetUp | undefined> {
  const folder = await chooseFolder(given);
  if (!folder) {
    void vscode.window.showInformationMessage('Open the folder of a git repository first.');
    return undefined;
  }
  const reason = trustReason();
  if (reason) {
    void vscode.window.showWarningMessage(reason);
    return undefined;
  }
  const attributes = await writeAttributes(folder, flow);
  if ('problem' in attributes) {
    void vscode.window.showErrorMessage(`Article Annotator: ${attributes.problem}; it was not changed.`);
    return undefined;
  }
  const driver = await driverCommand(context);
  const line = `git config merge.${DRIVER_NAME}.driver '${driver.replace(/'/g, `'\\''`)}'`;
  const wrote = attributes.changed
    ? 'Added the sidecar merge driver to .gitattributes'
    : '.gitattributes already names the sidecar merge driver';
  const answer =
    run === undefined
      ? await vscode.window.showInformationMessage(
          `${wrote}. Git also needs to know it: ${line}`,
          'Run git config',
          'Copy Command',
        )
      : run
        ? 'Run git config'
        : undefined;
  if (answer === 'Copy Command') await vscode.env.clipboard.writeText(line);
  const configured = answer === 'Run git config' && (await configure(folder, driver));
  if (configured)
    void vscode.window.showInformationMessage(
      `Git in ${folder.name} now merges sidecars item by item. Commit .gitattributes so that everyone's clones use it (each clone runs the git config line once).`,
    );
  return { attributes: attributes.uri, driver, configured };
}
