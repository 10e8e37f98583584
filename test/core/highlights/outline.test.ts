import * as assert from 'assert';
import { Highlight } from '../../../src/core/highlights/highlights';
import { orphanPlace, outlineEntities, outlineOrphans } from '../../../src/core/highlights/outline';

/** Highlights for surface texts listed in the order they occur, each found after the previous one. */
function highlightsOf(text: string, items: [string, string][]): Highlight[] {
  let from = 0;
  return items.map(([surface, label]) => {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, surface);
    from = start + surface.length;
    return { start, end: from, label, source: 'automatic' as const };
  });
}

const summary = (text: string, highlights: Highlight[]) =>
  outlineEntities(text, highlights).map(g => [
    g.label,
    g.mentionCount,
    g.entities.map(e => `${e.name}×${e.mentions.length}`),
  ]);

describe('outlineEntities', () => {
  it('groups by label in list order, custom labels last, counting mentions', () => {
    const text = 'Claim: In March, Lisbon met Kim. Kim and Acme.';
    const h = highlightsOf(text, [
      ['Claim', 'claim'],
      ['March', 'date'],
      ['Lisbon', 'location'],
      ['Kim', 'person'],
      ['Kim', 'person'],
      ['Acme', 'organisation'],
    ]);
    assert.deepStrictEqual(summary(text, h), [
      ['person', 2, ['Kim×2']],
      ['organisation', 1, ['Acme×1']],
      ['location', 1, ['Lisbon×1']],
      ['date', 1, ['March×1']],
      ['claim', 1, ['Claim×1']],
    ]);
  });

  it("puts a person's short forms under the full name, which names the entity", () => {
    const text = "Okafor spoke. Daniel Okafor left. Okafor's car. Maria Lindqvist. Lindqvist.";
    const h = highlightsOf(text, [
      ['Okafor', 'person'],
      ['Daniel Okafor', 'person'],
      ["Okafor's", 'person'],
      ['Maria Lindqvist', 'person'],
      ['Lindqvist', 'person'],
    ]);
    const [people] = outlineEntities(text, h);
    assert.deepStrictEqual(
      people.entities.map(e => e.name),
      ['Daniel Okafor', 'Maria Lindqvist'],
    );
    assert.deepStrictEqual(
      people.entities[0].mentions.map(m => text.slice(m.start, m.end)),
      ['Okafor', 'Daniel Okafor', "Okafor's"],
    );
    assert.strictEqual(people.mentionCount, 5);
  });

  it('keeps an ambiguous short form on its own instead of guessing', () => {
    const text = 'Daniel Okafor and Grace Okafor. Okafor said.';
    const h = highlightsOf(text, [
      ['Daniel Okafor', 'person'],
      ['Grace Okafor', 'person'],
      ['Okafor', 'person'],
    ]);
    const names = outlineEntities(text, h)[0].entities.map(e => e.name);
    assert.deepStrictEqual(names, ['Daniel Okafor', 'Grace Okafor', 'Okafor']);
  });

  it('does not merge short forms of other labels, and treats wrapped text as one name', () => {
    const text = 'Bank of Lisbon\nand the Bank of\nLisbon, the Bank.';
    const h = highlightsOf(text, [
      ['Bank of Lisbon', 'organisation'],
      ['Bank of\nLisbon', 'organisation'],
      ['Bank', 'organisation'],
    ]);
    assert.deepStrictEqual(summary(text, h), [['organisation', 3, ['Bank of Lisbon×2', 'Bank×1']]]);
  });

  it('returns nothing for no highlights', () => {
    assert.deepStrictEqual(outlineEntities('text', []), []);
  });
});

describe('orphans in the outline', () => {
  const text = 'Talks in Lisbon, then Porto.';
  const at = (needle: string) => text.indexOf(needle);
  const place = (offset: number) => {
    const p = orphanPlace(text, offset);
    return text.slice(p.start, p.end);
  };

  it('points an orphan at the word at its last known start, else at the character there', () => {
    assert.strictEqual(place(at('Lisbon')), 'Lisbon');
    assert.strictEqual(place(at('isbon')), 'Lisbon', 'the whole word, from inside it');
    assert.strictEqual(place(at(', then')), ',');
    assert.strictEqual(place(at(' then')), ' ');
    assert.strictEqual(place(text.length + 40), '.', 'past the end: the last character');
    assert.strictEqual(place(-3), 'Talks');
    assert.deepStrictEqual(orphanPlace('', 5), { start: 0, end: 0 });
  });

  it('lists orphaned annotations and corrections to a label under that label, nothing else', () => {
    const items = [
      { quote: 'Baltic  Board', start: at('Porto'), orphaned: true, label: 'organisation' },
      { quote: 'Lisbon', start: at('Lisbon'), label: 'location' },
      { quote: 'May', start: 0, orphaned: true, correct: 'date' },
      { quote: 'Then', start: at('then'), orphaned: true, correct: 'none' },
    ];
    assert.deepStrictEqual(outlineOrphans(text, items), [
      { name: 'Baltic Board', label: 'organisation', start: at('Porto'), end: at('Porto') + 5 },
      { name: 'May', label: 'date', start: 0, end: 5 },
    ]);
  });
});
