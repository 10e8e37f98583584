// Institutions for the knowledge base from a checkout of the Research Organization Registry's record
// repository (ror-community/ror-records): universities, hospitals, government bodies, companies,
// non-profits and research facilities that have a Wikidata id.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorldEntity } from '../src/core/world/knowledgeBase';
import { isAcronym } from '../src/core/world/names';

/** A record as the registry writes it in schema 2 (`names`, `locations`) or schema 1 (`name`, `addresses`). */
interface Record2 {
  status: string;
  types: string[];
  names: { value: string; types: string[]; lang: string | null }[];
  external_ids: { type: string; preferred: string | null; all: string[] }[];
  locations: { geonames_details: { name: string; country_name: string } }[];
  relationships: { type: string; label: string }[];
  links: { type: string; value: string }[];
}
interface Record1 {
  status: string;
  types: string[];
  name: string;
  aliases: string[];
  acronyms: string[];
  labels: { label: string }[];
  external_ids: Record<string, { preferred: string | null; all: string[] | string }>;
  country: { country_name: string };
  addresses: { city: string | null }[];
  relationships: { type: string; label: string }[];
  wikipedia_url: string | null;
}

/** What is kept of a record, whichever schema it came in. */
interface Institution {
  wikidata: string | undefined;
  types: string[];
  display: string;
  otherNames: string[];
  city: string;
  country: string;
  /** The title of its English encyclopedia article, if it has one. */
  articleTitle: string | undefined;
  /** The registry's names of the institutions it is part of. */
  parents: string[];
}

const parentsOf = (relationships: readonly { type: string; label: string }[]) =>
  relationships.filter(x => x.type.toLowerCase() === 'parent').map(x => x.label);

function fromSchema2(r: Record2): Institution {
  const wikidata = r.external_ids.find(e => e.type === 'wikidata');
  const display = r.names.find(n => n.types.includes('ror_display')) ?? r.names[0];
  const where = r.locations[0]?.geonames_details;
  return {
    wikidata: wikidata ? (wikidata.preferred ?? wikidata.all[0]) : undefined,
    types: r.types.map(t => t.toLowerCase()),
    display: display.value,
    // Names in other languages are left out (English news writes "Max Planck Society").
    otherNames: r.names.filter(n => n !== display && (n.lang === null || n.lang === 'en')).map(n => n.value),
    city: where?.name ?? '',
    country: where?.country_name ?? '',
    articleTitle: articleTitle(r.links.find(l => l.type === 'wikipedia')?.value),
    parents: parentsOf(r.relationships),
  };
}

function fromSchema1(r: Record1): Institution {
  const wikidata = r.external_ids.Wikidata;
  const all = wikidata ? (Array.isArray(wikidata.all) ? wikidata.all : [wikidata.all]) : [];
  return {
    wikidata: wikidata ? (wikidata.preferred ?? all[0]) : undefined,
    types: r.types.map(t => t.toLowerCase()),
    display: r.name,
    // Schema 1 keeps names in other languages apart, as labels: left out.
    otherNames: [...r.aliases, ...r.acronyms],
    city: r.addresses[0]?.city ?? '',
    country: r.country?.country_name ?? '',
    articleTitle: articleTitle(r.wikipedia_url),
    parents: parentsOf(r.relationships),
  };
}

/** A bracketed qualifier at the end of a name: "Siemens (Canada)", "Mercury (band)". */
const BRACKETED = /\s*\(([^)]*)\)$/;

/** "https://en.wikipedia.org/wiki/Siemens_Canada" -> "Siemens Canada" (a bracketed qualifier dropped). */
function articleTitle(url: string | null | undefined): string | undefined {
  const m = /^https?:\/\/en\.wikipedia\.org\/wiki\/([^#?]+)$/.exec(url ?? '');
  if (!m) return undefined;
  let title: string;
  try {
    title = decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
  return title.replace(/_/g, ' ').replace(BRACKETED, '');
}

/** What a record's first type makes it, in a description ("university or college in Oulu, Finland"). */
const KIND: Record<string, string> = {
  education: 'university or college',
  healthcare: 'hospital or health organisation',
  company: 'company',
  // The registry's "government" also holds intergovernmental agencies (the World Health Organization).
  government: 'public body',
  nonprofit: 'non-profit organisation',
  facility: 'research facility',
  archive: 'archive, library or museum',
  other: 'organisation',
};
/**
 * Which type names a record best when it has several. "funder" (it funds research) is left to "other":
 * a newspaper or a bank that funds a prize is not a funding body to a reader.
 */
const KIND_ORDER = Object.keys(KIND);

/** The registry's name for a country where news uses another ("The Netherlands"). */
const COUNTRY_NAMES: Record<string, string> = { 'The Netherlands': 'Netherlands' };

/** Names written in the Latin script only: the recogniser reads English text. */
const LATIN = /^[\p{Script=Latin}\p{N}\s.,'’&()-]+$/u;

/**
 * Release folders in release order ("v1.9" before "v1.10"); a record changed in a later release
 * replaces the earlier one.
 */
function releaseFolders(dir: string): string[] {
  const version = (name: string) => name.slice(1).split('.').map(Number);
  return fs
    .readdirSync(dir)
    .filter(name => /^v\d+(\.\d+)*$/.test(name))
    .sort((a, b) => {
      const [x, y] = [version(a), version(b)];
      for (let i = 0; i < Math.max(x.length, y.length); i++)
        if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
      return 0;
    });
}

function latestRecords(dir: string): Map<string, string> {
  const latest = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.json')) latest.set(entry.name, file);
    }
  };
  for (const release of releaseFolders(dir)) walk(path.join(dir, release));
  return latest;
}

/**
 * The name an institution is best known by, and its other names. The registry tells apart institutions
 * of the same name by a bracketed place ("Google (United States)", "Siemens (Canada)"): the place is
 * dropped, unless the institution is a national branch of one of that name, which news calls "Siemens
 * Canada" (and which keeps neither its parent's name nor an acronym). An encyclopedia article titled by
 * one of its names gives the best-known name ("NASA").
 */
function namesOf(i: Institution): { label: string; others: string[]; titled: boolean } {
  const bracket = BRACKETED.exec(i.display);
  const bare = bracket ? i.display.slice(0, bracket.index) : i.display;
  const branch = bracket && i.parents.some(p => p.replace(BRACKETED, '') === bare);
  const display = branch ? `${bare} ${bracket[1]}` : bare;
  // A branch's acronyms and bare name are its parent's ("HP", "Hewlett-Packard" for the Japanese branch).
  const all = [display, ...(branch ? i.otherNames.filter(n => n !== bare && !isAcronym(n)) : i.otherNames)];
  const titled = i.articleTitle !== undefined && all.includes(i.articleTitle);
  const label = titled ? i.articleTitle! : display;
  const others = [...new Set([...all, ...(i.articleTitle ? [i.articleTitle] : [])])].filter(
    n => n.length >= 2 && n !== label && !(branch && n === bare) && LATIN.test(n) && !BRACKETED.test(n),
  );
  return { label, others, titled };
}

/** The active institutions with a Wikidata id. */
export function institutions(dir: string): WorldEntity[] {
  const list: WorldEntity[] = [];
  for (const file of latestRecords(dir).values()) {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record2 & Record1;
    if (raw.status !== 'active') continue;
    const i = raw.names ? fromSchema2(raw) : fromSchema1(raw);
    if (!i.wikidata || !/^Q\d+$/.test(i.wikidata) || !LATIN.test(i.display)) continue;
    const { label, others, titled } = namesOf(i);
    const kind = KIND_ORDER.find(k => i.types.includes(k)) ?? 'other';
    const country = COUNTRY_NAMES[i.country] ?? i.country;
    const where = [i.city, country].filter((p, k, all) => p && all.indexOf(p) === k).join(', ');
    list.push({
      id: i.wikidata,
      type: 'ORG',
      label,
      aliases: others,
      description: where ? `${KIND[kind]} in ${where}` : KIND[kind],
      // The linker takes an entity on its name alone from 6 and needs the article to name its city or
      // country below. 6 when an encyclopedia article bears one of the registry's names for it: "Siemens"
      // is the company, whose article is "Siemens", not its branch "Siemens (Canada)", whose article is
      // "Siemens Canada"; a little-known college waits for its town to be named.
      prominence: titled ? 6 : 5,
    });
  }
  return list;
}
