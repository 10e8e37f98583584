import * as path from 'path';
import { MisplacedItemsError, checkAnchors, placeMerged } from '../core/anchor';
import { SidecarData, mergeBranches, parseSidecar, serializeSidecar } from '../core/sidecar';
import { Output, ParsedArgs, UsageError, parseArgs } from './args';
import { ArticleTooLarge, BinaryArticle, mergeAsText, mergedArticle } from './gitArticle';
import { articleLimit, commandLineFlow, writeThroughTemporary } from './sidecars';

const USAGE = 'usage: article-annotator merge-sidecar BASE OURS THEIRS [--article PATH] [--path SIDECAR_PATH]';

/** The longest article a merge places annotations on; above it, git is left to report a conflict. */
const ARTICLE_LIMIT = articleLimit('merge-sidecar');

/** Why the merge leaves our version as git gave it: a sentence without its end. */
type Refusal = { refused: string };

/** A version of the sidecar: its text, and its data unless it is not a sidecar that can be rewritten (`problem`). */
interface Version {
  text: string;
  data?: SidecarData;
  problem?: string;
}

/** A version of the sidecar, read as every command reads one: its type and size checked first, strict UTF-8. */
async function read(file: string, name: string): Promise<Version | Refusal> {
  const found = await commandLineFlow().readText(file);
  if (found.state !== 'read')
    return { refused: `${name} ${found.state === 'missing' ? 'cannot be found' : found.problem}` };
  const { text } = found;
  const parsed = parseSidecar(text);
  const error = parsed.diagnostics.find(d => d.severity === 'error') ?? parsed.diagnostics[0];
  if (parsed.data && !parsed.readOnly) return { text, data: parsed.data };
  return { text, problem: `${file}:${(error?.line ?? 0) + 1}: ${error?.message ?? 'not a sidecar'}` };
}

/** The text the merged sidecar is placed on, and what to tell about it. */
async function articleText(
  flags: Map<string, string | true>,
  ours: SidecarData,
  hashes: { base?: string; theirs: string },
  oursFile: string,
): Promise<
  | { text: string; note?: string; sources?: { ours: string; theirs: string }; conflicted?: boolean }
  | Refusal
  | undefined
> {
  const given = flags.get('--article');
  if (typeof given === 'string') return readArticle(given);
  const sidecarPath = flags.get('--path');
  const article =
    typeof sidecarPath === 'string'
      ? path.posix.join(path.posix.dirname(sidecarPath.replace(/\\/g, '/')), ours.article)
      : path.join(path.dirname(oursFile), ours.article);
  let merged: ReturnType<typeof mergedArticle>;
  try {
    merged = typeof sidecarPath === 'string' ? mergedArticle(article, hashes, ARTICLE_LIMIT.maxChars) : undefined;
  } catch (error) {
    if (error instanceof ArticleTooLarge)
      return { refused: `${article}: a version of the article in git ${ARTICLE_LIMIT.problem}` };
    if (error instanceof BinaryArticle)
      return { refused: `${article}: a version of the article in git looks like a binary file` };
    throw error;
  }
  if (merged?.conflicted)
    return {
      text: merged.text,
      sources: merged.sources,
      conflicted: true,
      note: `${article} has conflicting edits itself: once they are resolved, the editor re-anchors the annotations when it opens it (or run "article-annotator reanchor ${article} --write").`,
    };
  if (merged) return { text: merged.text, sources: merged.sources };
  // Without the merged article, this branch's: the editor re-anchors on the merged one when it opens it.
  const read = await readArticle(article);
  return !read || 'refused' in read
    ? read
    : {
        text: read.text,
        note: `the merged ${article} could not be worked out; annotations are placed on this branch's version.`,
      };
}

/** An article as the editor presents it, up to the limit; undefined when it is missing. */
async function readArticle(file: string): Promise<{ text: string } | Refusal | undefined> {
  const article = await commandLineFlow().readArticle(file, ARTICLE_LIMIT.maxChars, ARTICLE_LIMIT.problem);
  if (!('problem' in article)) return { text: article.text };
  return article.missing ? undefined : { refused: `${file}: the article ${article.problem}` };
}

/** The three versions of the sidecar; undefined, once said why, when one of them cannot be read. */
async function readVersions(parsed: ParsedArgs, err: Output): Promise<[Version, Version, Version] | undefined> {
  // Git names its temporary copies: the sidecar's path (`--path`) and which version say more.
  const sidecarPath = parsed.flags.get('--path');
  const names =
    typeof sidecarPath === 'string'
      ? ['the common version', 'our version', 'their version'].map(v => `${sidecarPath} (${v})`)
      : parsed.positional;
  const [base, ours, theirs] = await Promise.all(parsed.positional.map((file, i) => read(file, names[i])));
  if (!('refused' in base || 'refused' in ours || 'refused' in theirs)) return [base, ours, theirs];
  for (const side of [base, ours, theirs])
    if ('refused' in side) err(`merge-sidecar: ${side.refused}; our version is left as it was.`);
  return undefined;
}

/**
 * `merge-sidecar BASE OURS THEIRS [--article PATH] [--path P]`, a git merge driver (`%O %A %B --path %P`):
 * merges three versions of a sidecar item by item and writes the result to OURS, placed on the merged
 * article (`--article`, or worked out from git for the sidecar at `--path`). Exit 0 when merged. Files
 * that are not sidecars are merged as text, as git would, with conflict markers where they conflict.
 */
export async function mergeSidecarCommand(args: string[], out: Output, err: Output): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args, { valued: ['--article', '--path'] });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`merge-sidecar: ${e.message}`);
    err(USAGE);
    return 2;
  }
  if (parsed.positional.length !== 3) {
    err(USAGE);
    return 2;
  }
  const [baseFile, oursFile, theirsFile] = parsed.positional;
  const versions = await readVersions(parsed, err);
  if (!versions) return 1;
  const [base, ours, theirs] = versions;
  if (!ours.data || !theirs.data) {
    err(`merge-sidecar: ${ours.problem ?? theirs.problem}; merged as text instead.`);
    const conflicts = mergeAsText(baseFile, oursFile, theirsFile);
    if (conflicts === undefined) err('merge-sidecar: git merge-file could not run; our version is left as it was.');
    return conflicts === 0 ? 0 : 1;
  }
  // No common version (the sidecar was added on both branches), or one that cannot be read: no deletions to respect.
  if (!base.data && base.text.trim() !== '') err(`merge-sidecar: ${base.problem}; merged as if there were none.`);
  const ancestor: SidecarData = base.data ?? {
    version: 1,
    article: ours.data.article,
    textHash: ours.data.textHash,
    annotations: [],
    corrections: [],
  };
  const merge = mergeBranches(ancestor, ours.data, theirs.data);
  const article = await articleText(
    parsed.flags,
    ours.data,
    { base: base.data?.textHash, theirs: theirs.data.textHash },
    oursFile,
  );
  if (!article || 'refused' in article) {
    err(
      `merge-sidecar: ${article ? article.refused : `the article ${ours.data.article} was not found`}; our version is left as it was.`,
    );
    return 1;
  }
  const { data, orphaned } = placeMerged(
    merge,
    { ours: ours.data.textHash, theirs: theirs.data.textHash },
    article.text,
    article.sources,
    article.conflicted,
  );
  try {
    // As every sidecar write: an item not orphaned sits exactly on its quote, or nothing is written.
    checkAnchors(data, article.text);
  } catch (error) {
    if (!(error instanceof MisplacedItemsError)) throw error;
    err(`merge-sidecar: ${error.message}; our version is left as it was.`);
    return 1;
  }
  await writeThroughTemporary(oursFile, serializeSidecar(data, ours.text));
  for (const report of merge.reports) err(`merge-sidecar: ${report}`);
  if (article.note) err(`merge-sidecar: ${article.note}`);
  if (orphaned > 0)
    err(`merge-sidecar: ${orphaned} annotation(s) could not be placed on the merged article and are kept as orphans.`);
  out(
    `merge-sidecar: ${data.annotations.length} annotation(s), ${data.relations?.length ?? 0} relation(s) merged for ${data.article}.`,
  );
  return 0;
}
