/**
 * Family names the tagger cuts or misreads. Vietnamese people's names open with one of a few family
 * names that nothing else opens ("Nguyễn Thị Hương Lan", "Trần Quang Minh"): news from Vietnam, and
 * agencies' copy translated into English, name officials so, and the tagger, which saw few such names,
 * cuts them or reads them as bodies. Chinese names, as news from Singapore, Malaysia and Hong Kong
 * writes them, open with a family name before a given name of two syllables ("Tan Wei Jie"), and the
 * tagger keeps the given name alone. The Arabic family name "Said" is read as the verb. Kyrgyz, Kazakh
 * and Azerbaijani names may end in a lower-case word for "son" or "daughter" of the father named before it
 * ("Tilek Bakyt uulu").
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { PLACE_BITS, categoryBit } from './gazetteer';
import { listedPhrase } from './rules-listed';
import { absorbFollowing, capitalised, replaceWithName, tokenEnd } from './spanTokens';
import type { RuleCue } from './ruleCues';

/** The commonest Vietnamese family names as Vietnamese writes them, with their marks. */
const FAMILY_NAMES = new Set([
  ...['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'],
  ...['Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lương'],
]);

/** The same names without their marks, as English copy often writes them: common enough only before two given names. */
const UNMARKED_FAMILY_NAMES = new Set(['Nguyen', 'Tran', 'Pham', 'Huynh', 'Dang', 'Truong']);

/**
 * Family names without their marks that are English words or short enough to be anything ("Do", "Le",
 * "Ho"): only before "Thi" or "Van", the middle names that mark a Vietnamese woman's or man's name.
 */
const FAMILY_NAMES_BEFORE_MIDDLE = new Set(['Do', 'Le', 'Vu', 'Vo', 'Ho', 'Bui', 'Ngo', 'Duong', 'Ly', 'Dinh']);
const MIDDLE_NAMES = new Set(['Thi', 'Van']);
/** Whether token `i` is such a family name before its middle name: a Vietnamese name opens there. */
export const isFamilyNameBeforeMiddle = (tokens: readonly Token[], i: number): boolean =>
  FAMILY_NAMES_BEFORE_MIDDLE.has(tokens[i].text) && MIDDLE_NAMES.has(tokens[i + 1]?.text);

/** Words that end a place's or a body's name ("Nguyễn Huệ Street", "Trần Phú University"). */
const HEAD_BITS = categoryBit('orgWord') | categoryBit('locWord');

/** `tagVietnameseNames` acts only on a sentence with one of the family names. */
export const VIETNAMESE_NAMES_CUE: RuleCue = {
  words: [...FAMILY_NAMES, ...UNMARKED_FAMILY_NAMES, ...FAMILY_NAMES_BEFORE_MIDDLE],
};

/**
 * "Minister Trần Quang/PER Minh/PER", "Nguyễn Thị Hương Lan/ORG" -> one person: a Vietnamese family
 * name followed by one to three more capitalised words (two or three after a name written without its
 * marks), and nothing capitalised after them, is a person's name, whatever the tagger read inside it;
 * so is an unmarked "Do", "Le" or "Vu" before "Thi" or "Van" ("Do Thi Thu Huong"). Not a street,
 * school or body named after a person (a place's or body's word ends the run).
 */
export function tagVietnameseNames(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // A middle name marks a name as surely as the family name's marks do.
    const marked = FAMILY_NAMES.has(tokens[i].text) || isFamilyNameBeforeMiddle(tokens, i);
    if (!marked && !UNMARKED_FAMILY_NAMES.has(tokens[i].text)) continue;
    let e = i + 1;
    while (e < tokens.length && capitalised(tokens[e].text) && /^\p{L}+$/u.test(tokens[e].text)) e++;
    const given = e - i - 1;
    if (given < (marked ? 1 : 2) || given > 3) continue;
    if (ctx.gazetteer.word(tokens[e - 1].text.toLowerCase()) & HEAD_BITS) continue;
    if (marked) cutNameRunInto(tokens, spans, i, e);
    if (!replaceWithName(tokens, tags, spans, first, i, e, 'PER')) continue;
    i = e;
  }
}

/**
 * "the Velk People's Committee Vu Van Dien/ORG" -> "the Velk People's Committee/ORG": a name the tagger
 * ran on from before token `i` into a person's name there, ending inside tokens [i, e), ends before it.
 */
function cutNameRunInto(tokens: Token[], spans: Span[], i: number, e: number): void {
  const k = spans.findIndex(span => span.start < tokens[i].start && span.end > tokens[i].start);
  if (k >= 0 && spans[k].end <= tokens[e - 1].end) spans[k].end = tokens[i - 1].end;
}

/**
 * Common Chinese family names as Hokkien, Teochew, Cantonese and Hakka speakers romanise them, which
 * Singaporean, Malaysian and Hong Kong names keep ("Tan", "Ong", "Wong", "Cheung").
 */
const CHINESE_FAMILY_NAMES = new Set([
  ...['Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Goh', 'Chua', 'Chan', 'Koh', 'Teo', 'Ang', 'Yeo', 'Tay'],
  ...['Toh', 'Sim', 'Chong', 'Leong', 'Lau', 'Yap', 'Foo', 'Chia', 'Heng', 'Quek', 'Seah', 'Soh', 'Pang'],
  ...['Kwok', 'Cheung', 'Leung', 'Tsang', 'Yeung', 'Chow', 'Lai', 'Tang', 'Loh', 'Khoo', 'Chin', 'Liew'],
]);

/** `takeInChineseFamilyNames` acts only on a sentence with one of those names. */
export const CHINESE_FAMILY_NAME_CUE: RuleCue = { test: text => CHINESE_FAMILY_NAMES.has(text) };

/** One syllable of a romanised Chinese given name ("Wei", "Keong"). */
const SYLLABLE = /^\p{Lu}\p{Ll}{1,5}$/u;

/**
 * "Tan Wei Jie/PER" -> "Tan Wei Jie/PER" with "Tan": a Chinese family name right before a person's
 * name of two single syllables is the name's first word, outside any other name.
 */
export function takeInChineseFamilyNames(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (spans[k].type !== 'PER' || f === 0 || tokenEnd(tokens, f, spans[k]) !== f + 2) continue;
    const family = tokens[f - 1];
    if (!CHINESE_FAMILY_NAMES.has(family.text) || family.end + 1 !== spans[k].start) continue;
    if (!SYLLABLE.test(tokens[f].text) || !SYLLABLE.test(tokens[f + 1].text)) continue;
    if (k > 0 && spans[k - 1].end > family.start) continue;
    spans[k].start = family.start;
    first[k] = f - 1;
  }
}

/** `takeInSaidAsSurname` acts only on a sentence with "Said". */
export const SAID_CUE: RuleCue = { test: text => text === 'Said' };

/**
 * "reporting by Halima/PER Said in Dar es Salaam" -> "Halima Said/PER": a person's name right before a
 * capitalised "Said" takes it in as the family name, as the verb is written in lower case inside a
 * sentence. Not in a headline's capitals ("Velkom Chief Said to Quit"), where fewer than three words
 * are in lower case.
 */
export function takeInSaidAsSurname(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].type !== 'PER') continue;
    const said = tokens[tokenEnd(tokens, first[k], spans[k])];
    if (said?.text !== 'Said' || said.start !== spans[k].end + 1 || spans[k + 1]?.start === said.start) continue;
    let lower = 0;
    for (const token of tokens) if (/^\p{Ll}/u.test(token.text)) lower++;
    if (lower >= 3) spans[k].end = said.end;
  }
}

/** Lower-case words for "son of" and "daughter of" after a father's name (Kyrgyz, Kazakh, Azerbaijani). */
const PATRONYMIC_WORDS = new Set(['uulu', 'kyzy', 'uly', 'qyzy', 'oglu', 'oğlu', 'ogly', 'qizi', 'qızı', 'kizi']);

/** `takeInPatronymicWords` acts only on a sentence with one of those words. */
export const PATRONYMIC_CUE: RuleCue = { words: [...PATRONYMIC_WORDS] };

/**
 * "Tilek Bakyt/PER uulu" -> "Tilek Bakyt uulu/PER", "Ilham Heydar/PER oglu Aliyev/PER" -> one person: the
 * word for "son" or "daughter" right after a person's name of two words or more belongs to it, and so
 * does the family name right after that word.
 */
export function takeInPatronymicWords(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const e = tokenEnd(tokens, first[k], spans[k]);
    const word = tokens[e];
    if (spans[k].type !== 'PER' || e - first[k] < 2 || !word || !PATRONYMIC_WORDS.has(word.text)) continue;
    if (word.start !== spans[k].end + 1) continue;
    spans[k].end = word.end;
    const next = spans[k + 1];
    if (next?.type === 'PER' && first[k + 1] === e + 1 && next.start === word.end + 1) absorbFollowing(spans, first, k);
  }
}

/**
 * Nouns for a family after its name ("the Harl family", "the Al Velk clan"). Not "dynasty": dynasties are
 * named by adjectives and places as often ("the Tarnid dynasty").
 */
const FAMILY_NOUNS = new Set(['family', 'families', 'clan']);
/** Words for a family's rank that papers capitalise before "family" ("the Royal Family", "the First Family"). */
const FAMILY_RANKS = new Set(['Royal', 'Imperial', 'First', 'Ruling', 'Grand']);
const NOT_A_FAMILY_BITS = PLACE_BITS | categoryBit('org') | categoryBit('team') | categoryBit('demonym');

/**
 * "the Harl/LOC family", "the Ó Velk/ORG family's home" -> PER: one to three words read as a name right
 * after "the" and right before a noun for a family are the family's name, which CoNLL types as a
 * person's. Not a listed place, body or nationality ("the Tarnby family" may be a family from there),
 * nor one everyday word or word for its rank ("the Royal family").
 */
export function retypeFamilyNames(ctx: FeatureContext, tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type === 'PER' || span.type === 'MISC') return;
    const f = first[k];
    const e = tokenEnd(tokens, f, span);
    if (e - f > 3 || !FAMILY_NOUNS.has(tokens[e]?.text) || tokens[f - 1]?.text.toLowerCase() !== 'the') return;
    if (e === f + 1 && (FAMILY_RANKS.has(tokens[f].text) || ctx.lowerWords.has(tokens[f].text.toLowerCase()))) return;
    const { bits, phrase } = listedPhrase(ctx.gazetteer, tokens, f, span.end);
    if (bits & NOT_A_FAMILY_BITS || ctx.gazetteer.isListedPlace(phrase) || ctx.gazetteer.isListedBody(phrase)) return;
    span.type = 'PER';
  });
}

/** Irish surnames' particles, which open no other kind of name: "Ó" and "Ní" ("son of", "daughter of"), "Uí". */
const IRISH_PARTICLES = new Set(['Ó', 'Ní', 'Uí']);

/**
 * "Ciarán Ó Súilleabháin/ORG" -> PER: a name holding an Irish surname's particle right before a capitalised
 * word is a person's, however the tagger read a name it never saw.
 */
export function retypeIrishNames(tokens: Token[], spans: Span[], first: number[]): void {
  spans.forEach((span, k) => {
    if (span.type === 'PER') return;
    const e = tokenEnd(tokens, first[k], span);
    for (let i = first[k]; i + 1 < e; i++)
      if (IRISH_PARTICLES.has(tokens[i].text) && capitalised(tokens[i + 1].text)) {
        span.type = 'PER';
        return;
      }
  });
}
