import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ONE_THREAD_INPUT_BYTES, analyzeCommand, defaultJobs, formatTable } from '../../src/cli/analyze';
import { runCommand } from './runCommand';
import { wrapAt } from '../core/text/wrapAt';

/** Folders the tests made, removed after each. */
const made: string[] = [];

function tempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-test-'));
  made.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('article-annotator analyze', () => {
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads JSONL, writes spans with UTF-16 offsets and values, and reports bad lines by number', async () => {
    const text = 'Prime Minister Ana Ferreira visited Berlin on 12 March 2024.';
    const input = tempFile(
      'in.jsonl',
      [
        JSON.stringify({ id: 'one', text, dct: '2024-03-14' }),
        '{not json',
        JSON.stringify({ id: 'three', text: 42 }),
        JSON.stringify({ id: 'four', text: 'No names here.' }),
      ].join('\n'),
    );
    const output = path.join(path.dirname(input), 'out.jsonl');
    const errors: string[] = [];
    const status = await analyzeCommand(
      ['--input', input, '--output', output],
      () => undefined,
      e => errors.push(e),
    );
    assert.strictEqual(status, 1, 'non-zero when some lines failed');
    assert.deepStrictEqual(
      errors.map(e => e.split(':')[0]),
      ['line 2', 'line 3'],
    );
    const lines = fs
      .readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map(l => JSON.parse(l));
    assert.deepStrictEqual(
      lines.map(l => l.id),
      ['one', 'four'],
    );
    const spans = lines[0].spans as { start: number; end: number; type: string; value?: string }[];
    const found = spans.map(s => `${s.type}:${text.slice(s.start, s.end)}`);
    assert.ok(found.includes('PER:Ana Ferreira'), found.join(', '));
    assert.ok(found.includes('LOC:Berlin'), found.join(', '));
    const date = spans.find(s => s.type === 'DATE');
    assert.ok(date, 'a date span');
    assert.strictEqual(date.value, '2024-03-12');
    assert.deepStrictEqual(lines[1].spans, []);
  });

  it('finds the same names in an article hard-wrapped, or typed with curly quotes and no-break spaces', async () => {
    const flat =
      'Officials at the Halvard Shipping Authority said on Monday that the new quay in Port Selwyn would ' +
      'open in May, and the board chair Marit Oyelaran told reporters that the work had cost less than the ' +
      `Tarnby Harbour Trust had feared. "It's open," said Dr Oyelaran's deputy, Ines Valdemoro.`;
    const wrapped = [30, 40].map(width => wrapAt(flat, width));
    assert.ok(wrapped[0].includes('Halvard\nShipping') && wrapped[0].includes('Marit\nOyelaran'), wrapped[0]);
    assert.ok(wrapped[1].includes('Shipping\nAuthority'), wrapped[1]);
    // As a word processor or a web page types it: curly quotes and apostrophes, a no-break space after a title.
    const typeset = flat
      .replace(/"It/, '\u201cIt')
      .replace(/," /, ',\u201d ')
      .replace(/'/g, '\u2019')
      .replace('Dr ', 'Dr\u00a0')
      .replace('Ines ', 'Ines\u202f');
    assert.strictEqual(typeset.length, flat.length);
    const variants = [...wrapped, typeset];
    const input = tempFile(
      'in.jsonl',
      [flat, ...variants].map((text, i) => JSON.stringify({ id: `${i}`, text })).join('\n'),
    );
    const output = path.join(path.dirname(input), 'out.jsonl');
    assert.strictEqual(
      await analyzeCommand(
        ['--input', input, '--output', output],
        () => undefined,
        () => undefined,
      ),
      0,
    );
    const [one, ...others] = fs
      .readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map(l => JSON.parse(l).spans);
    assert.ok(
      one.some((s: { type: string }) => s.type === 'PER'),
      'the flat article has a person',
    );
    for (const spans of others) assert.deepStrictEqual(spans, one);
  });

  it('prints a readable table for article files and refuses binary files', async () => {
    const article = tempFile('story.txt', 'Ana Ferreira visited Berlin.\n');
    const binary = tempFile('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const { code, out, err } = await runCommand(analyzeCommand, [article, binary]);
    assert.strictEqual(code, 1);
    assert.match(out.join('\n'), /1:1\s+PER\s+Ana Ferreira/);
    assert.match(err.join('\n'), /binary/);
  });

  it('names a pipe or a missing file given as an article and goes on, without waiting on the pipe', async () => {
    const article = tempFile('bom.txt', '\ufeffAna Ferreira visited Berlin.\n');
    const pipe = path.join(path.dirname(article), 'pipe.md');
    execFileSync('mkfifo', [pipe]);
    const missing = path.join(path.dirname(article), 'missing.md');
    const { code, out, err } = await runCommand(analyzeCommand, [pipe, missing, article]);
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(err, [
      `${pipe}: is not a regular file (a pipe, a device or a broken link), skipped`,
      `${missing}: cannot be found, skipped`,
    ]);
    assert.match(out.join('\n'), /1:1\s+PER\s+Ana Ferreira/, 'the byte order mark is not part of the text');
  });

  it('runs a small input file in one thread by default, a large or unreadable one on every core', () => {
    const cores = os.availableParallelism();
    assert.strictEqual(defaultJobs(tempFile('small.jsonl', '{"text":"Oslo"}\n')), 1);
    // A sparse file: its size is what counts, and writing 8 MiB of lines would only slow the test.
    const large = tempFile('large.jsonl', '');
    fs.truncateSync(large, ONE_THREAD_INPUT_BYTES);
    assert.strictEqual(defaultJobs(large), cores);
    // A file that cannot be read is reported when it is opened; the default does not guess its size.
    assert.strictEqual(defaultJobs(path.join(path.dirname(large), 'missing.jsonl')), cores);
  });

  it('formats positions as line:column', () => {
    const table = formatTable('a\nBerlin', [{ start: 2, end: 8, type: 'LOC' }]);
    assert.deepStrictEqual(table.split('\n'), ['at   type  text    value', '2:1  LOC   Berlin']);
  });
});
