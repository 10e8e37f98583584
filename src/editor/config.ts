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
  /** Whether the recogniser adapts to the annotations and corrections in the workspace's sidecars. */
  adaptRecogniser: boolean;
}

export const CONFIG_SECTION = 'articleAnnotator';

export function readConfig(scope?: vscode.ConfigurationScope): ArticleAnnotatorConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const enabled = new Set<BuiltInLabel>(
    BUILT_IN_LABELS.filter(label => c.get<boolean>(`types.${label}`, label !== 'other')),
  );
  const customLabels = c
    .get<unknown[]>('customLabels', [])
    .filter((l): l is string => typeof l === 'string')
    .map(l => l.trim())
    .filter(l => l.length > 0 && l.length <= 64);
  const author = c.get<string>('author', '').trim();
  return {
    articleLanguages: c.get<string[]>('articles.languages', ['markdown', 'plaintext', 'article']),
    articleInclude: c.get<string[]>('articles.include', []),
    articleExclude: c.get<string[]>('articles.exclude', []),
    enabledLabels: enabled,
    customLabels: [...new Set(customLabels)],
    sidecarFileName: c.get<string>('sidecar.fileName', '${name}.annotations.yaml') || '${name}.annotations.yaml',
    author: author || undefined,
    dateFallback: c.get<string>('articleDate.fallback') === 'fileModified' ? 'fileModified' : 'none',
    maxArticleSize: Math.max(0, c.get<number>('maxArticleSize', DEFAULT_AUTO_ANALYSIS_MAX_CHARS)),
    adaptRecogniser: c.get<boolean>('adaptRecogniser', true) !== false,
  };
}

/** True when a configuration change touches any of our settings. */
export function affectsUs(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(CONFIG_SECTION);
}
