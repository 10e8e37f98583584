import { TAG_COUNT, TAGS } from '../ner/model';
import { CONTEXT_LENGTH } from '../sidecar/create';
import { splitSentences, tokenize, Token } from '../text/tokenize';
import { TeachingItem } from './teach';

/** One sentence (or the part of it a sidecar stores) to learn from. */
export interface TrainingSentence {
  words: string[];
  /** Per token, the tags the user's items leave possible: bit t for tag t (every bit where nothing was said). */
  allowed: Uint16Array;
  /**
   * Per token, 1 where its features see the words really around it. The first and last two tokens of a
   * sentence cut short by the stored context see a sentence boundary that is not there: they take part in
   * decoding but their weights are not moved.
   */
  learnable: Uint8Array;
}

const ANY_TAG = (1 << TAG_COUNT) - 1;
const OUTSIDE = 1;
const tagBit = (tag: string) => 1 << TAGS.indexOf(tag as (typeof TAGS)[number]);

/** Tokens at a cut-off end whose features reach past it (the features look two words either way). */
const EDGE_TOKENS = 2;

/** A stretch of the article known from the items' stored context, with the items inside it. */
export interface ContextWindow {
  /** Offset of the window's first character in the article. */
  from: number;
  text: string;
  /** Whether the article has text before / after the window that the sidecar does not store. */
  cutBefore: boolean;
  cutAfter: boolean;
  items: TeachingItem[];
}

/**
 * Joins the items' stored contexts (prefix, quote, suffix) into windows of article text: items whose
 * contexts overlap or touch and agree on the shared characters make one window, so that the items of
 * one sentence are learned together. Items in article order.
 */
export function contextWindows(items: readonly TeachingItem[]): ContextWindow[] {
  const windows: ContextWindow[] = [];
  for (const item of items) {
    const from = item.start - item.prefix.length;
    const text = item.prefix + item.quote + item.suffix;
    const cutAfter = item.suffix.length >= CONTEXT_LENGTH - 1;
    const last = windows[windows.length - 1];
    const lastEnd = last ? last.from + last.text.length : -1;
    if (last && from <= lastEnd && last.text.slice(from - last.from) === text.slice(0, lastEnd - from)) {
      if (from + text.length > lastEnd) {
        last.text += text.slice(lastEnd - from);
        last.cutAfter = cutAfter;
      }
      last.items.push(item);
    } else {
      windows.push({ from, text, cutBefore: from > 0, cutAfter, items: [item] });
    }
  }
  return windows;
}

/**
 * The sentences of a window that hold at least one item, with each item's lesson as allowed tags. An
 * item whose edges fall inside a token ("Hargreave" of "Hargreave's" is two tokens, but "Hargr" is
 * not one), or that spans two sentences, cannot be said in the tagger's terms and is left out.
 */
export function windowSentences(window: ContextWindow): TrainingSentence[] {
  let tokens = tokenize(window.text);
  // A word at a cut-off end may be a piece of a longer one.
  if (window.cutBefore && tokens.length > 0 && tokens[0].start === 0) tokens = tokens.slice(1);
  if (window.cutAfter && tokens.length > 0 && tokens[tokens.length - 1].end === window.text.length)
    tokens = tokens.slice(0, -1);
  const sentences = splitSentences(window.text, tokens);
  const sentenceOf = new Uint32Array(tokens.length);
  const firstOf: number[] = [];
  let k = 0;
  sentences.forEach((sentence, s) => {
    firstOf.push(k);
    for (let i = 0; i < sentence.length; i++) sentenceOf[k++] = s;
  });
  const allowed = new Uint16Array(tokens.length).fill(ANY_TAG);
  const taught = new Set<number>();
  for (const item of window.items) {
    const span = tokenSpan(tokens, item.start - window.from, item.end - window.from);
    if (!span || sentenceOf[span[0]] !== sentenceOf[span[1]]) continue;
    constrain(allowed, span[0], span[1], sentenceOf, item);
    taught.add(sentenceOf[span[0]]);
  }
  const out: TrainingSentence[] = [];
  sentences.forEach((sentence, s) => {
    if (!taught.has(s)) return;
    const n = sentence.length;
    const learnable = new Uint8Array(n).fill(1);
    if (s === 0 && window.cutBefore) learnable.fill(0, 0, EDGE_TOKENS);
    if (s === sentences.length - 1 && window.cutAfter) learnable.fill(0, Math.max(0, n - EDGE_TOKENS));
    out.push({
      words: sentence.map(t => t.text),
      allowed: allowed.slice(firstOf[s], firstOf[s] + n),
      learnable,
    });
  });
  return out;
}

/**
 * The tokens [first, last] that make up [start, end) exactly (surrounding spaces aside), or undefined
 * when the range cuts a token or holds none.
 */
function tokenSpan(tokens: readonly Token[], start: number, end: number): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (t.end <= start) continue;
    if (t.start < start || t.end > end) return undefined;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? undefined : [first, last];
}

function constrain(
  allowed: Uint16Array,
  first: number,
  last: number,
  sentenceOf: Uint32Array,
  item: TeachingItem,
): void {
  const { lesson } = item;
  if (lesson.kind === 'outside') {
    allowed.fill(OUTSIDE, first, last + 1);
    return;
  }
  allowed[first] = tagBit(`B-${lesson.type}`);
  allowed.fill(tagBit(`I-${lesson.type}`), first + 1, last + 1);
  // The name ends here: the next token of the sentence does not continue it.
  const next = last + 1;
  if (next < allowed.length && sentenceOf[next] === sentenceOf[last]) allowed[next] &= ~tagBit(`I-${lesson.type}`);
}
