import { EntityType, Recognizer, Span } from '../types';
import { splitSentences, tokenize, Token } from '../text/tokenize';
import { readingText } from '../text/readingText';
import { constrain, ruleOutPersonBreaks, viterbi } from './decode';
import { sentenceEmissions, sentenceSlots } from './emissions';
import { RULE_CUES, WordTable } from './wordTable';
import { HarmonizeCache, harmonizeSpans, harmonizeSteps } from './harmonize';
import { decodeModel, EntityModel, TAG_COUNT, TAGS } from './model';

export type { EntityModel };
import { applyRules } from './rules';
import { isSourcesHeading } from './rules-sources';
import { SENTENCE_CUES } from './ruleCues';

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

const TYPE_OF_TAG: (EntityType | undefined)[] = TAGS.map(t => (t === 'O' ? undefined : (t.slice(2) as EntityType)));

/** PER/ORG/LOC/MISC recogniser: hashed-feature averaged perceptron with Viterbi decoding. */
export class EntityRecognizer implements Recognizer {
  private emit = new Float64Array(256 * TAG_COUNT);
  private readonly transitions: Float64Array;
  private readonly words: WordTable;
  /** The last document pass (votes, lines searched for mentions): after an edit, only what changed is done again. */
  private readonly documentPass = new HarmonizeCache();
  private readonly isCommonWord = (lower: string) => this.model.ctx.lowerWords.has(lower);

  constructor(private readonly model: EntityModel) {
    this.transitions = constrain(model.transitions);
    this.words = new WordTable(model.ctx, model.weights, (word, lower) =>
      SENTENCE_CUES.cuesOf(word, lower, model.ctx.gazetteer),
    );
  }

  /**
   * Whole document, read as `readingText` reads it (as the editor and the command line do): paragraphs
   * analysed independently, then made consistent with `harmonize`.
   */
  recognize(article: string): Span[] {
    const text = readingText(article);
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
    // The lines under a "Sources" heading list outlets, one a line (rules-sources.ts).
    let listsSources = false;
    for (const sentence of splitSentences(text, tokenize(text))) {
      this.tagSentence(sentence, spans, listsSources);
      listsSources ||= isSourcesHeading(sentence);
    }
    return spans;
  }

  /**
   * Document-level consistency over spans found paragraph by paragraph (offsets into `text`):
   * one type per name, person-name parts, later mentions of names already found.
   */
  harmonize(text: string, spans: Span[]): Span[] {
    return harmonizeSpans(text, spans, this.isCommonWord, this.documentPass);
  }

  /** `harmonize` as a resumable computation, so that a long article's document pass can be spread over slices. */
  harmonizeSteps(text: string, spans: Span[]): Generator<void, Span[], void> {
    return harmonizeSteps(text, spans, this.isCommonWord, this.documentPass);
  }

  /** `before` is being edited into `after`: the last document pass lets `before` go. */
  followEdit(before: string, after: string): void {
    this.documentPass.followEdit(before, after);
  }

  private tagSentence(tokens: Token[], out: Span[], listsSources: boolean): void {
    const n = tokens.length;
    if (this.emit.length < n * TAG_COUNT) this.emit = new Float64Array(n * TAG_COUNT * 2);
    sentenceEmissions(tokens, this.words, this.emit);
    ruleOutPersonBreaks(this.emit, n, i => tokens[i].text);
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
    // The rules' cues from the words the tagger has just read (wordTable.ts), one OR a token.
    const slots = sentenceSlots();
    const cues = SENTENCE_CUES.sentence(
      this.words.orOf(slots, 2, n + 2, RULE_CUES),
      this.words.orOf(slots, 2, n + 2, RULE_CUES + 1),
    );
    out.push(...applyRules({ tokens, tags, spans, first, cues, listsSources }, this.model.ctx));
  }
}
