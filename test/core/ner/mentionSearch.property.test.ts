import * as assert from 'assert';
import fc from 'fast-check';
import { Span } from '../../../src/core/types';
import { HarmonizeCache, harmonizeSpans, harmonizeSteps } from '../../../src/core/ner/harmonize';
import { MentionCache } from '../../../src/core/ner/mentionSearch';

// Names split over lines, lines that repeat, and the characters the search treats specially.
const PIECES = [
  'Kim',
  'Kim Jong Un',
  'Kim\nJong',
  'Jong',
  'Vellora SpA',
  'Vellora',
  'Voss',
  "Voss's",
  "O'Neil",
  'Ünal',
  '\u{1D400}rno',
  'May',
  'Will',
  'the',
  'Ki',
  ' ',
  ' ',
  '. ',
  '-',
  "'",
  '’s',
  'x',
  '.',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '# ',
  '*',
  '[',
  '](http://x.org/Kim)',
  '`',
  '```\n',
  '😀',
  'a@b.org ',
];
const TYPES: Span['type'][] = ['PER', 'ORG', 'LOC', 'MISC'];
const common = new Set(['may', 'will', 'the', 'ki']);
const isCommon = (w: string) => common.has(w);

interface Version {
  pieces: number[];
  spans: { at: number; len: number; type: number }[];
}

const rawSpans = fc.array(
  fc.record({ at: fc.nat(100), len: fc.integer({ min: 1, max: 3 }), type: fc.nat(TYPES.length - 1) }),
  { maxLength: 6 },
);
const piece = fc.nat(PIECES.length - 1);

/** A first version, then versions each made from the one before by replacing, inserting or deleting a piece. */
const history = fc.record({
  first: fc.record({ pieces: fc.array(piece, { minLength: 1, maxLength: 40 }), spans: rawSpans }),
  edits: fc.array(fc.record({ at: fc.nat(), kind: fc.nat(2), piece, spans: fc.option(rawSpans) }), { maxLength: 6 }),
});

interface Edit {
  at: number;
  kind: number;
  piece: number;
  spans: Version['spans'] | null;
}

function versions({ first, edits }: { first: Version; edits: Edit[] }): Version[] {
  const out = [first];
  for (const e of edits) {
    const prev = out[out.length - 1];
    const pieces = [...prev.pieces];
    const at = e.at % (pieces.length + 1);
    if (e.kind === 0) pieces.splice(at, 0, e.piece);
    else if (e.kind === 1 && pieces.length > 1) pieces.splice(Math.min(at, pieces.length - 1), 1);
    else pieces[Math.min(at, pieces.length - 1)] = e.piece;
    out.push({ pieces, spans: e.spans ?? prev.spans });
  }
  return out;
}

function build({ pieces, spans }: Version): { text: string; spans: Span[] } {
  const bounds = [0];
  let text = '';
  for (const p of pieces) {
    text += PIECES[p];
    bounds.push(text.length);
  }
  return {
    text,
    spans: spans.map(r => {
      const i = r.at % pieces.length;
      return { start: bounds[i], end: bounds[Math.min(i + r.len, pieces.length)], type: TYPES[r.type] };
    }),
  };
}

describe('MentionCache', () => {
  it('gives the same spans as a search from scratch over a history of edits', () => {
    fc.assert(
      fc.property(history, h => {
        const cache = new MentionCache();
        for (const version of versions(h)) {
          const { text, spans } = build(version);
          assert.deepStrictEqual(harmonizeSpans(text, spans, isCommon, cache), harmonizeSpans(text, spans, isCommon));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a HarmonizeCache (votes, markup check and mentions kept) gives the same spans as a pass from scratch over a history of edits', () => {
    fc.assert(
      fc.property(history, h => {
        const cache = new HarmonizeCache();
        for (const version of versions(h)) {
          const { text, spans } = build(version);
          assert.deepStrictEqual(harmonizeSpans(text, spans, isCommon, cache), harmonizeSpans(text, spans, isCommon));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a HarmonizeCache stays right when a pass is abandoned half-way', () => {
    fc.assert(
      fc.property(history, fc.array(fc.nat(3), { maxLength: 8 }), (h, stops) => {
        const cache = new HarmonizeCache();
        versions(h).forEach((version, k) => {
          const { text, spans } = build(version);
          const steps = harmonizeSteps(text, spans, isCommon, cache);
          for (let i = 0; i < (stops[k] ?? 0); i++) steps.next();
          assert.deepStrictEqual(harmonizeSpans(text, spans, isCommon, cache), harmonizeSpans(text, spans, isCommon));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('a HarmonizeCache told of each edit (followEdit), with passes left out, gives the same spans as a pass from scratch', () => {
    fc.assert(
      fc.property(history, fc.array(fc.boolean(), { maxLength: 8 }), (h, skipped) => {
        const cache = new HarmonizeCache();
        let before: string | undefined;
        versions(h).forEach((version, k) => {
          const { text, spans } = build(version);
          if (before !== undefined) cache.followEdit(before, text);
          before = text;
          if (skipped[k]) return;
          assert.deepStrictEqual(harmonizeSpans(text, spans, isCommon, cache), harmonizeSpans(text, spans, isCommon));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('searches again the lines of names that became known, and only those besides the edit', () => {
    const cache = new MentionCache();
    const text = 'Talia Gorsk spoke.\nGorsk left.\nThen Brelund came back.\nBrelund Corp too.';
    assert.deepStrictEqual(
      cache.scan(text, ['Talia Gorsk', 'Gorsk']).map(m => m.start),
      [0, 19],
    );
    const edited = text.replace('spoke', 'spoke up');
    const again = cache.scan(edited, ['Talia Gorsk', 'Gorsk', 'Brelund']);
    assert.deepStrictEqual(
      again.map(m => `${m.name}@${m.start}`),
      ['Talia Gorsk@0', 'Gorsk@22', `Brelund@${edited.indexOf('Brelund')}`, `Brelund@${edited.lastIndexOf('Brelund')}`],
    );
  });

  it('reuses unchanged lines and still finds mentions on changed ones', () => {
    const cache = new MentionCache();
    const text = 'Talia Gorsk spoke.\nGorsk left.\nThen Gorsk came back.';
    const first = cache.scan(text, ['Talia Gorsk', 'Gorsk']);
    assert.deepStrictEqual(
      first.map(m => m.start),
      [0, 19, 36],
    );
    const edited = text.replace('left', 'stayed');
    const again = cache.scan(edited, ['Gorsk', 'Talia Gorsk']);
    assert.deepStrictEqual(
      again.map(m => edited.slice(m.start, m.start + m.name.length)),
      ['Talia Gorsk', 'Gorsk', 'Gorsk'],
    );
    assert.deepStrictEqual(
      again.map(m => m.start),
      [0, 19, 38],
    );
  });
});
