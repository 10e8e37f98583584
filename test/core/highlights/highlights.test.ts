import * as assert from 'assert';
import { composeHighlights, highlightsAt, mentionsOf } from '../../../src/core/highlights/highlights';
import { Span } from '../../../src/core/types';

const text = 'Kim met Lee in Seoul. Kim left.';
const spans: Span[] = [
  { start: 0, end: 3, type: 'PER' },
  { start: 8, end: 11, type: 'PER' },
  { start: 15, end: 20, type: 'LOC' },
  { start: 22, end: 25, type: 'PER' },
];

describe('composeHighlights', () => {
  it('labels automatic spans with their entity label', () => {
    const result = composeHighlights(spans, [], []);
    assert.deepStrictEqual(
      result.map(h => [text.slice(h.start, h.end), h.label, h.source]),
      [
        ['Kim', 'person', 'automatic'],
        ['Lee', 'person', 'automatic'],
        ['Seoul', 'location', 'automatic'],
        ['Kim', 'person', 'automatic'],
      ],
    );
  });

  it('lets a user annotation replace every automatic span it overlaps', () => {
    const result = composeHighlights(spans, [{ id: 'a', label: 'claim', start: 4, end: 14 }], []);
    assert.deepStrictEqual(
      result.map(h => [h.start, h.label, h.source]),
      [
        [0, 'person', 'automatic'],
        [4, 'claim', 'annotation'],
        [15, 'location', 'automatic'],
        [22, 'person', 'automatic'],
      ],
    );
  });

  it('skips orphaned annotations, which have no trustworthy position', () => {
    const result = composeHighlights(spans, [{ id: 'a', label: 'claim', start: 0, end: 3, orphaned: true }], []);
    assert.strictEqual(result[0].source, 'automatic');
  });

  it('removes a span corrected as not an entity, and relabels one corrected to another type', () => {
    const result = composeHighlights(
      spans,
      [],
      [
        { id: 'c1', automatic: 'person', correct: 'none', start: 0, end: 3 },
        { id: 'c2', automatic: 'location', correct: 'organisation', start: 15, end: 20 },
      ],
    );
    assert.deepStrictEqual(
      result.map(h => [h.start, h.label, h.source]),
      [
        [8, 'person', 'automatic'],
        [15, 'organisation', 'correction'],
        [22, 'person', 'automatic'],
      ],
    );
  });

  it('ignores a correction made for another automatic type at the same place', () => {
    const result = composeHighlights(
      spans,
      [],
      [{ id: 'c', automatic: 'location', correct: 'none', start: 0, end: 3 }],
    );
    assert.strictEqual(result[0].label, 'person');
  });

  it('filters automatic spans by enabled type but always shows annotations', () => {
    const result = composeHighlights(
      spans,
      [{ id: 'a', label: 'person', start: 26, end: 30 }],
      [],
      type => type !== 'PER',
    );
    assert.deepStrictEqual(
      result.map(h => h.label + '/' + h.source),
      ['location/automatic', 'person/annotation'],
    );
  });
});

describe('highlightsAt and mentionsOf', () => {
  const all = composeHighlights(spans, [], []);
  it('finds the highlight under an offset, a cursor just after a word included', () => {
    assert.deepStrictEqual(
      highlightsAt(all, 3).map(h => h.start),
      [0],
    );
    assert.deepStrictEqual(highlightsAt(all, 5), []);
  });
  it('finds every mention with the same text and label', () => {
    assert.deepStrictEqual(
      mentionsOf(text, all, all[0]).map(h => h.start),
      [0, 22],
    );
    assert.deepStrictEqual(
      mentionsOf(text, all, all[1]).map(h => h.start),
      [8],
    );
  });
  it("counts short and long forms of a person's name as one person, but not for other labels", () => {
    const story = 'Daniel Okafor spoke. Okafor left. Okafor Bank closed. Daniel Smith stayed.';
    const found = composeHighlights(
      [
        { start: 0, end: 13, type: 'PER' },
        { start: 21, end: 27, type: 'PER' },
        { start: 34, end: 45, type: 'ORG' },
        { start: 54, end: 66, type: 'PER' },
      ],
      [],
      [],
    );
    assert.deepStrictEqual(
      mentionsOf(story, found, found[1]).map(h => h.start),
      [0, 21],
    );
    assert.deepStrictEqual(
      mentionsOf(story, found, found[2]).map(h => h.start),
      [34],
    );
  });
});
