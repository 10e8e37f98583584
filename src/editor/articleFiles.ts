import * as vscode from 'vscode';
import { ArticleAnnotatorConfig } from './config';

/** File extensions of the languages that are articles by default (Markdown, plain text, `.article`). */
const ARTICLE_FILES = '**/*.{md,markdown,txt,text,article}';
/** Larger files are skipped by workspace-wide operations, like the editor's automatic analysis cap. */
export const MAX_WORKSPACE_ARTICLE_BYTES = 2 * 1024 * 1024;

/** The workspace's article files on disk, by extension and the include/exclude settings, without sidecars. */
export async function findArticleFiles(config: ArticleAnnotatorConfig, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const exclude = config.articleExclude.length ? `{${config.articleExclude.join(',')}}` : undefined;
  const found = new Map<string, vscode.Uri>();
  for (const pattern of [ARTICLE_FILES, ...config.articleInclude]) {
    for (const uri of await vscode.workspace.findFiles(pattern, exclude, undefined, token)) found.set(uri.toString(), uri);
  }
  return [...found.values()].filter(u => !/\.annotations\.ya?ml$/i.test(u.path)).sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * An article's current text: the open document's (with unsaved edits) or the file's. Undefined for files
 * too large or binary (a NUL character), which workspace-wide operations skip.
 */
export async function articleText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const bytes = await vscode.workspace.fs.readFile(uri).then(b => b, () => undefined);
  if (!bytes || bytes.byteLength > MAX_WORKSPACE_ARTICLE_BYTES) return undefined;
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.includes('\u0000') ? undefined : text;
}
