// Finds the article's own date: front matter first, then a dateline or byline near the top.
import { recognizeTemporal } from './recognize';

interface ReferenceDate {
  date: string; // YYYY-MM-DD
  source: 'front-matter' | 'dateline';
  start: number;
  end: number;
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const DATE_KEY = /^(?:date|published|pubdate|publishdate|published_at|created)[ \t]*:[ \t]*(.*?)[ \t]*$/gim;
/** Words that introduce the article's own date on a byline. */
const BYLINE_CUE =
  /\b(?:published|updated|posted|first published|last updated|date|dated)\b|\((?:reuters|ap|afp|xinhua|upi|bloomberg)\)/i;
const HEAD_LINES = 6;

/** The first full calendar date written in `s` (no reference date, so only explicit years count). */
function explicitDay(s: string): { value: string; start: number; end: number } | undefined {
  const iso = /\b(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/.exec(s);
  const spans = recognizeTemporal(s);
  const hit = spans.find(sp => sp.value !== undefined && DAY_VALUE.test(sp.value));
  if (iso && (!hit || iso.index <= hit.start))
    return { value: iso[1], start: iso.index, end: iso.index + iso[1].length };
  return hit ? { value: hit.value!, start: hit.start, end: hit.end } : undefined;
}

function fromFrontMatter(text: string): ReferenceDate | undefined {
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return undefined;
  const bodyStart = fm.index + fm[0].indexOf(fm[1]);
  DATE_KEY.lastIndex = 0;
  for (let m = DATE_KEY.exec(fm[1]); m; m = DATE_KEY.exec(fm[1])) {
    const raw = m[1].replace(/^["']|["']$/g, '');
    const found = explicitDay(raw);
    if (!found) continue;
    const offset = bodyStart + m.index + m[0].indexOf(m[1]) + (m[1].startsWith('"') || m[1].startsWith("'") ? 1 : 0);
    return { date: found.value, source: 'front-matter', start: offset + found.start, end: offset + found.end };
  }
  return undefined;
}

/** A date opening one of the first lines (after a place or name), or introduced by a cue word. */
function fromDateline(text: string): ReferenceDate | undefined {
  const fm = FRONT_MATTER.exec(text);
  let pos = fm ? fm[0].length : 0;
  for (let seen = 0; seen < HEAD_LINES && pos < text.length;) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    if (line.trim()) {
      seen++;
      const found = explicitDay(line);
      const before = line.slice(0, found?.start ?? 0);
      // A dateline or byline puts the date after a place, a name or a cue word, not inside a sentence.
      if (found && (BYLINE_CUE.test(before) || !/\b[a-z]{3,}\b/.test(before))) {
        return { date: found.value, source: 'dateline', start: pos + found.start, end: pos + found.end };
      }
    }
    pos = lineEnd + 1;
  }
  return undefined;
}

/** The article's reference date, from front matter (`date:`) or else a dateline in the first lines. */
export function findReferenceDate(text: string): ReferenceDate | undefined {
  return fromFrontMatter(text) ?? fromDateline(text);
}
