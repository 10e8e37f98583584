import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeDirCommand } from '../../src/cli/analyzeDir';
import { exportCommand } from '../../src/cli/interchange';
import { main } from '../../src/cli/main';
import { nodeFiles, readLocalFile } from '../../src/cli/nodeFiles';
import { reanchorCommand } from '../../src/cli/reanchor';
import { createAnnotation, parseSidecar, serializeSidecar, SidecarData, textHash } from '../../src/core/sidecar';
import { runCommand } from './runCommand';

const STORY = 'Talks in Lisbon with Maria Costa continue on Monday.\n';

const run = runCommand;

function sidecarFor(text: string, ...annotations: SidecarData['annotations']): string {
  return serializeSidecar({ version: 1, article: 'story.md', textHash: textHash(text), annotations, corrections: [] });
}

function annotation(text: string, quote: string, id: string, note?: string) {
  const start = text.indexOf(quote);
  return {
    ...createAnnotation(text, start, start + quote.length, 'person', { note, now: new Date('2026-01-05T10:00:00Z') }),
    id,
  };
}

describe('the command line with hostile files', function () {
  // analyze --dir loads the shipped model once per test file.
  this.timeout(120000);
  let dir: string;
  const at = (...parts: string[]) => path.join(dir, ...parts);

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'annotator-hostile-'));
    await fs.writeFile(at('story.md'), STORY);
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reports a folder, a pipe and a link to /dev/zero named like sidecars or articles, and analyses the rest', async () => {
    for (const name of ['folder.md', 'pipe.md', 'zero.md']) await fs.writeFile(at(name), STORY);
    await fs.mkdir(at('folder.md.annotations.yaml'));
    execFileSync('mkfifo', [at('pipe.md.annotations.yaml')]);
    execFileSync('mkfifo', [at('fifo.md')]);
    await fs.symlink('/dev/zero', at('zero.md.annotations.yaml'));
    const { code, out, err } = await run(analyzeDirCommand, ['--dir', dir]);
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(err.sort(), [
      'fifo.md: not a regular file (a pipe, a device or a broken link); skipped',
      'folder.md: its sidecar is a folder, not a file; left unchanged',
      'pipe.md: its sidecar is not a regular file (a pipe, a device or a broken link); left unchanged',
      'zero.md: its sidecar is not a regular file (a pipe, a device or a broken link); left unchanged',
    ]);
    assert.match(
      out[out.length - 1],
      /^Analysed 1 article: \d+ new suggestions in 1 sidecar \(1 new\); 4 files with problems/,
    );
    assert.ok(parseSidecar(await fs.readFile(at('story.md.annotations.yaml'), 'utf8')).data!.suggestions!.length > 0);
    assert.ok((await fs.stat(at('folder.md.annotations.yaml'))).isDirectory());
    // A pipe named like a sidecar does not hang the other commands either.
    const reanchor = await run(reanchorCommand, [at('pipe.md'), '--write']);
    assert.strictEqual(reanchor.code, 1);
    assert.match(reanchor.err.join('\n'), /pipe\.md\.annotations\.yaml is not a regular file/);
  });

  it('says an article deleted between its check and its read cannot be found, in analyze --dir and export', async () => {
    await fs.writeFile(at('gone.md'), STORY);
    await fs.writeFile(at('gone.md.annotations.yaml'), sidecarFor(STORY, annotation(STORY, 'Maria Costa', 'a-1')));
    const read = nodeFiles.read;
    // Another program deletes the article at the worst moment: after its size check, before its read.
    nodeFiles.read = async (file, limit) => {
      if (path.basename(file) === 'gone.md') await fs.rm(file);
      return read(file, limit);
    };
    try {
      const analysed = await run(analyzeDirCommand, ['--dir', dir]);
      assert.deepStrictEqual(analysed.err, ['gone.md: cannot be found; skipped']);
      assert.strictEqual(analysed.code, 1);
      assert.match(analysed.out[analysed.out.length - 1], /^Analysed 1 article: .*; 1 file with problems/);
      await fs.writeFile(at('gone.md'), STORY);
      const exported = await run(exportCommand, [at('gone.md'), '--format', 'csv']);
      assert.deepStrictEqual(exported, { code: 1, out: [], err: [`${at('gone.md')}: the article cannot be found.`] });
    } finally {
      nodeFiles.read = read;
    }
  });

  it('reads no more of a file than the limit and one byte, however large it is', async () => {
    await fs.writeFile(at('long.md'), 'x'.repeat(300_000));
    assert.strictEqual((await readLocalFile(at('long.md'), 1000)).length, 1001);
    assert.strictEqual((await readLocalFile(at('long.md'), 299_999)).length, 300_000);
    assert.strictEqual((await readLocalFile(at('long.md'), 300_000)).length, 300_000);
    assert.strictEqual((await readLocalFile(at('long.md'))).length, 300_000);
    assert.strictEqual(new TextDecoder().decode(await readLocalFile(at('story.md'), 1 << 20)), STORY);
    assert.strictEqual((await readLocalFile(at('story.md'), 0)).length, 1);
  });

  it('refuses a sidecar that is not UTF-8, saying where, and never rewrites it', async () => {
    const text = sidecarFor(STORY, annotation(STORY, 'Maria Costa', 'a-costa', 'caf\u00e9'));
    const latin1 = Buffer.from(text, 'latin1');
    await fs.writeFile(at('story.md.annotations.yaml'), latin1);
    await fs.writeFile(at('story.md'), 'Breaking: ' + STORY);
    const line = text.split('\n').findIndex(l => l.includes('note:')) + 1;
    const { code, err } = await run(reanchorCommand, [at('story.md'), '--write']);
    assert.strictEqual(code, 1);
    assert.match(
      err[0],
      new RegExp(`story\\.md\\.annotations\\.yaml:${line}:1: error: .*not UTF-8 text \\(byte 0xE9 at line ${line}`),
    );
    const batch = await run(analyzeDirCommand, ['--dir', dir]);
    assert.match(batch.err.join('\n'), /story\.md: its sidecar is not UTF-8 text .*; left unchanged/);
    assert.deepStrictEqual(await fs.readFile(at('story.md.annotations.yaml')), latin1);
  });

  it('keeps a byte order mark when it rewrites a sidecar', async () => {
    await fs.writeFile(
      at('story.md.annotations.yaml'),
      '\ufeff' + sidecarFor(STORY, annotation(STORY, 'Lisbon', 'a-l')),
    );
    await fs.writeFile(at('story.md'), 'Breaking: ' + STORY);
    const { code, out } = await run(reanchorCommand, [at('story.md'), '--write']);
    assert.strictEqual(code, 0);
    assert.match(out[0], /1 moved.*sidecar updated/);
    const written = await fs.readFile(at('story.md.annotations.yaml'), 'utf8');
    assert.ok(written.startsWith('\ufeffversion: 1\n'), 'the byte order mark is still there');
    assert.strictEqual(parseSidecar(written.slice(1)).data!.annotations[0].start, 'Breaking: Talks in '.length);
  });

  it('exports an article far above maxArticleSize, and says why it exports neither a corpus nor a binary file', async () => {
    const long = STORY.repeat(Math.ceil(4_000_000 / STORY.length));
    await fs.writeFile(at('long.md'), long);
    await fs.writeFile(at('long.md.annotations.yaml'), sidecarFor(long, annotation(long, 'Lisbon', 'a-l')));
    const exported = await run(exportCommand, [at('long.md'), '--format', 'brat', '--output', at('long.ann')]);
    assert.deepStrictEqual(exported, { code: 0, out: [], err: [] });
    assert.strictEqual(await fs.readFile(at('long.ann'), 'utf8'), 'T1\tperson 9 15\tLisbon\n');

    // Above the 50 MB an export reads: refused, and nothing is written.
    const corpus = STORY.repeat(Math.ceil((50 * 1048576 + 1) / STORY.length));
    await fs.writeFile(at('corpus.md'), corpus);
    await fs.writeFile(at('corpus.md.annotations.yaml'), sidecarFor(corpus, annotation(corpus, 'Lisbon', 'a-l')));
    const refused = await run(exportCommand, [at('corpus.md'), '--format', 'brat', '--output', at('corpus.ann')]);
    assert.deepStrictEqual(refused, {
      code: 1,
      out: [],
      err: [`${at('corpus.md')}: the article is larger than the 50 MB an export reads; nothing was exported.`],
    });
    await fs.writeFile(at('scan.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    await fs.writeFile(at('scan.md.annotations.yaml'), sidecarFor(STORY));
    const binary = await run(exportCommand, [at('scan.md'), '--format', 'brat', '--output', at('scan.ann')]);
    assert.deepStrictEqual(binary, {
      code: 1,
      out: [],
      err: [`${at('scan.md')}: the article looks like a binary file.`],
    });
    for (const output of ['corpus.ann', 'scan.ann'])
      await assert.rejects(fs.stat(at(output)), { code: 'ENOENT' }, output);
  });

  it('refuses to export over the article or its sidecar, by any path', async () => {
    await fs.writeFile(at('story.md.annotations.yaml'), sidecarFor(STORY, annotation(STORY, 'Lisbon', 'a-l')));
    await fs.mkdir(at('sub'));
    await fs.symlink(at('story.md'), at('link.md'));
    await fs.link(at('story.md.annotations.yaml'), at('hard.yaml'));
    for (const output of [
      at('story.md'),
      at('sub', '..', 'story.md.annotations.yaml'),
      at('link.md'),
      at('hard.yaml'),
    ]) {
      const { code, err } = await run(exportCommand, [at('story.md'), '--format', 'brat', '--output', output]);
      assert.strictEqual(code, 1, output);
      assert.match(err.join('\n'), /choose another output file; nothing was written/);
    }
    assert.strictEqual(await fs.readFile(at('story.md'), 'utf8'), STORY);
    assert.match(await fs.readFile(at('story.md.annotations.yaml'), 'utf8'), /id: a-l/);
    const fine = await run(exportCommand, [at('story.md'), '--format', 'brat', '--output', at('story.ann')]);
    assert.strictEqual(fine.code, 0);
    assert.strictEqual(await fs.readFile(at('story.ann'), 'utf8'), 'T1\tperson 9 15\tLisbon\n');
  });

  it('prints no terminal escape sequence from a note or an id, and says how many orphans it left out', async () => {
    const hostile = { ...annotation(STORY, 'Lisbon', 'a-\u001b[2J', 'see \u001b]8;;http://x\u0007here\u009b31m') };
    const orphan = { ...annotation(STORY, 'Maria Costa', 'a-gone'), orphaned: true };
    await fs.writeFile(at('story.md.annotations.yaml'), sidecarFor(STORY, hostile, orphan));
    const printed: string[] = [];
    const write = process.stdout.write;
    const writeErr = process.stderr.write;
    process.stdout.write = ((chunk: string) => printed.push(chunk) > 0) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string) => printed.push(chunk) > 0) as typeof process.stderr.write;
    try {
      for (const format of ['brat', 'csv', 'conll', 'jsonld'])
        assert.strictEqual(await main(['export', at('story.md'), '--format', format]), 0);
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
    const all = printed.join('');
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(all, /[\u001b\u0007\u009b]/, 'no raw control character');
    assert.match(all, /see ␛\]8;;http:\/\/x␇here\ufffd31m/, 'shown as visible characters');
    assert.match(all, /"see \\u001b\]8;;http:\/\/x\\u0007here\\u009b31m"/, 'escaped in JSON, exactly');
    assert.match(all, /1 orphaned annotation was left out of the export/);
  });

  it('restores what a run killed between its temporary file and the rename left, as the editor does', async () => {
    const before = sidecarFor(STORY, annotation(STORY, 'Lisbon', 'a-l'));
    const cut = sidecarFor(STORY, annotation(STORY, 'Lisbon', 'a-l'), annotation(STORY, 'Maria Costa', 'a-m'));
    await fs.writeFile(at('story.md.annotations.yaml'), before);
    const leftover = at('.story.md.annotations.yaml.k3j4h5g6.tmp');
    await fs.writeFile(leftover, cut);
    const { code, out, err } = await run(reanchorCommand, [at('story.md')]);
    assert.strictEqual(code, 0);
    assert.match(err[0], /Restored story\.md\.annotations\.yaml \(2 annotations\) from an interrupted save/);
    assert.match(out[0], /2 kept/);
    assert.strictEqual(await fs.readFile(at('story.md.annotations.yaml'), 'utf8'), cut);
    assert.deepStrictEqual((await fs.readdir(dir)).sort(), ['story.md', 'story.md.annotations.yaml']);
  });
});

describe('the command line with the workspace settings', function () {
  this.timeout(120000);
  let dir: string;
  const at = (...parts: string[]) => path.join(dir, ...parts);

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'annotator-settings-'));
    await fs.mkdir(at('.vscode'));
    await fs.mkdir(at('desk'));
    await fs.writeFile(at('desk', 'story.md'), STORY);
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("names sidecars and limits suggestions as the workspace's .vscode/settings.json says, under the flags", async () => {
    await fs.writeFile(
      at('.vscode', 'settings.json'),
      '{\n  // as the editor has them\n  "articleAnnotator.sidecar.fileName": "${base}.notes.yml",\n  "articleAnnotator.suggestions.maxPerArticle": 1,\n}\n',
    );
    const { code, out } = await run(analyzeDirCommand, ['--dir', at('desk')]);
    assert.strictEqual(code, 0);
    assert.match(
      out[0],
      /^story\.md: added 1 suggestion \(new story\.notes\.yml\) \(limit of 1 waiting for review reached: 2 more not suggested\)$/,
    );
    assert.match(out[1], /1 article reached the limit of 1 suggestions waiting for review \(2 more not suggested/);
    assert.strictEqual(
      parseSidecar(await fs.readFile(at('desk', 'story.notes.yml'), 'utf8')).data!.suggestions!.length,
      1,
    );

    const flagged = await run(analyzeDirCommand, [
      '--dir',
      at('desk'),
      '--max-suggestions',
      '5',
      '--sidecar-name',
      '${name}.yaml',
    ]);
    assert.match(flagged.out[0], /^story\.md: added 3 suggestions \(new story\.md\.yaml\)$/);
    const reanchor = await run(reanchorCommand, [at('desk', 'story.md')]);
    assert.match(reanchor.out[0], /0 kept, 0 moved, 0 orphaned/, 'reads the sidecar the settings name');
    const small = await run(analyzeDirCommand, ['--dir', at('desk'), '--max-article-size', '10', '--dry-run']);
    assert.deepStrictEqual(small.err, ['story.md: larger than articleAnnotator.maxArticleSize; skipped']);
    assert.strictEqual((await run(analyzeDirCommand, ['--dir', at('desk'), '--max-suggestions', 'many'])).code, 2);
  });
});
