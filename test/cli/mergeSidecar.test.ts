import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { mergeSidecarCommand } from '../../src/cli/mergeSidecar';
import { createAnnotation, serializeSidecar, textHash } from '../../src/core/sidecar';
import { runCommand } from './runCommand';

// Invented text.
const TEXT = 'Crews of the Nordic Ferry Union met Lena Berg in Kiel on Monday.\n';

function sidecar(quotes: string[], prefix = 'a-'): string {
  const annotations = quotes.map((quote, i) => {
    const start = TEXT.indexOf(quote);
    return {
      ...createAnnotation(TEXT, start, start + quote.length, 'person', { now: new Date(0) }),
      id: `${prefix}${i}`,
    };
  });
  return serializeSidecar({ version: 1, article: 'story.md', textHash: textHash(TEXT), annotations, corrections: [] });
}

describe('article-annotator merge-sidecar, on files that cannot be read', () => {
  let dir: string;
  let files: { base: string; ours: string; theirs: string; article: string };
  let ours: string;
  const at = (name: string) => path.join(dir, name);
  const merge = (...more: string[]) => runCommand(mergeSidecarCommand, [files.base, files.ours, files.theirs, ...more]);

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'annotator-merge-'));
    files = { base: at('base.yaml'), ours: at('ours.yaml'), theirs: at('theirs.yaml'), article: at('story.md') };
    ours = sidecar(['Lena Berg']);
    await fs.writeFile(files.base, sidecar([]));
    await fs.writeFile(files.ours, ours);
    await fs.writeFile(files.theirs, sidecar(['Kiel'], 'b-'));
    await fs.writeFile(files.article, TEXT);
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('merges the readable files it is given', async () => {
    const merged = await merge('--article', files.article);
    assert.deepStrictEqual(merged, {
      code: 0,
      out: ['merge-sidecar: 2 annotation(s), 0 relation(s) merged for story.md.'],
      err: [],
    });
  });

  it('leaves our version as it was, with exit status 1, when a version is above 20 MB or not a file', async () => {
    await fs.appendFile(files.theirs, '# ' + 'x'.repeat(20 * 1048576) + '\n');
    await fs.rm(files.base);
    await fs.mkdir(files.base);
    assert.deepStrictEqual(await merge('--article', files.article), {
      code: 1,
      out: [],
      err: [
        `merge-sidecar: ${files.base} is a folder, not a file; our version is left as it was.`,
        `merge-sidecar: ${files.theirs} is 20 MB, above the 20 MB limit; our version is left as it was.`,
      ],
    });
    // As git runs it: the temporary copies are named by the sidecar's path and their version.
    const named = await merge('--article', files.article, '--path', 'desk/story.md.annotations.yaml');
    assert.match(named.err[1], /^merge-sidecar: desk\/story\.md\.annotations\.yaml \(their version\) is 20 MB/);
    assert.strictEqual(await fs.readFile(files.ours, 'utf8'), ours);
  });

  it('leaves our version as it was, with exit status 1, when the article is above 50 MB, binary or a folder', async () => {
    const refusal = (problem: string) => ({
      code: 1,
      out: [],
      err: [`merge-sidecar: ${files.article}: the article ${problem}; our version is left as it was.`],
    });
    await fs.writeFile(files.article, TEXT.repeat(Math.ceil((50 * 1048576 + 1) / TEXT.length)));
    assert.deepStrictEqual(
      await merge('--article', files.article),
      refusal('is larger than the 50 MB merge-sidecar reads'),
    );
    await fs.writeFile(files.article, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    assert.deepStrictEqual(await merge('--article', files.article), refusal('looks like a binary file'));
    await fs.rm(files.article);
    await fs.mkdir(files.article);
    assert.deepStrictEqual(await merge('--article', files.article), refusal('is a folder, not a file'));
    // Without --article, the article the sidecar names beside our version: the same file.
    assert.deepStrictEqual(await merge(), refusal('is a folder, not a file'));
    assert.strictEqual(await fs.readFile(files.ours, 'utf8'), ours);
  });
});
