// Companies, brands and operators for the knowledge base from the npm package name-suggestion-index
// (BSD 3-Clause): the shop chains, banks, fuel and telecom brands, airlines, transport operators and
// utilities that OpenStreetMap's editors suggest, each with its Wikidata id, and the English label and
// description of that id from Wikidata (CC0), which the package ships beside them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorldEntity } from '../src/core/world/knowledgeBase';
import { nameKey } from '../src/core/world/names';

interface Item {
  displayName: string;
  locationSet?: { include?: unknown[] };
  tags: Record<string, string>;
}

/** The tags that name an item's company: its brand, the body operating it, the network it belongs to. */
const ID_TAGS: readonly (readonly [string, string])[] = [
  ['brand:wikidata', 'brand'],
  ['operator:wikidata', 'operator'],
  ['network:wikidata', 'network'],
];

/** Descriptions of administrative areas, which the index lists as operators of their services: places, not bodies. */
const AREA_DESCRIPTION =
  /^(?:\p{L}+ )?(?:municipality|city|town|village|commune|county|district|region|province|state|country|borough|canton|prefecture|unitary authority)\b/iu;

/** Names written in Latin script, as English news writes them ("HSBC", not its Chinese name). */
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}+]+$/u;

/** Words that say how far a body reaches, not which body it is ("Central Bank", "National Bank"). */
const SCOPE_WORDS = new Set([
  'central',
  'national',
  'federal',
  'state',
  'first',
  'general',
  'public',
  'regional',
  'international',
  'global',
  'royal',
  "people's",
]);

/** A name written as no word is: capitals in a row, a digit or an ampersand ("KFC", "H&M", "7-Eleven"). */
const UNWORDLIKE = /\p{Lu}{2}|\d|&/u;

/**
 * A brand of this many countries, or of the whole world, is known by its name alone (prominence 6,
 * linked without a hint); a brand of fewer is linked only where the article names one of its countries.
 */
const WIDELY_KNOWN_COUNTRIES = 5;

/** The countries an item is for: its ISO codes ("us", "us-ak", "jp-13.geojson" -> US, JP); "001" is the world. */
function countriesOf(item: Item): string[] {
  const out: string[] = [];
  for (const where of item.locationSet?.include ?? []) {
    if (typeof where !== 'string') continue;
    if (where === '001') out.push('001');
    const code = /^([a-z]{2})(?:[-.]|$)/.exec(where);
    if (code) out.push(code[1] === 'fx' ? 'FR' : code[1].toUpperCase());
  }
  return out;
}

/** Each company's names in the index's tags and the countries its items are for, by Wikidata id. */
function readIndex(
  packageDir: string,
  known: ReadonlySet<string>,
): { names: Map<string, Set<string>>; countries: Map<string, Set<string>> } {
  const nsi = JSON.parse(fs.readFileSync(path.join(packageDir, 'dist', 'json', 'nsi.json'), 'utf8')) as {
    nsi: Record<string, { items: Item[] }>;
  };
  const names = new Map<string, Set<string>>();
  const countries = new Map<string, Set<string>>();
  for (const category of Object.values(nsi.nsi)) {
    for (const item of category.items) {
      for (const [idTag, nameTag] of ID_TAGS) {
        const id = item.tags[idTag];
        if (!id || !/^Q\d+$/.test(id) || known.has(id)) continue;
        const own = names.get(id) ?? new Set<string>();
        for (const name of [item.tags[nameTag], item.tags[`${nameTag}:en`]]) if (name) own.add(name);
        names.set(id, own);
        const where = countries.get(id) ?? new Set<string>();
        for (const c of countriesOf(item)) where.add(c);
        countries.set(id, where);
      }
    }
  }
  return { names, countries };
}

/**
 * The index's companies not held already (`known`) and not named like a body held already (`takenNames`,
 * name keys), typed as organisations. `everyday` says whether a lower-cased word is an everyday word or a
 * body's word (Bank, Group), and `listedBody` whether the recogniser lists it as a body's name.
 * `countryName` turns an ISO 3166 alpha-2 code into the name the knowledge base uses ("Italy"), so that a
 * brand of one to three countries is described as being in them, and linked where the article names one.
 */
export function brands(
  packageDir: string,
  known: ReadonlySet<string>,
  takenNames: ReadonlySet<string>,
  countryName: ReadonlyMap<string, string>,
  everyday: (lowerWord: string) => boolean,
  listedBody: (lowerWord: string) => boolean,
): WorldEntity[] {
  const wikidata = JSON.parse(fs.readFileSync(path.join(packageDir, 'dist', 'wikidata', 'wikidata.json'), 'utf8')) as {
    wikidata: Record<string, { label?: string; description?: string }>;
  };
  const { names, countries } = readIndex(packageDir, known);
  const generic = (name: string) =>
    name.split(/[\s-]+/).every(w => everyday(w.toLowerCase()) || SCOPE_WORDS.has(w.toLowerCase()));
  /**
   * Whether a brand may be found by this name. One word is as often an everyday word, a place or another
   * body ("House", "Guardian", "Columbia"): it is taken only for a brand of the world that the recogniser
   * lists as a body's name ("Gazprom") or that is written as no word is ("KFC", "H&M"). A brand of a few
   * countries is linked where the article names one of them, and news names the big countries all the
   * time: it needs a name of two words or more, not all of them everyday ones ("Central Bank").
   */
  const findable = (name: string, widelyKnown: boolean) =>
    name.includes(' ')
      ? widelyKnown || !generic(name)
      : widelyKnown && (listedBody(name.toLowerCase()) || UNWORDLIKE.test(name));
  // Another brand's label is no alias of this one ("AT&T" of "AT&T Internet").
  const labelOwner = new Set(
    [...names.keys()]
      .map(id => wikidata.wikidata[id]?.label)
      .filter(l => !!l)
      .map(l => nameKey(l!)),
  );
  const list: WorldEntity[] = [];
  for (const [id, own] of names) {
    const { label, description } = wikidata.wikidata[id] ?? {};
    // Without an English label and description the hover card would have nothing to say.
    if (!label || !description || AREA_DESCRIPTION.test(description)) continue;
    // A name the knowledge base already gives a body stays that body's: a brand beside the registry's
    // company of the same name ("Chrysler") would make every mention a tie, and leave it unlinked.
    if (takenNames.has(nameKey(label))) continue;
    const where = [...(countries.get(id) ?? [])];
    const widelyKnown = where.includes('001') || where.length >= WIDELY_KNOWN_COUNTRIES;
    if (!findable(label, widelyKnown)) continue;
    const aliases = [...own].filter(
      a =>
        a !== label &&
        a.length >= 2 &&
        LATIN.test(a) &&
        !takenNames.has(nameKey(a)) &&
        !labelOwner.has(nameKey(a)) &&
        findable(a, widelyKnown),
    );
    const named = widelyKnown ? [] : where.map(c => countryName.get(c)).filter((n): n is string => !!n);
    // Not after a description that says where already, nor after one cut short ("agency responsible for").
    const placed =
      named.length > 0 &&
      named.length <= 3 &&
      !/ (?:in|of) /.test(description) &&
      !/ (?:for|to|by|with|and|the)$/.test(description);
    list.push({
      id,
      type: 'ORG',
      label,
      aliases,
      description: placed ? `${description} in ${named.join(', ')}` : description,
      prominence: widelyKnown ? 6 : 5,
    });
  }
  return list;
}
