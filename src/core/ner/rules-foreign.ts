/**
 * Bodies named in another language, as translated and foreign news keeps them ("Banca d'Italia",
 * "Università di Bologna", "Partido Popular"): the head word comes first, and the name goes on over
 * the language's "of" ("di", "de", "des", "der") into the place or person it is named after. The
 * tagger, trained on English, reads such names by their last words, often a town's or a family's.
 */
import { isTemporalType, Span } from '../types';
import { Token } from '../text/tokenize';
import { FeatureContext } from './features';
import { categoryBit } from './gazetteer';
import { COMPANY_ENDINGS } from './nameHeads';
import { absorbFollowing, tagTokens, tokenEnd } from './spanTokens';

/**
 * Head words that open bodies' names in French, Spanish, Italian, Portuguese and German: firms,
 * publishers, councils, assemblies, police forces and prosecutors, unions; and in Irish, Scottish
 * Gaelic and Welsh, which British and Irish news keeps ("Údarás na Gaeltachta", "Cyngor Gwynedd"). Not
 * words English shares ("Tribunal", "Junta"), which open English names as often.
 */
export const FOREIGN_BODY_HEADS: ReadonlySet<string> = new Set([
  ...['Údarás', 'Comhairle', 'Bord', 'Conradh', 'Cumann', 'Roinn', 'Ollscoil', 'Coláiste', 'Raidió'],
  ...['Cyngor', 'Prifysgol', 'Llywodraeth'],
  'Agence',
  'Agencia',
  // Authorities and standing units ("Autorité des marchés financiers", "Unité permanente anticorruption").
  ...['Autorité', 'Autoridad', 'Autoridade', 'Autorità', 'Unité', 'Unidad', 'Unidade', 'Unità'],
  'Agenzia',
  'Asamblea',
  'Assemblée',
  'Ayuntamiento',
  'Câmara',
  'Cámara',
  'Comisión',
  'Commissione',
  'Companhia',
  'Consejo',
  'Conselho',
  'Consiglio',
  'Editora',
  'Ediciones',
  'Éditions',
  'Edizioni',
  'Empresa',
  'Fiscalía',
  'Generalitat',
  'Petróleos',
  'Policía',
  'Polícia',
  'Polizia',
  'Procuraduría',
  'Secretaría',
  'Sindicato',
  'Asociación',
  'Associazione',
  'Associação',
  'Banca',
  'Banco',
  'Banque',
  'Bolsa',
  'Borsa',
  'Bourse',
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

/** The languages' words for "of" (with the article) that a body's name goes on over; "na" and "nan" are Gaelic's. */
export const OF_WORDS: ReadonlySet<string> = new Set([
  'na',
  'nan',
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

/**
 * Words that open places' names in French, Spanish, Italian and Portuguese: passes, peaks, lakes,
 * ranges, capes, islands, bays, rivers, valleys, coasts and salt flats. Not "Monte", which opens banks' names too.
 */
const FOREIGN_PLACE_HEADS = new Set([
  ...['Col', 'Colle', 'Passo', 'Pic', 'Puy', 'Mont', 'Massif', 'Sierra', 'Serra', 'Cerro'],
  ...['Lac', 'Lago', 'Laguna', 'Cabo', 'Cap', 'Pointe', 'Punta', 'Isla', 'Islas', 'Île', 'Îles', 'Ilha'],
  ...['Bahía', 'Baie', 'Golfo', 'Río', 'Rio', 'Valle', 'Val', 'Costa', 'Playa', 'Praia'],
  // Salt flats, snow peaks, volcanoes, reservoirs and lagoons.
  ...['Salar', 'Nevado', 'Volcán', 'Embalse', 'Lagoa'],
]);

/** Articles that may follow the languages' "of" ("Col de la ...", "Isla de los ..."). */
const ARTICLES = new Set(['la', 'le', 'les', 'los', 'las', 'lo']);

const ORG_WORD_BIT = categoryBit('orgWord');

/**
 * "Col/ORG des Velbes", "Sierra de Tarna/ORG" -> "Col des Velbes/LOC", "Sierra de Tarna/LOC": a name
 * that opens with a place's head word of another language and its "of" is that place, and goes on over
 * the capitalised words after the "of" that the tagger left out. The tagger reads such a name by its
 * last words or takes the head word for a body's. Not a name with a body's word or a company's ending
 * in it ("Cerro de Tarna Mining Company").
 */
export function retypeForeignPlaces(
  ctx: FeatureContext,
  tokens: Token[],
  tags: Uint8Array,
  spans: Span[],
  first: number[],
): void {
  for (let k = 0; k < spans.length; k++) {
    const f = first[k];
    if (!FOREIGN_PLACE_HEADS.has(tokens[f].text)) continue;
    const of = f + 1;
    if (!OF_WORDS.has(tokens[of]?.text)) continue;
    let rest = of + 1;
    if (ARTICLES.has(tokens[rest]?.text)) rest++;
    if (!/^\p{Lu}/u.test(tokens[rest]?.text ?? '')) continue;
    let e = tokenEnd(tokens, f, spans[k]);
    // The capitalised words after the "of" that no name holds, or the next name that starts there.
    if (e <= rest) {
      if (k + 1 < spans.length && first[k + 1] === rest) {
        absorbFollowing(spans, first, k);
        e = tokenEnd(tokens, f, spans[k]);
      } else {
        e = rest;
        while (e < tokens.length && tags[e] === 0 && /^\p{Lu}/u.test(tokens[e].text)) e++;
        if (e <= rest) continue;
        spans[k].end = tokens[e - 1].end;
      }
    }
    const type = namesBody(ctx, tokens, rest, e) ? spans[k].type : 'LOC';
    if (isTemporalType(type)) continue;
    spans[k].type = type;
    tagTokens(tags, f, e, type);
  }
}

/**
 * Whether tokens [from, to) hold a body's word or a company's ending ("Mining", "Company"), or a word
 * with other list bits asked for as well (`alsoBits`: a listed body's name, for `readsAsBody`).
 */
export function namesBody(ctx: FeatureContext, tokens: Token[], from: number, to: number, alsoBits = 0): boolean {
  const bits = ORG_WORD_BIT | alsoBits;
  for (let i = from; i < to; i++) {
    const lower = tokens[i].text.toLowerCase();
    if (ctx.gazetteer.word(lower) & bits || COMPANY_ENDINGS.has(lower)) return true;
  }
  return false;
}
