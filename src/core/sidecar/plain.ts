import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

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

/** The node (with its source range) of a value `pair` read at [from, to) of the file. */
function valueNode(value: unknown, raw: string, from: number, to: number): Scalar | YAMLSeq {
  const node = Array.isArray(value) ? new YAMLSeq() : new Scalar(value);
  if (node instanceof YAMLSeq) node.flow = true;
  else node.type = raw.startsWith('"') ? Scalar.QUOTE_DOUBLE : raw.startsWith("'") ? Scalar.QUOTE_SINGLE : Scalar.PLAIN;
  node.range = [from, to, to];
  return node;
}

/** A `key: value` pair of the line starting at `at` (after `skip` characters of dash or indent). */
function pairNode(line: string, at: number, skip: number): Pair<Scalar, Scalar | YAMLSeq | null> {
  const body = line.slice(skip);
  const colon = body.indexOf(':');
  const entry = pair(body)!;
  const key = new Scalar(entry[0]);
  key.type = Scalar.PLAIN;
  key.range = [at + skip, at + skip + colon, at + skip + colon];
  const from = at + skip + colon + 2;
  const value = entry[1] === null ? null : valueNode(entry[1], body.slice(colon + 2), from, at + line.length);
  return new Pair(key, value);
}

/**
 * The same file as {@link readPlainSidecar} reads, as a YAML node tree with source ranges, such as the
 * full parser would give for it (block maps and lists, flow `[]`, scalars with their quoting), built
 * without the full parser; undefined for any file {@link readPlainSidecar} declines. It serves the
 * in-place text patch, which only needs keys, values, styles and ranges.
 *
 * `settled(list, item)` may tell list items already holding exactly what is to be written: such an item
 * gets a map holding only its `id` pair (with the item's whole range), and is added to `settledMaps`.
 * `known`: a text already read by {@link readPlainSidecar} and what it read, which is then not read again.
 */
export function readPlainSidecarNodes(text: string, settled?: (list: string, item: Record<string, unknown>) => boolean,
  settledMaps?: WeakSet<YAMLMap>, known?: { text: string; value: Record<string, unknown> }): YAMLMap | undefined {
  const plain = known?.text === text ? known.value : readPlainSidecar(text);
  if (plain === undefined) return undefined;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const starts: number[] = new Array(lines.length);
  for (let i = 0, at = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i].length + 1;
  }
  const lineEnd = (i: number) => starts[i] + lines[i].length;
  const root = new YAMLMap();
  for (let i = 0; i < lines.length;) {
    const top = pairNode(lines[i], starts[i], 0);
    root.items.push(top);
    i++;
    if (top.value !== null) continue;
    // A block list of flat mappings follows (the quick reader has checked its layout), one line per key.
    const listKey = top.key.value as string;
    const values = plain[listKey] as Record<string, unknown>[];
    const dash = lines[i].startsWith('  - ') ? '  - ' : '- ';
    const seq = new YAMLSeq();
    for (const value of values) {
      const keys = Object.keys(value).length;
      const item = new YAMLMap();
      item.range = [starts[i] + dash.length, lineEnd(i + keys - 1), lineEnd(i + keys - 1)];
      if (typeof value.id === 'string' && settled?.(listKey, value)) {
        const id = new Scalar('id');
        id.range = [starts[i] + dash.length, starts[i] + dash.length, starts[i] + dash.length];
        item.items.push(new Pair(id, new Scalar(value.id)));
        settledMaps?.add(item);
        i += keys;
      } else {
        for (let k = 0; k < keys; k++, i++) item.items.push(pairNode(lines[i], starts[i], dash.length));
      }
      seq.items.push(item);
    }
    seq.range = [(seq.items[0] as YAMLMap).range![0] - 2, lineEnd(i - 1), lineEnd(i - 1)];
    top.value = seq;
  }
  root.range = [0, text.length, text.length];
  return root;
}
