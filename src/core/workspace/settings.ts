import { DEFAULT_AUTO_ANALYSIS_MAX_CHARS } from '../analysis/incremental';
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

/** Every setting the extension reads (names below the section), with its default: what `package.json` declares. */
export const SETTING_DEFAULTS = {
  'articles.languages': ['markdown', 'plaintext', 'article'],
  'articles.include': [] as string[],
  'articles.exclude': DEFAULT_ARTICLE_EXCLUDE,
  customLabels: [] as string[],
  author: '',
  adaptRecogniser: true,
  ...FLOW_SETTING_DEFAULTS,
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
