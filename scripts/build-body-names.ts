// Builds models/body-names.txt, the names of organisations (football clubs, listed companies) that
// training stores in the entity model as listed bodies (scripts/gazetteer-bodies.ts), from openly licensed snapshots checked out beside
// the project (see docs/data-card.md, "Name lists", for each source's commit and licence). Nothing is
// downloaded. This step only reads the sources and tidies their names; which names become evidence is
// decided at training time, against the other name lists.
// Usage: npm run build:body-names -- --clubs DIR --sp500 DIR --nasdaq DIR --nyse DIR --indices DIR [--out FILE]
//   --clubs   a checkout of openfootball/clubs (*.clubs.txt)
//   --sp500   a checkout of datasets/s-and-p-500-companies (data/constituents.csv)
//   --nasdaq  a checkout of datasets/nasdaq-listings (data/nasdaq-listed-symbols.csv)
//   --nyse    a checkout of datasets/nyse-other-listings (data/other-listed.csv)
//   --indices a checkout of yfiua/index-constituents (docs/constituents-<index>.csv of INDICES)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BODY_NAMES_PATH, BodyName } from './gazetteer-bodies';
import { readCsv } from './read-csv';

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(name);
  const value = i > 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`missing ${name}`);
  return value;
}

function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, accept));
    else if (accept(entry.name)) out.push(full);
  }
  return out.sort();
}

/**
 * Club names and their other names from openfootball's club files: a club line ("Getafe CF, 1983,
 * Madrid ## note") gives the name before its first comma, the "| ..." lines under it other names.
 * Reserve sides ("ii) ..."), language tags ("[en]") and abbreviated forms ("Atl. Madrid") and sponsors' marks ("$$...$$") are left out.
 */
function clubs(dir: string): string[] {
  const names: string[] = [];
  for (const file of filesUnder(dir, n => n.endsWith('.clubs.txt'))) {
    for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
      const line = raw.replace(/\s*#.*$/, '').replace(/\[\w+\]/g, '');
      if (!line.trim() || /^\s*(=|ii+\))/.test(line)) continue;
      const found = /^\s*\|/.test(line) ? line.split('|').slice(1) : [line.split(',')[0]];
      for (const name of found) {
        const clean = name.replace(/\s+/g, ' ').trim();
        if (clean && !/[.$]/.test(clean)) names.push(clean);
      }
    }
  }
  return names;
}

/** What a listing says about the security rather than the company ("Common Stock", "Class A", "- Units"). */
const SECURITY_WORDS =
  /(?<=\S)[\s,]+(?:-\s.*|\(.*|\d.*|(?:Common|Ordinary|Class|Series|American [Dd]eposit(?:ary|ory)|(?:Non[- ]?)?Cumulative|Depositary|Depository|Units?|Warrants?|Rights?|Preferred|Subordinated|Notes?|Shares?|Stock|Capital Stock|Beneficial|Limited Partnership)\b.*)$/;
/** A company's legal form at the end of its name ("Inc.", "Corporation", "N.V."). */
const LEGAL_FORM =
  /[\s,]+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|p\.l\.c|LLC|L\.?P|N\.?V|S\.?A|AG|SE|ASA|AB|Ltda|S\.?p\.?A|S\.?A\.?B(?: de C\.?V)?)\.?$/;
/** Listings that are funds, blank-cheque companies or index products, not companies a reporter names. */
const NOT_A_COMPANY =
  /\b(?:Acquisition|Fund|Funds|ETF|ETN|ETFs|Portfolio|Index|Municipal|Strategy|Strategies|Opportunities|Income|Dividend|Bond|Treasury|Yield|Leveraged|Inverse)\b/i;

/** Blank-cheque companies are numbered ("... Investment Corp. VIII"). */
const BLANK_CHEQUE = /\s[IVX]+$/;

/**
 * A listed company's everyday name: the security's description (for a listing of securities, not of
 * companies: "Anglo American" is a company's name), its legal form and a leading "The" cut.
 */
function companyName(listed: string, security = true): string | undefined {
  let name = listed
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ PLC\/The$/, '');
  if (security) name = name.replace(SECURITY_WORDS, '');
  for (let previous = ''; previous !== name;) {
    previous = name;
    const shorter = name.replace(LEGAL_FORM, '').replace(/[\s,.]+$/, '');
    // "Sturm, Ruger & Company" keeps its last word: without it the name would end in "&".
    if (!/(?:&|\band)$/.test(shorter)) name = shorter;
  }
  name = name.replace(/^The /, '');
  return name && !NOT_A_COMPANY.test(listed) && !BLANK_CHEQUE.test(name) ? name : undefined;
}

function listedCompanies(file: string, nameField: string, keep: (row: Record<string, string>) => boolean): string[] {
  return readCsv(file)
    .filter(keep)
    .map(r => companyName(r[nameField]))
    .filter((n): n is string => n !== undefined);
}

/** A holding's trailing words, which news leaves out ("Tencent Holdings" is "Tencent"). */
const HOLDING_WORDS = /(?: (?:Group|Holdings?|International|Co))+$/;

/** An index's members by their names and, without a holding's trailing words, the names news uses. */
function indexMembers(file: string): string[] {
  return readCsv(file).flatMap(r => {
    const name = companyName(r.Name, false);
    if (!name) return [];
    const short = name.replace(HOLDING_WORDS, '');
    return short && short !== name ? [name, short] : [name];
  });
}

/**
 * Stock indices outside the United States whose members news names most (London, Frankfurt, Milan,
 * Hong Kong); the US ones are read from the listings above, and the Chinese indices give Chinese names only.
 */
const INDICES = ['ftse100', 'dax', 'ftsemib', 'hsi'];

function main(): void {
  const out = arg('--out', path.join(__dirname, '..', '..', ...BODY_NAMES_PATH));
  const isShare = (r: Record<string, string>) => r.ETF === 'N' && r['Test Issue'] === 'N';
  const sources: [BodyName['source'], BodyName['category'], string[]][] = [
    ['clubs', 'team', clubs(arg('--clubs'))],
    ['sp500', 'org', listedCompanies(path.join(arg('--sp500'), 'data', 'constituents.csv'), 'Security', () => true)],
    [
      'nasdaq',
      'org',
      listedCompanies(path.join(arg('--nasdaq'), 'data', 'nasdaq-listed-symbols.csv'), 'Company Name', isShare),
    ],
    ['nyse', 'org', listedCompanies(path.join(arg('--nyse'), 'data', 'other-listed.csv'), 'Company Name', isShare)],
    [
      'indices',
      'org',
      INDICES.flatMap(index => indexMembers(path.join(arg('--indices'), 'docs', `constituents-${index}.csv`))),
    ],
  ];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const [source, category, names] of sources) {
    let kept = 0;
    for (const name of [...new Set(names)].sort()) {
      const key = name.toLowerCase();
      if (seen.has(key) || /[\t\n]/.test(name)) continue;
      seen.add(key);
      lines.push(`${category}\t${name}\t${source}`);
      kept++;
    }
    console.log(`${source}: ${kept} names (${names.length} read)`);
  }
  const header = [
    '# Names of organisations for the entity model, built by scripts/build-body-names.ts; sources and licences in',
    '# docs/data-card.md: openfootball/clubs (CC0 1.0), datasets/s-and-p-500-companies, datasets/nasdaq-listings,',
    '# datasets/nyse-other-listings (ODC PDDL 1.0), yfiua/index-constituents (Apache 2.0).',
    '# category (org, team), name, source. Training filters them (scripts/gazetteer-bodies.ts).',
  ];
  fs.writeFileSync(out, [...header, ...lines, ''].join('\n'));
  console.log(`wrote ${out}: ${lines.length} names, ${(fs.statSync(out).size / 1e6).toFixed(2)} MB`);
}

main();
