import * as assert from 'assert';
import fc from 'fast-check';
import { parse } from 'yaml';
import { readPlainSidecar } from '../../../src/core/sidecar/plain';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { serializeSidecar } from '../../../src/core/sidecar/serialize';
import { Annotation, SidecarData } from '../../../src/core/sidecar/types';
import { HAND_EDITED } from './fixtures';

// Strings that YAML reads as something else when plain, or that need quoting.
const AWKWARD = [
  'true',
  'null',
  '~',
  '007',
  '1e3',
  '.inf',
  '0x1F',
  '12',
  '-3',
  'a: b',
  'a #b',
  'C#',
  'x:y',
  ' lead',
  'trail ',
  "it's",
  '"q"',
  'Zoë',
  '😀',
  'line\nbreak',
  'tab\there',
  '- dash',
  '-based',
  '-lai and Yau',
  '-',
  '--',
  '---',
  '-.5',
  '-.inf',
  '-0x1',
  '-#x',
  '-: a',
  '-x:',
  '~York',
  '~ x',
  '*alias',
  '&anchor',
  '!tag',
  '[1]',
  '{a: 1}',
  '2025-10-12',
  '2025-10-12T09:00:00Z',
  '',
  '–',
  'a\\b',
  '\u00a0nbsp',
  '#',
  '%',
  '@x',
  '`x`',
  '|',
  '>',
  '?',
  'yes',
  'No',
];
const str = fc.oneof(
  fc.constantFrom(...AWKWARD),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const annotation = fc
  .record({
    id: fc.oneof(fc.constantFrom('a-1', 'a-2', 'true', '12'), str).filter(s => s.length > 0),
    label: str.filter(s => s.length > 0),
    quote: str.filter(s => s.length > 0),
    prefix: str,
    suffix: str,
    start: fc.nat(1e6),
    note: fc.option(str, { nil: undefined }),
    orphaned: fc.option(fc.constant(true), { nil: undefined }),
    extra: fc.option(
      fc.dictionary(
        fc.constantFrom('source', 'tool', 'n'),
        fc.oneof(str, fc.nat(), fc.constant(null), fc.array(fc.nat(), { maxLength: 2 })),
      ),
      { nil: undefined },
    ),
  })
  .map(a => ({ ...a, end: a.start + a.quote.length }) as Annotation);
const sidecar = fc.record({
  article: str.filter(s => s.length > 0),
  date: fc.option(str, { nil: undefined }),
  annotations: fc.array(annotation, { maxLength: 4 }),
});

function yamlValue(text: string): unknown {
  try {
    return parse(text, { version: '1.2', uniqueKeys: true });
  } catch {
    return 'error';
  }
}

describe('readPlainSidecar', () => {
  it('reads what the full YAML parser reads, or declines', () => {
    let read = 0;
    fc.assert(
      fc.property(
        sidecar,
        fc.nat(),
        fc.constantFrom('', ' ', ':', '#', '\n', '"', "'", '- ', '*a', '&a ', '!t '),
        (s, at, insert) => {
          const data = { version: 1, textHash: 'sha256:' + '0'.repeat(64), corrections: [], ...s } as SidecarData;
          const text = serializeSidecar(data);
          // Also a hand edit somewhere: the reader must agree with the parser or decline.
          const cut = at % (text.length + 1);
          for (const candidate of [text, text.slice(0, cut) + insert + text.slice(cut)]) {
            const quick = readPlainSidecar(candidate);
            if (quick === undefined) continue;
            read++;
            assert.deepStrictEqual(quick, yamlValue(candidate));
          }
        },
      ),
      { numRuns: 3000 },
    );
    assert.ok(read > 300, `the quick reader took ${read} files`);
  });

  it('declines comments, blank lines, CRLF, aliases and tags', () => {
    assert.strictEqual(readPlainSidecar(HAND_EDITED), undefined);
    assert.strictEqual(readPlainSidecar('version: 1\r\narticle: a\r\n'), undefined);
    assert.strictEqual(readPlainSidecar('version: 1\n\narticle: a\n'), undefined);
    assert.strictEqual(readPlainSidecar('a: &x b\nc: *x\n'), undefined);
    assert.strictEqual(readPlainSidecar('a: !t b\n'), undefined);
    assert.strictEqual(readPlainSidecar('a: 1\na: 2\n'), undefined);
    assert.strictEqual(readPlainSidecar('a: -.5\n'), undefined, 'a float');
    assert.strictEqual(readPlainSidecar('a: ~\n'), undefined, 'null');
    assert.deepStrictEqual(readPlainSidecar('a: -lai and Yau\nb: ~York\n'), { a: '-lai and Yau', b: '~York' });
    assert.deepStrictEqual(readPlainSidecar('a: 1\nb:\n  - c: x:y\n    d: "q\\n"\n'), {
      a: 1,
      b: [{ c: 'x:y', d: 'q\n' }],
    });
  });

  it('leaves every diagnostic to the full parser', () => {
    const text = serializeSidecar({
      version: 1,
      article: 'a.md',
      textHash: 'sha256:' + '0'.repeat(64),
      annotations: [],
      corrections: [],
    }).replace('version: 1', 'version: 2');
    const result = parseSidecar(text);
    assert.strictEqual(result.readOnly, true);
    assert.strictEqual(result.diagnostics[0].line, 0);
  });
});
