// Places for the knowledge base from Natural Earth's attribute tables (public domain), as tab-separated
// files with a header row: the world's major cities (the places database lacks the largest countries'
// city files) and natural features (rivers, lakes, seas, mountain ranges, deserts, islands), which no
// other source gives. Rows carry a Wikidata id and an English name.
import * as path from 'node:path';
import { placeProminence, type WorldEntity } from '../src/core/world/knowledgeBase';
import { readTsv } from './read-csv';

type Row = Record<string, string>;

/** A table's rows, keyed by lower-cased column names: Natural Earth writes them in either case. */
function readTable(file: string): Row[] {
  return readTsv(file).map(row => Object.fromEntries(Object.entries(row).map(([h, v]) => [h.toLowerCase(), v])));
}

const LATIN = /^[\p{Script=Latin}\s'’.-]+$/u;

/** "HIMALAYAS" as text writes it; other names as given. */
const asWritten = (name: string) =>
  name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, s => s.toUpperCase()) : name;

/** Words that make a name the feature's full one ("Lake Victoria", "Amazon River"). */
const DESIGNATED = /\b(Lake|River|Sea|Gulf|Bay|Mount|Mountains)\b/;

/**
 * The English name first (the full name, when the table's own name is that and the English one is
 * shorter or other: "Lake Victoria" rather than "Nyanza"), then the other Latin-script names, each once.
 */
function namesOf(row: Row): string[] {
  const full = DESIGNATED.test(row.name) && !DESIGNATED.test(row.name_en) ? row.name : '';
  // Not the bare word of a full name ("Baker" of "Baker Lake"): a lake is not named so alone.
  const english = full && ` ${full} `.includes(` ${row.name_en} `) ? '' : row.name_en;
  const candidates = [full, english, row.name, row.label, row.name_alt, row.namealt].flatMap(n =>
    (n ?? '').split('|').map(s => asWritten(s.trim())),
  );
  return [...new Set(candidates.filter(n => n.length >= 2 && LATIN.test(n) && !/\d/.test(n)))];
}

/** What each table's feature classes are called in a description; a class not listed is left out. */
const KINDS: Record<string, Record<string, string>> = {
  'ne_10m_rivers_lake_centerlines.tsv': { river: 'river', 'lake centerline': 'river', 'river (intermittent)': 'river' },
  'ne_10m_rivers_europe.tsv': { river: 'river in Europe', 'lake centerline': 'river in Europe' },
  'ne_10m_rivers_north_america.tsv': { river: 'river in North America', 'lake centerline': 'river in North America' },
  'ne_10m_lakes.tsv': { lake: 'lake', reservoir: 'reservoir', 'alkaline lake': 'lake' },
  'ne_10m_geography_marine_polys.tsv': {
    ocean: 'ocean',
    sea: 'sea',
    gulf: 'gulf',
    bay: 'bay',
    strait: 'strait',
    sound: 'sound',
    channel: 'channel',
    fjord: 'fjord',
    lagoon: 'lagoon',
  },
  'ne_10m_geography_regions_polys.tsv': {
    'range/mtn': 'mountain range',
    desert: 'desert',
    island: 'island',
    'island group': 'island group',
    plateau: 'plateau',
    peninsula: 'peninsula',
    'pen/cape': 'peninsula',
    plain: 'plain',
    basin: 'basin',
    delta: 'river delta',
  },
  'ne_10m_geography_regions_elevation_points.tsv': { mountain: 'mountain' },
};

/** Where a region's feature lies, when the table says ("mountain range in Asia"). */
function whereOf(row: Row): string {
  const where = row.subregion || row.region;
  return where ? ` in ${where}` : '';
}

/**
 * Natural features: one entity per Wikidata id (a river is cut into many rows, some under its local
 * name: "Donau", "Rhein"), ranked by the table's scale rank (0 is drawn on the smallest map). A river
 * is also known with "River" after its name ("the Danube River").
 */
function features(dir: string): WorldEntity[] {
  const byId = new Map<string, WorldEntity>();
  for (const [file, kinds] of Object.entries(KINDS)) {
    for (const row of readTable(path.join(dir, '10m_physical', file))) {
      const kind = kinds[row.featurecla.toLowerCase()];
      const names = namesOf(row);
      if (!kind || !/^Q\d+$/.test(row.wikidataid) || names.length === 0) continue;
      const prominence = Math.min(6, Math.max(3, 8 - Number(row.scalerank) / 2));
      const seen = byId.get(row.wikidataid);
      if (seen) {
        seen.aliases = [...new Set([...seen.aliases, ...names])].filter(n => n !== seen.label);
        seen.prominence = Math.max(seen.prominence, prominence);
        continue;
      }
      const [label, ...aliases] = names;
      if (kind.startsWith('river') && !/\bRiver\b/.test(label)) aliases.push(`${label} River`);
      byId.set(row.wikidataid, {
        id: row.wikidataid,
        type: 'LOC',
        label,
        aliases,
        description: kind + whereOf(row),
        prominence,
      });
    }
  }
  return [...byId.values()];
}

const CITY_CLASSES = new Set([
  'admin-0 capital',
  'admin-0 capital alt',
  'admin-0 region capital',
  'admin-1 capital',
  'admin-1 region capital',
  'populated place',
]);

/** The world's major cities (about 1,200), ranked as the places database's cities are. */
function cities(dir: string): WorldEntity[] {
  const list: WorldEntity[] = [];
  for (const row of readTable(path.join(dir, '50m_cultural', 'ne_50m_populated_places.tsv'))) {
    const names = namesOf(row);
    const kind = row.featurecla.toLowerCase();
    if (!CITY_CLASSES.has(kind) || !/^Q\d+$/.test(row.wikidataid) || names.length === 0) continue;
    const capital = kind.startsWith('admin-0 capital');
    const region = row.adm1name && row.adm1name !== names[0] ? `${row.adm1name}, ` : '';
    const population = Number(row.pop_max) || 0;
    const [label, ...aliases] = names;
    list.push({
      id: row.wikidataid,
      type: 'LOC',
      label,
      aliases,
      description: `${capital ? 'capital city' : 'city'} in ${region}${row.adm0name}`,
      prominence: placeProminence(population) + (capital ? 1 : 0),
    });
  }
  return list;
}

/**
 * Natural Earth's cities and natural features, from a folder of its tables (`50m_cultural/`,
 * `10m_physical/`). `prominenceOfName` gives the prominence of the most prominent place the other
 * sources hold under a name: a feature that would rank as high ranks just below it ("Jordan" the
 * country, "Mississippi" the state), so that the linker takes the place when the text says nothing
 * else; a lesser place of the name stays below the feature ("Red Sea", a state of Sudan).
 */
export function naturalEarthPlaces(dir: string, prominenceOfName: (name: string) => number): WorldEntity[] {
  const below = (e: WorldEntity) =>
    Math.min(
      e.prominence,
      ...[e.label, ...e.aliases]
        .map(prominenceOfName)
        .filter(p => p >= e.prominence - 0.5)
        .map(p => p - 1),
    );
  return [...cities(dir), ...features(dir).map(e => ({ ...e, prominence: below(e) }))];
}
