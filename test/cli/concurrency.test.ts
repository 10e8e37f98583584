import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseSidecar } from '../../src/core/sidecar';

/** Processes started at once; CONCURRENT_WRITERS=100 repeats the case from the issue (slow on two cores). */
const WRITERS = Number(process.env.CONCURRENT_WRITERS ?? 24);

interface Run {
  code: number;
  output: string;
}

/** Starts command-line processes that wait for `start` to exist, then resolves once all of them are ready. */
async function startTogether(argsList: string[][], start: string): Promise<Promise<Run>[]> {
  const script = path.join(__dirname, 'cliProcess.js');
  const ready: Promise<void>[] = [];
  const runs = argsList.map(args => {
    const child: ChildProcess = spawn(process.execPath, [script, start, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let markReady: () => void;
    ready.push(new Promise<void>(resolve => (markReady = resolve)));
    child.stdout!.on('data', chunk => {
      output += chunk;
      if (output.startsWith('ready\n')) markReady();
    });
    child.stderr!.on('data', chunk => (output += chunk));
    return new Promise<Run>(resolve => child.on('close', code => resolve({ code: code ?? -1, output })));
  });
  await Promise.all(ready);
  return runs;
}

describe('concurrent writers on the command line', function () {
  // Every process loads the command line; on a busy two-core machine that alone takes tens of seconds.
  this.timeout(600000);
  let dir: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'annotator-concurrent-'));
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it(`loses none of ${WRITERS} annotations imported by as many processes at once, with analyze --dir running too`, async () => {
    const names = Array.from({ length: WRITERS }, (_, i) => `Name${i}`);
    const article = path.join(dir, 'story.md');
    await fs.writeFile(article, `Talks in Lisbon. ${names.join(' ')}.\n`);
    const imports: string[][] = [];
    let at = 'Talks in Lisbon. '.length;
    for (const [i, name] of names.entries()) {
      const ann = path.join(dir, `part${i}.ann`);
      await fs.writeFile(ann, `T1\tperson ${at} ${at + name.length}\t${name}\n`);
      at += name.length + 1;
      imports.push(['import-brat', article, ann, '--write']);
    }
    const start = path.join(dir, 'start');
    const runs = await startTogether([...imports, ['analyze', '--dir', dir, '--include', '*.md']], start);
    await fs.writeFile(start, '');
    const results = await Promise.all(runs);
    for (const r of results) assert.strictEqual(r.code, 0, r.output);

    const data = parseSidecar(await fs.readFile(path.join(dir, 'story.md.annotations.yaml'), 'utf8')).data!;
    const imported = data.annotations.map(a => a.quote).sort();
    assert.deepStrictEqual(imported, [...names].sort(), `${WRITERS - imported.length} of ${WRITERS} lost`);
    assert.ok(
      data.suggestions?.some(s => s.quote === 'Lisbon'),
      "the batch run's suggestion is there too",
    );
    const left = (await fs.readdir(dir)).filter(f => f.endsWith('.tmp') || f.endsWith('.lock'));
    assert.deepStrictEqual(left, [], 'no temporary file or lock left');
  });
});
