import * as vscode from 'vscode';
import { LANGUAGE_EXTENSIONS, articlePathTest } from '../../core/workspace/articleFiles';
import { FileAccess, readRegularFile } from '../../core/files';
import { MAX_SEARCH_BYTES, TOO_LARGE_TO_SEARCH, skipReason } from '../../core/workspace/search';
import { readConfig } from '../config';

/**
 * The workspace's articles (or a folder's): files with an extension of an article language, or
 * matching `articles.include`, minus `articles.exclude`, each folder with its own settings.
 */
export async function findArticleFiles(folder?: vscode.Uri): Promise<vscode.Uri[]> {
  const roots = folder ? [folder] : (vscode.workspace.workspaceFolders ?? []).map(f => f.uri);
  const found = new Map<string, vscode.Uri>();
  for (const root of roots) {
    const config = readConfig(root);
    const extensions = articleExtensions(config.articleLanguages);
    const isArticle = articlePathTest({ include: config.articleInclude, exclude: config.articleExclude, extensions });
    const patterns = [...(extensions.length > 0 ? [`**/*{${extensions.join(',')}}`] : []), ...config.articleInclude];
    for (const pattern of patterns) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(root, pattern))) {
        if (isArticle(vscode.workspace.asRelativePath(uri, false))) found.set(uri.toString(), uri);
      }
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** File extensions of the configured article languages: the built-in ones and what installed extensions declare. */
function articleExtensions(languages: readonly string[]): string[] {
  const result = new Set(languages.flatMap(l => LANGUAGE_EXTENSIONS[l] ?? []));
  for (const extension of vscode.extensions.all) {
    const contributed =
      (extension.packageJSON as { contributes?: { languages?: { id?: string; extensions?: unknown[] }[] } })
        ?.contributes?.languages ?? [];
    for (const language of contributed) {
      if (language.id && languages.includes(language.id)) {
        for (const e of language.extensions ?? [])
          if (typeof e === 'string' && /^\.[\w.-]+$/.test(e)) result.add(e.toLowerCase());
      }
    }
  }
  return [...result];
}

/**
 * An article's current text for workspace-wide operations: the open document's (unsaved edits
 * included) or the file's; `skipped` says why a file is not read (binary, very large, unreadable, or
 * deleted since it was found). Its type and size are checked before it is opened.
 */
export async function readArticleText(
  files: FileAccess<vscode.Uri>,
  uri: vscode.Uri,
): Promise<{ text: string } | { skipped: string }> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) return { text: open.getText() };
  try {
    const file = await readRegularFile(files, uri, MAX_SEARCH_BYTES);
    if (file.state === 'missing') return { skipped: 'cannot be found' };
    if (file.state === 'not a file') return { skipped: file.problem };
    if (file.state === 'too large') return { skipped: TOO_LARGE_TO_SEARCH };
    const reason = skipReason(file.bytes);
    return reason ? { skipped: reason } : { text: new TextDecoder('utf-8').decode(file.bytes) };
  } catch (error) {
    return { skipped: error instanceof Error ? error.message : String(error) };
  }
}
