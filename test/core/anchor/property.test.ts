/**
 * What this proves, for random texts (repeated names, CRLF, surrogate pairs, combining marks), 1-6
 * annotations and up to 6 change events of 1-3 non-overlapping insertions, deletions and replacements
 * each, aimed half of the time at or next to annotation edges. "Intact" means the annotation's original
 * characters are still there, in order and adjacent (tracked by identity in ModelDoc).
 *
 * Live (applyChanges): an intact annotation is attached at exactly its characters' position; every other
 * annotation is orphaned. Nothing else is allowed.
 *
 * Offline (reanchor from the sidecar saved before the edits, after serialising and parsing it):
 * - an attached annotation always sits on text equal to its quote (never on different text);
 * - an intact annotation is never orphaned (none lost);
 * - an intact annotation is at its true position whenever its quote occurs once in the new text, or
 *   (when no other annotation has the same quote) its stored prefix+quote+suffix occurs once, there;
 * - with no net change to the text, every annotation is kept at its stored position.
 * An intact annotation placed on another identical occurrence, and a destroyed one attached to identical
 * text elsewhere, are allowed (offline cannot tell identical contexts apart) and counted in the output.
 *
 * A second property saves the live state in place over the old sidecar and checks it reloads exactly.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { Anchored, applyChanges, reanchor, TextChange } from '../../../src/core/anchor';
import {
  Annotation,
  createAnnotation,
  parseSidecar,
  reattach,
  serializeSidecar,
  SidecarData,
  textHash,
} from '../../../src/core/sidecar';
import { boundaries, ModelDoc } from './model';

// Pieces that make texts hard to anchor in: repeated names, CRLF, surrogate pairs, combining marks.
const PIECES = [
  'Kim',
  'Kim ',
  ' ',
  ' met ',
  'Seoul',
  '.',
  ',',
  '\r\n',
  '\n',
  '😀',
  '🇰🇷',
  'e\u0301',
  'Zoë',
  'x',
  'Kim Jong',
  '"',
  '',
];
const NUM_RUNS = 10_000;

const counts = {
  runs: 0,
  annotations: 0,
  intact: 0,
  live: { kept: 0, orphaned: 0 },
  offline: {
    kept: 0,
    moved: 0,
    orphaned: 0,
    intactAtTrueSpot: 0,
    intactOnOtherIdenticalText: 0,
    destroyedButOnIdenticalText: 0,
    shared: 0,
    suggestions: 0,
  },
};

interface RawChange {
  at: number;
  len: number;
  piece: number;
  aim: number;
}
const rawChange = fc.record({
  at: fc.nat(1000),
  len: fc.oneof(fc.constant(0), fc.nat(6)),
  piece: fc.nat(PIECES.length - 1),
  aim: fc.nat(7),
});
const scenario = fc.record({
  pieces: fc.array(fc.nat(PIECES.length - 1), { minLength: 3, maxLength: 30 }),
  spans: fc.array(fc.record({ at: fc.nat(1000), len: fc.integer({ min: 1, max: 10 }) }), {
    minLength: 1,
    maxLength: 6,
  }),
  events: fc.array(fc.array(rawChange, { minLength: 1, maxLength: 3 }), { minLength: 0, maxLength: 6 }),
});

/** Snaps a raw number to an edit boundary, aimed half of the time at an annotation's edge (or just beside it). */
function pickOffset(raw: RawChange, text: string, items: { start: number; end: number }[]): number {
  const bounds = boundaries(text);
  if (raw.aim < 4 && items.length > 0) {
    const item = items[raw.at % items.length];
    const target = [item.start, item.end, item.start + 1, item.end - 1][raw.aim];
    return bounds.find(b => b >= target) ?? text.length;
  }
  return bounds[raw.at % bounds.length];
}

/** Turns raw numbers into one event of non-overlapping changes against `text`. */
function makeEvent(raws: RawChange[], text: string, items: { start: number; end: number }[]): TextChange[] {
  const bounds = boundaries(text);
  const event: TextChange[] = [];
  for (const raw of raws) {
    const from = pickOffset(raw, text, items);
    const to = bounds[Math.min(bounds.indexOf(from) + raw.len, bounds.length - 1)];
    const change = { rangeOffset: from, rangeLength: to - from, text: PIECES[raw.piece] };
    if (change.rangeLength === 0 && change.text === '') continue;
    const overlaps = event.some(
      c =>
        (from < c.rangeOffset + c.rangeLength && c.rangeOffset < to) ||
        (from === to && c.rangeLength === 0 && c.rangeOffset === from) ||
        (c.rangeLength === 0 && c.rangeOffset > from && c.rangeOffset < to),
    );
    if (!overlaps) event.push(change);
  }
  return event;
}

function initialAnnotations(text: string, spans: { at: number; len: number }[]): Annotation[] {
  const bounds = boundaries(text);
  const result: Annotation[] = [];
  for (const span of spans) {
    if (bounds.length < 2) break;
    const i = span.at % (bounds.length - 1);
    const j = Math.min(i + span.len, bounds.length - 1);
    result.push(
      createAnnotation(text, bounds[i], bounds[j], 'person', { takenIds: result.map(a => a.id), now: new Date(0) }),
    );
  }
  return result;
}

function save(text: string, annotations: Annotation[], previous?: string): string {
  const data: SidecarData = { version: 1, article: 'story.md', textHash: textHash(text), annotations, corrections: [] };
  return serializeSidecar(data, previous);
}

function load(yaml: string): SidecarData {
  const parsed = parseSidecar(yaml);
  assert.deepStrictEqual(parsed.diagnostics, []);
  assert.strictEqual(parsed.readOnly, false);
  return parsed.data as SidecarData;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Live tracking must agree exactly with the model: intact items on their characters, all others orphaned. */
function checkLive(model: ModelDoc, original: Annotation[], live: Annotation[]): void {
  original.forEach((a, i) => {
    const truth = model.locate(a.start, a.end);
    if (truth) {
      assert.ok(!live[i].orphaned, `intact annotation orphaned live: ${JSON.stringify(a.quote)}`);
      assert.deepStrictEqual([live[i].start, live[i].end], [truth.start, truth.end]);
      counts.live.kept++;
    } else {
      assert.strictEqual(live[i].orphaned, true, `altered annotation still attached live: ${JSON.stringify(a.quote)}`);
      counts.live.orphaned++;
    }
  });
}

/** Offline re-anchoring from the saved sidecar: never on different text, never losing an intact item. */
function checkOffline(model: ModelDoc, original: Annotation[], savedYaml: string, edited: boolean): void {
  const saved = load(savedYaml);
  const text = model.text;
  const results = reanchor(saved.annotations, text, saved.textHash);
  const byId = new Map(original.map(a => [a.id, a]));
  saved.annotations.forEach((a, i) => {
    const r = results[i];
    const before = byId.get(a.id) as Annotation;
    assert.deepStrictEqual(a, before, 'the sidecar did not round-trip');
    const truth = model.locate(before.start, before.end);
    counts.offline[r.status]++;
    if (r.suggestion) counts.offline.suggestions++;
    if (r.shared) counts.offline.shared++;
    if (!edited) assert.deepStrictEqual([r.status, r.start, r.end], ['kept', a.start, a.end]);
    if (r.status !== 'orphaned') assert.strictEqual(text.slice(r.start, r.end), a.quote, 'attached to different text');
    if (!truth) {
      if (r.status !== 'orphaned') counts.offline.destroyedButOnIdenticalText++;
      return;
    }
    assert.notStrictEqual(r.status, 'orphaned', `intact annotation ${JSON.stringify(a.quote)} lost offline`);
    const atTruth = r.start === truth.start && r.end === truth.end;
    if (atTruth) counts.offline.intactAtTrueSpot++;
    else counts.offline.intactOnOtherIdenticalText++;
    const sharesQuote = saved.annotations.some((b, j) => j !== i && b.quote === a.quote);
    const context = occurrences(text, a.prefix + a.quote + a.suffix);
    if (
      occurrences(text, a.quote).length === 1 ||
      (!sharesQuote && context.length === 1 && context[0] + a.prefix.length === truth.start)
    ) {
      assert.ok(atTruth, `misplaced ${JSON.stringify(a.quote)}: at ${r.start}, truly at ${truth.start}`);
    }
  });
}

/** After live tracking, the saved sidecar (updated in place) must reload to exactly the live state. */
function checkLiveSave(text: string, live: Annotation[], previousYaml: string): void {
  // Runtime-only split state is not part of the saved item.
  const current = live.map(({ pieces: _pieces, ...a }: Annotation & Anchored) =>
    a.orphaned ? a : reattach(a, text, a.start, a.end),
  );
  const yaml = save(text, current, previousYaml);
  const reloaded = load(yaml);
  const byId = new Map(reloaded.annotations.map(a => [a.id, a]));
  for (const a of current) assert.deepStrictEqual(byId.get(a.id), a);
  const results = reanchor(reloaded.annotations, text, reloaded.textHash);
  reloaded.annotations.forEach((a, i) => {
    assert.deepStrictEqual(
      [results[i].status, results[i].start, results[i].end],
      [a.orphaned ? 'orphaned' : 'kept', a.start, a.end],
    );
  });
}

/** Runs a scenario through the model and live tracking. */
function run(pieces: number[], spans: { at: number; len: number }[], events: RawChange[][]) {
  const text0 = pieces.map(p => PIECES[p]).join('');
  const annotations = initialAnnotations(text0, spans);
  const model = new ModelDoc(text0);
  let live: Annotation[] = annotations;
  for (const raws of events) {
    const event = makeEvent(
      raws,
      model.text,
      live.filter(a => !a.orphaned),
    );
    if (event.length === 0) continue;
    live = applyChanges(live, event);
    model.apply(event);
  }
  return { text0, annotations, model, live };
}

describe('anchoring under random edits (property)', () => {
  after(() => {
    console.log(`      ${JSON.stringify(counts)}`);
  });

  it(`live: intact annotations stay on their characters, others are orphaned; offline: none lost, none on different text (${NUM_RUNS} edit sequences)`, () => {
    fc.assert(
      fc.property(scenario, ({ pieces, spans, events }) => {
        const { text0, annotations, model, live } = run(pieces, spans, events);
        if (annotations.length === 0) return;
        counts.runs++;
        counts.annotations += annotations.length;
        counts.intact += annotations.filter(a => model.locate(a.start, a.end)).length;
        checkLive(model, annotations, live);
        checkOffline(model, annotations, save(text0, annotations), model.text !== text0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('saves the live state in place and reloads it exactly (1000 edit sequences)', () => {
    fc.assert(
      fc.property(scenario, ({ pieces, spans, events }) => {
        const { text0, annotations, model, live } = run(pieces, spans, events);
        if (annotations.length > 0) checkLiveSave(model.text, live, save(text0, annotations));
      }),
      { numRuns: 1000 },
    );
  });
});
