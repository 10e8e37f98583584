import * as path from 'path';
import { ReanchorResult, ReanchoredSidecar, reanchorSidecar } from '../core/anchor';
import { AnnotationFiles } from '../core/files';
import { inertJson } from '../core/text/inert';
import { Output, ParsedArgs, UsageError, parseArgs } from './args';
import { SIDECAR_NAME_FLAG, settingsFor } from './settings';
import { articleLimit, commandLineFlow, loadArticle } from './sidecars';

const USAGE = `usage: article-annotator reanchor ARTICLE... [--write] [--json] [${SIDECAR_NAME_FLAG} PATTERN]`;

function count(results: ReanchorResult[]): { kept: number; moved: number; orphaned: number } {
  const c = { kept: 0, moved: 0, orphaned: 0 };
  for (const r of results) c[r.status]++;
  return c;
}

function listing(items: { id: string }[], results: ReanchorResult[]): Record<string, unknown>[] {
  return items.map((item, i) => ({
    id: item.id,
    status: results[i].status,
    start: results[i].start,
    end: results[i].end,
    ...(results[i].suggestion ? { suggestion: results[i].suggestion } : {}),
  }));
}

/**
 * Re-anchors one article's sidecar. With `write`, the re-anchoring is done again on the sidecar as it
 * is at the moment of writing (under its lock), so that a change another program made meanwhile is kept.
 */
async function reanchorOne(
  flow: AnnotationFiles<string>,
  articlePath: string,
  args: ParsedArgs,
  out: Output,
  err: Output,
): Promise<boolean> {
  const settings = await settingsFor(path.dirname(articlePath), args, err);
  const loaded = await loadArticle(
    flow,
    articlePath,
    settings.sidecarFileName,
    err,
    true,
    articleLimit('reanchor', 'nothing was written'),
  );
  if (!loaded?.data) return false;
  const write = args.flags.has('--write');
  let input = loaded.data;
  let result: ReanchoredSidecar = reanchorSidecar(input, loaded.text);
  let changed = result.data !== input;
  if (write && changed) {
    if (loaded.readOnly) {
      err(
        `${loaded.sidecarPath}: the sidecar uses YAML features that cannot be rewritten safely; nothing was written.`,
      );
      return false;
    }
    const written = await flow.update(loaded.sidecarPath, loaded.text, current => {
      input = current.data() ?? input;
      result = reanchorSidecar(input, loaded.text);
      changed = result.data !== input;
      return changed ? result.data : undefined;
    });
    for (const notice of written.notices) err(`${loaded.sidecarPath}: ${notice}`);
    if (written.status === 'refused') {
      err(`${loaded.sidecarPath}: ${written.reason}; nothing was written.`);
      return false;
    }
  }
  const annotations = count(result.annotations);
  if (args.flags.has('--json')) {
    out(
      inertJson({
        article: articlePath,
        ...annotations,
        annotations: listing(input.annotations, result.annotations),
        corrections: listing(input.corrections, result.corrections),
        written: write && changed,
      }),
    );
    return true;
  }
  const c = count(result.corrections);
  const fixes =
    result.corrections.length > 0 ? ` (corrections: ${c.kept} kept, ${c.moved} moved, ${c.orphaned} orphaned)` : '';
  const note = !changed ? '' : write ? '; sidecar updated' : '; use --write to update the sidecar';
  out(
    `${articlePath}: ${annotations.kept} kept, ${annotations.moved} moved, ${annotations.orphaned} orphaned${fixes}${note}`,
  );
  return true;
}

/**
 * `reanchor ARTICLE... [--write] [--json]`: re-anchors each article's sidecar against the article's current
 * text and reports how many annotations kept their position, moved or became orphans. Only `--write`
 * changes a sidecar (orphans stay in it, marked; textHash updated; comments kept). Exit code 1 when any
 * article could not be processed, 2 on a usage error.
 */
export async function reanchorCommand(args: string[], out: Output, err: Output): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args, { booleans: ['--write', '--json'], valued: [SIDECAR_NAME_FLAG] });
    if (parsed.positional.length === 0) throw new UsageError('give at least one article');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`reanchor: ${e.message}\n${USAGE}`);
    return 2;
  }
  const flow = commandLineFlow();
  let ok = true;
  for (const article of parsed.positional) ok = (await reanchorOne(flow, article, parsed, out, err)) && ok;
  return ok ? 0 : 1;
}
