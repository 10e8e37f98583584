/**
 * A quick reader for sidecars laid out exactly as the serializer writes them: top-level `key: value`
 * lines, and lists of flat mappings (`  - key: value`, continued at the dash's indent plus two). Values
 * are decimal integers, plain strings that cannot be read as anything else, JSON-style double-quoted or
 * single-quoted strings on one line, and `[]`. Anything else (comments, blank lines, CRLF, aliases, tags,
 * anchors, nested values, duplicate keys, control characters) returns undefined, and the caller reads the
 * file with the full YAML parser instead. What it does return equals the full parser's plain JavaScript value.
 */

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Plain scalars the YAML 1.2 core schema resolves to something other than a string. */
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/**
 * A plain string: starts with a character that is no YAML indicator, words separated by single spaces,
 * no word after a space starts a comment; ":" before a space or at the end is checked separately.
 */
const PLAIN = /^[A-Za-z0-9._/(\u00a0-\uffff][^ ]*(?: [^ #][^ ]*)*$/;
/** Could be a number, infinity or NaN in the core schema (decimal, octal, hex, float). */
const NUMERIC = /^[-+.]?[0-9]|^0[ox]|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/;
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
const DOUBLE_QUOTED = /^"(?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/;
const SINGLE_QUOTED = /^'(?:[^']|'')*'$/;
/** Characters the quick reader leaves to the full parser. */
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;

function scalar(text: string): unknown {
  if (INTEGER.test(text)) return Number(text);
  if (text === '[]') return [];
  if (text.startsWith('"')) return DOUBLE_QUOTED.test(text) ? JSON.parse(text) : undefined;
  if (text.startsWith("'")) return SINGLE_QUOTED.test(text) ? text.slice(1, -1).replace(/''/g, "'") : undefined;
  if (!PLAIN.test(text) || NOT_A_STRING.test(text) || /:(?: |$)/.test(text)) return undefined;
  // A plain string that starts like a number is only taken when it clearly is not one (dates, times).
  if (NUMERIC.test(text) && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9:.]+Z?)?$/.test(text)) return undefined;
  return text;
}

/** `key: value` at the start of `line`, or undefined. A bare `key:` (a list follows) gives value null. */
function pair(line: string): [string, unknown] | undefined {
  const colon = line.indexOf(':');
  if (colon < 1) return undefined;
  const key = line.slice(0, colon);
  if (!KEY.test(key) || NOT_A_STRING.test(key)) return undefined;
  if (colon === line.length - 1) return [key, null];
  if (line[colon + 1] !== ' ') return undefined;
  const value = scalar(line.slice(colon + 2));
  return value === undefined ? undefined : [key, value];
}

function put(target: Record<string, unknown>, entry: [string, unknown]): boolean {
  if (Object.prototype.hasOwnProperty.call(target, entry[0])) return false;
  target[entry[0]] = entry[1];
  return true;
}

/** Reads one list of flat mappings starting at `lines[i]`; returns the index after it, or -1. */
function readList(lines: string[], i: number, list: Record<string, unknown>[]): number {
  const dash = lines[i].startsWith('  - ') ? '  - ' : lines[i].startsWith('- ') ? '- ' : undefined;
  if (!dash) return -1;
  const more = ' '.repeat(dash.length);
  let item: Record<string, unknown> | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const starts = line.startsWith(dash);
    if (!starts && !(item && line.startsWith(more))) break;
    const entry = pair(line.slice(dash.length));
    if (!entry || entry[1] === null) return -1;
    if (starts) list.push(item = {});
    if (!put(item!, entry)) return -1;
  }
  return i;
}

/** The plain JavaScript value of a sidecar in the serializer's own layout, or undefined to use the full parser. */
export function readPlainSidecar(text: string): Record<string, unknown> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const root: Record<string, unknown> = {};
  for (let i = 0; i < lines.length;) {
    const entry = pair(lines[i]);
    if (!entry || !put(root, entry)) return undefined;
    i++;
    if (entry[1] !== null) continue;
    const list: Record<string, unknown>[] = [];
    i = i < lines.length ? readList(lines, i, list) : -1;
    if (i < 0) return undefined;
    root[entry[0]] = list;
  }
  return lines.length > 0 ? root : undefined;
}
