import { promises as fs } from 'fs';
import * as path from 'path';
import { checkAnchors, reanchorSidecar, ReanchorResult } from '../core/anchor';
import { Diagnostic, parseSidecar, serializeSidecar, SidecarData, sidecarFileName } from '../core/sidecar';

export type Output = (line: string) => void;

/** Splits arguments into positional ones and flags; throws on an unknown flag or a missing value. */
export function parseArgs(
  args: string[],
  booleans: string[],
  valued: string[] = [],
): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) positional.push(arg);
    else if (booleans.includes(arg)) flags.set(arg, true);
    else if (valued.includes(arg)) {
      if (i + 1 >= args.length) throw new UsageError(`${arg} needs a value`);
      flags.set(arg, args[++i]);
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return { positional, flags };
}

export class UsageError extends Error {}

/** Writes through a temporary file in the same folder and a rename, so readers never see half a file. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  await fs.writeFile(temp, text, 'utf8');
  try {
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

export interface LoadedArticle {
  articlePath: string;
  text: string;
  sidecarPath: string;
  /** The sidecar's text, when the file exists. */
  sidecarText?: string;
  data?: SidecarData;
  readOnly: boolean;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line + 1}:${d.column + 1}: ${d.severity}: ${d.message}`;
}

/**
 * Reads an article and its sidecar. Reports (to `err`) and returns undefined when the article cannot be
 * read, or, with `requireSidecar`, when the sidecar is missing or has errors.
 */
export async function loadArticle(
  articlePath: string,
  err: Output,
  requireSidecar: boolean,
): Promise<LoadedArticle | undefined> {
  let text: string;
  try {
    // Without a byte order mark, as an editor presents the text: offsets and hash must agree with it.
    text = stripBom(await fs.readFile(articlePath, 'utf8'));
  } catch (e) {
    err(`${articlePath}: cannot read the article: ${(e as Error).message}`);
    return undefined;
  }
  const sidecarPath = path.join(path.dirname(articlePath), sidecarFileName(path.basename(articlePath)));
  let sidecarText: string | undefined;
  try {
    sidecarText = stripBom(await fs.readFile(sidecarPath, 'utf8'));
  } catch {
    if (!requireSidecar) return { articlePath, text, sidecarPath, readOnly: false };
    err(`${articlePath}: no sidecar (${sidecarPath} does not exist).`);
    return undefined;
  }
  const parsed = parseSidecar(sidecarText);
  for (const d of parsed.diagnostics) err(formatDiagnostic(sidecarPath, d));
  if (!parsed.data || parsed.diagnostics.some(d => d.severity === 'error')) {
    err(`${sidecarPath}: the sidecar has errors; nothing was changed.`);
    return undefined;
  }
  return { articlePath, text, sidecarPath, sidecarText, data: parsed.data, readOnly: parsed.readOnly };
}

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

async function reanchorOne(
  articlePath: string,
  write: boolean,
  json: boolean,
  out: Output,
  err: Output,
): Promise<boolean> {
  const loaded = await loadArticle(articlePath, err, true);
  if (!loaded?.data) return false;
  const { data, annotations, corrections } = reanchorSidecar(loaded.data, loaded.text);
  const counts = count(annotations);
  const updated = serializeSidecar(data, loaded.sidecarText);
  const changed = updated !== loaded.sidecarText;
  if (write && changed) {
    if (loaded.readOnly) {
      err(
        `${loaded.sidecarPath}: the sidecar uses YAML features that cannot be rewritten safely; nothing was written.`,
      );
      return false;
    }
    checkAnchors(data, loaded.text);
    await writeFileAtomic(loaded.sidecarPath, updated);
  }
  if (json) {
    out(
      JSON.stringify({
        article: articlePath,
        ...counts,
        annotations: listing(loaded.data.annotations, annotations),
        corrections: listing(loaded.data.corrections, corrections),
        written: write && changed,
      }),
    );
  } else {
    const c = count(corrections);
    const fixes =
      corrections.length > 0 ? ` (corrections: ${c.kept} kept, ${c.moved} moved, ${c.orphaned} orphaned)` : '';
    const note = !changed ? '' : write ? '; sidecar updated' : '; use --write to update the sidecar';
    out(`${articlePath}: ${counts.kept} kept, ${counts.moved} moved, ${counts.orphaned} orphaned${fixes}${note}`);
  }
  return true;
}

/**
 * `reanchor ARTICLE... [--write] [--json]`: re-anchors each article's sidecar against the article's current
 * text and reports how many annotations kept their position, moved or became orphans. Only `--write`
 * changes a sidecar (orphans stay in it, marked; textHash updated; comments kept). Exit code 1 when any
 * article could not be processed, 2 on a usage error.
 */
export async function reanchorCommand(args: string[], out: Output, err: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, ['--write', '--json']);
  } catch (e) {
    err(`reanchor: ${(e as Error).message}`);
    return 2;
  }
  if (parsed.positional.length === 0) {
    err('usage: article-annotator reanchor ARTICLE... [--write] [--json]');
    return 2;
  }
  let ok = true;
  for (const article of parsed.positional) {
    ok = (await reanchorOne(article, parsed.flags.has('--write'), parsed.flags.has('--json'), out, err)) && ok;
  }
  return ok ? 0 : 1;
}
