import * as vscode from 'vscode';
import { FlowSettings, SETTINGS_SECTION, SETTING_DEFAULTS, readFlowSettings } from '../core/workspace/settings';

/**
 * Every setting the extension reads, typed; read through `readConfig` only. The ones the command line
 * honours too (`FlowSettings`) are read, with their defaults, by the core.
 */
export interface ArticleAnnotatorConfig extends FlowSettings {
  articleLanguages: string[];
  articleInclude: string[];
  articleExclude: string[];
  customLabels: string[];
  author: string | undefined;
  /** Whether the recogniser adapts to the annotations and corrections in the workspace's sidecars. */
  adaptRecogniser: boolean;
}

export function readConfig(scope?: vscode.ConfigurationScope): ArticleAnnotatorConfig {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const customLabels = c
    .get<unknown[]>('customLabels', SETTING_DEFAULTS.customLabels)
    .filter((l): l is string => typeof l === 'string')
    .map(l => l.trim())
    .filter(l => l.length > 0 && l.length <= 64);
  const author = c.get<string>('author', SETTING_DEFAULTS.author).trim();
  return {
    ...readFlowSettings(name => c.get(name)),
    articleLanguages: c.get<string[]>('articles.languages', SETTING_DEFAULTS['articles.languages']),
    articleInclude: c.get<string[]>('articles.include', SETTING_DEFAULTS['articles.include']),
    articleExclude: c.get<string[]>('articles.exclude', [...SETTING_DEFAULTS['articles.exclude']]),
    customLabels: [...new Set(customLabels)],
    author: author || undefined,
    adaptRecogniser: c.get<boolean>('adaptRecogniser', SETTING_DEFAULTS.adaptRecogniser) !== false,
  };
}

/** True when a configuration change touches any of our settings. */
export function affectsUs(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SETTINGS_SECTION);
}
