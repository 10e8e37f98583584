import { isValidDay } from '../core/dates/articleDate';
import { analyzeText } from './analyzeText';

/** What a run of JSONL input lines gives: the output lines (each ending in a newline) and the error messages. */
export interface LinesResult {
  output: string;
  errors: string[];
}

/**
 * Analyses input lines `text.split('\n')`, numbered from `firstLine`: one JSON document a line in, one
 * a line out; a blank line gives nothing, a bad one an error message with its number. Each line's
 * result depends on that line alone, so any split of the input into runs gives the same output.
 */
export function analyzeLines(text: string, firstLine: number): LinesResult {
  let output = '';
  const errors: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const result = analyzeLine(line);
    if ('error' in result) errors.push(`line ${firstLine + i}: ${result.error}`);
    else output += JSON.stringify(result) + '\n';
  }
  return { output, errors };
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
