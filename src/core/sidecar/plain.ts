import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * A quick reader for sidecars laid out exactly as the serializer writes them: top-level `key: value`
 * lines, and lists of flat mappings (`  - key: value`, continued at the dash's indent plus two), whose
 * values may also be a flat mapping one level down (an annotation's `attributes`, two further). Values
 * are decimal integers, plain strings that cannot be read as anything else, JSON-style double-quoted or
 * single-quoted strings on one line, and `[]`. Anything else (comments, blank lines, CRLF, aliases, tags,
 * anchors, deeper nesting, duplicate keys, control characters) returns undefined, and the caller reads the
 * file with the full YAML parser instead. What it does return equals the full parser's plain JavaScript value.
 */

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Keys one level down are names people choose ("source-url"): hyphens too. */
const NESTED_KEY = /^[A-Za-z][\w-]*$/;
/** Plain scalars the YAML 1.2 core schema resolves to something other than a string. */
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/**
 * A plain string: starts with a character that is no YAML indicator ("~" alone is null, see NOT_A_STRING),
 * or with "-" not followed by a space (as the serializer writes "-based" or a context cut after a hyphen),
 * words separated by single spaces,
 * no word after a space starts a comment; ":" before a space or at the end is checked separately.
 */
const PLAIN = /^(?:[A-Za-z0-9._/(~\u00a0-\uffff]|-(?=[^ ]))[^ ]*(?: [^ #][^ ]*)*$/;
/** Could be a number, infinity or NaN in the core schema (decimal, octal, hex, float: "-.5" too). */
const NUMERIC = /^[-+]?\.?[0-9]|^0[ox]|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/;
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
const DOUBLE_QUOTED = /^"(?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/;
const SINGLE_QUOTED = /^'(?:[^']|'')*'$/;
/**
 * Whether the text holds a character the quick reader leaves to the full parser: C0 and C1 controls
 * other than line feed, DEL, line and paragraph separators, byte order marks, U+FFFE/U+FFFF and lone
 * surrogates. A loop over char codes: a Unicode-mode regular expression is several times slower.
 */
function hasUnusualCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 10) continue;
    if (c < 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

function scalar(text: string): unknown {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57 && INTEGER.test(text)) return Number(text);
  if (c === 34) return DOUBLE_QUOTED.test(text) ? JSON.parse(text) : undefined; // "
  if (c === 39) return SINGLE_QUOTED.test(text) ? text.slice(1, -1).replace(/''/g, "'") : undefined; // '
  if (text === '[]') return [];
  if (!PLAIN.test(text) || NOT_A_STRING.test(text) || /:(?: |$)/.test(text)) return undefined;
  // A plain string that starts like a number is only taken when it clearly is not one (dates, times).
  if (NUMERIC.test(text) && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9:.]+Z?)?$/.test(text)) return undefined;
  return text;
}

/** Keys already checked, at the top and item level and one level down; a sidecar repeats the same few keys. */
const checkedKeys = new Set<string>();
const checkedNestedKeys = new Set<string>();

/** The key of a `key: value` line held in text[from, to): its colon's index, or -1. */
function keyColon(text: string, from: number, to: number): number {
  const colon = text.indexOf(':', from);
  return colon > from && colon < to ? colon : -1;
}

/**
 * Reads `key: value` in text[from, to) into `target` (a bare `key:`, where a list follows, reads as
 * null) and returns the key; undefined when the line is not one the quick reader takes or the key is
 * already there.
 */
function readPair(
  text: string,
  from: number,
  to: number,
  target: Record<string, unknown>,
  nested = false,
): string | undefined {
  const colon = keyColon(text, from, to);
  if (colon < 0) return undefined;
  const key = text.slice(from, colon);
  const checked = nested ? checkedNestedKeys : checkedKeys;
  if (!checked.has(key)) {
    if (!(nested ? NESTED_KEY : KEY).test(key) || NOT_A_STRING.test(key)) return undefined;
    if (checked.size < 64) checked.add(key);
  }
  if (Object.prototype.hasOwnProperty.call(target, key)) return undefined;
  if (colon === to - 1) {
    target[key] = null;
    return key;
  }
  if (text.charCodeAt(colon + 1) !== 32) return undefined;
  const value = scalar(text.slice(colon + 2, to));
  if (value === undefined) return undefined;
  target[key] = value;
  return key;
}

/** `key: value` at the start of `line`, or undefined (for the node builder below). */
function pair(line: string, nested: boolean): [string, unknown] | undefined {
  const target: Record<string, unknown> = {};
  const key = readPair(line, 0, line.length, target, nested);
  return key === undefined ? undefined : [key, target[key]];
}

/** End of the line starting at `at` (the index of its line feed, or the text's end). */
export function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/**
 * How a block list whose first item starts at line `at` lays out its items: the dash that opens each
 * (at column 2 or 0) and the indent of an item's further lines; undefined for any other layout.
 */
export function listLayout(text: string, at: number): { dash: string; more: string } | undefined {
  if (text.startsWith('  - ', at)) return { dash: '  - ', more: '    ' };
  if (text.startsWith('- ', at)) return { dash: '- ', more: '  ' };
  return undefined;
}

/**
 * Reads one list of flat mappings starting at line `at`; returns the offset after it, or -1. Each item
 * starts with the dash line and continues with lines indented to the same column; a bare `key:` there
 * opens a flat mapping whose lines are indented two further.
 */
function readList(text: string, at: number, list: Record<string, unknown>[]): number {
  const layout = listLayout(text, at);
  if (!layout) return -1;
  const { dash, more } = layout;
  const deeper = more + '  ';
  let item: Record<string, unknown> | undefined;
  while (at < text.length) {
    const starts = text.startsWith(dash, at);
    if (!starts && !(item && text.startsWith(more, at))) break;
    const end = lineEnd(text, at);
    if (starts) list.push((item = {}));
    const key = readPair(text, at + dash.length, end, item!);
    if (key === undefined) return -1;
    at = end + 1;
    if (item![key] !== null) continue;
    const nested: Record<string, unknown> = {};
    while (at < text.length && text.startsWith(deeper, at)) {
      const nestedEnd = lineEnd(text, at);
      const name = readPair(text, at + deeper.length, nestedEnd, nested, true);
      if (name === undefined || nested[name] === null) return -1;
      at = nestedEnd + 1;
    }
    // A bare key with nothing below it is null to the full parser: left to it.
    if (Object.keys(nested).length === 0) return -1;
    item![key] = nested;
  }
  return at;
}

/** A value one level down in a list item (an annotation's `attributes`). */
function isNested(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The plain JavaScript value of a sidecar in the serializer's own layout, or undefined to use the full parser. */
export function readPlainSidecar(text: string): Record<string, unknown> | undefined {
  if (text.length === 0 || text === '\n' || hasUnusualCharacter(text)) return undefined;
  const root: Record<string, unknown> = {};
  for (let at = 0; at < text.length;) {
    const end = lineEnd(text, at);
    const key = readPair(text, at, end, root);
    if (key === undefined) return undefined;
    at = end + 1;
    if (root[key] !== null) continue;
    const list: Record<string, unknown>[] = [];
    at = at < text.length ? readList(text, at, list) : -1;
    if (at < 0) return undefined;
    root[key] = list;
  }
  return root;
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
function pairNode(
  line: string,
  at: number,
  skip: number,
  nested = false,
): Pair<Scalar, Scalar | YAMLSeq | YAMLMap | null> {
  const body = line.slice(skip);
  const colon = body.indexOf(':');
  const entry = pair(body, nested)!;
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
export function readPlainSidecarNodes(
  text: string,
  settled?: (list: string, item: Record<string, unknown>) => boolean,
  settledMaps?: WeakSet<YAMLMap>,
  known?: { text: string; value: Record<string, unknown> },
): YAMLMap | undefined {
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
    // A block list of flat mappings follows (the quick reader has checked its layout), one line per key,
    // and one per key of a mapping one level down.
    const listKey = top.key.value as string;
    const values = plain[listKey] as Record<string, unknown>[];
    const { dash } = listLayout(text, starts[i])!;
    const seq = new YAMLSeq();
    for (const value of values) {
      const entries = Object.values(value);
      const count = entries.reduce<number>((n, v) => n + 1 + (isNested(v) ? Object.keys(v).length : 0), 0);
      const item = new YAMLMap();
      item.range = [starts[i] + dash.length, lineEnd(i + count - 1), lineEnd(i + count - 1)];
      if (typeof value.id === 'string' && settled?.(listKey, value)) {
        const id = new Scalar('id');
        id.range = [starts[i] + dash.length, starts[i] + dash.length, starts[i] + dash.length];
        item.items.push(new Pair(id, new Scalar(value.id)));
        settledMaps?.add(item);
        i += count;
        seq.items.push(item);
        continue;
      }
      for (const v of entries) {
        const entry = pairNode(lines[i], starts[i], dash.length);
        i++;
        if (isNested(v)) {
          const nested = new YAMLMap();
          for (let k = Object.keys(v).length; k > 0; k--, i++)
            nested.items.push(pairNode(lines[i], starts[i], dash.length + 2, true));
          nested.range = [(nested.items[0].key as Scalar).range![0], lineEnd(i - 1), lineEnd(i - 1)];
          entry.value = nested;
        }
        item.items.push(entry);
      }
      seq.items.push(item);
    }
    seq.range = [(seq.items[0] as YAMLMap).range![0] - 2, lineEnd(i - 1), lineEnd(i - 1)];
    top.value = seq;
  }
  root.range = [0, text.length, text.length];
  return root;
}
