import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  Annotation,
  SidecarData,
  createAnnotation,
  parseSidecar,
  reattach,
  serializeSidecar,
  textHash,
} from '../../src/core/sidecar';
import { reanchorCommand } from '../../src/cli/reanchor';

// The driver as compiled by tsc beside this test (out/src/cli/mergeDriver.js), so no bundle is needed.
const DRIVER = path.resolve(__dirname, '../../src/cli/mergeDriver.js');
const SIDECAR = 'desk/story.md.annotations.yaml';
const ARTICLE = 'desk/story.md';

// An invented article; each branch edits a different paragraph.
const BASE_TEXT = [
  '# Ferry strike ends',
  '',
  'Crews of the Nordic Ferry Union returned to work on Monday after talks with Lena Berg.',
  '',
  'The port authority in Kiel said sailings to Oslo would resume at noon.',
  '',
].join('\n');

let stamp = 0;
function at(text: string, quote: string, label: string, id: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, quote);
  const now = new Date(Date.UTC(2026, 0, 1, 0, 0, stamp++));
  return { ...createAnnotation(text, start, start + quote.length, label, { now }), id, ...extra };
}

function sidecarText(text: string, annotations: Annotation[], more: Partial<SidecarData> = {}): string {
  const data: SidecarData = {
    version: 1,
    article: 'story.md',
    textHash: textHash(text),
    annotations,
    corrections: [],
    ...more,
  };
  return serializeSidecar(data);
}

/** A scratch repository whose git knows nothing of this machine's configuration. */
class Repo {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'annotator-git-'));
  private readonly env = {
    ...process.env,
    HOME: this.dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Desk',
    GIT_AUTHOR_EMAIL: 'desk@example.org',
    GIT_COMMITTER_NAME: 'Desk',
    GIT_COMMITTER_EMAIL: 'desk@example.org',
  };

  constructor(driver: boolean) {
    this.git('init', '-q', '-b', 'main');
    if (driver) {
      writeFileSync(path.join(this.dir, '.gitattributes'), '*.annotations.yaml merge=article-annotator\n');
      this.git('config', 'merge.article-annotator.name', 'Article Annotator sidecars');
      this.git('config', 'merge.article-annotator.driver', `node "${DRIVER}" %O %A %B --path %P`);
    }
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: this.env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** Runs git, returning its exit status and output instead of throwing on failure. */
  tryGit(...args: string[]): { status: number; output: string } {
    try {
      return { status: 0, output: this.git(...args) };
    } catch (e) {
      const failure = e as { status: number; stdout: string; stderr: string };
      return { status: failure.status, output: failure.stdout + failure.stderr };
    }
  }

  write(file: string, text: string | Uint8Array): void {
    execFileSync('mkdir', ['-p', path.dirname(path.join(this.dir, file))]);
    writeFileSync(path.join(this.dir, file), text);
  }

  read(file: string): string {
    return readFileSync(path.join(this.dir, file), 'utf8');
  }

  commit(message: string): void {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The merged sidecar reads cleanly, refers to the merged article, and every item sits on its quote. */
function assertPlaced(repo: Repo): SidecarData {
  const text = repo.read(SIDECAR);
  assert.ok(!/^(<<<<<<<|=======|>>>>>>>)/m.test(text), `no conflict markers:\n${text}`);
  const parsed = parseSidecar(text);
  assert.deepStrictEqual(parsed.diagnostics, []);
  const article = repo.read(ARTICLE);
  assert.strictEqual(parsed.data!.textHash, textHash(article), 'textHash is the merged article');
  for (const item of [...parsed.data!.annotations, ...parsed.data!.corrections]) {
    assert.ok(!item.orphaned, `${item.id} placed`);
    assert.strictEqual(article.slice(item.start, item.end), item.quote, item.id);
  }
  return parsed.data!;
}

describe('merge-sidecar as a git merge driver (real git)', function () {
  this.timeout(60000);
  let repo: Repo;
  afterEach(() => repo?.remove());

  /** Base commit, then branch `other` and `main` each edit the article and annotate it. */
  function twoBranches(withDriver: boolean, bothEditArticle: boolean): void {
    repo = new Repo(withDriver);
    const union = at(BASE_TEXT, 'Nordic Ferry Union', 'organisation', 'a-union');
    const kiel = at(BASE_TEXT, 'Kiel', 'location', 'a-kiel');
    // An item a branch leaves as it was only moves with that branch's edits of the article.
    const moved = (item: Annotation, text: string) =>
      reattach(item, text, text.indexOf(item.quote), text.indexOf(item.quote) + item.quote.length);
    repo.write(ARTICLE, BASE_TEXT);
    repo.write(SIDECAR, sidecarText(BASE_TEXT, [union, kiel]));
    repo.commit('base');

    repo.git('checkout', '-q', '-b', 'other');
    const theirText = BASE_TEXT.replace('at noon.', 'at noon, and to Gdansk on Friday.');
    repo.write(ARTICLE, theirText);
    repo.write(
      SIDECAR,
      sidecarText(theirText, [
        { ...moved(union, theirText), note: 'checked the name', updated: '2026-02-01T00:00:00Z' },
        moved(kiel, theirText),
        at(theirText, 'Gdansk', 'location', 'a-gdansk'),
        at(theirText, 'Lena Berg', 'person', 'a-berg-theirs'),
      ]),
    );
    repo.commit('other: Gdansk');

    repo.git('checkout', '-q', 'main');
    const ourText = bothEditArticle
      ? 'KIEL – ' + BASE_TEXT.replace('# Ferry strike ends\n\n', '# Ferry strike ends\n\nUpdated.\n\n')
      : BASE_TEXT;
    repo.write(ARTICLE, ourText);
    repo.write(
      SIDECAR,
      sidecarText(ourText, [moved(union, ourText), at(ourText, 'Oslo', 'location', 'a-oslo')], {
        relations: [{ id: 'r-1', type: 'based-in', from: 'a-union', to: 'a-oslo' }],
      }),
    );
    repo.commit('main: Oslo, Kiel deleted');
  }

  it('without the driver, a merge where both branches edited the article conflicts (the problem solved)', () => {
    twoBranches(false, true);
    const merge = repo.tryGit('merge', '--no-edit', 'other');
    assert.notStrictEqual(merge.status, 0);
    assert.match(repo.read(SIDECAR), /^<<<<<<< /m);
  });

  it('merges branches that both annotate while one edits the article, with no conflict', () => {
    twoBranches(true, false);
    const merge = repo.tryGit('merge', '--no-edit', 'other');
    assert.strictEqual(merge.status, 0, merge.output);
    const data = assertPlaced(repo);
    assert.deepStrictEqual(data.annotations.map(a => a.id).sort(), ['a-berg-theirs', 'a-gdansk', 'a-oslo', 'a-union']);
    assert.strictEqual(data.annotations.find(a => a.id === 'a-union')!.note, 'checked the name');
    assert.deepStrictEqual(data.relations, [{ id: 'r-1', type: 'based-in', from: 'a-union', to: 'a-oslo' }]);
  });

  it('merges branches that both edit the article and annotate, offsets recomputed on the merged article', () => {
    twoBranches(true, true);
    const merge = repo.tryGit('merge', '--no-edit', 'other');
    assert.strictEqual(merge.status, 0, merge.output);
    const article = repo.read(ARTICLE);
    assert.ok(article.startsWith('KIEL – ') && article.includes('Gdansk'), 'both edits of the article merged');
    const data = assertPlaced(repo);
    // Kiel was deleted on main and left as it was on the other branch: the deletion stands.
    assert.deepStrictEqual(data.annotations.map(a => a.id).sort(), ['a-berg-theirs', 'a-gdansk', 'a-oslo', 'a-union']);
    assert.strictEqual(repo.git('status', '--porcelain'), '');
  });

  it('rebases one branch onto the other the same way', () => {
    twoBranches(true, true);
    repo.git('checkout', '-q', 'other');
    const rebase = repo.tryGit('rebase', 'main');
    assert.strictEqual(rebase.status, 0, rebase.output);
    const data = assertPlaced(repo);
    assert.deepStrictEqual(data.annotations.map(a => a.id).sort(), ['a-berg-theirs', 'a-gdansk', 'a-oslo', 'a-union']);
  });

  it('when the article itself conflicts, merges the sidecar, and re-anchoring after the resolution places every item', async () => {
    twoBranches(true, true);
    repo.git('checkout', '-q', 'other');
    const clash = repo.read(ARTICLE).replace('on Monday', 'on Sunday');
    repo.write(ARTICLE, clash);
    repo.write(SIDECAR, repo.read(SIDECAR).replace(/textHash: .*/, `textHash: ${textHash(clash)}`));
    repo.commit('other: Sunday');
    repo.git('checkout', '-q', 'main');
    const ours = repo.read(ARTICLE).replace('on Monday', 'on Tuesday');
    repo.write(ARTICLE, ours);
    repo.write(SIDECAR, repo.read(SIDECAR).replace(/textHash: .*/, `textHash: ${textHash(ours)}`));
    repo.commit('main: Tuesday');
    const merge = repo.tryGit('merge', '--no-edit', 'other');
    assert.notStrictEqual(merge.status, 0, 'the article conflicts');
    assert.match(merge.output, /has conflicting edits itself/);
    const status = repo.git('status', '--porcelain');
    assert.match(status, /^UU desk\/story\.md$/m);
    assert.doesNotMatch(status, /^[UA]{2} .*annotations\.yaml$/m, 'the sidecar merged');
    const merged = parseSidecar(repo.read(SIDECAR)).data!;
    assert.ok(!merged.annotations.some(a => a.orphaned), 'every item placed, on the text with the conflict');

    // The person merging takes their side of the conflict (Sunday). The items placed inside it kept the
    // context they had on their branch, not the conflict markers: re-anchoring puts every item on the
    // resolved article.
    const conflicted = repo.read(ARTICLE);
    const resolved = conflicted.replace(/<<<<<<< .*\n[\s\S]*?=======\n([\s\S]*?)>>>>>>> .*\n/, '$1');
    assert.ok(resolved.includes('on Sunday') && resolved.includes('Gdansk') && !resolved.includes('<<<'));
    repo.write(ARTICLE, resolved);
    const out: string[] = [];
    const code = await reanchorCommand(
      [path.join(repo.dir, ARTICLE), '--write'],
      l => out.push(l),
      l => out.push(l),
    );
    assert.strictEqual(code, 0, out.join('\n'));
    assertPlaced(repo);
  });

  /** Commits `change` on the other branch, merges it into main, and checks git reports a conflict over our untouched sidecar. */
  function mergeRefused(bothEditArticle: boolean, change: () => void, message: RegExp): void {
    twoBranches(true, bothEditArticle);
    repo.git('checkout', '-q', 'other');
    change();
    repo.git('checkout', '-q', 'main');
    const ours = repo.read(SIDECAR);
    const merge = repo.tryGit('merge', '--no-edit', 'other');
    assert.notStrictEqual(merge.status, 0);
    assert.match(merge.output, message);
    assert.match(merge.output, /CONFLICT \(content\): Merge conflict in desk\/story\.md\.annotations\.yaml/);
    assert.strictEqual(repo.read(SIDECAR), ours);
    assert.match(repo.git('status', '--porcelain'), /^UU desk\/story\.md\.annotations\.yaml$/m);
  }

  it('leaves our sidecar as it was, for git to report a conflict, when their version is above 20 MB', () => {
    mergeRefused(
      false,
      () => {
        repo.write(SIDECAR, repo.read(SIDECAR) + '# ' + 'x'.repeat(20 * 1048576) + '\n');
        repo.commit('other: a long comment');
      },
      /merge-sidecar: desk\/story\.md\.annotations\.yaml \(their version\) is 20 MB, above the 20 MB limit; our version is left as it was\./,
    );
  });

  it('leaves our sidecar as it was, for git to report a conflict, when their article is above 50 MB', () => {
    mergeRefused(
      true,
      () => {
        repo.write(ARTICLE, repo.read(ARTICLE) + 'x'.repeat(50 * 1048576) + '\n');
        repo.commit('other: a corpus');
      },
      /merge-sidecar: desk\/story\.md: a version of the article in git is larger than the 50 MB merge-sidecar reads; our version is left as it was\./,
    );
  });

  it('leaves our sidecar as it was, for git to report a conflict, when their article is binary', () => {
    mergeRefused(
      false,
      () => {
        // Saved again as UTF-16, as some editors do: bytes no command reads as the article's text.
        repo.write(ARTICLE, Buffer.from('\ufeff' + repo.read(ARTICLE), 'utf16le'));
        repo.commit('other: the article in UTF-16');
      },
      /merge-sidecar: desk\/story\.md: a version of the article in git looks like a binary file; our version is left as it was\./,
    );
  });

  it('merges a file that is not a sidecar as text, as git would', () => {
    repo = new Repo(true);
    const lines = ['one', 'two', 'three', 'four', 'five', ''].join('\n');
    repo.write('notes.annotations.yaml', lines);
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'other');
    repo.write('notes.annotations.yaml', lines.replace('five', 'FIVE'));
    repo.commit('other');
    repo.git('checkout', '-q', 'main');
    repo.write('notes.annotations.yaml', lines.replace('one', 'ONE'));
    repo.commit('main');
    const merge = repo.tryGit('merge', '--no-edit', 'other');
    assert.strictEqual(merge.status, 0, merge.output);
    assert.strictEqual(repo.read('notes.annotations.yaml'), 'ONE\ntwo\nthree\nfour\nFIVE\n');
    assert.ok(!existsSync(path.join(repo.dir, 'notes.annotations.yaml.orig')));
  });
});
