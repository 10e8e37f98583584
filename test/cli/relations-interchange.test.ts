import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { exportCommand, importBratCommand } from '../../src/cli/interchange';
import { createAnnotation, parseSidecar, serializeSidecar, textHash } from '../../src/core/sidecar';
import { runCommand } from './runCommand';

const ARTICLE = 'Rosa Lind chairs the Lake Council.\n';

const run = runCommand;

describe('export and import-brat with relations', () => {
  let dir: string;
  let article: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'annotator-relations-'));
    article = path.join(dir, 'story.md');
    await fs.writeFile(article, ARTICLE);
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes the relations file beside a CSV export, and prints them with --format csv-relations', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const rosa = { ...createAnnotation(ARTICLE, 0, 9, 'person', { now }), id: 'a-rosa' };
    const council = { ...createAnnotation(ARTICLE, 17, 33, 'organisation', { now }), id: 'a-council' };
    await fs.writeFile(
      path.join(dir, 'story.md.annotations.yaml'),
      serializeSidecar({
        version: 1,
        article: 'story.md',
        textHash: textHash(ARTICLE),
        annotations: [rosa, council],
        relations: [{ id: 'r-1', type: 'chairs', from: 'a-rosa', to: 'a-council' }],
        corrections: [],
      }),
    );
    const output = path.join(dir, 'out.csv');
    const written = await run(exportCommand, [article, '--format', 'csv', '--output', output]);
    assert.strictEqual(written.code, 0, written.err.join('\n'));
    const relations = await fs.readFile(path.join(dir, 'out.relations.csv'), 'utf8');
    assert.match(
      relations,
      /\r\nr-1,chairs,a-rosa,a-council,person,Rosa Lind,0,9,organisation,the Lake Council,17,33,/,
    );
    const printed = await run(exportCommand, [article, '--format', 'csv-relations']);
    assert.strictEqual(printed.out.join('\n') + '\r\n', relations);
  });

  it('imports brat relations and attributes into the sidecar with --write', async () => {
    const ann = path.join(dir, 'story.ann');
    await fs.writeFile(
      ann,
      'T1\tperson 0 9\tRosa Lind\nT2\torganisation 17 33\tthe Lake Council\nR1\tchairs Arg1:T1 Arg2:T2\nA1\ttenure T1 new\n',
    );
    const result = await run(importBratCommand, [article, ann, '--write']);
    assert.strictEqual(result.code, 0, result.err.join('\n'));
    assert.match(result.out[0], /2 annotation\(s\) and 1 relation\(s\) imported/);
    const data = parseSidecar(await fs.readFile(path.join(dir, 'story.md.annotations.yaml'), 'utf8')).data!;
    const rosa = data.annotations.find(a => a.quote === 'Rosa Lind')!;
    assert.deepStrictEqual(rosa.attributes, { tenure: 'new' });
    assert.deepStrictEqual(
      data.relations!.map(r => [r.type, r.from]),
      [['chairs', rosa.id]],
    );
  });
});
