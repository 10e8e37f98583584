import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_AUTO_ANALYSIS_MAX_CHARS } from '../core/analysis/incremental';
import { CheckDiagnostic, checkArticle, checkInput } from '../core/checks';
import { chooseArticleDate } from '../core/dates/articleDate';
import { REGISTRY_FILE_NAME, RegistryEntry, parseRegistry } from '../core/registry';
import { SidecarData, parseSidecar, sidecarFileName, textHash } from '../core/sidecar';
import { analyzeText } from './analyze';

type Out = (line: string) => void;

const USAGE = 'usage: article-annotator check ARTICLE... [--json]';

/** What the checks of one article found, or why it could not be checked. */
type FileResult = { file: string; diagnostics: CheckDiagnostic[] } | { file: string; error: string };

/** The nearest `entities.yaml` in the article's folder or above, read; problems in it go to `err`. */
function registryFor(file: string, err: Out, cache: Map<string, RegistryEntry[]>): RegistryEntry[] {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    const known = cache.get(dir);
    if (known) return known;
    const candidate = path.join(dir, REGISTRY_FILE_NAME);
    if (fs.existsSync(candidate)) {
      const parsed = parseRegistry(fs.readFileSync(candidate, 'utf8'));
      for (const d of parsed.diagnostics)
        err(`${candidate}:${d.line + 1}:${d.column + 1}: ${d.severity}: ${d.message}`);
      const entries = parsed.registry?.entities ?? [];
      cache.set(dir, entries);
      return entries;
    }
    if (path.dirname(dir) === dir) return [];
  }
}

/** The article's sidecar, when it exists and reads without errors (problems go to `err`). */
function sidecarFor(file: string, err: Out): SidecarData | undefined {
  const sidecar = path.join(path.dirname(file), sidecarFileName(path.basename(file)));
  if (!fs.existsSync(sidecar)) return undefined;
  const parsed = parseSidecar(fs.readFileSync(sidecar, 'utf8').replace(/^\uFEFF/, ''));
  if (!parsed.data || parsed.diagnostics.some(d => d.severity === 'error')) {
    err(`${sidecar}: has errors; checked without it`);
    return undefined;
  }
  return parsed.data;
}

/**
 * Checks one article as the editor does: its analysis, the sidecar's date, annotations and corrections
 * (positions only when the sidecar was written for this text), and the workspace registry.
 */
function checkFile(file: string, err: Out, registries = new Map<string, RegistryEntry[]>()): FileResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { file, error: `cannot read: ${(e as Error).message}` };
  }
  if (bytes.includes(0)) return { file, error: 'looks like a binary file, not checked' };
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.length > DEFAULT_AUTO_ANALYSIS_MAX_CHARS)
    return {
      file,
      error: `too large to check (${text.length} characters, the limit is ${DEFAULT_AUTO_ANALYSIS_MAX_CHARS})`,
    };
  const sidecar = sidecarFor(file, err);
  return { file, diagnostics: checkText(text, sidecar, registryFor(file, err, registries)) };
}

/**
 * The checks of one article's text: the article date from the sidecar, the front matter or a
 * dateline; the sidecar's annotations and corrections when it was written for this very text.
 */
export function checkText(
  text: string,
  sidecar: Partial<Pick<SidecarData, 'date' | 'textHash' | 'annotations' | 'corrections'>> | undefined,
  registry: readonly RegistryEntry[],
): CheckDiagnostic[] {
  const current = sidecar?.textHash === textHash(text) ? sidecar : undefined;
  const articleDate = chooseArticleDate(text, sidecar?.date)?.date;
  const input = checkInput({
    text,
    spans: analyzeText(text, articleDate),
    articleDate,
    annotations: current?.annotations,
    corrections: current?.corrections,
    registry,
  });
  return checkArticle(input);
}

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

function printReadable(result: FileResult, out: Out, err: Out): void {
  if ('error' in result) {
    err(`${result.file}: ${result.error}`);
    return;
  }
  const text = fs.readFileSync(result.file, 'utf8').replace(/^\uFEFF/, '');
  for (const d of result.diagnostics) {
    out(`${result.file}:${lineColumn(text, d.start)}: ${d.severity}: ${d.message} [${d.code}]`);
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
 * was found or an article could not be checked, so that a newsroom can run it in CI.
 */
export function checkCommand(args: string[], out: Out, err: Out): number {
  const files: string[] = [];
  let json = false;
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      out(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      err(`unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    err(USAGE);
    return 2;
  }
  const registries = new Map<string, RegistryEntry[]>();
  let warnings = 0;
  let informations = 0;
  let failed = 0;
  for (const file of files) {
    const result = checkFile(file, err, registries);
    if ('error' in result) failed++;
    else {
      warnings += result.diagnostics.filter(d => d.severity === 'warning').length;
      informations += result.diagnostics.filter(d => d.severity === 'information').length;
    }
    if (json) {
      out(JSON.stringify(asJson(result)));
      if ('error' in result) err(`${result.file}: ${result.error}`);
    } else printReadable(result, out, err);
  }
  if (!json) {
    const checked = files.length - failed;
    out(
      `${checked} article${checked === 1 ? '' : 's'} checked: ${warnings} warning${warnings === 1 ? '' : 's'}, ` +
        `${informations} note${informations === 1 ? '' : 's'}.`,
    );
  }
  return warnings > 0 || failed > 0 ? 1 : 0;
}
