import * as assert from 'assert';
import { composeHighlights } from '../../../src/core/highlights/highlights';
import {
  SidecarData,
  createAnnotation,
  createCorrection,
  parseSidecar,
  serializeSidecar,
  textHash,
} from '../../../src/core/sidecar';
import {
  acceptSuggestions,
  addSuggestions,
  rejectSuggestions,
  withSuggestions,
} from '../../../src/core/suggestions/suggest';
import { Span } from '../../../src/core/types';

const TEXT = 'On Sunday, Foreign Minister Choe Son Hui met with envoys from Vientiane and Hanoi.';
const NOW = new Date('2026-11-28T01:00:00Z');
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const SPANS: Span[] = [
  { ...at('Sunday'), type: 'DATE', value: 'XXXX-WXX-7' },
  { ...at('Choe Son Hui'), type: 'PER' },
  { ...at('Vientiane'), type: 'LOC' },
  { ...at('Hanoi'), type: 'LOC' },
];

function empty(): SidecarData {
  return { version: 1, article: 'story.md', textHash: textHash(TEXT), annotations: [], corrections: [] };
}

describe('suggestions', () => {
  it('turn spans into anchored suggestions with the built-in label, source and time', () => {
    const data = empty();
    const added = addSuggestions(data, TEXT, SPANS, { now: NOW }).added;
    assert.deepStrictEqual(
      added.map(s => [s.label, s.quote, s.source, s.created]),
      [
        ['date', 'Sunday', 'model', '2026-11-28T01:00:00Z'],
        ['person', 'Choe Son Hui', 'model', '2026-11-28T01:00:00Z'],
        ['location', 'Vientiane', 'model', '2026-11-28T01:00:00Z'],
        ['location', 'Hanoi', 'model', '2026-11-28T01:00:00Z'],
      ],
    );
    assert.ok(added.every(s => /^s-[0-9a-z]{12}$/.test(s.id)));
    assert.strictEqual(data.suggestions, data.suggestions && added.length === 4 ? data.suggestions : undefined);
    assert.strictEqual(parseSidecar(serializeSidecar(data)).diagnostics.length, 0);
  });

  it('are idempotent: running again adds nothing, also after a round trip through the file', () => {
    const data = empty();
    addSuggestions(data, TEXT, SPANS);
    assert.deepStrictEqual(addSuggestions(data, TEXT, SPANS).added, []);
    const reread = parseSidecar(serializeSidecar(data)).data!;
    assert.deepStrictEqual(addSuggestions(reread, TEXT, SPANS).added, []);
    assert.strictEqual(reread.suggestions?.length, 4);
  });

  it('never duplicate or override what the user annotated or corrected', () => {
    const data = empty();
    // An annotation overlapping a span (even partly) wins; a correction only covers its exact span.
    data.annotations.push(createAnnotation(TEXT, at('Choe').start, at('Choe').end, 'organisation'));
    data.corrections.push(createCorrection(TEXT, at('Hanoi').start, at('Hanoi').end, 'location', 'none'));
    data.corrections.push(createCorrection(TEXT, at('Sun').start, at('Sun').end, 'date', 'none'));
    data.annotations.push({
      ...createAnnotation(TEXT, at('Vientiane').start, at('Vientiane').end, 'person'),
      orphaned: true,
    });
    const added = addSuggestions(data, TEXT, SPANS).added;
    assert.deepStrictEqual(
      added.map(s => s.quote),
      ['Sunday', 'Vientiane'],
    );
  });

  it('stop at the limit of suggestions waiting for review, counting the spans withheld', () => {
    const data = empty();
    assert.strictEqual(addSuggestions(data, TEXT, SPANS.slice(0, 1), { limit: 3 }).withheld, 0);
    const { added, withheld } = addSuggestions(data, TEXT, SPANS, { limit: 3 });
    assert.deepStrictEqual(
      added.map(s => s.quote),
      ['Choe Son Hui', 'Vientiane'],
      'the earliest spans first, up to the limit with the one already waiting',
    );
    assert.strictEqual(withheld, 1);
    assert.deepStrictEqual(addSuggestions(data, TEXT, SPANS, { limit: 3 }), { added: [], withheld: 1 });
  });

  it('leave out disabled labels and blank spans', () => {
    const data = empty();
    const added = addSuggestions(data, TEXT, [...SPANS, { start: 2, end: 3, type: 'PER' }], {
      enabled: label => label !== 'date',
    }).added;
    assert.deepStrictEqual(
      added.map(s => s.label),
      ['person', 'location', 'location'],
    );
    assert.strictEqual(addSuggestions(empty(), TEXT, [], {}).added.length, 0);
  });

  it('accepted become annotations with the same label and place, by the given author', () => {
    const data = empty();
    const [sunday, choe] = addSuggestions(data, TEXT, SPANS).added;
    const { made, dropped } = acceptSuggestions(data, TEXT, new Set([sunday.id, choe.id]), {
      author: 'desk',
      now: NOW,
    });
    assert.deepStrictEqual(dropped, []);
    assert.deepStrictEqual(
      made.map(a => [a.label, a.quote, a.start, a.author, a.created]),
      [
        ['date', 'Sunday', 3, 'desk', '2026-11-28T01:00:00Z'],
        ['person', 'Choe Son Hui', 28, 'desk', '2026-11-28T01:00:00Z'],
      ],
    );
    assert.ok(made.every(a => a.id.startsWith('a-')));
    assert.deepStrictEqual(data.annotations, made);
    assert.deepStrictEqual(
      data.suggestions?.map(s => s.quote),
      ['Vientiane', 'Hanoi'],
    );
    assert.deepStrictEqual(addSuggestions(data, TEXT, SPANS).added, [], 'accepted ones are not suggested again');
  });

  it('rejected become "none" corrections that hide the automatic highlight and are not suggested again', () => {
    const data = empty();
    addSuggestions(data, TEXT, SPANS);
    const all = new Set(data.suggestions!.map(s => s.id));
    const { made } = rejectSuggestions(data, TEXT, all);
    assert.deepStrictEqual(
      made.map(c => [c.automatic, c.correct, c.quote]),
      [
        ['date', 'none', 'Sunday'],
        ['person', 'none', 'Choe Son Hui'],
        ['location', 'none', 'Vientiane'],
        ['location', 'none', 'Hanoi'],
      ],
    );
    assert.strictEqual(data.suggestions, undefined);
    assert.deepStrictEqual(addSuggestions(data, TEXT, SPANS).added, []);
    assert.deepStrictEqual(composeHighlights(SPANS, data.annotations, data.corrections), []);
  });

  it('that the user has since annotated over are dropped on review, not turned into a second item', () => {
    const data = empty();
    const [, choe] = addSuggestions(data, TEXT, SPANS).added;
    data.annotations.push(createAnnotation(TEXT, choe.start, choe.end, 'organisation'));
    const stale = { ...data.suggestions![3], quote: 'Hue' };
    data.suggestions![3] = stale;
    const { made, dropped } = acceptSuggestions(data, TEXT, new Set([choe.id, stale.id]));
    assert.deepStrictEqual(made, []);
    assert.deepStrictEqual(
      dropped.map(s => s.id),
      [choe.id, stale.id],
    );
    assert.strictEqual(data.annotations.length, 1);
  });

  it("are painted in place of the automatic highlight, never over the user's own", () => {
    const data = empty();
    addSuggestions(data, TEXT, SPANS);
    data.annotations.push(createAnnotation(TEXT, at('Vientiane').start, at('Vientiane').end, 'person'));
    const composed = composeHighlights(SPANS, data.annotations, data.corrections);
    const shown = withSuggestions(composed, data.suggestions!, data.annotations, data.corrections);
    assert.deepStrictEqual(
      shown.map(h => [TEXT.slice(h.start, h.end), h.source, h.label]),
      [
        ['Sunday', 'suggestion', 'date'],
        ['Choe Son Hui', 'suggestion', 'person'],
        ['Vientiane', 'annotation', 'person'],
        ['Hanoi', 'suggestion', 'location'],
      ],
    );
    assert.deepStrictEqual(shown[0].span, SPANS[0], "a date suggestion keeps the recogniser's value for the hover");
    assert.deepStrictEqual(withSuggestions(composed, [], [], []), composed);
  });
});
