import * as assert from 'assert';
import fc from 'fast-check';
import { Span } from '../../../src/core/types';
import { harmonizeSpans } from '../../../src/core/ner/harmonize';
import { referenceHarmonizeSpans } from './harmonize-reference';

// Names, near-misses and the characters the scan treats specially: possessives, apostrophes, hyphens,
// dots, digits, non-ASCII and astral capitals, surrogate pairs. Plain text only: the reference restates
// the pass without Markdown or URLs (masking them is checked on its own below).
const PIECES = [
  'Kim',
  'Kim Jong Un',
  'Jong',
  'Vellora SpA',
  'Vellora',
  'Vellora Group',
  'Voss',
  "Voss's",
  'Voss’S',
  "O'Neil",
  'Ünal',
  'Édith Ünal',
  '\u{1D400}rno',
  '\u{1D400}',
  'May',
  'may',
  'Will',
  'the',
  'Ki',
  'K',
  ' ',
  ' ',
  '. ',
  ', ',
  '-',
  "'",
  '’',
  '’s',
  'x',
  '3',
  '3AW',
  '3-A',
  '.',
  '\n',
  '\n\n',
  'é',
  '😀',
];
const TYPES: Span['type'][] = ['PER', 'ORG', 'LOC', 'MISC', 'DATE'];
const common = new Set(['may', 'will', 'the', 'ki']);
const isCommon = (w: string) => common.has(w);

const scenario = fc.record({
  pieces: fc.array(fc.nat(PIECES.length - 1), { minLength: 1, maxLength: 40 }),
  spans: fc.array(fc.record({ at: fc.nat(100), len: fc.integer({ min: 1, max: 3 }), type: fc.nat(TYPES.length - 1) }), {
    maxLength: 8,
  }),
});

/** Text from pieces; spans cover whole pieces (never half a surrogate pair), unsorted and possibly overlapping. */
function build(pieces: number[], raw: { at: number; len: number; type: number }[]): { text: string; spans: Span[] } {
  const bounds = [0];
  let text = '';
  for (const p of pieces) {
    text += PIECES[p];
    bounds.push(text.length);
  }
  const spans = raw
    .map(r => {
      const i = r.at % pieces.length;
      const j = Math.min(i + r.len, pieces.length);
      return { start: bounds[i], end: bounds[j], type: TYPES[r.type] };
    })
    .filter(s => s.end > s.start);
  return { text, spans };
}

describe('harmonizeSpans agrees with the reference form', () => {
  it('gives the same spans on varied texts', () => {
    fc.assert(
      fc.property(scenario, ({ pieces, spans: raw }) => {
        const { text, spans } = build(pieces, raw);
        assert.deepStrictEqual(harmonizeSpans(text, spans, isCommon), referenceHarmonizeSpans(text, spans, isCommon));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same spans on a fixed text with every special case', () => {
    const text =
      "Talia Gorsk met Gorsk-Lee, Gorsk's aide, O'Gorsk and x.Gorsk; Gorsk’s plan. Vellora SpA: Vellora, " +
      '\u{1D400}rno and \u{1D400}\u{1D400}rno';
    const at = (s: string, type: Span['type']) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type });
    const spans = [at('Talia Gorsk', 'PER'), at('Vellora SpA', 'ORG'), at('\u{1D400}rno', 'LOC')];
    const out = harmonizeSpans(text, spans, isCommon);
    assert.deepStrictEqual(out, referenceHarmonizeSpans(text, spans, isCommon));
    assert.ok(out.length > spans.length, 'later mentions are found');
  });
});

describe('harmonizeSpans and Markdown', () => {
  it('finds no mention in code, a link destination, a URL or an e-mail address, and does in link text', () => {
    const text = 'Talia Gorsk spoke. [Gorsk](http://g.org/Gorsk) `Gorsk` https://g.org/Gorsk gorsk@Gorsk.org Gorsk.';
    const out = harmonizeSpans(text, [{ start: 0, end: 11, type: 'PER' }], isCommon);
    assert.deepStrictEqual(
      out.map(s => [text.slice(s.start, s.end), s.start]),
      [
        ['Talia Gorsk', 0],
        ['Gorsk', 20],
        ['Gorsk', text.lastIndexOf('Gorsk')],
      ],
    );
  });
});
