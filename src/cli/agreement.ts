import { promises as fs } from 'fs';
import * as path from 'path';
import { AgreementCounts, AgreementScores, addCounts, countAgreement, scoreAgreement } from '../core/agreement';
import { reanchorSidecar } from '../core/anchor';
import { MAX_SCHEMA_LENGTH, SCHEMA_FILE_NAME, parseAnnotationSchema } from '../core/project';
import { SidecarData, textHash } from '../core/sidecar';
import { tokenize } from '../core/text/tokenize';
import { Output, ParsedArgs, UsageError, parseArgs } from './args';
import { articleLimit, commandLineFlow } from './sidecars';

const USAGE =
  'usage: article-annotator agreement A.yaml B.yaml [--article PATH] [--json]  (or two folders of sidecars)';

class Unreadable extends Error {}

/** A sidecar read as every command reads one: its type and size checked before it is opened, strict UTF-8. */
async function readSidecar(file: string): Promise<SidecarData> {
  const read = await commandLineFlow().readSidecar(file);
  if (read.state === 'missing') throw new Unreadable(`${file}: no such file`);
  if (read.state === 'unreadable') throw new Unreadable(`${file}: ${read.problem}`);
  const error = read.parsed.diagnostics.find(d => d.severity === 'error');
  if (!read.parsed.data || error)
    throw new Unreadable(`${file}:${(error?.line ?? 0) + 1}: ${error?.message ?? 'not a sidecar'}`);
  return read.parsed.data;
}

const ARTICLE_LIMIT = articleLimit('agreement', 'nothing was compared');

/** An article's text as the editor presents it, or undefined when it is not there; throws when it cannot be used. */
async function readIfThere(file: string): Promise<string | undefined> {
  const article = await commandLineFlow().readArticle(file, ARTICLE_LIMIT.maxChars, ARTICLE_LIMIT.problem);
  if (!('problem' in article)) return article.text;
  if (article.missing) return undefined;
  throw new Unreadable(`${file}: the article ${article.problem}.`);
}

/**
 * The article both sidecars annotate: `--article`, else the file the sidecars name beside either of
 * them, else in the current folder. Undefined when none is found.
 */
async function findArticle(
  given: string | undefined,
  files: [string, string],
  data: [SidecarData, SidecarData],
): Promise<{ path: string; text: string } | undefined> {
  const candidates = given
    ? [given]
    : [
        path.join(path.dirname(files[0]), data[0].article),
        path.join(path.dirname(files[1]), data[1].article),
        data[0].article,
      ];
  for (const candidate of candidates) {
    const text = await readIfThere(candidate);
    if (text !== undefined) return { path: candidate, text };
  }
  return undefined;
}

/** Symmetric relation types of the nearest `annotation-schema.yaml` at or above `folder`, read as the editor reads it. */
async function symmetricTypes(folder: string, err: Output): Promise<Set<string>> {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const file = path.join(dir, SCHEMA_FILE_NAME);
    const found = await commandLineFlow().readText(file, MAX_SCHEMA_LENGTH);
    if (found.state === 'unreadable') {
      err(`${file}: ${found.problem}; compared without its relation types.`);
      return new Set();
    }
    if (found.state === 'read')
      return new Set(
        parseAnnotationSchema(found.text)
          .schema?.relations.filter(r => r.symmetric)
          .map(r => r.name) ?? [],
      );
    if (path.dirname(dir) === dir) return new Set();
  }
}

/** Counts for one pair of sidecars, both placed on the article's current text when it is found. */
async function comparePair(
  files: [string, string],
  article: string | undefined,
  err: Output,
): Promise<AgreementCounts> {
  const data: [SidecarData, SidecarData] = [await readSidecar(files[0]), await readSidecar(files[1])];
  const found = await findArticle(article, files, data);
  const symmetric = await symmetricTypes(path.dirname(found?.path ?? files[0]), err);
  if (!found) {
    if (data[0].textHash !== data[1].textHash)
      throw new Unreadable(
        `${files[0]} and ${files[1]} annotate different versions of ${data[0].article}; give the article with --article.`,
      );
    err(`${data[0].article} not found: kappa needs the article's text (give it with --article).`);
    return countAgreement(data[0], data[1], undefined, t => symmetric.has(t));
  }
  const hash = textHash(found.text);
  const placed = data.map((d, i) => {
    if (d.textHash === hash) return d;
    err(`${files[i]}: written for another version of ${found.path}; re-anchored to the current text.`);
    return reanchorSidecar(d, found.text).data;
  });
  return countAgreement(placed[0], placed[1], tokenize(found.text), t => symmetric.has(t));
}

/** Sidecars below `dir`, by path relative to it (hidden folders and node_modules left out). */
async function sidecarsIn(dir: string, relative = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(path.join(dir, relative), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = path.join(relative, entry.name);
    if (entry.isDirectory()) found.push(...(await sidecarsIn(dir, rel)));
    else if (entry.name.endsWith('.annotations.yaml')) found.push(rel);
  }
  return found.sort();
}

const score = (n: number | null) => (n === null ? '–' : n.toFixed(3));

function table(scores: AgreementScores): string[] {
  const row = (name: string, a: number, b: number, both: number, exact: number | null, overlap: number | null) =>
    `${name.padEnd(16)} ${String(a).padStart(5)} ${String(b).padStart(5)} ${String(both).padStart(5)}  ${score(exact).padStart(8)}  ${score(overlap).padStart(10)}`;
  const o = scores.overall;
  const r = scores.relations;
  const lines = [
    `${'label'.padEnd(16)} ${'A'.padStart(5)} ${'B'.padStart(5)} ${'both'.padStart(5)}  exact F1  overlap F1`,
  ];
  for (const [label, c] of Object.entries(scores.labels)) lines.push(row(label, c.a, c.b, c.both, c.f1, c.overlapF1));
  lines.push(row('overall', o.a, o.b, o.both, o.exactF1, o.overlapF1));
  lines.push(`Cohen's kappa on ${scores.tokens} token labels: ${score(o.kappa)}`);
  lines.push(`relations: A ${r.a}, B ${r.b}, both ${r.both}, F1 ${score(r.f1)}`);
  if (scores.orphaned.a + scores.orphaned.b > 0)
    lines.push(`orphaned annotations left out: A ${scores.orphaned.a}, B ${scores.orphaned.b}`);
  return lines;
}

/**
 * `agreement A B [--article PATH] [--json]`: how far two annotators agree, from two sidecars of the
 * same article (for example `git show alice:story.md.annotations.yaml`), or two folders of sidecars
 * paired by their path (counts added up per label). Exit 1 when a sidecar cannot be read.
 */
export async function agreementCommand(args: string[], out: Output, err: Output): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args, { booleans: ['--json'], valued: ['--article'] });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`agreement: ${e.message}`);
    err(USAGE);
    return 2;
  }
  if (parsed.positional.length !== 2) {
    err(USAGE);
    return 2;
  }
  const [a, b] = parsed.positional;
  const article = parsed.flags.get('--article');
  try {
    const folders = (await fs.stat(a)).isDirectory() && (await fs.stat(b)).isDirectory();
    const pairs: string[] = folders ? await pairedSidecars(a, b, err) : [''];
    const files: { file: string; counts: AgreementCounts }[] = [];
    for (const rel of pairs) {
      const pair: [string, string] = folders ? [path.join(a, rel), path.join(b, rel)] : [a, b];
      files.push({
        file: rel,
        counts: await comparePair(pair, typeof article === 'string' ? article : undefined, err),
      });
    }
    const scores = scoreAgreement(addCounts(files.map(f => f.counts)));
    if (parsed.flags.has('--json')) {
      const perFile = files.map(f => ({ file: f.file, overall: scoreAgreement(f.counts).overall }));
      out(JSON.stringify(folders ? { ...scores, files: perFile } : scores));
    } else {
      if (folders)
        for (const f of files) {
          const o = scoreAgreement(f.counts).overall;
          out(`${f.file}: exact F1 ${score(o.exactF1)}, overlap F1 ${score(o.overlapF1)}, kappa ${score(o.kappa)}`);
        }
      table(scores).forEach(line => out(line));
    }
    return 0;
  } catch (e) {
    if (!(e instanceof Unreadable) && (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    err(e instanceof Unreadable ? e.message : `agreement: ${(e as Error).message}`);
    return 1;
  }
}

/** Relative paths of the sidecars both folders hold; the others are named on stderr. */
async function pairedSidecars(a: string, b: string, err: Output): Promise<string[]> {
  const [left, right] = [await sidecarsIn(a), await sidecarsIn(b)];
  const both = left.filter(f => right.includes(f));
  for (const f of left.filter(f => !right.includes(f))) err(`${path.join(a, f)}: no counterpart in ${b}; left out.`);
  for (const f of right.filter(f => !left.includes(f))) err(`${path.join(b, f)}: no counterpart in ${a}; left out.`);
  if (both.length === 0) throw new Unreadable(`${a} and ${b} hold no sidecars with the same path.`);
  return both;
}
