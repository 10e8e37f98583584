/** Lower-case everyday words a name does not open with, which the tagger sometimes runs into it. */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { capitalised } from './spanTokens';
import { categoryBit } from './gazetteer';

const ORG_WORD_BIT = categoryBit('orgWord');
const FIRST_BIT = categoryBit('first');

/** Lower-case words that do open people's and places' names ("de Gaulle", "van Dijk", "al-Sadr"). */
const PARTICLES = new Set([
  ...['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'al', 'el', 'bin'],
  ...['ibn', 'ben', 'dos', 'das', 'do', 'ter', 'ten', 'af', 'av', 'zu', 'y', 'e', 'abu', 'wa', 'bint', 'ould'],
]);

/**
 * "the Swiss bank UBS/ORG" -> "UBS/ORG": everyday lower-case words at a name's start, up to a
 * capitalised word of it, are the noun that describes the name, not the name ("bank", "carrier",
 * "minister"). In a person's name any lower-case word is ("freshman Ann Lee") but a given name written
 * small. Not the particles of people's and places' names.
 */
export function trimLeadingNouns(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    let f = first[k];
    const leading = span.type === 'PER' ? roleWord : everydayWord;
    while (tokens[f + 1] && tokens[f + 1].end <= span.end && leading(ctx, tokens[f].text)) f++;
    if (f === first[k] || !capitalised(tokens[f].text)) return;
    span.start = tokens[f].start;
    first[k] = f;
  });
}

/** A lower-case word before a person's name that is neither a particle nor a given name written small ("luis"). */
function roleWord(ctx: FeatureContext, text: string): boolean {
  return /^\p{Ll}+$/u.test(text) && !PARTICLES.has(text) && (ctx.gazetteer.word(text) & FIRST_BIT) === 0;
}

/**
 * A lower-case word of letters that news writes lower-case most of the time, or a body's head word
 * written so ("bank", "party", which names capitalise often enough to leave the first list), or the
 * plural of one ("the carmakers Velko and Harl").
 */
function everydayWord(ctx: FeatureContext, text: string): boolean {
  if (!/^\p{Ll}+$/u.test(text) || PARTICLES.has(text)) return false;
  const everyday = (word: string) => ctx.lowerWords.has(word) || (ctx.gazetteer.word(word) & ORG_WORD_BIT) !== 0;
  return everyday(text) || (text.length > 4 && text.endsWith('s') && everyday(text.slice(0, -1)));
}
