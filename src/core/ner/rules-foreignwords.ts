/**
 * Bodies named in another language whose names go on in lower case after the head word ("Bureau des
 * enquêtes indépendantes", "Service de police de la Ville de Montréal", "Ligue des droits et libertés"),
 * as translated and foreign news keeps them. The tagger reads the capitalised head alone.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { FOREIGN_BODY_HEADS, OF_WORDS } from './rules-foreign';
import { absorbFollowing, addName, capitalised, continuesName, tagTokens, tokenEnd } from './spanTokens';
import type { RuleCue } from './ruleCues';

/**
 * Head words English shares ("Bureau", "Service", "Commission") or that name other things alone
 * ("Ligue 1"), taken as a body's head only right before another language's "of".
 */
const HEADS_BEFORE_OF = new Set([
  ...['Bureau', 'Service', 'Servicio', 'Servizio', 'Office', 'Oficina', 'Direction', 'Dirección', 'Délégation'],
  // An office named by its holder's title ("Directeur des poursuites criminelles et pénales").
  ...['Directeur', 'Director', 'Directora', 'Procureur', 'Protecteur', 'Défenseur', 'Defensor'],
  ...['Ligue', 'Liga', 'Lega', 'Union', 'Unión', 'Alliance', 'Alianza', 'Front', 'Frente', 'Mouvement'],
  ...['Movimiento', 'Collectif', 'Colectivo', 'Comité', 'Commission', 'Conseil', 'Consell', 'Conférence'],
  ...['Syndicat', 'Fraternité', 'Centre', 'Centro', 'Hôpital', 'Hospital', 'Clinique', 'Musée', 'Museo'],
  ...['Théâtre', 'Teatro', 'Cour', 'Corte', 'Tribunal', 'Juzgado', 'Chambre', 'Caisse', 'Régie', 'Parti'],
  ...['Secrétariat', 'Gouvernement', 'Gobierno', 'Governo', 'Sénat', 'Senado', 'Coopérative', 'Cooperativa'],
]);

const isHead = (text: string) => FOREIGN_BODY_HEADS.has(text) || HEADS_BEFORE_OF.has(text);

/** `extendForeignBodiesOverWords` acts only on a sentence with a head word, in capitals ("service" is no cue). */
export const FOREIGN_HEAD_CUE: RuleCue = { test: text => isHead(text) };

/** The languages' articles after their "of" ("de la", "de los"). */
const ARTICLES = new Set(['la', 'le', 'les', 'los', 'las', 'el', 'il', 'lo']);

/** The languages' "and" ("Ligue des droits et libertés", "Ministerio de Ciencia y Tecnología"). */
const AND_WORDS = new Set(['et', 'y', 'e', 'i', 'und']);

/** "d'études", "l'Université": a language's "of" or article run into the word after it. */
const ELIDED = /^[dl]['’](\p{L}.*)$/u;

/** Adjectives that follow a body's head in French, Spanish, Italian and Portuguese ("nationale", "federal"). */
const FOLLOWING_ADJECTIVES =
  /^(?:national|nacional|nazional|fédéral|federal|général|general|régional|regional|municipal|international|internacional|internazional|central|supérieur|superior|populaire|popular|socialiste|socialista|démocratique|democrático|républicain|européen|europeo|permanent|permanente)(?:e|es|s|a|as|o|os|ne|nes|i)?$/u;

const LOWER_WORD = /^\p{Ll}[\p{L}'’-]*$/u;

/**
 * "the Bureau/ORG des enquêtes indépendantes (BEI)", "the Service/ORG de police de la Ville de
 * Montréal/ORG" -> one ORG: a name opening with a body's head word of another language, right before
 * that language's "of", goes on over the words its grammar joins: after each "of" or "and" (and an
 * article) a word in lower case and the words after it that English does not use, or a name in
 * capitals. It ends where English goes on ("The Bureau du coroner has", "... et libertés and the").
 * A head word the tagger left untagged before such an "of" opens the name all the same.
 */
export function extendForeignBodiesOverWords(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  // A head word the tagger left out ("the Institut d'études politiques") is the name's start.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tags[i] !== 0 || !isHead(tokens[i].text)) continue;
    const next = tokens[i + 1].text;
    if (OF_WORDS.has(next) || /^d['’]/.test(next)) addName(tokens, tags, spans, first, i, i + 1, 'ORG');
  }
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (!isHead(tokens[f].text)) continue;
    const from = tokenEnd(tokens, f, spans[k]);
    // French and Spanish set adjectives after the head ("Office national des forêts"); with no "of"
    // after them, they end the name when the first is no English word ("Assemblée nationale").
    let adjectives = from;
    while (adjectives < tokens.length && FOLLOWING_ADJECTIVES.test(tokens[adjectives].text)) adjectives++;
    let end = foreignNameEnd(ctx, tokens, tags, adjectives);
    if (end === adjectives && adjectives > from && foreignWord(ctx, tokens[from].text)) end = adjectives;
    if (end <= from) continue;
    // The names inside are taken in whole; a name running past the end leaves the body as read.
    let j = k + 1;
    while (j < spans.length && first[j] < end) j++;
    if (j > k + 1 && spans[j - 1].end > tokens[end - 1].end) continue;
    if (j > k + 1) absorbFollowing(spans, first, k, j - k - 1);
    spans[k].end = tokens[end - 1].end;
    spans[k].type = 'ORG';
    tagTokens(tags, f, end, 'ORG');
  }
}

/**
 * One past the last token of a foreign name's rest starting at token `i` with an "of" ("des",
 * "d'études"); `i` itself when there is none.
 */
function foreignNameEnd(ctx: FeatureContext, tokens: Token[], tags: Uint8Array, i: number): number {
  let end = i;
  for (let joint = true; i < tokens.length; joint = false) {
    const text = tokens[i].text;
    const elided = ELIDED.exec(text);
    if (elided && text[0] === 'd') {
      // "d'études": the "of" and the word at once.
      i = wordsAfterJoint(ctx, tokens, tags, i, elided[1]);
    } else if (OF_WORDS.has(text) || (!joint && AND_WORDS.has(text))) {
      let w = i + 1;
      // Portuguese and French put an "of" after their "and" ("do Mar e da Atmosfera").
      if (!OF_WORDS.has(text) && OF_WORDS.has(tokens[w]?.text)) w++;
      if (ARTICLES.has(tokens[w]?.text)) w++;
      const word = tokens[w]?.text ?? '';
      // Portuguese "do" is English too ("... libertés do not"): a word English uses does not follow it.
      if (text === 'do' && !capitalised(word) && !foreignWord(ctx, word)) break;
      i = wordsAfterJoint(ctx, tokens, tags, w, ELIDED.exec(word)?.[1] ?? word);
      if (i === w) break;
    } else break;
    if (i <= end) break;
    end = i;
  }
  return end;
}

/**
 * After an "of" or "and": one past a name in capitals at token `w`, or past a lower-case word and
 * the lower-case words after it that English does not use ("enquêtes indépendantes"); `w` when
 * neither. `word` is the token's text without an elided article.
 */
function wordsAfterJoint(ctx: FeatureContext, tokens: Token[], tags: Uint8Array, w: number, word: string): number {
  if (w >= tokens.length) return w;
  if (capitalised(word)) {
    // The name the tagger read there, or the capitalised words it left out.
    let e = w + 1;
    if (tags[w] !== 0) while (e < tokens.length && continuesName(tags, e)) e++;
    else
      while (e < tokens.length && tags[e] === 0 && capitalised(tokens[e].text) && /^\p{L}/u.test(tokens[e].text)) e++;
    return e;
  }
  if (!LOWER_WORD.test(word) || OF_WORDS.has(word) || AND_WORDS.has(word)) return w;
  let e = w + 1;
  while (e < tokens.length && foreignWord(ctx, tokens[e].text)) e++;
  return e;
}

/** English words that end such a name whatever the lists say ("... et libertés and the"). */
const ENGLISH_JOINTS = new Set(['and', 'or', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as']);

/** A lower-case word English does not use, and no "of", "and" or article of the languages. */
function foreignWord(ctx: FeatureContext, text: string): boolean {
  if (!LOWER_WORD.test(text) || OF_WORDS.has(text) || AND_WORDS.has(text) || ARTICLES.has(text)) return false;
  return !ENGLISH_JOINTS.has(text) && !ctx.lowerWords.has(text);
}
