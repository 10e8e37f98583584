import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeCommand } from '../../src/cli/analyze';
import { generateNews } from '../../scripts/bench-news';

/** Invented news articles as JSONL, with a bad line every so often: about `chars` characters in all. */
function corpus(chars: number): string[] {
  const articles = generateNews(Math.ceil(chars / 6), 7).split('\n\n');
  return articles.map((text, i) =>
    i % 9 === 4 ? `{"id": ${i}, "text": ` : JSON.stringify({ id: `doc-${i}`, text, dct: '2025-10-12' }),
  );
}

/** Folders the tests made, removed after each. */
const made: string[] = [];

async function run(lines: string[], ...options: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-jsonl-'));
  made.push(dir);
  const input = path.join(dir, 'in.jsonl');
  const output = path.join(dir, 'out.jsonl');
  fs.writeFileSync(input, lines.join('\n') + '\n');
  const errors: string[] = [];
  const status = await analyzeCommand(
    ['--input', input, '--output', output, ...options],
    () => undefined,
    e => errors.push(e),
  );
  return { status, output: fs.readFileSync(output, 'utf8'), errors };
}

/** `analyze` as a separate process started as `bin/article-annotator.js` starts it. */
function analyzeProcess(options: string[]) {
  const cli = path.resolve(__dirname, '..', '..', 'src', 'cli', 'main.js');
  return spawn(
    process.execPath,
    ['-e', `require(${JSON.stringify(cli)}).run(process.argv.slice(1))`, 'analyze', ...options],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
}

/** The command line as a separate process, as a batch system runs it: JSONL on stdin, spans on stdout. */
function filter(
  input: string,
  ...options: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = analyzeProcess(options);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', d => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', d => (stderr += d));
  child.stdin.end(input);
  return new Promise(resolve => child.on('close', status => resolve({ status, stdout, stderr })));
}

describe('article-annotator analyze --input (JSONL)', () => {
  // Over a megabyte: several runs of lines, so that worker threads share the work.
  const lines = corpus(1_200_000);

  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same output, errors and status with worker threads as in one thread', async () => {
    const one = await run(lines, '--jobs', '1');
    const two = await run(lines, '--jobs', '2');
    assert.strictEqual(one.status, 1, 'bad lines make the status 1');
    assert.ok(one.errors.length > 10 && one.errors.every(e => /^line \d+: not valid JSON/.test(e)), one.errors[0]);
    assert.deepStrictEqual(
      one.errors.map(e => Number(/^line (\d+)/.exec(e)![1])),
      lines.flatMap((l, i) => (l.endsWith(': ') ? [i + 1] : [])),
      'every bad line reported by its number, in order',
    );
    const ids = one.output
      .trim()
      .split('\n')
      .map(l => JSON.parse(l).id);
    assert.deepStrictEqual(
      ids,
      lines.flatMap((l, i) => (l.endsWith(': ') ? [] : [`doc-${i}`])),
      'one output line per good input line, in input order',
    );
    assert.strictEqual(two.output, one.output);
    assert.deepStrictEqual(two.errors, one.errors);
    assert.strictEqual(two.status, one.status);
  });

  it('gives, for the input split into parts, outputs that concatenate to the output of one run', async () => {
    const whole = await run(lines, '--jobs', '2');
    const cuts = [0, 1, 37, 38, 150, lines.length];
    let joined = '';
    for (let p = 0; p + 1 < cuts.length; p++) {
      const part = await run(lines.slice(cuts[p], cuts[p + 1]), '--jobs', p % 2 === 0 ? '1' : '2');
      joined += part.output;
      // Line numbers count within the part.
      const bad = lines.slice(cuts[p], cuts[p + 1]).flatMap((l, i) => (l.endsWith(': ') ? [`line ${i + 1}`] : []));
      assert.deepStrictEqual(
        part.errors.map(e => e.split(':')[0]),
        bad,
      );
    }
    assert.strictEqual(joined, whole.output);
  });

  it('works as a line-in, line-out filter on stdin and stdout, with an exit status that tells success', async () => {
    const good = lines.filter(l => !l.endsWith(': ')).slice(0, 3);
    const ok = await filter(good.join('\r\n') + '\r\n', '--jobs', '2');
    assert.strictEqual(ok.status, 0, ok.stderr);
    assert.strictEqual(ok.stderr, '');
    const expected = await run(good, '--jobs', '1');
    assert.strictEqual(ok.stdout, expected.output);
    const bad = await filter(`${good[0]}\n\n{"text": 3}\n${good[1]}`);
    assert.strictEqual(bad.status, 1);
    assert.strictEqual(bad.stderr, 'line 3: missing "text" string\n');
    assert.strictEqual(bad.stdout.split('\n').length, 3, 'the good lines are still analysed');
    const usage = await filter('', '--jobs', '0');
    assert.strictEqual(usage.status, 2);
    assert.match(usage.stderr, /--jobs takes a whole number/);
  });

  it('ends quietly when the reader closes the pipe early, as `| head` does', async () => {
    const child = analyzeProcess(['--jobs', '2']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', d => (stderr += d));
    // The reader goes after the first output; the process has many more lines to write.
    child.stdout.once('data', () => child.stdout.destroy());
    // It may stop reading its input before all of it is written.
    child.stdin.on('error', () => undefined);
    child.stdin.end(lines.filter(l => !l.endsWith(': ')).join('\n') + '\n');
    const status = await new Promise(resolve => child.on('close', resolve));
    assert.strictEqual(stderr, '');
    assert.strictEqual(status, 0);
  });
});
