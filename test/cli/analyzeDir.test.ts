import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { analyzeDirCommand } from '../../src/cli/analyzeDir';
import { createAnnotation, parseSidecar, serializeSidecar, textHash } from '../../src/core/sidecar';
import { runCommand } from './runCommand';

const STORY =
  'Prime Minister Ana Ferreira visited Berlin on 12 March 2024.\n\nShe met Olaf Brandt of Siemens in Munich.\n';
const NOTE = 'Talks in Lisbon with Maria Costa continue on Monday.\n';

/** Folders the tests made, removed after each. */
const made: string[] = [];

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-dir-'));
  made.push(dir);
  const put = (relative: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, relative), content);
  };
  put('news/story.md', STORY);
  put('news/note.txt', NOTE);
  put('README.md', STORY);
  put('node_modules/pkg/doc.md', STORY);
  put('drafts/draft.md', STORY);
  put('.git/x.md', STORY);
  put('broken.md', STORY);
  put('broken.md.annotations.yaml', 'version: 1\narticle: [not closed\n');
  // The user already annotated Ana Ferreira as an organisation (their call) in story.md.
  const start = STORY.indexOf('Ana Ferreira');
  put(
    'news/story.md.annotations.yaml',
    serializeSidecar({
      version: 1,
      article: 'story.md',
      textHash: textHash(STORY),
      annotations: [{ ...createAnnotation(STORY, start, start + 12, 'organisation'), id: 'a-user' }],
      corrections: [],
    }),
  );
  return dir;
}

const run = (args: string[]) => runCommand(analyzeDirCommand, args);

const read = (dir: string, relative: string) => fs.readFileSync(path.join(dir, relative), 'utf8');
const exists = (dir: string, relative: string) => fs.existsSync(path.join(dir, relative));

describe('article-annotator analyze --dir', () => {
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes suggestions into the sidecars of the articles below the folder, and reports malformed sidecars', async () => {
    const dir = workspace();
    const brokenBefore = read(dir, 'broken.md.annotations.yaml');
    const { code, out, err } = await run(['--dir', dir, '--exclude', '**/drafts/**']);
    assert.strictEqual(code, 1, 'non-zero: one sidecar could not be used');
    assert.match(err.join('\n'), /^broken\.md: its sidecar has problems \(line \d+: .+\); left unchanged$/);
    assert.strictEqual(read(dir, 'broken.md.annotations.yaml'), brokenBefore);
    assert.ok(!exists(dir, 'README.md.annotations.yaml') && !exists(dir, 'node_modules/pkg/doc.md.annotations.yaml'));
    assert.ok(!exists(dir, 'drafts/draft.md.annotations.yaml') && !exists(dir, '.git/x.md.annotations.yaml'));

    const story = parseSidecar(read(dir, 'news/story.md.annotations.yaml')).data!;
    assert.deepStrictEqual(
      story.annotations.map(a => [a.id, a.label, a.quote]),
      [['a-user', 'organisation', 'Ana Ferreira']],
    );
    const suggested = story.suggestions!.map(s => `${s.label}:${s.quote}`);
    assert.ok(suggested.includes('location:Berlin') && suggested.includes('date:12 March 2024'), suggested.join(', '));
    assert.ok(!suggested.some(s => s.includes('Ana')), "nothing over the user's own annotation");
    assert.ok(story.suggestions!.every(s => s.source === 'model' && /^s-/.test(s.id)));
    const note = parseSidecar(read(dir, 'news/note.txt.annotations.yaml')).data!;
    assert.strictEqual(note.article, 'note.txt');
    assert.strictEqual(note.textHash, textHash(NOTE));
    assert.ok(note.suggestions!.some(s => s.quote === 'Lisbon'));

    const total = story.suggestions!.length + note.suggestions!.length;
    assert.strictEqual(
      out[out.length - 1],
      `Analysed 2 articles: ${total} new suggestions in 2 sidecars (1 new); 1 file with problems left unchanged.`,
    );
    assert.ok(
      out.includes(`news/note.txt: added ${note.suggestions!.length} suggestions (new note.txt.annotations.yaml)`),
      out.join('\n'),
    );
  });

  it('is idempotent: a second run adds nothing and leaves every file as it was', async () => {
    const dir = workspace();
    await run(['--dir', dir]);
    const before = read(dir, 'news/story.md.annotations.yaml');
    const { out } = await run(['--dir', dir]);
    assert.match(out[out.length - 1], /^Analysed 3 articles: 0 new suggestions in 0 sidecars/);
    assert.strictEqual(read(dir, 'news/story.md.annotations.yaml'), before);
  });

  it('only reports with --dry-run, and honours --include and --labels', async () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, 'page.html'), NOTE);
    const storyBefore = read(dir, 'news/story.md.annotations.yaml');
    const { out } = await run(['--dir', dir, '--dry-run', '--include', '*.html', '--labels', 'location']);
    assert.ok(
      out.some(l => l.startsWith('page.html: would add 1 suggestion (new ')),
      out.join('\n'),
    );
    assert.match(out[out.length - 1], /\(dry run: nothing written\)\.$/);
    assert.ok(!exists(dir, 'page.html.annotations.yaml'));
    assert.strictEqual(read(dir, 'news/story.md.annotations.yaml'), storyBefore);
  });

  it('gives the same sidecars and report with --jobs 2 as with --jobs 1, in the order of the articles', async () => {
    // The first article is long, so the short ones after it are analysed before it is.
    const long = Array.from(
      { length: 400 },
      (_, i) => `Dr. Ines Moreau of Harbourview Labs spoke in Quito on day ${i}.`,
    );
    const articles: Record<string, string> = { 'a-long.md': long.join('\n\n') + '\n' };
    for (let i = 0; i < 9; i++)
      articles[`b-${i}.md`] = `Talks in Lisbon with Maria Costa ${i} continue on ${i + 1} May.\n`;
    articles['c-broken.md'] = STORY;
    articles['c-broken.md.annotations.yaml'] = 'version: 1\narticle: [not closed\n';
    const folders = [1, 2].map(() => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-dir-jobs-'));
      made.push(dir);
      for (const [name, text] of Object.entries(articles)) fs.writeFileSync(path.join(dir, name), text);
      return dir;
    });
    const one = await run(['--dir', folders[0], '--jobs', '1']);
    const two = await run(['--dir', folders[1], '--jobs', '2']);
    assert.deepStrictEqual([two.code, two.out, two.err], [one.code, one.out, one.err]);
    assert.deepStrictEqual(
      one.out.map(l => l.split(':')[0]),
      ['a-long.md', ...Array.from({ length: 9 }, (_, i) => `b-${i}.md`), 'Analysed 10 articles'],
    );
    // The sidecars differ only in the time of writing and the suggestions' random ids.
    const sidecars = (dir: string) =>
      fs
        .readdirSync(dir)
        .filter(f => f.endsWith('.annotations.yaml'))
        .sort()
        .map(f =>
          read(dir, f)
            .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')
            .replace(/id: s-\w+/g, 'id: s-ID'),
        );
    assert.strictEqual(sidecars(folders[1]).length, 11);
    assert.deepStrictEqual(sidecars(folders[1]), sidecars(folders[0]));
  });

  it('explains wrong usage', async () => {
    assert.strictEqual((await run(['--dir'])).code, 2);
    assert.strictEqual((await run(['--dir', '/no/such/folder'])).code, 2);
    const labels = await run(['--dir', os.tmpdir(), '--labels', 'people']);
    assert.strictEqual(labels.code, 2);
    assert.match(labels.err[0], /unknown label\(s\) people/);
    const jobs = await run(['--dir', os.tmpdir(), '--jobs', '0']);
    assert.strictEqual(jobs.code, 2);
    assert.match(jobs.err[0], /--jobs takes a whole number of threads, at least 1/);
    assert.strictEqual((await run(['--dir', os.tmpdir(), '--help'])).out[0].split(' ')[0], 'usage:');
  });

  it('is reached through the main command', async () => {
    const dir = workspace();
    const write = process.stdout.write;
    let printed = '';
    process.stdout.write = ((chunk: string) => {
      printed += chunk;
      return true;
    }) as typeof process.stdout.write;
    try {
      assert.strictEqual(await main(['analyze', '--dir', path.join(dir, 'news')]), 0);
    } finally {
      process.stdout.write = write;
    }
    assert.match(printed, /Analysed 2 articles: \d+ new suggestions in 2 sidecars \(1 new\)\.\n$/);
  });
});
