import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { agreementCommand } from '../../src/cli/agreement';
import { main } from '../../src/cli/main';
import { Annotation, createAnnotation, serializeSidecar, textHash } from '../../src/core/sidecar';
import { runCommand } from './runCommand';

// Invented text: the same as the core agreement tests, whose figures are worked out there by hand.
const TEXT = 'Ana Silva met Bruno Costa at the Porto Harbour Authority on Monday.';
const ALICE: [string, string][] = [
  ['Ana Silva', 'person'],
  ['Bruno Costa', 'person'],
  ['Porto Harbour Authority', 'organisation'],
];
const BOB: [string, string][] = [
  ['Ana Silva', 'person'],
  ['Bruno', 'person'],
  ['Porto', 'location'],
  ['Harbour Authority', 'organisation'],
];

function sidecar(text: string, spans: [string, string][], prefix: string): string {
  const annotations: Annotation[] = spans.map(([quote, label], i) => {
    const start = text.indexOf(quote);
    return { ...createAnnotation(text, start, start + quote.length, label, { now: new Date(0) }), id: `${prefix}${i}` };
  });
  return serializeSidecar({ version: 1, article: 'story.md', textHash: textHash(text), annotations, corrections: [] });
}

const run = (args: string[]) => runCommand(agreementCommand, args);

describe('article-annotator agreement', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'annotator-agreement-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function pair(folder: string, text = TEXT): Promise<[string, string]> {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, 'story.md'), text);
    const a = path.join(folder, 'alice.yaml');
    const b = path.join(folder, 'bob.yaml');
    await fs.writeFile(a, sidecar(text, ALICE, 'a-'));
    await fs.writeFile(b, sidecar(text, BOB, 'b-'));
    return [a, b];
  }

  it('prints one JSON object with per-label counts and F1, and overall F1 and kappa', async () => {
    const [a, b] = await pair(dir);
    const result = await run([a, b, '--json']);
    assert.strictEqual(result.code, 0, result.err.join('\n'));
    const report = JSON.parse(result.out.join('\n'));
    assert.deepStrictEqual(report.labels.person, { a: 2, b: 2, both: 1, f1: 0.5, overlapF1: 1 });
    assert.deepStrictEqual(report.labels.location, { a: 0, b: 1, both: 0, f1: 0, overlapF1: 0 });
    assert.strictEqual(report.overall.exactF1, 2 / 7);
    assert.strictEqual(report.overall.overlapF1, 6 / 7);
    assert.ok(Math.abs(report.overall.kappa - 83 / 109) < 1e-12);
    assert.deepStrictEqual(report.relations, { a: 0, b: 0, both: 0, f1: null });
  });

  it('prints a table, and finds the article beside neither copy only with --article', async () => {
    const [a, b] = await pair(path.join(dir, 'work'));
    // As `git show alice:story.md.annotations.yaml > /tmp/...` leaves them: away from the article.
    const elsewhere = path.join(dir, 'copies');
    await fs.mkdir(elsewhere);
    await fs.copyFile(a, path.join(elsewhere, 'alice.yaml'));
    await fs.copyFile(b, path.join(elsewhere, 'bob.yaml'));
    const without = await run([path.join(elsewhere, 'alice.yaml'), path.join(elsewhere, 'bob.yaml')]);
    assert.strictEqual(without.code, 0);
    assert.match(without.err.join('\n'), /story\.md not found: kappa needs the article's text/);
    assert.ok(
      without.out.some(l => /^Cohen's kappa on 0 token labels: –$/.test(l)),
      without.out.join('\n'),
    );
    const withArticle = await run([
      path.join(elsewhere, 'alice.yaml'),
      path.join(elsewhere, 'bob.yaml'),
      '--article',
      path.join(dir, 'work', 'story.md'),
    ]);
    assert.deepStrictEqual(withArticle.err, []);
    assert.deepStrictEqual(withArticle.out, [
      'label                A     B  both  exact F1  overlap F1',
      'location             0     1     0     0.000       0.000',
      'organisation         1     1     0     0.000       1.000',
      'person               2     2     1     0.500       1.000',
      'overall              3     4     1     0.286       0.857',
      "Cohen's kappa on 13 token labels: 0.761",
      'relations: A 0, B 0, both 0, F1 –',
    ]);
  });

  it('re-anchors a sidecar written for another version of the article', async () => {
    // An edit far enough before the sentence to leave every annotation's context as it was.
    const lead = 'Ports and ferries: the week in brief, from our correspondents.\n\n';
    const [a, b] = await pair(dir, lead + TEXT);
    const older = lead.replace('Ports and ferries', 'Ports') + TEXT;
    await fs.writeFile(b, sidecar(older, BOB, 'b-'));
    const result = await run([a, b, '--json']);
    assert.match(result.err.join('\n'), /bob\.yaml: written for another version of .*story\.md; re-anchored/);
    assert.strictEqual(JSON.parse(result.out[0]).overall.exactF1, 2 / 7);
    await fs.rm(path.join(dir, 'story.md'));
    const lost = await run([a, b]);
    assert.strictEqual(lost.code, 1);
    assert.match(lost.err.join('\n'), /annotate different versions of story\.md; give the article with --article/);
  });

  it('adds up two folders of sidecars paired by path, and names the unpaired ones', async () => {
    const alice = path.join(dir, 'alice');
    const bob = path.join(dir, 'bob');
    for (const sub of ['', 'world']) {
      for (const [who, spans] of [
        [alice, ALICE],
        [bob, sub ? ALICE : BOB],
      ] as const) {
        await fs.mkdir(path.join(who, sub), { recursive: true });
        await fs.writeFile(path.join(who, sub, 'story.md'), TEXT);
        await fs.writeFile(path.join(who, sub, 'story.md.annotations.yaml'), sidecar(TEXT, [...spans], 'x-'));
      }
    }
    await fs.writeFile(path.join(alice, 'extra.md.annotations.yaml'), sidecar(TEXT, ALICE, 'y-'));
    const result = await run([alice, bob, '--json']);
    assert.strictEqual(result.code, 0, result.err.join('\n'));
    assert.match(result.err.join('\n'), /extra\.md\.annotations\.yaml: no counterpart in/);
    const report = JSON.parse(result.out[0]);
    assert.deepStrictEqual(report.labels.person, { a: 4, b: 4, both: 3, f1: 0.75, overlapF1: 1 });
    assert.deepStrictEqual(
      report.files.map((f: { file: string; overall: { exactF1: number } }) => [f.file, f.overall.exactF1]),
      [
        ['story.md.annotations.yaml', 2 / 7],
        [path.join('world', 'story.md.annotations.yaml'), 1],
      ],
    );
  });

  it('refuses an article above 50 MB, a binary one or a folder, and a sidecar above 20 MB, naming the file', async () => {
    const [a, b] = await pair(dir);
    const article = path.join(dir, 'story.md');
    await fs.writeFile(article, TEXT.repeat(Math.ceil((50 * 1048576 + 1) / TEXT.length)));
    assert.deepStrictEqual(await run([a, b]), {
      code: 1,
      out: [],
      err: [`${article}: the article is larger than the 50 MB agreement reads; nothing was compared.`],
    });
    await fs.writeFile(article, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    assert.deepStrictEqual(await run([a, b]), {
      code: 1,
      out: [],
      err: [`${article}: the article looks like a binary file.`],
    });
    assert.deepStrictEqual(await run([a, b, '--article', dir]), {
      code: 1,
      out: [],
      err: [`${dir}: the article is a folder, not a file.`],
    });
    await fs.writeFile(article, TEXT);
    await fs.appendFile(b, '# ' + 'x'.repeat(20 * 1048576) + '\n');
    assert.deepStrictEqual(await run([a, b]), {
      code: 1,
      out: [],
      err: [`${b}: is 20 MB, above the 20 MB limit`],
    });
  });

  it('says when the project schema cannot be read, and compares without its relation types', async () => {
    const [a, b] = await pair(dir);
    const schema = path.join(dir, 'annotation-schema.yaml');
    await fs.mkdir(schema);
    const result = await run([a, b, '--json']);
    assert.strictEqual(result.code, 0);
    assert.deepStrictEqual(result.err, [`${schema}: is a folder, not a file; compared without its relation types.`]);
    assert.strictEqual(JSON.parse(result.out[0]).overall.exactF1, 2 / 7);
  });

  it('reports a malformed sidecar at its line with exit status 1, and is reached from the command line', async () => {
    const [a, b] = await pair(dir);
    await fs.writeFile(b, 'version: 1\narticle: story.md\ntextHash: nope\nannotations: []\n');
    const result = await run([a, b]);
    assert.strictEqual(result.code, 1);
    assert.match(result.err[0], /bob\.yaml:3: "textHash" must be/);
    const usage = await run([a]);
    assert.strictEqual(usage.code, 2);
    const write = process.stdout.write;
    let printed = '';
    process.stdout.write = ((chunk: string) => {
      printed += chunk;
      return true;
    }) as typeof process.stdout.write;
    try {
      assert.strictEqual(await main(['agreement', a, a, '--json']), 0);
    } finally {
      process.stdout.write = write;
    }
    assert.strictEqual(JSON.parse(printed).overall.exactF1, 1);
  });
});
