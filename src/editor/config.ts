import * as vscode from 'vscode';
import { MAX_LABEL_LENGTH } from '../core/highlights/labels';
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

/**
 * Settings declared `"scope": "resource"` in package.json: which files are articles and how their
 * sidecars are named may differ between the folders of a multi-root workspace, so they are read for a
 * file or folder. Every other setting is `"scope": "window"` and read once for the window; VS Code
 * warns about a window setting read for a resource, and about a resource setting read for none.
 */
export const RESOURCE_SETTINGS: readonly string[] = [
  'articles.languages',
  'articles.include',
  'articles.exclude',
  'sidecar.fileName',
];

/**
 * Reads every setting: the resource-scoped ones for `resource` (a file or folder; left out, the
 * workspace's value), the rest for the window.
 */
export function readConfig(resource?: vscode.Uri): ArticleAnnotatorConfig {
  const window = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const perResource = vscode.workspace.getConfiguration(SETTINGS_SECTION, resource ?? null);
  const get = (name: string) => (RESOURCE_SETTINGS.includes(name) ? perResource : window).get(name);
  const customLabels = window
    .get<unknown[]>('customLabels', SETTING_DEFAULTS.customLabels)
    .filter((l): l is string => typeof l === 'string')
    .map(l => l.trim())
    .filter(l => l.length > 0 && l.length <= MAX_LABEL_LENGTH);
  const author = window.get<string>('author', SETTING_DEFAULTS.author).trim();
  return {
    ...readFlowSettings(get),
    articleLanguages: perResource.get<string[]>('articles.languages', SETTING_DEFAULTS['articles.languages']),
    articleInclude: perResource.get<string[]>('articles.include', SETTING_DEFAULTS['articles.include']),
    articleExclude: perResource.get<string[]>('articles.exclude', [...SETTING_DEFAULTS['articles.exclude']]),
    customLabels: [...new Set(customLabels)],
    author: author || undefined,
    adaptRecogniser: window.get<boolean>('adaptRecogniser', SETTING_DEFAULTS.adaptRecogniser) !== false,
  };
}

/** True when a configuration change touches any of our settings. */
export function affectsUs(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SETTINGS_SECTION);
}
