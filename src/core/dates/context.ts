// Clues from the words around an expression: verb tense and the financial-quarter topic.
// Windows stop at line breaks so a paragraph analysed alone gets the same answers.

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|shall|wo(?:n't| not)|'ll|is to|are to|to be held|plan(?:s|ned)? to|planning to|scheduled|set to|going to|due|expected to|next|upcoming|deadline|payable|effective|as soon as|as early as)\b/gi;
const PAST = new RegExp(
  '\\b(?:was|were|had|did|said|says|ago|last|earlier|since|brought|took|made|told|came|went|' +
    'began|rose|fell|saw|gave|got|left|met|paid|sold|bought|won|lost|held|found|became|struck|hit|fought|ran|' +
    'spoke|wrote|knew|thought|sent|spent|led|kept|felt|stood|broke|chose|drove|flew|grew|shot|woke)\\b|\\b[a-z]{3,}ed\\b',
  'gi',
);

/** Up to `before`/`after` characters either side of [start,end), stopping at line breaks. */
function lineWindow(text: string, start: number, end: number, before: number, after: number): [string, string] {
  let from = start;
  while (from > 0 && start - from < before && text[from - 1] !== '\n') from--;
  let to = end;
  while (to < text.length && to - end < after && text[to] !== '\n') to++;
  return [text.slice(from, start), text.slice(end, to)];
}

/** Distance from the expression to the nearest match of `re` (left side counts from its end). */
function nearest(re: RegExp, left: string, right: string): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(left); m; m = re.exec(left)) best = Math.min(best, left.length - m.index - m[0].length);
  re.lastIndex = 0;
  const m = re.exec(right);
  if (m) best = Math.min(best, m.index + 1);
  return best;
}

/** Whether the clause around [start,end) talks about the future or the past. */
export function tenseAround(text: string, start: number, end: number): Tense {
  const [left, right] = lineWindow(text, start, end, 70, 40);
  const leftClause = left.slice(Math.max(left.lastIndexOf('. '), left.lastIndexOf('; ')) + 1);
  const rightCut = right.search(/[.;!?](?:\s|$)/);
  const rightClause = rightCut === -1 ? right : right.slice(0, rightCut);
  const f = nearest(FUTURE, leftClause, rightClause);
  const p = nearest(PAST, leftClause, rightClause);
  if (f === Infinity && p === Infinity) return 'unknown';
  return f <= p ? 'future' : 'past';
}

const RESULTS = /quarter|a share|cents|net income|revenue|earnings|profit|net loss|sales/i;

/** True when the paragraph reports company results (so "a year ago" means that quarter a year ago). */
export function aboutQuarters(text: string, start: number, end: number): boolean {
  const [left, right] = lineWindow(text, start, end, 300, 100);
  return RESULTS.test(left) || RESULTS.test(right);
}
