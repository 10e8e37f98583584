import { EntityType, Recognizer, Span } from '../types';
import { splitSentences, tokenize, Token } from '../text/tokenize';
import { typeAfterNoun } from './cues';
import { constrain, emissions, viterbi } from './decode';
import { sentenceFeatures } from './features';
import { GAZ_CATEGORIES, Gazetteer } from './gazetteer';
import { harmonizeSpans } from './harmonize';
import { MentionCache } from './mentions';
import { decodeModel, EntityModel, TAG_COUNT, TAGS } from './model';

export type { EntityModel } from './model';

/** Where the shipped model lives, relative to the package root (path segments, for any path API). */
export const ENTITY_MODEL_PATH: readonly string[] = ['models', 'ner.bin'];

/** Parses the shipped model file (weights are used in place, not copied). */
export function loadEntityModel(bytes: Uint8Array): EntityModel {
  return decodeModel(bytes);
}

/**
 * Paragraphs are the independent units of analysis: runs of text separated by blank lines.
 * Returns [start, end) ranges that cover every non-blank line.
 */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) ranges.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

const TYPE_OF_TAG: (EntityType | undefined)[] = TAGS.map((t) => (t === 'O' ? undefined : (t.slice(2) as EntityType)));

const RUN_CONNECTORS = new Set(['of', '&']);

const TITLE_BIT = 1 << GAZ_CATEGORIES.indexOf('title');
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)$/i;

/**
 * "North/LOC Korean/MISC" -> "North Korean/MISC": a compass word before a nationality belongs to it.
 * `compass[k]` says whether span k is a single compass-word place.
 */
function mergeCompassAdjectives(spans: Span[], compass: boolean[]): Span[] {
  const out: Span[] = [];
  spans.forEach((span, k) => {
    const prev = out[out.length - 1];
    if (prev && k > 0 && compass[k - 1] && prev.type === 'LOC' && span.type === 'MISC' && span.start - prev.end <= 1) {
      prev.end = span.end;
      prev.type = 'MISC';
    } else {
      out.push(span);
    }
  });
  return out;
}

const DEMONYM_BIT = 1 << GAZ_CATEGORIES.indexOf('demonym');
const ORG_WORD_BIT = 1 << GAZ_CATEGORIES.indexOf('orgWord');

/**
 * "Chinese/MISC Foreign Ministry/ORG" -> "Chinese Foreign Ministry/ORG": a nationality right before
 * the name of a body that ends in an organisation word (Ministry, Army, Academy ...) is part of it.
 */
function mergeNationalBodies(tokens: Token[], spans: Span[], gaz: Gazetteer): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'MISC' && span.type === 'ORG' && span.start - prev.end <= 1) {
      const adj = tokens.find((t) => t.start === prev.start);
      const head = tokens.find((t) => t.end === span.end);
      if (adj && adj.end === prev.end && head && (gaz.word(adj.text.toLowerCase()) & DEMONYM_BIT) !== 0 &&
        (gaz.word(head.text.toLowerCase()) & ORG_WORD_BIT) !== 0) {
        prev.end = span.end;
        prev.type = 'ORG';
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

/** PER/ORG/LOC/MISC recogniser: hashed-feature averaged perceptron with Viterbi decoding. */
export class EntityRecognizer implements Recognizer {
  private emit = new Float64Array(256 * TAG_COUNT);
  private readonly transitions: Float64Array;
  /** Lines already searched for mentions: after an edit, only changed lines are searched again. */
  private readonly mentions = new MentionCache();

  constructor(private readonly model: EntityModel) {
    this.transitions = constrain(model.transitions);
  }

  /** Whole document: paragraphs analysed independently, then made consistent with `harmonize`. */
  recognize(text: string): Span[] {
    const spans: Span[] = [];
    for (const { start, end } of paragraphRanges(text)) {
      for (const s of this.recognizeParagraph(text.slice(start, end))) {
        spans.push({ start: s.start + start, end: s.end + start, type: s.type });
      }
    }
    return this.harmonize(text, spans);
  }

  /** One independent unit of text (no document-level pass); offsets are into `text`. */
  recognizeParagraph(text: string): Span[] {
    const spans: Span[] = [];
    for (const sentence of splitSentences(text, tokenize(text))) this.tagSentence(sentence, spans);
    return spans;
  }

  /**
   * Document-level consistency over spans found paragraph by paragraph (offsets into `text`):
   * one type per name, person-name parts, later mentions of names already found.
   */
  harmonize(text: string, spans: Span[]): Span[] {
    const common = this.model.ctx.lowerWords;
    return harmonizeSpans(text, spans, (w) => common.has(w), this.mentions);
  }

  /** Titles are not part of a person's name: "Chairman Kim" -> "Kim". `first[k]` is span k's first token. */
  private trimTitles(tokens: Token[], spans: Span[], first: number[]): void {
    spans.forEach((span, k) => {
      if (span.type !== 'PER') return;
      let i = first[k];
      while (tokens[i + 1] && tokens[i + 1].end <= span.end &&
        (this.model.ctx.gazetteer.word(tokens[i].text.toLowerCase()) & TITLE_BIT) !== 0) {
        i++;
        span.start = tokens[i].start;
      }
    });
  }

  /**
   * A capitalised run the model left untagged right after a describing noun is a name of the type
   * the noun gives ("the band Killing Joke", "the village of Aisby"); see `cues.ts`.
   */
  private addDescribedNames(tokens: Token[], tags: Uint8Array, spans: Span[], first: number[]): void {
    const n = tokens.length;
    const common = this.model.ctx.lowerWords;
    const cap = (i: number) => i < n && tags[i] === 0 && /^\p{Lu}/u.test(tokens[i].text);
    for (let i = 0; i + 1 < n; i++) {
      const noun = tokens[i].text;
      if (noun.length < 3 || !/^\p{Ll}+$/u.test(noun)) continue;
      const viaOf = tokens[i + 1].text === 'of';
      const s = viaOf ? i + 2 : i + 1;
      if (!cap(s)) continue;
      const type = typeAfterNoun(noun, viaOf);
      if (!type) continue;
      let e = s + 1;
      while (cap(e) || (e + 1 < n && RUN_CONNECTORS.has(tokens[e].text) && tags[e] === 0 && cap(e + 1))) e++;
      // The run must end the name: not "band Killing Joke" + a tagged word; a lone word must not be an ordinary one.
      if (e < n && tags[e] !== 0) continue;
      if (e === s + 1 && common.has(tokens[s].text.toLowerCase())) continue;
      const span: Span = { start: tokens[s].start, end: tokens[e - 1].end, type };
      let k = 0;
      while (k < spans.length && spans[k].start < span.start) k++;
      spans.splice(k, 0, span);
      first.splice(k, 0, s);
      i = e - 1;
    }
  }

  /**
   * "Democratic People/ORG 's Republic of Korea/LOC" -> one LOC: a possessive joins two names when the
   * word before it is an ordinary word ("People's", "Women's", "Children's"), not a name (as in
   * "Britain's Labour Party"). The joined name takes the type of its second part, the head.
   */
  private joinCommonPossessives(tokens: Token[], spans: Span[], first: number[]): void {
    const common = this.model.ctx.lowerWords;
    for (let k = 0; k + 1 < spans.length; k++) {
      const a = spans[k];
      const b = spans[k + 1];
      const f = first[k + 1];
      if (f < 2 || !/^['’][sS]$/.test(tokens[f - 1].text) || tokens[f - 2].end !== a.end) continue;
      if (tokens[f - 1].start !== a.end || tokens[f - 1].end + 1 < b.start) continue;
      if (!common.has(tokens[f - 2].text.toLowerCase())) continue;
      a.end = b.end;
      a.type = b.type;
      spans.splice(k + 1, 1);
      first.splice(k + 1, 1);
      k--;
    }
  }

  private tagSentence(tokens: Token[], out: Span[]): void {
    const n = tokens.length;
    const feats = sentenceFeatures(tokens.map((t) => t.text), this.model.ctx);
    if (this.emit.length < n * TAG_COUNT) this.emit = new Float64Array(n * TAG_COUNT * 2);
    emissions(feats, n, this.model.weights, this.emit);
    const tags = viterbi(this.emit, n, this.transitions);
    const spans: Span[] = [];
    const first: number[] = [];
    let open: Span | undefined;
    for (let i = 0; i < n; i++) {
      const type = TYPE_OF_TAG[tags[i]];
      const begins = tags[i] % 2 === 1;
      if (open && (type === undefined || begins || type !== open.type)) open = undefined;
      if (type === undefined) continue;
      if (open) {
        open.end = tokens[i].end;
      } else {
        open = { start: tokens[i].start, end: tokens[i].end, type };
        spans.push(open);
        first.push(i);
      }
    }
    this.addDescribedNames(tokens, tags, spans, first);
    // "South/O Korean/MISC" (a capitalised sentence start the model left out) -> "South Korean/MISC".
    spans.forEach((span, k) => {
      const f = first[k];
      if (span.type === 'MISC' && f > 0 && tags[f - 1] === 0 && /^\p{Lu}/u.test(tokens[f - 1].text) && COMPASS.test(tokens[f - 1].text) &&
        tokens[f - 1].end + 1 >= tokens[f].start) {
        span.start = tokens[f - 1].start;
        first[k] = f - 1;
      }
    });
    const compass = spans.map((sp, k) => sp.type === 'LOC' && sp.end === tokens[first[k]].end && COMPASS.test(tokens[first[k]].text));
    this.trimTitles(tokens, spans, first);
    this.joinCommonPossessives(tokens, spans, first);
    out.push(...mergeNationalBodies(tokens, mergeCompassAdjectives(spans, compass), this.model.ctx.gazetteer));
  }
}
