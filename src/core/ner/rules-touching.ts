/**
 * Names the tagger broke in two where nothing but a space separates the parts ("Abu Musab/PER
 * al-Zarqawi/PER", "International/ORG Olympic Committee/ORG"): two names of one person or one body
 * are not written side by side without a comma, "and" or other word between them.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { isTitle } from './rules-people';
import { PLACE_BITS, categoryBit } from './gazetteer';
import { listedPhrase } from './rules-listed';

/** Types whose halves are joined; places side by side ("US Middle East") are often two. */
const JOINED = new Set(['PER', 'ORG']);

/**
 * "Abu Musab/PER al-Zarqawi/PER" -> one PER: a person or body name followed, with one space and no
 * token between, by another of the same type is one name. Left alone: a first part ending in a title or
 * rank, an abbreviation or (for a person) an everyday word ("Congressman/PER Ann Velk/PER", "Mr./PER
 * Velk/PER", "Lance Corporal/PER Ann Velk/PER"), which the title rules deal with, and handles and
 * hashtags side by side in posts ("@ velk_ann #Velby"). Runs last, on the sentence's final spans (in
 * order, not overlapping), so that names the other rules joined ("Iraqi Alliance") join too. A
 * given name read as another kind of name before a person's joins them (`givenNameBefore`), and two
 * names of any types that together are a listed place are that place ("Czech/MISC Republic/LOC").
 */
export function joinTouchingNames(ctx: FeatureContext, tokens: readonly Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  let t = 0;
  /** Indices [from, to) of the tokens of `span`, the spans taken in order. */
  const tokensOf = (span: Span): [number, number] => {
    while (t < tokens.length && tokens[t].start < span.start) t++;
    let e = t;
    while (e < tokens.length && tokens[e].end <= span.end) e++;
    return [t, e];
  };
  let previous: [number, number] = [0, 0];
  for (const span of spans) {
    const [from, to] = tokensOf(span);
    const last = out[out.length - 1];
    if (last && span.start === last.end + 1 && previous[1] === from && listedPlace(ctx, tokens, previous[0], to)) {
      last.end = span.end;
      last.type = 'LOC';
      previous = [previous[0], to];
      continue;
    }
    if (
      last &&
      (last.type === span.type || givenNameBefore(ctx, tokens, previous, span)) &&
      JOINED.has(span.type) &&
      span.start === last.end + 1 &&
      previous[1] === from &&
      writtenName(tokens, previous[0], previous[1]) &&
      writtenName(tokens, from, to) &&
      !endsInTitle(ctx, tokens[previous[1] - 1].text, span.type)
    ) {
      last.end = span.end;
      last.type = span.type;
      previous = [previous[0], to];
      continue;
    }
    out.push(span);
    previous = [from, to];
  }
  return out;
}

/**
 * "Álvaro/ORG García Ortiz/PER": one word on the list of given names and no other list (not a place,
 * body or surname), read as another kind of name right before a person's name, is that person's first
 * name.
 */
function givenNameBefore(
  ctx: FeatureContext,
  tokens: readonly Token[],
  [from, to]: [number, number],
  span: Span,
): boolean {
  return (
    span.type === 'PER' && to - from === 1 && ctx.gazetteer.word(tokens[from].text.toLowerCase()) === GIVEN_NAME_BIT
  );
}

const GIVEN_NAME_BIT = categoryBit('first');

/** Whether tokens [from, to) are, together, a listed country, region or city ("Czech/MISC Republic/LOC"). */
function listedPlace(ctx: FeatureContext, tokens: readonly Token[], from: number, to: number): boolean {
  return (listedPhrase(ctx.gazetteer, tokens, from, tokens[to - 1].end).bits & PLACE_BITS) !== 0;
}

/** Tokens [from, to) read as words of a written name: a letter somewhere, no handle or hashtag. */
function writtenName(tokens: readonly Token[], from: number, to: number): boolean {
  if (from > 0 && /^[@#]$/.test(tokens[from - 1].text)) return false;
  let letter = false;
  for (let i = from; i < to; i++) {
    if (/[@#_\d]/.test(tokens[i].text)) return false;
    letter ||= /\p{L}/u.test(tokens[i].text);
  }
  return letter;
}

/** A title or rank, an abbreviation with its dot ("Gen."), or for a person an everyday word. */
function endsInTitle(ctx: FeatureContext, word: string, type: string): boolean {
  const lower = word.toLowerCase();
  return word.endsWith('.') || isTitle(ctx, lower) || (type === 'PER' && ctx.lowerWords.has(lower));
}
