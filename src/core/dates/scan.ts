// Runs a rule only around the words it cannot do without. A grammar regex with optional leading
// words is slow to try at every position; a plain anchor regex (a month name, a unit word) is
// fast, so the full rule is run on short stretches of text around each anchor hit.
import type { Candidate, Ctx, Rule } from './rule';

/** Every match of a rule starts at most BACK characters before its anchor and ends within AHEAD after it. */
const BACK = 60;
const AHEAD = 80;

/** Space, tab, line feed, carriage return or no-break space (by UTF-16 code; NaN past the end is not). */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
const NEWLINE = 10;

/**
 * Stretches around each anchor hit, merged when they touch. They stay inside the anchor's line (so
 * a paragraph analysed alone gives the same stretches) and begin and end at white space (so word
 * boundaries and look-aheads see what they would see in the whole text).
 */
function windows(text: string, anchor: RegExp): [number, number][] {
  const out: [number, number][] = [];
  // The line ends around the last hit, looked up once per line rather than walked to from every hit.
  let lineStart = 0;
  let lineEnd = -1;
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    const p = m.index;
    if (p >= lineEnd) {
      lineStart = p > 0 ? text.lastIndexOf('\n', p - 1) + 1 : 0;
      lineEnd = text.indexOf('\n', p);
      if (lineEnd < 0) lineEnd = text.length;
    }
    let e = p + m[0].length;
    const stop = e <= lineEnd ? lineEnd : nextNewline(text, e);
    e = Math.max(e, Math.min(p + AHEAD, stop));
    while (e < text.length && !isSpace(text.charCodeAt(e))) e++;
    const last = out[out.length - 1];
    // A window starts at or before its hit: a hit inside the last window extends it, found without looking back.
    if (last && p <= last[1]) {
      last[1] = Math.max(last[1], e);
    } else {
      let s = Math.max(p - BACK, lineStart);
      while (s < p && s > 0 && text.charCodeAt(s - 1) !== NEWLINE && !isSpace(text.charCodeAt(s - 1))) s++;
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else out.push([s, e]);
    }
    if (m[0].length === 0) anchor.lastIndex++;
  }
  return out;
}

/** The first line feed at or after `from`, or the text's length. */
function nextNewline(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

function runOn(rule: Rule, text: string, offset: number, ctx: Ctx, out: Candidate[]): void {
  const re = rule.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const at = m.index;
    m.index += offset; // builders look at the whole text around the match
    const c = rule.build(m, ctx);
    if (c && c.end > c.start) out.push(c);
    // A rejected match ("she sat Oct. 12") must not hide a shorter one inside it.
    else re.lastIndex = at + 1;
  }
}

/** All candidates a rule finds in the text (only near its anchors when it has one). */
export function scanRule(rule: Rule, ctx: Ctx, out: Candidate[]): void {
  if (!rule.anchor) {
    runOn(rule, ctx.text, 0, ctx, out);
    return;
  }
  for (const [s, e] of windows(ctx.text, rule.anchor)) runOn(rule, ctx.text.slice(s, e), s, ctx, out);
}
