/**
 * The invariant every sidecar writer checks before writing: an item that is not orphaned sits exactly on
 * its quote. The checker is tested on its own, then the core steps each writer runs before it are
 * property-tested with random texts, annotations, corrections and edits: the editor's (live tracking,
 * then refreshContext), re-anchoring (the editor's load, `reanchor --write`, batch runs), and adding
 * suggestions (batch runs). None may produce an item off its quote.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import {
  checkAnchors,
  LiveAnchors,
  misplacedItems,
  MisplacedItemsError,
  reanchorSidecar,
  refreshContext,
  TextChange,
} from '../../../src/core/anchor';
import {
  createAnnotation,
  createCorrection,
  parseSidecar,
  serializeSidecar,
  SidecarData,
  textHash,
} from '../../../src/core/sidecar';
import { addSuggestions } from '../../../src/core/suggestions/suggest';
import { boundaries, ModelDoc } from './model';

const WORDS = ['Kim', 'Seoul', ' ', ' met ', '.', '\n', 'Syria', 'Syrian', 'n', '😀', 'e\u0301', 'the ', 'KIM'];

const spanArb = fc.record({ at: fc.nat(500), len: fc.integer({ min: 1, max: 8 }) });
const changeArb = fc.record({ at: fc.nat(500), len: fc.nat(5), word: fc.nat(WORDS.length - 1) });
const scenario = fc.record({
  words: fc.array(fc.nat(WORDS.length - 1), { minLength: 2, maxLength: 25 }),
  annotations: fc.array(spanArb, { maxLength: 5 }),
  corrections: fc.array(spanArb, { maxLength: 3 }),
  events: fc.array(changeArb, { maxLength: 8 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** A span of whole code points: [bounds[i], bounds[j]). */
function spanOf(text: string, raw: { at: number; len: number }): [number, number] | undefined {
  const bounds = boundaries(text);
  if (bounds.length < 2) return undefined;
  const i = raw.at % (bounds.length - 1);
  return [bounds[i], bounds[Math.min(i + raw.len, bounds.length - 1)]];
}

function build({ words, annotations, corrections }: Scenario): { text: string; data: SidecarData } {
  const text = words.map(w => WORDS[w]).join('');
  const data: SidecarData = { version: 1, article: 'a.md', textHash: textHash(text), annotations: [], corrections: [] };
  const taken = new Set<string>();
  const options = () => ({ takenIds: taken, now: new Date(0) });
  for (const raw of annotations) {
    const span = spanOf(text, raw);
    if (!span) continue;
    const a = createAnnotation(text, span[0], span[1], 'person', options());
    taken.add(a.id);
    data.annotations.push(a);
  }
  for (const raw of corrections) {
    const span = spanOf(text, raw);
    if (!span) continue;
    const c = createCorrection(text, span[0], span[1], 'person', 'none', options());
    taken.add(c.id);
    data.corrections.push(c);
  }
  return { text, data };
}

/** Each raw change as one event against the text as it is then (aligned to code points). */
function applyEvents(model: ModelDoc, events: Scenario['events'], each: (change: TextChange) => void): void {
  for (const raw of events) {
    const span = spanOf(model.text, { at: raw.at, len: raw.len }) ?? [0, 0];
    const change = { rangeOffset: span[0], rangeLength: raw.len === 0 ? 0 : span[1] - span[0], text: WORDS[raw.word] };
    model.apply([change]);
    each(change);
  }
}

describe('the quote invariant', () => {
  const text = 'Kim met Park in Seoul.';
  const sidecar = (): SidecarData => ({
    version: 1,
    article: 'a.md',
    textHash: textHash(text),
    annotations: [createAnnotation(text, 0, 3, 'person', { now: new Date(0) })],
    corrections: [createCorrection(text, 8, 12, 'person', 'none', { now: new Date(0) })],
  });

  it('finds items that are not on their quote, and leaves orphans alone', () => {
    const data = sidecar();
    assert.deepStrictEqual(misplacedItems(data, text), []);
    data.annotations[0] = { ...data.annotations[0], quote: 'Kym' };
    data.corrections[0] = { ...data.corrections[0], start: 30, end: 34 };
    assert.deepStrictEqual(
      misplacedItems(data, text).map(m => [m.quote, m.found]),
      [
        ['Kym', 'Kim'],
        ['Park', ''],
      ],
    );
    data.annotations[0].orphaned = true;
    assert.strictEqual(misplacedItems(data, text).length, 1);
  });

  it('refuses the write with a message naming the item', () => {
    const data = sidecar();
    data.annotations[0] = { ...data.annotations[0], quote: 'Kym' };
    assert.throws(
      () => checkAnchors(data, text),
      (e: Error) => e instanceof MisplacedItemsError && e.message.includes(data.annotations[0].id),
    );
  });

  it('holds after live edits and the refresh before an editor write (property)', () => {
    fc.assert(
      fc.property(scenario, s => {
        const { text: before, data } = build(s);
        const model = new ModelDoc(before);
        const live = new LiveAnchors();
        applyEvents(model, s.events, change => {
          data.annotations = live.applyChanges(data.annotations, [change]);
          data.corrections = live.applyChanges(data.corrections, [change]);
        });
        assert.deepStrictEqual(misplacedItems(refreshContext(data, model.text), model.text), []);
      }),
      { numRuns: 2000 },
    );
  });

  it('holds after re-anchoring a saved sidecar to an edited article, and after adding suggestions (property)', () => {
    fc.assert(
      fc.property(scenario, fc.array(spanArb, { maxLength: 6 }), (s, spans) => {
        const { text: before, data } = build(s);
        const model = new ModelDoc(before);
        applyEvents(model, s.events, () => undefined);
        const after = model.text;
        assert.deepStrictEqual(misplacedItems(reanchorSidecar(data, after).data, after), []);

        // What a batch run does with a sidecar read back from disk: place it on the text, then add suggestions.
        const placed = reanchorSidecar(parseSidecar(serializeSidecar(data)).data!, after).data;
        const found = spans.flatMap(raw => {
          const span = spanOf(after, raw);
          return span ? [{ start: span[0], end: span[1], type: 'PER' as const }] : [];
        });
        addSuggestions(placed, after, found);
        assert.deepStrictEqual(misplacedItems(parseSidecar(serializeSidecar(placed)).data!, after), []);
      }),
      { numRuns: 500 },
    );
  });
});
