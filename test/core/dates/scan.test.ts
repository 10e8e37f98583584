import * as assert from 'assert';
import { RULES } from '../../../src/core/dates/recognize';
import { scanRule } from '../../../src/core/dates/scan';
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
