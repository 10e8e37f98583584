import { promises as fs } from 'fs';
import * as path from 'path';
import { chooseArticleDate } from '../core/dates/articleDate';
import { DEFAULT_ARTICLE_EXCLUDE, articlePathTest } from '../core/workspace/articleFiles';
import { prepareSidecar, suggestIntoSidecar } from '../core/suggestions/batch';
import { BUILT_IN_LABELS } from '../core/highlights/labels';
import { sidecarFileName } from '../core/sidecar';
import { analyzeText } from './analyzeText';
import { Output, UsageError, parseArgs, writeFileAtomic } from './reanchor';

export const DIR_USAGE = `usage: article-annotator analyze --dir DIR [--dry-run] [--include GLOB]... [--exclude GLOB]... [--labels person,organisation,...]
  Writes the recogniser's results into each article's sidecar as suggestions to accept or reject in the editor.
  Articles: *.md, *.markdown, *.txt, *.article and --include globs, minus ${DEFAULT_ARTICLE_EXCLUDE.join(', ')} and --exclude globs.
  Globs are relative to DIR. --labels defaults to every type the editor highlights by default (all but "other").`;

/** The labels the editor highlights unless configured otherwise, which a batch run suggests by default. */
const DEFAULT_LABELS = BUILT_IN_LABELS.filter(l => l !== 'other');

interface Totals {
  articles: number;
  suggestions: number;
  sidecars: number;
  created: number;
  problems: number;
}

/** `analyze --dir`: every article below DIR gets the recogniser's spans as suggestions in its sidecar. */
export async function analyzeDirCommand(args: string[], out: Output, err: Output): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out(DIR_USAGE);
    return 0;
  }
  let options: DirOptions;
  try {
    options = dirOptions(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`analyze: ${e.message}\n${DIR_USAGE}`);
    return 2;
  }
  if (
    !(await fs.stat(options.dir).then(
      s => s.isDirectory(),
      () => false,
    ))
  ) {
    err(`analyze: ${options.dir} is not a folder`);
    return 2;
  }
  const files = (await listFiles(options.dir)).filter(options.isArticle).sort();
  const totals: Totals = { articles: 0, suggestions: 0, sidecars: 0, created: 0, problems: 0 };
  for (const relative of files) await analyzeOne(path.join(options.dir, relative), relative, options, totals, out, err);
  out(summary(totals, options.dryRun));
  return totals.problems > 0 ? 1 : 0;
}

interface DirOptions {
  dir: string;
  dryRun: boolean;
  labels: readonly string[];
  isArticle: (relative: string) => boolean;
}

function dirOptions(args: string[]): DirOptions {
  if (['--include', '--exclude'].includes(args[args.length - 1]))
    throw new UsageError(`${args[args.length - 1]} needs a value`);
  const repeated = (flag: string) => args.flatMap((a, i) => (a === flag && i + 1 < args.length ? [args[i + 1]] : []));
  const include = repeated('--include');
  const exclude = repeated('--exclude');
  const single = args.filter(
    (a, i) => !(a === '--include' || a === '--exclude' || args[i - 1] === '--include' || args[i - 1] === '--exclude'),
  );
  const { positional, flags } = parseArgs(single, ['--dry-run'], ['--dir', '--labels']);
  const dir = flags.get('--dir');
  if (typeof dir !== 'string' || positional.length > 0)
    throw new UsageError('--dir takes one folder and no article arguments');
  const labels =
    typeof flags.get('--labels') === 'string'
      ? (flags.get('--labels') as string).split(',').map(l => l.trim())
      : DEFAULT_LABELS;
  const unknown = labels.filter(l => !(BUILT_IN_LABELS as readonly string[]).includes(l));
  if (unknown.length > 0)
    throw new UsageError(`unknown label(s) ${unknown.join(', ')}; use ${BUILT_IN_LABELS.join(', ')}`);
  const isArticle = articlePathTest({ include, exclude: [...DEFAULT_ARTICLE_EXCLUDE, ...exclude] });
  return { dir, dryRun: flags.has('--dry-run'), labels, isArticle };
}

/** Files below `dir`, relative, with `/` separators; hidden folders (.git, .vscode) are skipped. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !entry.name.startsWith('.')) files.push(...(await listFiles(dir, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

async function analyzeOne(
  file: string,
  relative: string,
  options: DirOptions,
  totals: Totals,
  out: Output,
  err: Output,
): Promise<void> {
  const bytes = await fs.readFile(file).catch((e: Error) => e);
  if (bytes instanceof Error || bytes.includes(0)) {
    err(
      `${relative}: ${bytes instanceof Error ? `cannot read: ${bytes.message}` : 'looks like a binary file'}, skipped`,
    );
    totals.problems++;
    return;
  }
  // Without a byte order mark, as an editor presents the text: offsets and hash must agree with it.
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  const sidecarPath = path.join(path.dirname(file), sidecarFileName(path.basename(file)));
  const sidecarText = await fs.readFile(sidecarPath, 'utf8').then(
    t => t.replace(/^\ufeff/, ''),
    () => undefined,
  );
  const prepared = prepareSidecar(path.basename(file), text, sidecarText);
  if ('problem' in prepared) {
    err(`${relative}: its sidecar has problems (${prepared.problem}); left unchanged`);
    totals.problems++;
    return;
  }
  totals.articles++;
  const spans = analyzeText(text, chooseArticleDate(text, prepared.data.date)?.date);
  const { added, content } = suggestIntoSidecar(prepared, text, spans, {
    enabled: label => options.labels.includes(label),
  });
  if (content === undefined) return;
  if (!options.dryRun) await writeFileAtomic(sidecarPath, content);
  totals.suggestions += added.length;
  totals.sidecars++;
  if (sidecarText === undefined) totals.created++;
  const verb = options.dryRun ? 'would add' : 'added';
  out(
    `${relative}: ${verb} ${added.length} suggestion${added.length === 1 ? '' : 's'}${sidecarText === undefined ? ` (new ${path.basename(sidecarPath)})` : ''}`,
  );
}

function summary(t: Totals, dryRun: boolean): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const written = dryRun ? 'would be added to' : 'in';
  const problems = t.problems > 0 ? `; ${plural(t.problems, 'file')} with problems left unchanged` : '';
  return (
    `Analysed ${plural(t.articles, 'article')}: ${plural(t.suggestions, 'new suggestion')} ${written} ${plural(t.sidecars, 'sidecar')} ` +
    `(${t.created} new)${problems}${dryRun ? ' (dry run: nothing written)' : ''}.`
  );
}
