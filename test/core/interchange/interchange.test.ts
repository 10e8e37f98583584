import * as assert from 'assert';
import fc from 'fast-check';
import {
  exportBrat,
  exportConll,
  exportCsv,
  exportWebAnnotations,
  importBrat,
  csvCell,
} from '../../../src/core/interchange';
import {
  Annotation,
  createAnnotation,
  parseSidecar,
  serializeSidecar,
  SidecarData,
  textHash,
} from '../../../src/core/sidecar';
import { splitSentences, tokenize } from '../../../src/core/text/tokenize';

// Our own fixture text, with non-BMP characters before and inside annotations.
const TEXT = '😀 Mr. Kim Yo 𝔍ong met Ana Díaz in Oslo.\nThe talks 🇰🇷 ended on Friday.\n';

function at(quote: string, label: string, note?: string): Annotation {
  const start = TEXT.indexOf(quote);
  return createAnnotation(TEXT, start, start + quote.length, label, { note, now: new Date('2026-01-01T00:00:00Z') });
}

function viaSidecar(annotations: Annotation[]): Annotation[] {
  const data: SidecarData = { version: 1, article: 'story.md', textHash: textHash(TEXT), annotations, corrections: [] };
  const parsed = parseSidecar(serializeSidecar(data));
  assert.deepStrictEqual(parsed.diagnostics, []);
  return parsed.data!.annotations;
}

const sortLines = (s: string): string[] => s.split('\n').filter(Boolean).sort();

describe('brat standoff', () => {
  it('exports code-point offsets, the text and notes', () => {
    const ann = exportBrat(TEXT, [at('Kim Yo 𝔍ong', 'person', 'the envoy'), at('Oslo', 'location')]);
    const kim = [...TEXT].indexOf('K');
    assert.strictEqual(
      ann,
      `T1\tperson ${kim} ${kim + 11}\tKim Yo 𝔍ong\n#1\tAnnotatorNotes T1\tthe envoy\nT2\tlocation 34 38\tOslo\n`,
    );
  });

  it('round-trips brat -> YAML -> brat without loss, including non-BMP text and multi-line spans', () => {
    const cp = (quote: string): number => [...TEXT.slice(0, TEXT.indexOf(quote))].length;
    const oslo = cp('Oslo.');
    const original =
      [
        `T3\tperson ${cp('Kim')} ${cp('Kim') + 11}\tKim Yo 𝔍ong`,
        `T7\tLOC ${oslo} ${oslo + 5};${oslo + 6} ${oslo + 9}\tOslo. The`,
        `T9\tcustom_tag ${cp('🇰🇷')} ${cp('🇰🇷') + 2}\t🇰🇷`,
        '#1\tAnnotatorNotes T3\tfirst note',
        '#2\tAnnotatorNotes T3\tsecond note',
        '#3\tAnnotatorNotes T9\tflag 😀',
      ].join('\n') + '\n';
    const imported = importBrat(TEXT, original, { now: new Date(0) });
    assert.deepStrictEqual(imported.warnings, []);
    assert.deepStrictEqual(
      imported.annotations.map(a => a.quote),
      ['Kim Yo 𝔍ong', 'Oslo.\nThe', '🇰🇷'],
    );
    const exported = exportBrat(TEXT, viaSidecar(imported.annotations));
    const withoutNoteIds = (s: string): string[] => sortLines(s.replace(/^#\d+\t/gm, '#\t'));
    assert.deepStrictEqual(withoutNoteIds(exported), withoutNoteIds(original));
  });

  it('reports and skips what it cannot import', () => {
    const ann = [
      'T1\tperson 0 1\tnot the text',
      'R1\tWorks Arg1:T1 Arg2:T2',
      'T2\tperson 3 6;10 12\tMr. Yo',
      'T3\tperson 5 999\tx',
      '#1\tAnnotatorNotes T8\tlost',
    ].join('\n');
    const { annotations, warnings } = importBrat(TEXT, ann);
    assert.strictEqual(annotations.length, 0);
    assert.deepStrictEqual(
      warnings.map(w => w.line),
      [0, 1, 2, 3, 4],
    );
  });
});

describe('CoNLL IOB export', () => {
  it('writes one token per line with B-/I- labels and blank lines between sentences', () => {
    const out = exportConll(TEXT, [
      at('Kim Yo 𝔍ong', 'person'),
      at('Ana Díaz', 'person'),
      at('Oslo', 'location'),
      at('Friday', 'custom date'),
    ]);
    const sentences = out.split('\n\n').filter(Boolean);
    assert.strictEqual(sentences.length, 2);
    // The recogniser's tokenizer: "Mr." keeps its full stop and does not end the sentence.
    assert.ok(
      out.startsWith('😀 O\nMr. O\nKim B-person\nYo I-person\n𝔍ong I-person\nmet O\nAna B-person\nDíaz I-person\n'),
    );
    assert.ok(out.includes('\nOslo B-location\n. O\n\nThe O\n'));
    assert.ok(out.includes('\nFriday B-custom_date\n. O\n'));
  });

  it('starts a new chunk for adjacent annotations with the same label', () => {
    const text = 'Kim Moon';
    const out = exportConll(text, [createAnnotation(text, 0, 3, 'person'), createAnnotation(text, 4, 8, 'person')]);
    assert.strictEqual(out, 'Kim B-person\nMoon B-person\n\n');
  });

  it('labels each token as a scan of every annotation would, however annotations overlap or nest', () => {
    const text = 'Ana Díaz met Kim Moon in Oslo. The Oslo talks, said Dr. Moon, ended.\nNext day: Bergen.';
    fc.assert(
      fc.property(
        fc.array(
          fc
            .tuple(
              fc.nat(text.length - 1),
              fc.integer({ min: 1, max: 12 }),
              fc.constantFrom('person', 'place', 'other thing'),
              fc.boolean(),
            )
            .map(([start, length, label, orphaned]) => ({
              ...createAnnotation(text, start, Math.min(text.length, start + length), label),
              orphaned: orphaned || undefined,
            })),
          { maxLength: 12 },
        ),
        annotations => {
          // Each token's label as the rule states it: the first annotation, by start then longest, over it.
          const items = annotations.filter(a => !a.orphaned).sort((a, b) => a.start - b.start || b.end - a.end);
          const expected: string[] = [];
          let previous: Annotation | undefined;
          for (const sentence of splitSentences(text, tokenize(text))) {
            for (const token of sentence) {
              const a = items.find(x => x.start < token.end && token.start < x.end);
              expected.push(
                `${token.text} ${a ? `${a === previous ? 'I' : 'B'}-${a.label.replace(/\s+/g, '_')}` : 'O'}\n`,
              );
              previous = a;
            }
            expected.push('\n');
            previous = undefined;
          }
          assert.strictEqual(exportConll(text, annotations), expected.join(''));
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** The parts of an exported annotation collection this test reads. */
interface ExportedCollection {
  '@context': string;
  first: {
    items: {
      id: string;
      target: { selector: [{ exact: string }, { type: string; start: number; end: number }] };
      body: { purpose: string }[];
    }[];
  };
}

describe('W3C Web Annotation export', () => {
  it('has quote and code-point position selectors and the note as a comment', () => {
    const doc = exportWebAnnotations(TEXT, [at('Oslo', 'location', 'capital')], {
      source: 'story.md',
    }) as unknown as ExportedCollection;
    assert.strictEqual(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const item = doc.first.items[0];
    assert.deepStrictEqual(item.target.selector[1], { type: 'TextPositionSelector', start: 34, end: 38 });
    assert.strictEqual(item.target.selector[0].exact, 'Oslo');
    assert.strictEqual([...TEXT].slice(34, 38).join(''), 'Oslo');
    assert.deepStrictEqual(
      item.body.map(b => b.purpose),
      ['tagging', 'commenting'],
    );
    assert.match(item.id, /^urn:article-annotator:a-/);
  });
});

describe('CSV export', () => {
  it('quotes as RFC 4180 requires and defuses formulas', () => {
    assert.strictEqual(csvCell('a "b", c'), '"a ""b"", c"');
    assert.strictEqual(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.strictEqual(csvCell('+1'), "'+1");
    assert.strictEqual(csvCell('@SUM'), "'@SUM");
    assert.strictEqual(csvCell('-2'), "'-2");
    assert.strictEqual(csvCell('line\nbreak'), '"line\nbreak"');
    assert.strictEqual(csvCell(-3, false), '-3');
  });

  it('writes a header and one row per attached annotation', () => {
    const orphan = { ...at('Kim', 'person'), orphaned: true };
    const out = exportCsv(TEXT, [at('Oslo', 'location', '=cmd'), orphan]);
    const rows = out.split('\r\n');
    assert.strictEqual(rows[0], 'id,label,start,end,quote,prefix,suffix,note,author,created,updated,attributes');
    assert.ok(
      rows[1].includes(',location,34,38,Oslo,r. Kim Yo 𝔍ong met Ana Díaz in ,".\nThe talks 🇰🇷 ended on Friday",'),
      rows[1],
    );
    assert.ok(rows[1].endsWith(`,'=cmd,,2026-01-01T00:00:00Z,,`));
    assert.strictEqual(rows.length, 3);
  });
});
