/**
 * Precision and recall of the fact checks: `npm run eval:checks [-- --data DIR] [--list]`.
 *
 * Real articles: every document of the development sets and of the news-like training sets, checked as
 * the command line checks an article (with its `dct` as the article's date, as a sidecar would give it).
 * Each diagnostic found there was read; those that point at a real error or inconsistency of the text
 * are listed in `eval-checks-reviewed.json` by set, document, code and offset. Anything else, including
 * a diagnostic nobody has read yet, counts as false. Planted errors: the invented articles in
 * `test/fixtures/checks/planted/`, each error listed in `planted.json`.
 *
 * Prints both figures: false diagnostics per 20 real articles (target at most 1) and the share of planted
 * errors found (target at least 90 %). `--list` prints every diagnostic on the real articles with its
 * verdict, for reading them again; it prints their text to the terminal only.
 *
 * The planted errors come in two folders: `planted/`, written while the checks were being tuned, and
 * `holdout/`, written afterwards and never tuned on, whose figure says more about articles to come.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../src/cli/check';
import { CHECK_FAMILIES, CheckCode, CheckDiagnostic, CheckFamily, FAMILY_OF_CODE } from '../src/core/checks';
import { parseRegistry } from '../src/core/registry';

interface Doc {
  id: string;
  text: string;
  dct?: string;
}

/**
 * The real articles, and the families each is measured on. GMB's documents are runs of 20 sentences
 * cut without regard to article boundaries and without datelines, so the checks that need a whole
 * article (first mentions, an article without a date) say nothing about them there.
 */
const REAL_SETS: { file: string; families: readonly CheckFamily[] }[] = [
  { file: 'dev/conll2003-testa.jsonl', families: CHECK_FAMILIES },
  { file: 'dev/timex-timebank.jsonl', families: CHECK_FAMILIES },
  { file: 'dev/timex-aquaint.jsonl', families: CHECK_FAMILIES },
  { file: 'dev/wikigold.jsonl', families: CHECK_FAMILIES },
  { file: 'ner-train/gum-ccby.jsonl', families: CHECK_FAMILIES },
  { file: 'ner-train/gum-ccbysa.jsonl', families: CHECK_FAMILIES },
  { file: 'ner-train/re3d.jsonl', families: CHECK_FAMILIES },
  { file: 'ner-train/gmb.jsonl', families: ['weekdays', 'nameSpelling', 'rangesAndAges'] },
];

const repoRoot = path.resolve(__dirname, '..', '..');
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** `--data DIR`, else the first `shared/data` beside the checkout or a folder above it. */
function dataDir(): string {
  const given = option('--data');
  if (given) return path.resolve(given);
  for (let dir = path.dirname(repoRoot); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'data');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('no shared/data folder found; pass --data DIR');
  }
}

type Verdicts = Record<string, { verdict: 'true' | 'false'; why: string }>;
const key = (set: string, id: string, d: CheckDiagnostic) => `${set} ${id} ${d.code} ${d.start}`;

function realArticles(data: string, verdicts: Verdicts, list: boolean) {
  let docs = 0;
  let falseCount = 0;
  let trueCount = 0;
  const unread: string[] = [];
  console.log('Real articles (each diagnostic read; true = a real error or inconsistency in the text)\n');
  console.log('| set | articles | diagnostics | true | false | false per 20 articles |');
  console.log('|---|---|---|---|---|---|');
  for (const { file, families } of REAL_SETS) {
    const full = path.join(data, file);
    if (!fs.existsSync(full)) {
      console.log(`| ${file} | missing | | | | |`);
      continue;
    }
    const set = path.basename(file, '.jsonl');
    const lines = fs.readFileSync(full, 'utf8').split('\n').filter(Boolean);
    let found = 0;
    let right = 0;
    for (const line of lines) {
      const doc = JSON.parse(line) as Doc;
      const diagnostics = checkText(doc.text, { date: doc.dct?.slice(0, 10) }, []).filter(d =>
        families.includes(d.family),
      );
      for (const d of diagnostics) {
        found++;
        const verdict = verdicts[key(set, doc.id, d)];
        if (verdict?.verdict === 'true') right++;
        if (!verdict) unread.push(key(set, doc.id, d));
        if (list) printDiagnostic(set, doc, d, verdict?.verdict ?? 'NOT READ');
      }
    }
    docs += lines.length;
    trueCount += right;
    falseCount += found - right;
    const rate = ((found - right) / lines.length) * 20;
    console.log(`| ${set} | ${lines.length} | ${found} | ${right} | ${found - right} | ${rate.toFixed(2)} |`);
  }
  const rate = (falseCount / docs) * 20;
  console.log(`| all | ${docs} | ${trueCount + falseCount} | ${trueCount} | ${falseCount} | ${rate.toFixed(2)} |`);
  if (unread.length)
    console.log(`\n${unread.length} diagnostics not read yet (counted as false):\n  ${unread.join('\n  ')}`);
  return { docs, falseCount, rate };
}

function printDiagnostic(set: string, doc: Doc, d: CheckDiagnostic, verdict: string): void {
  const before = doc.text.slice(Math.max(0, d.start - 100), d.start).replace(/\n/g, ' ⏎ ');
  const after = doc.text.slice(d.end, d.end + 60).replace(/\n/g, ' ⏎ ');
  console.log(`  [${verdict}] ${set} ${doc.id} ${d.code} @${d.start}: ${d.message}`);
  console.log(`      …${before}[[${doc.text.slice(d.start, d.end)}]]${after}…`);
}

interface Planted {
  registry?: string;
  errors: { file: string; code: string; text: string; occurrence?: number }[];
}

/** The planted errors of one folder of invented articles (`manifest` lists them) that the checks find. */
function plantedErrors(folder: string, manifestName: string, title: string) {
  const dir = path.join(repoRoot, 'test', 'fixtures', 'checks', folder);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, manifestName), 'utf8')) as Planted;
  const registry = manifest.registry
    ? (parseRegistry(fs.readFileSync(path.join(dir, manifest.registry), 'utf8')).registry?.entities ?? [])
    : [];
  const files = [...new Set(manifest.errors.map(e => e.file))];
  const byFile = new Map(
    files.map(f => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      return [f, { text, diagnostics: checkText(text, undefined, registry) }];
    }),
  );
  const matched = new Set<CheckDiagnostic>();
  const perFamily = new Map<string, { planted: number; found: number }>();
  const missed: string[] = [];
  for (const e of manifest.errors) {
    const { text, diagnostics } = byFile.get(e.file)!;
    let at = -1;
    for (let i = 0; i <= (e.occurrence ?? 0); i++) at = text.indexOf(e.text, at + 1);
    if (at < 0) throw new Error(`${e.file}: "${e.text}" not found`);
    const hit = diagnostics.find(d => d.code === e.code && d.start < at + e.text.length && at < d.end);
    const family = FAMILY_OF_CODE[e.code as CheckCode];
    const tally = perFamily.get(family) ?? { planted: 0, found: 0 };
    tally.planted++;
    if (hit) {
      tally.found++;
      matched.add(hit);
    } else missed.push(`${e.file}: ${e.code} on "${e.text}"`);
    perFamily.set(family, tally);
  }
  const extra = [...byFile].flatMap(([file, { text, diagnostics }]) =>
    diagnostics.filter(d => !matched.has(d)).map(d => `${file}: ${d.code} on "${text.slice(d.start, d.end)}"`),
  );
  console.log(`\n${title} (${files.length} invented articles)\n`);
  console.log('| family | planted | found |');
  console.log('|---|---|---|');
  let planted = 0;
  let found = 0;
  for (const family of CHECK_FAMILIES) {
    const t = perFamily.get(family) ?? { planted: 0, found: 0 };
    planted += t.planted;
    found += t.found;
    console.log(`| ${family} | ${t.planted} | ${t.found} |`);
  }
  console.log(`| all | ${planted} | ${found} (${((100 * found) / planted).toFixed(1)} %) |`);
  if (missed.length) console.log(`\nMissed:\n  ${missed.join('\n  ')}`);
  if (extra.length) console.log(`\nOther diagnostics on the invented articles:\n  ${extra.join('\n  ')}`);
  return { planted, found, recall: found / planted, extra: extra.length };
}

function main(): void {
  const verdicts = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'scripts', 'eval-checks-reviewed.json'), 'utf8'),
  ) as Verdicts;
  const real = realArticles(dataDir(), verdicts, process.argv.includes('--list'));
  const tuned = plantedErrors(
    'planted',
    'planted.json',
    'Planted errors, articles written while the checks were tuned',
  );
  const heldOut = plantedErrors(
    'holdout',
    'holdout.json',
    'Planted errors, articles written afterwards and not tuned on',
  );
  const found = tuned.found + heldOut.found;
  const planted = tuned.planted + heldOut.planted;
  const share = (f: number, p: number) => `${((100 * f) / p).toFixed(1)} % (${f} of ${p})`;
  console.log(
    `\nFalse diagnostics per 20 real articles: ${real.rate.toFixed(2)} (${real.falseCount} in ${real.docs}; target at most 1)`,
  );
  console.log(
    `Planted errors found: ${share(found, planted)}; tuned on ${share(tuned.found, tuned.planted)}, ` +
      `held out ${share(heldOut.found, heldOut.planted)} (target at least 90 %)`,
  );
}

main();
