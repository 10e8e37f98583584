import * as vscode from 'vscode';
import { AnnotationFiles } from '../../core/files';
import { AnnotationSchema, MAX_SCHEMA_LENGTH, SCHEMA_FILE_NAME, parseAnnotationSchema } from '../../core/project';
import { FolderFileStore } from './folderFileStore';

/**
 * Keeps the `annotation-schema.yaml` of every workspace folder read and current. Problems appear in the
 * Problems panel at their line and the valid part applies; the extension never writes the file. A folder
 * without one, or with one that cannot be read, has no schema, and everything works as it does without
 * projects.
 */
export class SchemaStore extends FolderFileStore<AnnotationSchema> {
  constructor(flow: AnnotationFiles<vscode.Uri>) {
    super(flow, {
      fileName: SCHEMA_FILE_NAME,
      maxBytes: MAX_SCHEMA_LENGTH,
      collection: 'articleAnnotator.schema',
      parse: text => {
        const { schema, diagnostics } = parseAnnotationSchema(text);
        return { value: schema, diagnostics };
      },
      // What was shown before the schema was read (the usual labels, every type) is shown again with it.
      announceFirstRead: true,
    });
  }

  /** The schema of the workspace folder holding `uri`, if that folder has one. */
  schemaFor(uri: vscode.Uri): AnnotationSchema | undefined {
    return this.valueFor(uri);
  }

  /** The schema for `uri` once the schemas were read. */
  async schemaOf(uri: vscode.Uri): Promise<AnnotationSchema | undefined> {
    await this.ready();
    return this.schemaFor(uri);
  }
}
