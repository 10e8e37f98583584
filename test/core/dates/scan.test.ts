import * as assert from 'assert';
import { RULES } from '../../../src/core/dates/recognize';
import { AnchorFinder, scanRule } from '../../../src/core/dates/scan';
import type { Candidate, Rule } from '../../../src/core/dates/rule';

const SENTENCES = [
  'The council met on Friday, Oct. 10, 2025, and again early next week.',
  'In the third quarter of 2024 profit fell from a year earlier; the year-ago period was better.',
  'At about 10:35 a.m. EST Wednesday, two weeks ago, troops arrived for the next three months.',
  'Prices rose daily through the summer of 2019, every Monday night and twice a year.',
  'Since the early 1990s, nineteen ninety-six, the 20th century and Christmas Eve were recalled.',
  'Markets were calm this morning; by year-end, the latest period and the full year may differ.',
  'Over the weekend, recently, soon and in the coming weeks, nothing happened for years.',
  'From Dec. 30 to Jan. 2 and 2019-2021, the 14-day wait lasted more than four hours.',
];

function run(rule: Rule, text: string): Candidate[] {
  const out: Candidate[] = [];
  scanRule(rule, { text, ref: { y: 2025, m: 10, d: 15 } }, out);
  return out;
}

describe('scanRule', () => {
  it('finds exactly what a scan of the whole text finds, for every rule', () => {
    const text = SENTENCES.join('\n');
    let found = 0;
    for (const rule of RULES) {
      const whole = run({ re: rule.re, build: rule.build }, text);
      found += whole.length;
      assert.deepStrictEqual(run(rule, text), whole, rule.re.source.slice(0, 60));
    }
    assert.ok(found > 30, `only ${found} candidates: the fixture no longer exercises the rules`);
  });

  it('builds every candidate with the same fields in the same order, ranges included', () => {
    const text = SENTENCES.join('\n') + '\nThe talks ran Oct. 20-28 and the study 2010-15.';
    const shapes = new Set<string>();
    let ranges = 0;
    for (const rule of RULES)
      for (const c of run(rule, text)) {
        shapes.add(Object.keys(c).join());
        if (c.range) ranges++;
      }
    assert.ok(ranges >= 2, `only ${ranges} ranges: the fixture no longer exercises them`);
    assert.deepStrictEqual([...shapes], ['start,end,type,value,range']);
  });
});

describe('AnchorFinder', () => {
  /** An anchor's hits as a loop of its own `exec` finds them: index and length of each. */
  function ownScan(anchor: RegExp, text: string): number[] {
    const hits: number[] = [];
    anchor.lastIndex = 0;
    for (let m = anchor.exec(text); m; m = anchor.exec(text)) hits.push(m.index, m[0].length);
    return hits;
  }

  const TEXTS = [
    SENTENCES.join('\n'),
    // Words run together or inside others, every case, and the hits of one anchor overlapping.
    'YEARS yearly Year-end yearyear years-long MONDAYS sundays weekends nowadays yesterdayyear-ago',
    'Christmastime NEW New newly Newcastle ThanksgivingThanksgiving quarterly half-yearly Quarter',
    'thousandsNineteen eighteenth autumnal springtime fallback decades-old centuries once-twice',
    // Characters outside ASCII that ignoring case could be thought to match (long s, Kelvin sign).
    '\u017Fecond \u212Aweek \u017Funday Mond\u00E4y w\u00EBek',
    'ye',
    '',
  ];

  it("finds each anchor's hits exactly as the anchor's own scan does", () => {
    const anchors = [...new Set(RULES.map(r => r.anchor).filter((a): a is RegExp => a !== undefined))];
    const finder = new AnchorFinder(anchors);
    let hits = 0;
    assert.deepStrictEqual([...finder.anchors].sort(), [...anchors].sort());
    for (const text of TEXTS) {
      const found = finder.find(text);
      finder.anchors.forEach((anchor, k) => {
        const own = ownScan(anchor, text);
        hits += own.length / 2;
        assert.deepStrictEqual(found[k], own, `${anchor} in ${JSON.stringify(text.slice(0, 40))}`);
      });
    }
    assert.ok(hits > 100, `only ${hits} hits: the fixture no longer exercises the anchors`);
  });

  it('lists an anchor once however many rules share it, and finds it afresh in every text', () => {
    const anchor = /year|month/gi;
    const finder = new AnchorFinder([anchor, undefined, anchor, /week/gi]);
    assert.strictEqual(finder.anchors.length, 2);
    const k = finder.anchors.indexOf(anchor);
    assert.deepStrictEqual(finder.find('Every year, month and week.')[k], [6, 4, 12, 5]);
    assert.deepStrictEqual(finder.find('A month.')[k], [2, 5]);
    assert.deepStrictEqual(finder.find('None.')[k], []);
  });
});
