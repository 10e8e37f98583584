import * as fs from 'fs';
import * as os from 'os';
import { once } from 'events';
import { chooseArticleDate } from '../core/dates/articleDate';
import { Span } from '../core/types';
import type { LinesResult } from './analyzeLines';
import { analyzeText } from './analyzeText';
import { lineBatches } from './lineBatches';
import { commandLineFlow } from './sidecars';
import { mapInOrder } from './workers';

type Out = (line: string) => void;

/**
 * Characters of input lines handed to a worker at a time: large enough that passing them costs little
 * (about 30 ms of analysis each), small enough that the workers finish nearly together, since the last
 * run of one worker is the time the other may wait idle at the end (at 256 KiB that was about 8 % of
 * a few megabytes' run on two workers).
 */
const BATCH_CHARS = 64 * 1024;

/**
 * Without `--jobs`, an input file smaller than this, divided by the number of cores, is analysed in one
 * thread. Every worker thread warms up on its own (its compiled code, its table of words): on two cores,
 * 1-3 MB of news took 1.1-1.2 times as long on two threads as on one, and about 6 MB broke even. The
 * warm-up stays while a thread's share of the work shrinks with more cores, hence the division (only
 * two cores were measured).
 */
export const ONE_THREAD_INPUT_BYTES = 8 * 2 ** 20;

/** The size under which an input file is analysed in one thread here. */
const oneThreadLimit = (): number => ONE_THREAD_INPUT_BYTES / os.availableParallelism();

const USAGE = `usage: article-annotator analyze [--input FILE.jsonl] [--output FILE.jsonl] [--jobs N]
       article-annotator analyze ARTICLE...
       article-annotator analyze --dir DIR [--dry-run] ... (see analyze --dir DIR --help)
  --jobs N  worker threads for JSONL (default: the number of cores, here ${os.availableParallelism()}; one for
            an input file under ${+(oneThreadLimit() / 2 ** 20).toFixed(1)} MiB, where starting more costs more than they gain)`;

/** `analyze`: JSONL in, JSONL out (stdin/stdout by default), or a readable table for article files. */
export async function analyzeCommand(args: string[], out: Out, err: Out): Promise<number> {
  let input: string | undefined;
  let output: string | undefined;
  let jobs: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--input' || a === '-i') input = args[++i];
    else if (a === '--output' || a === '-o') output = args[++i];
    else if (a === '--jobs' || a === '-j') jobs = args[++i];
    else if (a === '--help' || a === '-h') {
      out(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      err(`unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if ((input !== undefined && !input) || (output !== undefined && !output)) {
    err(USAGE);
    return 2;
  }
  if (jobs !== undefined && !/^[1-9]\d*$/.test(jobs)) {
    err(`--jobs takes a whole number of threads, at least 1\n${USAGE}`);
    return 2;
  }
  if (files.length > 0) return analyzeFiles(files, out, err);
  return analyzeJsonl(input, output, jobs ? Number(jobs) : defaultJobs(input), err);
}

/** One thread for a small input file (or stdin redirected from one), else one per core. */
export function defaultJobs(input: string | undefined): number {
  let size: number | undefined;
  try {
    const stat = input ? fs.statSync(input) : fs.fstatSync(0);
    if (stat.isFile()) size = stat.size;
  } catch {
    // An input that cannot be read is reported when it is opened; a pipe has no size.
  }
  return size !== undefined && size < oneThreadLimit() ? 1 : os.availableParallelism();
}

/**
 * JSONL in, JSONL out, as a filter: lines are read in runs and analysed on `jobs` worker threads,
 * the output written in input order, a bad line reported on stderr with its number. Exit status 1
 * when any line was bad.
 */
async function analyzeJsonl(
  input: string | undefined,
  output: string | undefined,
  jobs: number,
  err: Out,
): Promise<number> {
  const source = input ? fs.createReadStream(input, 'utf8') : process.stdin.setEncoding('utf8');
  const sink = output ? fs.createWriteStream(output, 'utf8') : process.stdout;
  // A failed write (a full disk, a closed pipe) ends the run instead of waiting for a drain that never comes.
  const failed = new Promise<never>((_, reject) => sink.once('error', reject));
  failed.catch(() => undefined);
  let failures = 0;
  const deliver = async ({ output: lines, errors }: LinesResult) => {
    failures += errors.length;
    for (const e of errors) err(e);
    if (lines && !sink.write(lines)) await Promise.race([once(sink, 'drain'), failed]);
  };
  await mapInOrder('analyzeLines', lineBatches(source, BATCH_CHARS), jobs, deliver);
  if (output) await Promise.race([new Promise<void>(resolve => (sink as fs.WriteStream).end(resolve)), failed]);
  return failures > 0 ? 1 : 0;
}

/**
 * The readable table of each article, read as the editor reads it (type checked before it is opened, so
 * that a pipe cannot hang the command; without its byte order mark). A file that cannot be read is
 * named on stderr and skipped, and the exit status is then 1.
 */
async function analyzeFiles(files: string[], out: Out, err: Out): Promise<number> {
  const flow = commandLineFlow();
  let status = 0;
  for (const file of files) {
    const read = await flow.readArticle(file);
    if ('problem' in read) {
      err(`${file}: ${read.problem}, skipped`);
      status = 1;
      continue;
    }
    const { text } = read;
    const articleDate = chooseArticleDate(text);
    out(`${file}${articleDate ? `  (article date ${articleDate.date}, from ${articleDate.source})` : ''}`);
    out(formatTable(text, analyzeText(text, articleDate?.date)));
    out('');
  }
  return status;
}

/** A plain-text table: position, type, text and normalised value of each span. */
export function formatTable(text: string, spans: readonly Span[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const rows = spans.map(s => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= s.start) line++;
    return [
      `${line + 1}:${s.start - lineStarts[line] + 1}`,
      s.type,
      text.slice(s.start, s.end).replace(/\s+/g, ' '),
      s.value ?? '',
    ];
  });
  const header = ['at', 'type', 'text', 'value'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map(r => r[c].length)));
  const fmt = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  return [fmt(header), ...rows.map(fmt)].join('\n');
}
