import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_SIDECAR_FILE_NAME } from '../../src/core/sidecar/create';
import { articleLimit, commandLineFlow, loadArticle } from '../../src/cli/sidecars';

describe('the article limit of the commands that read an article', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'annotator-limit-'));
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads an article of 50 MB in characters however many bytes they take, and refuses one character more', async () => {
    // The limit counts characters (UTF-16 units): three bytes each and a byte order mark make 150 MB and
    // 3 bytes of UTF-8, which the check of the size before reading must let through.
    const article = path.join(dir, 'wide.md');
    const chars = 50 * 1048576;
    await fs.writeFile(article, '\ufeff' + '語'.repeat(chars));
    const err: string[] = [];
    const load = () =>
      loadArticle(
        commandLineFlow(),
        article,
        DEFAULT_SIDECAR_FILE_NAME,
        line => err.push(line),
        false,
        articleLimit('an export', 'nothing was exported'),
      );
    assert.strictEqual((await load())?.text.length, chars);
    assert.deepStrictEqual(err, []);

    await fs.appendFile(article, '語');
    assert.strictEqual(await load(), undefined);
    assert.deepStrictEqual(err, [
      `${article}: the article is larger than the 50 MB an export reads; nothing was exported.`,
    ]);
  });
});
