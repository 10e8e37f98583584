import { DEFAULT_AUTO_ANALYSIS_MAX_CHARS } from '../analysis/incremental';
import { CHECK_FAMILIES, CheckFamily } from '../checks/types';
import { BUILT_IN_LABELS, BuiltInLabel } from '../highlights/labels';
import { DEFAULT_SIDECAR_FILE_NAME } from '../sidecar/create';
import { DEFAULT_MAX_SUGGESTIONS } from '../suggestions/suggest';
import { DEFAULT_ARTICLE_EXCLUDE } from './articleFiles';

/** The prefix of every setting (`articleAnnotator.maxArticleSize`). */
export const SETTINGS_SECTION = 'articleAnnotator';

/** The settings that decide how articles and sidecars are read and written, in the editor and on the command line. */
export interface FlowSettings {
  /** Highlighted (and so suggested) types. */
  enabledLabels: ReadonlySet<BuiltInLabel>;
  sidecarFileName: string;
  /** Largest article analysed automatically, in characters. */
  maxArticleSize: number;
  /** Most suggestions an article may hold waiting for review. */
  maxSuggestions: number;
  dateFallback: 'none' | 'fileModified';
}

/** The settings' names below the section, and the defaults `package.json` declares for them. */
const FLOW_SETTING_DEFAULTS = {
  'sidecar.fileName': DEFAULT_SIDECAR_FILE_NAME,
  maxArticleSize: DEFAULT_AUTO_ANALYSIS_MAX_CHARS,
  'suggestions.maxPerArticle': DEFAULT_MAX_SUGGESTIONS,
  'articleDate.fallback': 'none',
  ...Object.fromEntries(BUILT_IN_LABELS.map(label => [`types.${label}`, label !== 'other'])),
} as const;

/** Each family of fact checks is on unless its setting (`checks.weekdays`, ...) says false. */
const CHECK_SETTING_DEFAULTS = Object.fromEntries(CHECK_FAMILIES.map(family => [`checks.${family}`, true]));

/** Every setting the extension reads (names below the section), with its default: what `package.json` declares. */
export const SETTING_DEFAULTS = {
  'articles.languages': ['markdown', 'plaintext', 'article'],
  'articles.include': [] as string[],
  'articles.exclude': DEFAULT_ARTICLE_EXCLUDE,
  customLabels: [] as string[],
  author: '',
  adaptRecogniser: true,
  ...FLOW_SETTING_DEFAULTS,
  ...CHECK_SETTING_DEFAULTS,
};

/**
 * Reads the flow's settings through `get` (a name below the section, such as `maxArticleSize`, to its
 * value or undefined), falling back to the default for a missing or mistyped value, as VS Code does.
 */
export function readFlowSettings(get: (name: string) => unknown): FlowSettings {
  const number = (name: 'maxArticleSize' | 'suggestions.maxPerArticle') => {
    const value = get(name);
    return typeof value === 'number' && value >= 0 ? value : FLOW_SETTING_DEFAULTS[name];
  };
  const fileName = get('sidecar.fileName');
  return {
    enabledLabels: new Set(
      BUILT_IN_LABELS.filter(label => {
        const value = get(`types.${label}`);
        return typeof value === 'boolean' ? value : label !== 'other';
      }),
    ),
    sidecarFileName: typeof fileName === 'string' && fileName ? fileName : DEFAULT_SIDECAR_FILE_NAME,
    maxArticleSize: number('maxArticleSize'),
    maxSuggestions: Math.floor(number('suggestions.maxPerArticle')),
    dateFallback: get('articleDate.fallback') === 'fileModified' ? 'fileModified' : 'none',
  };
}

/** The families of fact checks switched on, read through `get` as `readFlowSettings` reads (all on by default). */
export function readCheckFamilies(get: (name: string) => unknown): ReadonlySet<CheckFamily> {
  return new Set(CHECK_FAMILIES.filter(family => get(`checks.${family}`) !== false));
}
