import * as assert from 'assert';
import { Annotation } from '../../../src/core/sidecar';
import { describeFilter, groupByLabel, matchesFilter, parseFilter } from '../../../src/core/workspace/filter';

const a = (id: string, label: string, quote: string, start: number, note?: string): Annotation => ({
  id,
  label,
  quote,
  prefix: '',
  suffix: '',
  start,
  end: start + quote.length,
  note,
});

const items = [
  a('1', 'claim', 'rates will fall', 50, 'check with the bank'),
  a('2', 'person', 'Kim', 10),
  a('3', 'location', 'Seoul', 30),
  a('4', 'person', 'Lee', 5),
];

describe('annotation filter', () => {
  it('parses label filters and text filters, and nothing from blank input', () => {
    assert.deepStrictEqual(parseFilter(' label: Person '), { label: 'person' });
    assert.deepStrictEqual(parseFilter('Bank'), { text: 'bank' });
    assert.strictEqual(parseFilter('   '), undefined);
    assert.strictEqual(describeFilter({ label: 'claim' }), 'label:claim');
    assert.strictEqual(describeFilter({ text: 'kim' }), 'kim');
  });

  it('matches a label by name or display name, and text in quote, note or label', () => {
    assert.deepStrictEqual(
      items.filter(i => matchesFilter(i, parseFilter('label:Location'))).map(i => i.id),
      ['3'],
    );
    assert.deepStrictEqual(
      items.filter(i => matchesFilter(i, parseFilter('label:Claim'))).map(i => i.id),
      ['1'],
    );
    assert.deepStrictEqual(
      items.filter(i => matchesFilter(i, parseFilter('BANK'))).map(i => i.id),
      ['1'],
    );
    assert.deepStrictEqual(
      items.filter(i => matchesFilter(i, parseFilter('pers'))).map(i => i.id),
      ['2', '4'],
    );
    assert.strictEqual(
      items.every(i => matchesFilter(i, undefined)),
      true,
    );
  });

  it('groups by label in list order, each group in article order', () => {
    assert.deepStrictEqual(
      groupByLabel(items).map(g => [g.label, g.annotations.map(i => i.id)]),
      [
        ['person', ['4', '2']],
        ['location', ['3']],
        ['claim', ['1']],
      ],
    );
    assert.deepStrictEqual(
      groupByLabel(items, parseFilter('e')).map(g => g.label),
      ['person', 'location', 'claim'],
    );
    assert.deepStrictEqual(groupByLabel(items, parseFilter('label:date')), []);
  });
});
