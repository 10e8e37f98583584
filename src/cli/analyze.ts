import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import { chooseArticleDate, isValidDay } from '../core/dates/articleDate';
import { recognizeTemporal } from '../core/dates';
import { IncrementalAnalysis } from '../core/analysis/incremental';
import { ENTITY_MODEL_PATH, EntityRecognizer, loadEntityModel } from '../core/ner';
import { createArticleAnalyzer } from '../core/analysis/pipeline';
import { Span } from '../core/types';

type Out = (line: string) => void;

let recognizer: EntityRecognizer | undefined;

/**
 * The shipped entity model: `models/ner.bin` in the package root, found by walking up from this file
 * (the bundle lives in dist/node, compiled tests in out/src/cli).
 */
function entityRecognizer(): EntityRecognizer {
  recognizer ??= new EntityRecognizer(
    loadEntityModel(fs.readFileSync(findUp(__dirname, path.join(...ENTITY_MODEL_PATH)))),
  );
  return recognizer;
}

function findUp(from: string, relative: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`cannot find ${relative} above ${from}`);
  }
}

/** Entities and temporal expressions of one text, exactly as the editor computes them. */
export function analyzeText(text: string, dct?: string): Span[] {
  const analyzer = createArticleAnalyzer(entityRecognizer(), recognizeTemporal, { dct });
  return new IncrementalAnalysis(analyzer).analyze(text);
}

const USAGE = `usage: article-annotator analyze [--input FILE.jsonl] [--output FILE.jsonl]
       article-annotator analyze ARTICLE...
       article-annotator analyze --dir DIR [--dry-run] ... (see analyze --dir DIR --help)`;

/** `analyze`: JSONL in, JSONL out (stdin/stdout by default), or a readable table for article files. */
export async function analyzeCommand(args: string[], out: Out, err: Out): Promise<number> {
  let input: string | undefined;
  let output: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--input' || a === '-i') input = args[++i];
    else if (a === '--output' || a === '-o') output = args[++i];
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
  if (files.length > 0) return analyzeFiles(files, out, err);
  return analyzeJsonl(input, output, err);
}

async function analyzeJsonl(input: string | undefined, output: string | undefined, err: Out): Promise<number> {
  const source = input ? fs.createReadStream(input, 'utf8') : process.stdin;
  const sink = output ? fs.createWriteStream(output, 'utf8') : process.stdout;
  let lineNo = 0;
  let failures = 0;
  for await (const line of readline.createInterface({ input: source, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    const result = analyzeLine(line);
    if ('error' in result) {
      failures++;
      err(`line ${lineNo}: ${result.error}`);
      continue;
    }
    if (!sink.write(JSON.stringify(result) + '\n'))
      await new Promise<void>(resolve => sink.once('drain', () => resolve()));
  }
  if (output)
    await new Promise<void>((resolve, reject) =>
      (sink as fs.WriteStream).end((e?: Error) => (e ? reject(e) : resolve())),
    );
  return failures > 0 ? 1 : 0;
}

function analyzeLine(line: string): { id: unknown; spans: object[] } | { error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { error: 'expected a JSON object' };
  const { id, text, dct } = doc as Record<string, unknown>;
  if (typeof text !== 'string') return { error: 'missing "text" string' };
  if (dct !== undefined && (typeof dct !== 'string' || !isValidDay(dct)))
    return { error: '"dct" must be a date written YYYY-MM-DD' };
  const spans = analyzeText(text, dct as string | undefined).map(s => ({
    start: s.start,
    end: s.end,
    type: s.type,
    ...(s.value !== undefined ? { value: s.value } : {}),
    ...(s.range ? { range: s.range } : {}),
  }));
  return { id: id ?? null, spans };
}

function analyzeFiles(files: string[], out: Out, err: Out): number {
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      const bytes = fs.readFileSync(file);
      if (bytes.includes(0)) {
        err(`${file}: looks like a binary file, skipped`);
        status = 1;
        continue;
      }
      text = bytes.toString('utf8');
    } catch (e) {
      err(`${file}: ${(e as Error).message}`);
      status = 1;
      continue;
    }
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
