/**
 * Which files on disk are articles, for batch runs over a folder where no editor language is known:
 * the file extensions of the default article languages (markdown, plaintext, article) plus the
 * `articles.include` globs, minus the `articles.exclude` globs. Globs are matched against the path
 * relative to the folder searched, with `/` separators.
 */
import { globToRegExp } from './glob';

/** File extensions of the default article languages, lower case. */
export const LANGUAGE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  markdown: ['.md', '.markdown', '.mdown', '.mkd', '.mkdn'],
  plaintext: ['.txt'],
  article: ['.article'],
};

const ARTICLE_EXTENSIONS: readonly string[] = Object.values(LANGUAGE_EXTENSIONS).flat();

/** The default of `articleAnnotator.articles.exclude` (package.json), for the command line. */
export const DEFAULT_ARTICLE_EXCLUDE: readonly string[] = [
  '**/node_modules/**',
  '**/README.md',
  '**/CHANGELOG.md',
  '**/LICENSE*',
];

const SIDECAR_SUFFIX = /\.annotations\.ya?ml$/i;

interface ArticleFileRules {
  include: readonly string[];
  exclude: readonly string[];
  /** Extensions taken as articles without an include glob; ARTICLE_EXTENSIONS by default. */
  extensions?: readonly string[];
}

/** Compiles the rules once into a test of relative paths. */
export function articlePathTest(rules: ArticleFileRules): (relativePath: string) => boolean {
  const include = rules.include.map(globToRegExp);
  const exclude = rules.exclude.map(globToRegExp);
  const extensions = (rules.extensions ?? ARTICLE_EXTENSIONS).map(e => e.toLowerCase());
  return path => {
    if (SIDECAR_SUFFIX.test(path) || exclude.some(r => r.test(path))) return false;
    const lower = path.toLowerCase();
    return extensions.some(e => lower.endsWith(e)) || include.some(r => r.test(path));
  };
}
