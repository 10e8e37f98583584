import * as vscode from 'vscode';
import {
  MAX_REGISTRY_LENGTH,
  NewRegistryEntry,
  REGISTRY_FILE_NAME,
  RegistryEntry,
  addRegistryEntry,
  parseRegistry,
} from '../../core/registry';
import { AnnotationFiles } from '../../core/files';
import { trustReason } from '../sidecar/sidecarEntry';
import { FolderFileStore } from './folderFileStore';

/**
 * Keeps the `entities.yaml` of every workspace folder read and current. Problems appear in the Problems
 * panel at their line; entries that are fine still apply. "Add to registry" writes through here and
 * never rewrites a file with errors.
 */
export class RegistryStore extends FolderFileStore<RegistryEntry[]> {
  /** `flow`: the store's, so that registry writes take the same lock and temporary files as sidecar writes. */
  constructor(flow: AnnotationFiles<vscode.Uri>) {
    super(flow, {
      fileName: REGISTRY_FILE_NAME,
      maxBytes: MAX_REGISTRY_LENGTH,
      collection: 'articleAnnotator.registry',
      parse: text => {
        const { registry, diagnostics } = parseRegistry(text);
        return { value: registry?.entities ?? [], diagnostics };
      },
      whenUnreadable: [],
      // Those who use the registry wait for it to be read (`ready()`) before they ask.
      announceFirstRead: false,
    });
  }

  /** All entries of every folder's registry. */
  entries(): RegistryEntry[] {
    return this.files().flatMap(f => f.value);
  }

  /** The registry file an entry came from. */
  fileOf(entry: RegistryEntry): vscode.Uri | undefined {
    return this.files().find(f => f.value.includes(entry))?.uri;
  }

  /** Adds (or merges) an entry in the registry of the folder holding `near`; undefined after telling the user why not. */
  async add(entry: NewRegistryEntry, near: vscode.Uri): Promise<{ uri: vscode.Uri; merged: boolean } | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(near) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage('Open a folder to keep an entity registry (entities.yaml at its root).');
      return undefined;
    }
    const reason = trustReason();
    if (reason) {
      void vscode.window.showWarningMessage(reason);
      return undefined;
    }
    const uri = this.fileIn(folder.uri);
    // Made to the file as it is at the moment of writing, so that an entry added meanwhile (by hand,
    // or in another window) is kept.
    let edit: ReturnType<typeof addRegistryEntry> | undefined;
    const result = await this.flow.updateText(uri, MAX_REGISTRY_LENGTH, current => {
      edit = addRegistryEntry(current, entry);
      return edit.ok ? edit.text : undefined;
    });
    if (result.status === 'refused' || !edit?.ok) {
      const why =
        result.status === 'refused' ? `${result.reason}; it was not changed.` : edit && !edit.ok && edit.reason;
      void vscode.window.showErrorMessage(`Article Annotator: ${why}`);
      return undefined;
    }
    await this.reread(uri);
    return { uri, merged: edit.merged };
  }
}
