import { Dirent, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_ARTICLE_EXCLUDE, articlePathTest } from '../core/workspace/articleFiles';
import {
  ArticleOutcome,
  BatchOptions,
  BatchTotals,
  batchSummary,
  countArticle,
  emptyTotals,
  plural,
  suggestIntoArticle,
} from '../core/suggestions/batch';
import { BUILT_IN_LABELS } from '../core/highlights/labels';
import { Output, ParsedArgs, UsageError, countFlag, parseArgs } from './args';
import { BATCH_FLAGS, SETTINGS_HELP, SIDECAR_NAME_FLAG, settingsFor } from './settings';
import { commandLineFlow } from './sidecars';
import { inOrder, taskRunner } from './workers';

const DIR_USAGE = `usage: article-annotator analyze --dir DIR [--dry-run] [--include GLOB]... [--exclude GLOB]... [--labels person,organisation,...]
                                 [--sidecar-name PATTERN] [--max-article-size CHARS] [--max-suggestions N] [--jobs N]
  Writes the recogniser's results into each article's sidecar as suggestions to accept or reject in the editor.
  --jobs N: articles analysed at once on worker threads (default: the number of cores, here ${os.availableParallelism()}).
  Articles: *.md, *.markdown, *.txt, *.article and --include globs, minus ${DEFAULT_ARTICLE_EXCLUDE.join(', ')} and --exclude globs.
  Globs are relative to DIR. --labels defaults to the types the settings highlight (all but "other" by default).
  ${SETTINGS_HELP}`;

interface DirOptions {
  dir: string;
  isArticle: (relative: string) => boolean;
  batch: Omit<BatchOptions, 'analyze'>;
  jobs: number;
}

/** `analyze --dir`: every article below DIR gets the recogniser's spans as suggestions in its sidecar. */
export async function analyzeDirCommand(args: string[], out: Output, err: Output): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out(DIR_USAGE);
    return 0;
  }
  let options: DirOptions;
  try {
    options = await dirOptions(args, err);
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
  const { files, odd } = await listFiles(options.dir, options.isArticle);
  let problems = 0;
  for (const relative of odd) {
    err(`${relative}: not a regular file (a pipe, a device or a broken link); skipped`);
    problems++;
  }
  // Each folder is listed once for what interrupted writes left, not once per article.
  const flow = commandLineFlow({ listFoldersOnce: true });
  const totals = emptyTotals();
  // Articles are analysed on worker threads, a few under way at once; each sidecar is written as its
  // article's analysis arrives, and what happened is reported in the order of the articles.
  const runner = taskRunner('analyzeText', Math.min(options.jobs, files.length));
  const batch: BatchOptions = { ...options.batch, analyze: (text, dct) => runner.run({ text, dct }) };
  const report = (relative: string, outcome: ArticleOutcome) => {
    if (!reportArticle(relative, outcome, batch, totals, out, err)) problems++;
  };
  try {
    const analyse = (relative: string) => suggestIntoArticle(flow, path.join(options.dir, relative), batch);
    await inOrder(files, runner.capacity, analyse, report);
  } finally {
    await runner.close();
  }
  const summary = batchSummary(totals, batch);
  const trouble = problems > 0 ? `; ${plural(problems, 'file')} with problems left unchanged` : '';
  out(`${summary}${trouble}${batch.dryRun ? ' (dry run: nothing written)' : ''}.`);
  return problems > 0 ? 1 : 0;
}

/** Says what happened to one article and counts it in `totals`; false when it had a problem. */
function reportArticle(
  relative: string,
  outcome: ArticleOutcome,
  batch: BatchOptions,
  totals: BatchTotals,
  out: Output,
  err: Output,
): boolean {
  for (const notice of outcome.notices) err(`${relative}: ${notice}`);
  if (outcome.kind === 'skipped') {
    err(`${relative}: ${outcome.why}; ${outcome.sidecar ? 'left unchanged' : 'skipped'}`);
    return false;
  }
  if (outcome.kind === 'analysed') {
    countArticle(totals, outcome.added, outcome.withheld, outcome.created);
    const limit =
      outcome.withheld > 0
        ? ` (limit of ${batch.maxSuggestions} waiting for review reached: ${outcome.withheld} more not suggested)`
        : '';
    if (outcome.added > 0 || limit)
      out(
        `${relative}: ${batch.dryRun ? 'would add' : 'added'} ${plural(outcome.added, 'suggestion')}${outcome.created && outcome.added > 0 ? ` (new ${outcome.sidecarName})` : ''}${limit}`,
      );
  }
  return true;
}

async function dirOptions(args: string[], err: Output): Promise<DirOptions> {
  const parsed: ParsedArgs = parseArgs(args, {
    booleans: ['--dry-run'],
    valued: ['--dir', '--labels', '--jobs', SIDECAR_NAME_FLAG, ...BATCH_FLAGS],
    repeated: ['--include', '--exclude'],
  });
  const dir = parsed.flags.get('--dir');
  if (typeof dir !== 'string' || parsed.positional.length > 0)
    throw new UsageError('--dir takes one folder and no article arguments');
  const settings = await settingsFor(dir, parsed, err);
  const labelsFlag = parsed.flags.get('--labels');
  const labels =
    typeof labelsFlag === 'string' ? labelsFlag.split(',').map(l => l.trim()) : [...settings.enabledLabels];
  const unknown = labels.filter(l => !(BUILT_IN_LABELS as readonly string[]).includes(l));
  if (unknown.length > 0)
    throw new UsageError(`unknown label(s) ${unknown.join(', ')}; use ${BUILT_IN_LABELS.join(', ')}`);
  const jobs = countFlag(parsed, '--jobs') ?? os.availableParallelism();
  if (jobs < 1) throw new UsageError('--jobs takes a whole number of threads, at least 1');
  const isArticle = articlePathTest({
    include: parsed.lists.get('--include') ?? [],
    exclude: [...DEFAULT_ARTICLE_EXCLUDE, ...(parsed.lists.get('--exclude') ?? [])],
  });
  return {
    dir,
    isArticle,
    batch: {
      enabled: label => labels.includes(label),
      maxSuggestions: settings.maxSuggestions,
      maxArticleChars: settings.maxArticleSize,
      sidecarFileName: settings.sidecarFileName,
      modifiedDayFallback: settings.dateFallback === 'fileModified',
      dryRun: parsed.flags.has('--dry-run'),
    },
    jobs,
  };
}

/**
 * Articles below `dir` (relative, `/` separators, sorted), and entries named like articles that are no
 * regular file, which are reported and never opened. Hidden folders (.git, .vscode) are skipped; links
 * to files are followed, links to folders are not (they could loop).
 */
async function listFiles(
  dir: string,
  isArticle: (relative: string) => boolean,
  prefix = '',
): Promise<{ files: string[]; odd: string[] }> {
  const entries: Dirent[] = await fs.readdir(path.join(dir, prefix), { withFileTypes: true });
  const found = { files: [] as string[], odd: [] as string[] };
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.')) continue;
      const below = await listFiles(dir, isArticle, relative);
      found.files.push(...below.files);
      found.odd.push(...below.odd);
    } else if (isArticle(relative)) {
      const isFile =
        entry.isFile() ||
        (entry.isSymbolicLink() &&
          (await fs.stat(path.join(dir, relative)).then(
            s => s.isFile(),
            () => false,
          )));
      (isFile ? found.files : found.odd).push(relative);
    }
  }
  found.files.sort();
  found.odd.sort();
  return found;
}
