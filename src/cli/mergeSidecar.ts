import { promises as fs } from 'fs';
import * as path from 'path';
import { MisplacedItemsError, checkAnchors, placeMerged } from '../core/anchor';
import { SidecarData, mergeBranches, parseSidecar, serializeSidecar } from '../core/sidecar';
import { Output, ParsedArgs, UsageError, parseArgs } from './args';
import { decode, mergeAsText, mergedArticle } from './gitArticle';
import { commandLineFlow, writeThroughTemporary } from './sidecars';

const USAGE = 'usage: article-annotator merge-sidecar BASE OURS THEIRS [--article PATH] [--path SIDECAR_PATH]';

/** A sidecar's text and data; `data` is undefined when the text is not a sidecar that can be rewritten. */
async function read(file: string): Promise<{ text: string; data?: SidecarData; problem?: string }> {
  const text = decode(await fs.readFile(file));
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
  { text: string; note?: string; sources?: { ours: string; theirs: string }; conflicted?: boolean } | undefined
> {
  const given = flags.get('--article');
  if (typeof given === 'string') return readArticle(given);
  const sidecarPath = flags.get('--path');
  const article =
    typeof sidecarPath === 'string'
      ? path.posix.join(path.posix.dirname(sidecarPath.replace(/\\/g, '/')), ours.article)
      : path.join(path.dirname(oursFile), ours.article);
  const merged = typeof sidecarPath === 'string' ? mergedArticle(article, hashes) : undefined;
  if (merged?.conflicted)
    return {
      text: merged.text,
      sources: merged.sources,
      conflicted: true,
      note: `${article} has conflicting edits itself: once they are resolved, the editor re-anchors the annotations when it opens it (or run "article-annotator reanchor ${article} --write").`,
    };
  if (merged) return { text: merged.text, sources: merged.sources };
  // Without the merged article, this branch's: the editor re-anchors on the merged one when it opens it.
  const text = (await readArticle(article))?.text;
  return text === undefined
    ? undefined
    : { text, note: `the merged ${article} could not be worked out; annotations are placed on this branch's version.` };
}

/** An article as the editor presents it; undefined when it is missing, not a file, or binary. */
async function readArticle(file: string): Promise<{ text: string } | undefined> {
  const article = await commandLineFlow().readArticle(file);
  return 'problem' in article ? undefined : { text: article.text };
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
  const [base, ours, theirs] = await Promise.all([read(baseFile), read(oursFile), read(theirsFile)]);
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
  if (!article) {
    err(`merge-sidecar: the article ${ours.data.article} was not found; our version is left as it was.`);
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
