import * as assert from 'assert';
import { folderExclusions, globMatcher, globToRegExp } from '../../../src/core/workspace/glob';

describe('globToRegExp', () => {
  const cases: [string, string, boolean][] = [
    ['**/node_modules/**', '/w/node_modules/x/a.md', true],
    ['**/node_modules/**', '/w/node_modules', true],
    ['**/node_modules/**', '/w/node_modules_old/a.md', false],
    ['**/README.md', '/w/README.md', true],
    ['**/README.md', '/w/docs/README.md', true],
    ['**/README.md', '/w/NOTREADME.md', false],
    ['**/LICENSE*', '/w/LICENSE.txt', true],
    ['**/LICENSE*', '/w/sub/LICENSE/x', false],
    ['**/*.{md,txt}', '/w/a/b.txt', true],
    ['**/*.{md,txt}', '/w/a/b.html', false],
    ['**/draft?.md', '/w/draft1.md', true],
    ['**/[ab].md', '/w/b.md', true],
    ['**/[!ab].md', '/w/b.md', false],
    ['**/a+b (1).md', '/w/a+b (1).md', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.strictEqual(globToRegExp(glob).test(path), expected);
    });
  }

  it('globMatcher tests any pattern and ignores blank ones', () => {
    const excluded = globMatcher(['', '**/README.md', '**/archive/**']);
    assert.strictEqual(excluded('/w/archive/2020/x.md'), true);
    assert.strictEqual(excluded('/w/story.md'), false);
    assert.strictEqual(globMatcher([])('/w/a.md'), false);
  });

  it('folderExclusions keeps folder patterns for the file search', () => {
    assert.strictEqual(
      folderExclusions(['**/node_modules/**', '**/README.md', '**/{a,b}/**', 'out/**']),
      '{**/node_modules/**,out/**}',
    );
    assert.strictEqual(folderExclusions(['**/README.md']), undefined);
  });
});
