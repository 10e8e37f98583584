import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeArticle, maxArticleBytes } from '../core/files';
import { textHash } from '../core/sidecar';

/**
 * What a merge driver needs of the article while git merges its sidecar: git runs drivers before it
 * writes any merged file, so the merged article is computed here the way git computes it, from the
 * article's versions on the two branches and at their merge base.
 */

/** A version of the article in git is longer than the command reads. */
export class ArticleTooLarge extends Error {}

/** A version of the article in git is not text, as the editor and the other commands would refuse it. */
export class BinaryArticle extends Error {}

/**
 * Runs git in the current folder (where git runs its merge drivers: the top of the work tree); undefined
 * when it fails. With `maxBytes`, output above it is not read whole: `ArticleTooLarge` is thrown.
 */
function git(args: string[], maxBytes?: number): Buffer | undefined {
  try {
    return execFileSync('git', args, {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: maxBytes ?? 256 * 1024 * 1024,
    });
  } catch (error) {
    if (maxBytes !== undefined && (error as NodeJS.ErrnoException).code === 'ENOBUFS') throw new ArticleTooLarge();
    return undefined;
  }
}

/** A version of the article read as every command reads an article; throws `BinaryArticle` for a binary one. */
function articleOf(bytes: Buffer): string {
  const decoded = decodeArticle(bytes);
  if (!decoded) throw new BinaryArticle();
  return decoded.text;
}

/** The commit being merged in: `git merge` names it in GITHEAD_<id>; other commands leave a ref. */
function theirCommit(): string | undefined {
  const named = Object.keys(process.env)
    .map(key => /^GITHEAD_([0-9a-f]{40,64})$/.exec(key)?.[1])
    .filter((id): id is string => !!id);
  if (named.length === 1) return named[0];
  for (const ref of ['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REBASE_HEAD', 'REVERT_HEAD']) {
    const id = git(['rev-parse', '-q', '--verify', `${ref}^{commit}`])
      ?.toString()
      .trim();
    if (id) return id;
  }
  return undefined;
}

/** Versions of the file in the repository's history (any branch), for finding one by its text's hash. */
function versionByHash(file: string, hash: string | undefined, maxBytes: number): Buffer | undefined {
  if (!hash) return undefined;
  const log = git(['log', '--all', '--format=', '--raw', '--no-abbrev', '--no-renames', '--', file]);
  const blobs = new Set<string>();
  for (const line of log?.toString().split('\n') ?? []) {
    const id = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) /.exec(line)?.[1];
    if (id && !/^0+$/.test(id)) blobs.add(id);
  }
  for (const id of blobs) {
    const bytes = git(['cat-file', 'blob', id], maxBytes);
    const decoded = bytes && decodeArticle(bytes);
    if (decoded && textHash(decoded.text) === hash) return bytes;
  }
  return undefined;
}

interface MergedArticle {
  text: string;
  /** The article itself has conflicting edits: `text` then holds git's conflict markers. */
  conflicted: boolean;
  /** Our and their versions of the article, which each side's annotations are placed from. */
  sources: { ours: string; theirs: string };
}

/**
 * The article (`file`, relative to the top of the work tree) as git's merge will leave it: our version
 * (HEAD), theirs (the commit being merged), and their merge base, merged by `git merge-file`. Versions
 * git does not name are found by the `textHash` the sidecars record. Undefined when git or a version
 * cannot be had. Throws `ArticleTooLarge` when a version or the merge is longer than `maxChars`, and
 * `BinaryArticle` when a version is binary.
 */
export function mergedArticle(
  file: string,
  hashes: { base?: string; theirs: string },
  maxChars: number,
): MergedArticle | undefined {
  const versions = articleVersions(file, hashes, maxArticleBytes(maxChars));
  if (!versions) return undefined;
  const { ours, base, theirs } = versions;
  const sources = { ours: articleOf(ours), theirs: articleOf(theirs) };
  // The common version is only merged from, but a binary one is refused too: git merges no text with it.
  articleOf(base);
  if (Math.max(sources.ours.length, sources.theirs.length) > maxChars) throw new ArticleTooLarge();
  if (ours.equals(theirs) || base.equals(theirs)) return { text: sources.ours, conflicted: false, sources };
  if (base.equals(ours)) return { text: sources.theirs, conflicted: false, sources };
  const merged = mergeFile(ours, base, theirs);
  if (merged && merged.text.length > maxChars) throw new ArticleTooLarge();
  return merged && { ...merged, sources };
}

/** Our, the common and their version of the article, each read only when it has at most `maxBytes`. */
function articleVersions(
  file: string,
  hashes: { base?: string; theirs: string },
  maxBytes: number,
): { ours: Buffer; base: Buffer; theirs: Buffer } | undefined {
  const ours = git(['show', `HEAD:${file}`], maxBytes);
  if (!ours) return undefined;
  const commit = theirCommit();
  const theirs =
    (commit && git(['show', `${commit}:${file}`], maxBytes)) || versionByHash(file, hashes.theirs, maxBytes);
  if (!theirs) return undefined;
  const ancestor = commit && git(['merge-base', 'HEAD', commit])?.toString().trim();
  // An article both branches added has no base version: it merges as if from nothing.
  const base =
    (ancestor && git(['show', `${ancestor}:${file}`], maxBytes)) ||
    versionByHash(file, hashes.base, maxBytes) ||
    Buffer.alloc(0);
  return { ours, base, theirs };
}

/** Three versions merged by `git merge-file`, conflict markers and all; undefined when it cannot run. */
function mergeFile(ours: Buffer, base: Buffer, theirs: Buffer): { text: string; conflicted: boolean } | undefined {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'article-merge-'));
  try {
    const [o, b, t] = ['ours', 'base', 'theirs'].map(name => path.join(dir, name));
    writeFileSync(o, ours);
    writeFileSync(b, base);
    writeFileSync(t, theirs);
    const merged = execFileSync('git', ['merge-file', '-p', '--quiet', o, b, t], {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    return { text: articleOf(merged), conflicted: false };
  } catch (e) {
    // merge-file exits with the number of conflicts. Items are placed on its text, conflict markers and
    // all: both sides' text is there, so each item stays placed until the conflicts are resolved.
    const { status, stdout } = e as { status?: number; stdout?: Buffer };
    return status && status > 0 && status < 128 && stdout ? { text: articleOf(stdout), conflicted: true } : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Merges three versions of a file as text, as git would without a driver, writing the result (with
 * conflict markers where they conflict) over `ours`. Returns the number of conflicts, or undefined when
 * git cannot be run.
 */
export function mergeAsText(base: string, ours: string, theirs: string): number | undefined {
  try {
    execFileSync('git', ['merge-file', '--quiet', ours, base, theirs], { stdio: 'ignore' });
    return 0;
  } catch (e) {
    const status = (e as { status?: number }).status;
    return status !== undefined && status > 0 && status < 128 ? status : undefined;
  }
}
