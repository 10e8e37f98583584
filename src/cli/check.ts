import * as path from 'path';
import { ALL_CHECKS, CheckDiagnostic, CheckFamily, checkArticle, checkInput } from '../core/checks';
import { chooseArticleDate, dayOf } from '../core/dates/articleDate';
import { AnnotationFiles } from '../core/files';
import { MAX_REGISTRY_LENGTH, REGISTRY_FILE_NAME, RegistryEntry, parseRegistry } from '../core/registry';
import { SidecarData, sidecarFileName, textHash } from '../core/sidecar';
import { inertJson } from '../core/text/inert';
import { analyzeText } from './analyzeText';
import { Output, ParsedArgs, UsageError, parseArgs } from './args';
import { SIDECAR_NAME_FLAG, checkSettingsFor } from './settings';
import { commandLineFlow } from './sidecars';

const USAGE = `usage: article-annotator check ARTICLE... [--json] [${SIDECAR_NAME_FLAG} PATTERN]`;

/** What the checks of one article found, or why it could not be checked. */
type FileResult = { file: string; text: string; diagnostics: CheckDiagnostic[] } | { file: string; error: string };

/** The nearest `entities.yaml` in the article's folder or above, read; problems in it go to `err`. */
async function registryFor(
  flow: AnnotationFiles<string>,
  file: string,
  err: Output,
  cache: Map<string, RegistryEntry[]>,
): Promise<RegistryEntry[]> {
  const visited: string[] = [];
  let entries: RegistryEntry[] = [];
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    const known = cache.get(dir);
    if (known) {
      entries = known;
      break;
    }
    visited.push(dir);
    const candidate = path.join(dir, REGISTRY_FILE_NAME);
    const found = await flow.readText(candidate, MAX_REGISTRY_LENGTH);
    if (found.state === 'unreadable') {
      err(`${found.reason} Checked without the registry.`);
      break;
    }
    if (found.state === 'read') {
      const parsed = parseRegistry(found.text);
      for (const d of parsed.diagnostics)
        err(`${candidate}:${d.line + 1}:${d.column + 1}: ${d.severity}: ${d.message}`);
      entries = parsed.registry?.entities ?? [];
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of visited) cache.set(dir, entries);
  return entries;
}

/** The article's sidecar, when it exists and reads without errors (otherwise the article is checked without it). */
async function sidecarFor(
  flow: AnnotationFiles<string>,
  file: string,
  pattern: string,
  err: Output,
): Promise<SidecarData | undefined> {
  const sidecar = path.join(path.dirname(file), sidecarFileName(path.basename(file), pattern));
  // Read only: a check leaves every file as it found it, even what an interrupted write left.
  const found = await flow.readSidecar(sidecar);
  if (found.state === 'missing') return undefined;
  if (found.state === 'unreadable') {
    err(`${found.reason} Checked without it.`);
    return undefined;
  }
  if (!found.parsed.data || found.parsed.diagnostics.some(d => d.severity === 'error')) {
    err(`${sidecar}: has errors; checked without it.`);
    return undefined;
  }
  return found.parsed.data;
}

/**
 * Checks one article as the editor does: its analysis, the sidecar's date, annotations and corrections
 * (positions only when the sidecar was written for this text), the workspace registry and settings.
 */
async function checkFile(
  flow: AnnotationFiles<string>,
  file: string,
  args: ParsedArgs,
  err: Output,
  registries: Map<string, RegistryEntry[]>,
): Promise<FileResult> {
  const settings = await checkSettingsFor(path.dirname(file), args, err);
  const article = await flow.readArticle(file, settings.maxArticleSize);
  if ('problem' in article) return { file, error: `the article ${article.problem}` };
  const sidecar = await sidecarFor(flow, file, settings.sidecarFileName, err);
  const modified = settings.dateFallback === 'fileModified' ? (await flow.files.stat(file))?.mtime : undefined;
  const text = article.text;
  const diagnostics = checkText(text, sidecar, await registryFor(flow, file, err, registries), {
    checks: settings.checks,
    modifiedDay: modified === undefined ? undefined : dayOf(modified),
  });
  return { file, text, diagnostics };
}

/**
 * The checks of one article's text: the article date from the sidecar, the front matter or a dateline
 * (or the file's modification day, a guess nothing is checked against); the sidecar's annotations and
 * corrections when it was written for this very text.
 */
export function checkText(
  text: string,
  sidecar: Partial<Pick<SidecarData, 'date' | 'textHash' | 'annotations' | 'corrections'>> | undefined,
  registry: readonly RegistryEntry[],
  options: { checks?: ReadonlySet<CheckFamily>; modifiedDay?: string } = {},
): CheckDiagnostic[] {
  const current = sidecar?.textHash === textHash(text) ? sidecar : undefined;
  const articleDate = chooseArticleDate(text, sidecar?.date, options.modifiedDay);
  const input = checkInput({
    text,
    spans: analyzeText(text, articleDate?.date),
    articleDate: articleDate?.date,
    articleDateGuessed: articleDate?.guess,
    annotations: current?.annotations,
    corrections: current?.corrections,
    registry,
  });
  return checkArticle(input, options.checks ?? ALL_CHECKS);
}

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

function printReadable(result: FileResult, out: Output, err: Output): void {
  if ('error' in result) {
    err(`${result.file}: ${result.error}`);
    return;
  }
  for (const d of result.diagnostics) {
    out(`${result.file}:${lineColumn(result.text, d.start)}: ${d.severity}: ${d.message} [${d.code}]`);
    for (const f of d.fixes) out(`    fix: ${f.title}`);
  }
}

function asJson(result: FileResult): object {
  if ('error' in result) return { file: result.file, error: result.error };
  return {
    file: result.file,
    diagnostics: result.diagnostics.map(d => ({
      code: d.code,
      start: d.start,
      end: d.end,
      severity: d.severity,
      message: d.message,
      ...(d.fixes.length > 0 ? { fixes: d.fixes.map(f => f.title) } : {}),
    })),
  };
}

/**
 * `check ARTICLE... [--json]`: the editor's checks from a terminal. A readable list by default; with
 * `--json` one object a line per article, offsets in UTF-16 code units. Exit status 1 when a warning
 * was found or an article could not be checked, so that a newsroom can run it in CI; 2 on a usage error.
 */
export async function checkCommand(args: string[], out: Output, err: Output): Promise<number> {
  let parsed: ParsedArgs;
  try {
    if (args.includes('--help') || args.includes('-h')) {
      out(USAGE);
      return 0;
    }
    parsed = parseArgs(args, { booleans: ['--json'], valued: [SIDECAR_NAME_FLAG] });
    if (parsed.positional.length === 0) throw new UsageError('give at least one article');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`check: ${e.message}\n${USAGE}`);
    return 2;
  }
  const json = parsed.flags.has('--json');
  const flow = commandLineFlow();
  const registries = new Map<string, RegistryEntry[]>();
  let warnings = 0;
  let informations = 0;
  let failed = 0;
  for (const file of parsed.positional) {
    const result = await checkFile(flow, file, parsed, err, registries);
    if ('error' in result) failed++;
    else {
      warnings += result.diagnostics.filter(d => d.severity === 'warning').length;
      informations += result.diagnostics.filter(d => d.severity === 'information').length;
    }
    if (json) {
      out(inertJson(asJson(result)));
      if ('error' in result) err(`${result.file}: ${result.error}`);
    } else printReadable(result, out, err);
  }
  if (!json) {
    const checked = parsed.positional.length - failed;
    out(
      `${checked} article${checked === 1 ? '' : 's'} checked: ${warnings} warning${warnings === 1 ? '' : 's'}, ` +
        `${informations} note${informations === 1 ? '' : 's'}.`,
    );
  }
  return warnings > 0 || failed > 0 ? 1 : 0;
}
