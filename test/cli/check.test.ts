import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkCommand } from '../../src/cli/check';
import { main } from '../../src/cli/main';
import { createCorrection, serializeSidecar, textHash } from '../../src/core/sidecar';
import { runCommand } from './runCommand';

const STORY = [
  '---',
  'date: 2026-03-12',
  '---',
  '',
  '# Harbour council backs dredging plan 🚢',
  '',
  'VALMORE – The harbour council approved the plan on Monday, March 10, 2026, after a long debate.',
  '',
  'Council chair Ingrid Solvang said the work would start soon.',
  '',
].join('\n');

const run = (args: string[]) => runCommand(checkCommand, args);

describe('article-annotator check', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotator-check-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string | Buffer) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };

  it('lists diagnostics with line, column and fixes, and exits 1 on a warning', async () => {
    const file = write('story.md', STORY);
    const { code, out } = await run([file]);
    assert.strictEqual(code, 1);
    assert.match(
      out[0],
      /story\.md:7:52: warning: “Monday, March 10, 2026”: March 10, 2026 is a Tuesday, not a Monday\. \[weekday-mismatch\]/,
    );
    assert.strictEqual(out[1], '    fix: Change “Monday” to “Tuesday”');
    assert.strictEqual(out.at(-1), '1 article checked: 1 warning, 0 notes.');
  });

  it('writes one JSON object per article with UTF-16 offsets', async () => {
    const file = write('story.md', STORY);
    const other = write('notes.md', 'Nothing to see here.\n');
    const { code, out } = await run([file, other, '--json']);
    assert.strictEqual(code, 1);
    const [first, second] = out.map(l => JSON.parse(l));
    assert.deepStrictEqual(second, { file: other, diagnostics: [] });
    assert.strictEqual(first.file, file);
    const [d] = first.diagnostics;
    // The ship before it is two UTF-16 code units: offsets count them as the editor does.
    assert.strictEqual(STORY.slice(d.start, d.end), 'Monday, March 10, 2026');
    assert.deepStrictEqual(Object.keys(d), ['code', 'start', 'end', 'severity', 'message', 'fixes']);
    assert.deepStrictEqual(
      { code: d.code, severity: d.severity, fixes: d.fixes },
      {
        code: 'weekday-mismatch',
        severity: 'warning',
        fixes: ['Change “Monday” to “Tuesday”', 'Change the date to Monday, March 9, 2026'],
      },
    );
  });

  it('exits 0 when it finds only notes, and uses the sidecar date and the registry above the article', async () => {
    const undated = write('desk/ferry.md', 'The ferry crews walked out last Friday.\n');
    const notes = await run([undated, '--json']);
    assert.strictEqual(notes.code, 0, 'a note is not a warning');
    assert.deepStrictEqual(
      JSON.parse(notes.out[0]).diagnostics.map((d: { code: string }) => d.code),
      ['no-article-date'],
    );
    const text = fs.readFileSync(undated, 'utf8');
    write(
      'desk/ferry.md.annotations.yaml',
      serializeSidecar({
        version: 1,
        article: 'ferry.md',
        textHash: textHash(text),
        date: '2026-03-12',
        annotations: [],
        corrections: [],
      }),
    );
    assert.deepStrictEqual(JSON.parse((await run([undated, '--json'])).out[0]).diagnostics, []);

    write('entities.yaml', 'version: 1\nentities:\n  - name: Oksana Dirvel\n    type: person\n');
    const named = write(
      'desk/port.md',
      '---\ndate: 2026-03-12\n---\n\nThe chief executive, Oksana Dirvell, cut the ribbon.\n',
    );
    const registry = JSON.parse((await run([named, '--json'])).out[0]);
    assert.deepStrictEqual(
      registry.diagnostics.map((d: { code: string }) => d.code),
      ['registry-spelling'],
    );
  });

  it('respects the corrections in a sidecar written for the same text', async () => {
    const text =
      'The ferry left.\n\nDaniel Okafor met Maria Lindqvist in Lisbon.\n\nLindquist said the talks had gone well.\n';
    const file = write('story.md', text);
    const before = JSON.parse((await run([file, '--json'])).out[0]).diagnostics;
    assert.deepStrictEqual(
      before.map((d: { code: string }) => d.code),
      ['name-variant'],
    );
    const at = text.indexOf('Lindquist');
    const correction = createCorrection(text, at, at + 'Lindquist'.length, 'person', 'none');
    write(
      'story.md.annotations.yaml',
      serializeSidecar({
        version: 1,
        article: 'story.md',
        textHash: textHash(text),
        annotations: [],
        corrections: [correction],
      }),
    );
    assert.deepStrictEqual(
      JSON.parse((await run([file, '--json'])).out[0]).diagnostics,
      [],
      'not a person, so no misspelling',
    );
  });

  it('reports unreadable and binary files, and wrong usage', async () => {
    const binary = write('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const missing = path.join(dir, 'missing.md');
    const result = await run([binary, missing]);
    assert.strictEqual(result.code, 1);
    assert.match(result.err.join('\n'), /photo\.png: the article looks like a binary file/);
    assert.match(result.err.join('\n'), /missing\.md: the article cannot be found/);
    assert.strictEqual((await run([])).code, 2);
    assert.strictEqual((await run(['--frobnicate', binary])).code, 2);
  });

  it('reads the workspace settings: families switched off, the sidecar name, the modification-day fallback', async () => {
    const file = write('desk/story.md', STORY.replace('chair Ingrid Solvang', 'chair Solvang'));
    const codes = async (args: string[] = []) =>
      JSON.parse((await run([file, '--json', ...args])).out[0]).diagnostics.map((d: { code: string }) => d.code);
    assert.deepStrictEqual(await codes(), ['weekday-mismatch']);
    write(
      '.vscode/settings.json',
      '{\n  // as the editor writes it\n  "articleAnnotator.checks.weekdays": false,\n}\n',
    );
    assert.deepStrictEqual(await codes(), []);

    const undated = write('desk/ferry.md', 'The ferry crews walked out last Friday.\n');
    const sidecar = serializeSidecar({
      version: 1,
      article: 'ferry.md',
      textHash: textHash(fs.readFileSync(undated, 'utf8')),
      date: '2026-03-12',
      annotations: [],
      corrections: [],
    });
    write('desk/ferry.md.notes.yaml', sidecar);
    const undatedCodes = async (args: string[] = []) =>
      JSON.parse((await run([undated, '--json', ...args])).out[0]).diagnostics.map((d: { code: string }) => d.code);
    assert.deepStrictEqual(await undatedCodes(), ['no-article-date'], 'the default sidecar name finds no date');
    assert.deepStrictEqual(await undatedCodes(['--sidecar-name', '${name}.notes.yaml']), []);
    write(
      '.vscode/settings.json',
      '{"articleAnnotator.sidecar.fileName": "${name}.notes.yaml", "articleAnnotator.checks.weekdays": false}',
    );
    assert.deepStrictEqual(await undatedCodes(), []);

    // A guessed date resolves relative dates, so they no longer go unresolved, but nothing is checked against it.
    fs.rmSync(path.join(dir, 'desk/ferry.md.notes.yaml'));
    write('.vscode/settings.json', '{"articleAnnotator.articleDate.fallback": "fileModified"}');
    assert.deepStrictEqual(await undatedCodes(), []);
  });

  it('checks without a sidecar it cannot use, and changes no file', async () => {
    const text = 'The ferry crews walked out last Friday.\n';
    const file = write('ferry.md', text);
    const broken = 'version: 1\ndate: [2026\n';
    write('ferry.md.annotations.yaml', broken);
    // What an interrupted write leaves beside a sidecar: the editor restores it, a check does not.
    const leftover = write('.ferry.md.annotations.yaml.k3j9x2ab.tmp', 'version: 1\n');
    const names = fs.readdirSync(dir).sort();
    const { code, out, err } = await run([file, '--json']);
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(
      JSON.parse(out[0]).diagnostics.map((d: { code: string }) => d.code),
      ['no-article-date'],
    );
    assert.match(err.join('\n'), /ferry\.md\.annotations\.yaml: has errors; checked without it\./);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), names);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'ferry.md.annotations.yaml'), 'utf8'), broken);
    assert.strictEqual(fs.readFileSync(leftover, 'utf8'), 'version: 1\n');
  });

  it('reports a folder named like an article', async () => {
    fs.mkdirSync(path.join(dir, 'folder.md'));
    const { code, err } = await run([path.join(dir, 'folder.md')]);
    assert.strictEqual(code, 1);
    assert.match(err.join('\n'), /folder\.md: the article is a folder, not a file/);
  });

  it('is reached through the main command', async () => {
    const file = write('story.md', STORY);
    const lines: string[] = [];
    const write0 = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      assert.strictEqual(await main(['check', file, '--json']), 1);
    } finally {
      process.stdout.write = write0;
    }
    assert.strictEqual(JSON.parse(lines.join('')).diagnostics[0].code, 'weekday-mismatch');
  });
});
