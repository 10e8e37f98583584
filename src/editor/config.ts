import * as vscode from 'vscode';
import { DEFAULT_AUTO_ANALYSIS_MAX_CHARS } from '../core/analysis/incremental';
import { BuiltInLabel, BUILT_IN_LABELS } from '../core/highlights/labels';

/** Every setting the extension reads, typed; read through `readConfig` only. */
export interface ArticleAnnotatorConfig {
  articleLanguages: string[];
  articleInclude: string[];
  articleExclude: string[];
  enabledLabels: ReadonlySet<BuiltInLabel>;
  customLabels: string[];
  sidecarFileName: string;
  author: string | undefined;
  dateFallback: 'none' | 'fileModified';
  maxArticleSize: number;
}

export const CONFIG_SECTION = 'articleAnnotator';

/**
 * Settings declared `"scope": "resource"` in package.json: which files are articles and how their
 * sidecars are named may differ between the folders of a multi-root workspace, so they are read for a
 * file or folder. Every other setting is `"scope": "window"` and read once for the window; VS Code
 * warns about a window setting read for a resource, and about a resource setting read for none.
 */
export const RESOURCE_SETTINGS = [
  'articles.languages',
  'articles.include',
  'articles.exclude',
  'sidecar.fileName',
] as const;

/**
 * Reads every setting: the resource-scoped ones for `resource` (a file or folder; left out, the
 * workspace's value), the rest for the window.
 */
export function readConfig(resource?: vscode.Uri): ArticleAnnotatorConfig {
  const window = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const perResource = vscode.workspace.getConfiguration(CONFIG_SECTION, resource ?? null);
  const enabled = new Set<BuiltInLabel>(
    BUILT_IN_LABELS.filter(label => window.get<boolean>(`types.${label}`, label !== 'other')),
  );
  const customLabels = window
    .get<unknown[]>('customLabels', [])
    .filter((l): l is string => typeof l === 'string')
    .map(l => l.trim())
    .filter(l => l.length > 0 && l.length <= 64);
  const author = window.get<string>('author', '').trim();
  return {
    articleLanguages: perResource.get<string[]>('articles.languages', ['markdown', 'plaintext', 'article']),
    articleInclude: perResource.get<string[]>('articles.include', []),
    articleExclude: perResource.get<string[]>('articles.exclude', []),
    enabledLabels: enabled,
    customLabels: [...new Set(customLabels)],
    sidecarFileName:
      perResource.get<string>('sidecar.fileName', '${name}.annotations.yaml') || '${name}.annotations.yaml',
    author: author || undefined,
    dateFallback: window.get<string>('articleDate.fallback') === 'fileModified' ? 'fileModified' : 'none',
    maxArticleSize: Math.max(0, window.get<number>('maxArticleSize', DEFAULT_AUTO_ANALYSIS_MAX_CHARS)),
  };
}

/** True when a configuration change touches any of our settings. */
export function affectsUs(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(CONFIG_SECTION);
}
