import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { exportCommand, importBratCommand } from '../../src/cli/interchange';
import { reanchorCommand } from '../../src/cli/reanchor';
import { createAnnotation, parseSidecar, serializeSidecar, textHash } from '../../src/core/sidecar';
import { runCommand } from './runCommand';

const ARTICLE = 'Kim met Kim in Seoul on Friday.\nLater Kim flew to Oslo.\n';

const run = runCommand;

function at(text: string, quote: string, nth: number, label: string, id: string) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  return {
    ...createAnnotation(text, start, start + quote.length, label, { now: new Date('2026-01-01T00:00:00Z') }),
    id,
  };
}

describe('sidecar commands', () => {
  let dir: string;
  let article: string;
  let sidecar: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'annotator-cli-'));
    article = path.join(dir, 'story.md');
    sidecar = path.join(dir, 'story.md.annotations.yaml');
    await fs.writeFile(article, ARTICLE);
    const annotations = [
      at(ARTICLE, 'Kim', 0, 'person', 'a-first'),
      at(ARTICLE, 'Kim', 1, 'person', 'a-second'),
      at(ARTICLE, 'Oslo', 0, 'location', 'a-oslo'),
    ];
    const yaml = serializeSidecar({
      version: 1,
      article: 'story.md',
      textHash: textHash(ARTICLE),
      annotations,
      corrections: [],
    });
    await fs.writeFile(sidecar, '# reviewed by the desk\n' + yaml);
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reports kept, moved and orphaned annotations, and writes only with --write', async () => {
    await fs.writeFile(article, 'Yesterday Kim met Kim in Seoul on Friday.\nLater Kim flew to Bergen.\n');
    const before = await fs.readFile(sidecar, 'utf8');
    const dry = await run(reanchorCommand, [article, '--json']);
    assert.strictEqual(dry.code, 0, dry.err.join('\n'));
    const report = JSON.parse(dry.out[0]);
    assert.deepStrictEqual([report.kept, report.moved, report.orphaned], [0, 2, 1]);
    assert.deepStrictEqual(
      report.annotations.map((a: { id: string; status: string; start: number }) => [a.id, a.status, a.start]),
      [
        ['a-first', 'moved', 10],
        ['a-second', 'moved', 18],
        ['a-oslo', 'orphaned', 50],
      ],
    );
    assert.strictEqual(await fs.readFile(sidecar, 'utf8'), before);

    const written = await run(reanchorCommand, [article, '--write']);
    assert.match(written.out[0], /0 kept, 2 moved, 1 orphaned; sidecar updated/);
    const after = await fs.readFile(sidecar, 'utf8');
    assert.ok(after.startsWith('# reviewed by the desk\n'));
    const data = parseSidecar(after).data!;
    assert.strictEqual(data.textHash, textHash(await fs.readFile(article, 'utf8')));
    assert.deepStrictEqual(
      data.annotations.map(a => [a.id, a.start, a.orphaned ?? false]),
      [
        ['a-first', 10, false],
        ['a-second', 18, false],
        ['a-oslo', 50, true],
      ],
    );
    const again = await run(reanchorCommand, [article]);
    assert.match(again.out[0], /2 kept, 0 moved, 1 orphaned$/);
  });

  it('fails clearly on a missing or malformed sidecar and writes nothing', async () => {
    await fs.rm(sidecar);
    const missing = await run(reanchorCommand, [article, '--write']);
    assert.strictEqual(missing.code, 1);
    assert.match(missing.err[0], /no sidecar/);
    await fs.writeFile(sidecar, 'version: 1\narticle: story.md\ntextHash: nope\nannotations: [\n');
    const broken = await run(reanchorCommand, [article, '--write']);
    assert.strictEqual(broken.code, 1);
    assert.match(broken.err[0], /story\.md\.annotations\.yaml:\d+:\d+: error: /);
    assert.strictEqual(
      await fs.readFile(sidecar, 'utf8'),
      'version: 1\narticle: story.md\ntextHash: nope\nannotations: [\n',
    );
    assert.deepStrictEqual((await fs.readdir(dir)).sort(), ['story.md', 'story.md.annotations.yaml']);
  });

  it('refuses an article above 50 MB, a binary one, a folder and a sidecar above 20 MB, and writes nothing', async () => {
    const yaml = await fs.readFile(sidecar, 'utf8');
    // Edited since the sidecar was written: were it read, --write would move the annotations.
    await fs.writeFile(article, 'Yesterday ' + ARTICLE.repeat(Math.ceil((50 * 1048576) / ARTICLE.length)));
    assert.deepStrictEqual(await run(reanchorCommand, [article, '--write']), {
      code: 1,
      out: [],
      err: [`${article}: the article is larger than the 50 MB reanchor reads; nothing was written.`],
    });
    await fs.writeFile(article, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    assert.deepStrictEqual(await run(reanchorCommand, [article, '--write']), {
      code: 1,
      out: [],
      err: [`${article}: the article looks like a binary file.`],
    });
    const folder = path.join(dir, 'folder.md');
    await fs.mkdir(folder);
    assert.deepStrictEqual(await run(reanchorCommand, [folder, '--write']), {
      code: 1,
      out: [],
      err: [`${folder}: the article is a folder, not a file.`],
    });
    assert.strictEqual(await fs.readFile(sidecar, 'utf8'), yaml);

    await fs.writeFile(article, 'Yesterday ' + ARTICLE);
    const huge = yaml + '# ' + 'x'.repeat(20 * 1048576) + '\n';
    await fs.writeFile(sidecar, huge);
    const refused = await run(reanchorCommand, [article, '--write']);
    assert.strictEqual(refused.code, 1);
    assert.match(refused.err.join('\n'), /story\.md\.annotations\.yaml is 20 MB, above the 20 MB limit/);
    assert.strictEqual(await fs.readFile(sidecar, 'utf8'), huge);
    assert.deepStrictEqual((await fs.readdir(dir)).sort(), ['folder.md', 'story.md', 'story.md.annotations.yaml']);
  });

  it('reads an article with a byte order mark as the editor does, without it', async () => {
    await fs.writeFile(article, '\ufeff' + ARTICLE);
    const result = await run(reanchorCommand, [article, '--json']);
    assert.deepStrictEqual(JSON.parse(result.out[0]).kept, 3);
  });

  it('rejects bad usage', async () => {
    assert.strictEqual((await run(reanchorCommand, [])).code, 2);
    assert.strictEqual((await run(reanchorCommand, [article, '--force'])).code, 2);
    assert.strictEqual((await run(exportCommand, [article, '--format', 'xml'])).code, 2);
    assert.strictEqual((await run(importBratCommand, [article])).code, 2);
  });

  it('exports every format to stdout or a file', async () => {
    const brat = await run(exportCommand, [article, '--format', 'brat']);
    assert.deepStrictEqual(brat.out, ['T1\tperson 0 3\tKim\nT2\tperson 8 11\tKim\nT3\tlocation 50 54\tOslo']);
    const csv = await run(exportCommand, [article, '--format', 'csv']);
    assert.match(csv.out[0], /^id,label,start,end,quote/);
    const conll = await run(exportCommand, [article, '--format', 'conll']);
    assert.ok(conll.out[0].startsWith('Kim B-person\nmet O\nKim B-person\n'));
    const file = path.join(dir, 'out.jsonld');
    const jsonld = await run(exportCommand, [article, '--format', 'jsonld', '--output', file]);
    assert.deepStrictEqual([jsonld.code, jsonld.out], [0, []]);
    assert.strictEqual(JSON.parse(await fs.readFile(file, 'utf8')).total, 3);
  });

  it('imports brat annotations into a new sidecar, then exports them unchanged', async () => {
    await fs.rm(sidecar);
    const ann = path.join(dir, 'story.ann');
    const standoff = 'T4\tPER 0 3\tKim\n#1\tAnnotatorNotes T4\tthe host\nT5\tGPE 15 20\tSeoul\n';
    await fs.writeFile(ann, standoff);
    const dry = await run(importBratCommand, [article, ann]);
    assert.match(dry.out[0], /2 annotation\(s\) imported.*use --write/);
    await assert.rejects(fs.access(sidecar));
    const wet = await run(importBratCommand, [article, ann, '--write']);
    assert.strictEqual(wet.code, 0, wet.err.join('\n'));
    const back = await run(exportCommand, [article, '--format', 'brat']);
    assert.strictEqual(back.out[0] + '\n', standoff);
    const twice = await run(importBratCommand, [article, ann, '--write']);
    assert.match(twice.out[0], /0 annotation\(s\) imported.*2 already present/);
  });
});
