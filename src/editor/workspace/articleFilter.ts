import * as vscode from 'vscode';
import { ArticleAnnotatorConfig } from '../config';

/** Schemes whose documents can be articles: real files, remote and virtual file systems, and new untitled files. */
const ARTICLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web', 'memfs']);

/**
 * Selector for the providers of article features. An exact scheme scores as high as a language, so
 * where an answer is taken from the first provider only (occurrence highlights), ours comes before
 * Markdown's built-in one; the providers themselves answer only for articles.
 */
export const ARTICLE_SELECTOR: vscode.DocumentFilter[] = [...ARTICLE_SCHEMES].map(scheme => ({ scheme }));

const SIDECAR_SUFFIX = /\.annotations\.ya?ml$/i;

/** Decides from the settings whether a document is an article the extension should analyse. */
export function isArticle(document: vscode.TextDocument, config: ArticleAnnotatorConfig): boolean {
  if (!ARTICLE_SCHEMES.has(document.uri.scheme) || SIDECAR_SUFFIX.test(document.uri.path)) return false;
  const matches = (pattern: string) => vscode.languages.match({ pattern }, document) > 0;
  if (config.articleExclude.some(matches)) return false;
  return config.articleLanguages.includes(document.languageId) || config.articleInclude.some(matches);
}
