import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { DEFAULT_ARTICLE_EXCLUDE, articlePathTest } from '../../../src/core/workspace/articleFiles';
import { globToRegExp } from '../../../src/core/workspace/glob';

describe('article files', () => {
  it('matches globs the way the settings write them', () => {
    const cases: [string, string, boolean][] = [
      ['**/node_modules/**', 'node_modules/x/README.md', true],
      ['**/node_modules/**', 'a/node_modules/b.md', true],
      ['**/README.md', 'README.md', true],
      ['**/README.md', 'docs/README.md', true],
      ['**/README.md', 'docs/NOTREADME.md', false],
      ['**/LICENSE*', 'LICENSE.txt', true],
      ['*.md', 'story.md', true],
      ['*.md', 'drafts/story.md', false],
      ['**/stories/**/*.html', 'site/stories/2025/a.html', true],
      ['**/*.{html,htm}', 'a/b.htm', true],
      ['draft?.md', 'draft1.md', true],
      ['draft[0-9].md', 'drafta.md', false],
      ['a.b', 'axb', false],
    ];
    for (const [glob, file, expected] of cases)
      assert.strictEqual(globToRegExp(glob).test(file), expected, `${glob} ~ ${file}`);
  });

  it('takes article extensions and include globs, minus exclude globs and sidecars', () => {
    const test = articlePathTest({ include: ['**/*.html'], exclude: [...DEFAULT_ARTICLE_EXCLUDE, '**/drafts/**'] });
    assert.deepStrictEqual(
      [
        'a.md',
        'b.MARKDOWN',
        'c.txt',
        'd.article',
        'e.html',
        'f.json',
        'a.md.annotations.yaml',
        'README.md',
        'drafts/g.md',
        'node_modules/h.md',
        'news/i.md',
      ].filter(test),
      ['a.md', 'b.MARKDOWN', 'c.txt', 'd.article', 'e.html', 'news/i.md'],
    );
  });

  it('uses the same default exclusions as the editor setting', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
    assert.deepStrictEqual(manifest.contributes.configuration.properties['articleAnnotator.articles.exclude'].default, [
      ...DEFAULT_ARTICLE_EXCLUDE,
    ]);
  });
});
