/**
 * Bodies named in another language, as translated and foreign news keeps them ("Banca d'Italia",
 * "Università di Bologna", "Partido Popular"): the head word comes first, and the name goes on over
 * the language's "of" ("di", "de", "des", "der") into the place or person it is named after. The
 * tagger, trained on English, reads such names by their last words, often a town's or a family's.
 */
import { Span } from '../types';
import { Token } from '../text/tokenize';
import { absorbFollowing, tokenEnd } from './spanTokens';

/** Head words that open bodies' names in French, Spanish, Italian, Portuguese and German. */
const FOREIGN_BODY_HEADS = new Set([
  'Agence',
  'Agencia',
  'Agenzia',
  'Asociación',
  'Associazione',
  'Associação',
  'Banca',
  'Banco',
  'Banque',
  'Caja',
  'Cassa',
  'Caixa',
  'Compagnie',
  'Compañía',
  'Confederación',
  'Confédération',
  'Fédération',
  'Federación',
  'Federazione',
  'Fondation',
  'Fondazione',
  'Fundación',
  'Fundação',
  'Groupe',
  'Grupo',
  'Gruppo',
  'Institut',
  'Instituto',
  'Istituto',
  'Ministère',
  'Ministerio',
  'Ministero',
  'Ministério',
  'Partido',
  'Partito',
  'Sociedad',
  'Società',
  'Société',
  'Stiftung',
  'Universidad',
  'Universidade',
  'Università',
  'Université',
  'Universität',
]);

/** The languages' words for "of" (with the article) that a body's name goes on over. */
const OF_WORDS = new Set([
  'de',
  'del',
  'della',
  'delle',
  'dei',
  'degli',
  'di',
  'des',
  'du',
  'do',
  'da',
  'dos',
  'das',
  'der',
  'für',
]);

/**
 * "Università di Bologna/LOC" -> ORG, "Banca Velki dei Tarni/ORG di Velbo/LOC" -> one ORG: a name that
 * opens with a body's head word of another language is a body, and a name right after it over such an
 * "of" is the rest of it.
 */
export function retypeForeignBodies(tokens: Token[], spans: Span[], first: number[]): void {
  for (let k = 0; k < spans.length; k++) {
    if (!FOREIGN_BODY_HEADS.has(tokens[first[k]].text)) continue;
    spans[k].type = 'ORG';
    while (k + 1 < spans.length) {
      const of = tokenEnd(tokens, first[k], spans[k]);
      if (first[k + 1] !== of + 1 || !OF_WORDS.has(tokens[of].text)) break;
      absorbFollowing(spans, first, k);
    }
  }
}
