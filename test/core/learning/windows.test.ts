import * as assert from 'assert';
import { contextWindows, teachingItems, TeachingSidecar, windowSentences } from '../../../src/core/learning';
import { TAGS } from '../../../src/core/ner/model';
import { createAnnotation, createCorrection } from '../../../src/core/sidecar/create';

/** Each token of the taught sentences as word/allowed tags ("*" where anything goes), "~" when not learned. */
function taught(sidecar: TeachingSidecar): string[] {
  return contextWindows(teachingItems(sidecar))
    .flatMap(windowSentences)
    .map(s =>
      s.words
        .map((w, i) => {
          const tags = TAGS.filter((_, t) => s.allowed[i] & (1 << t));
          return `${w}/${tags.length === TAGS.length ? '*' : tags.join('|')}${s.learnable[i] ? '' : '~'}`;
        })
        .join(' '),
    );
}

const span = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  assert.ok(start >= 0);
  return [start, start + quote.length] as const;
};

describe('learning windows from the stored context', () => {
  it('marks a name as B/I of its type and stops the next token from continuing it', () => {
    const text = 'Ferries to Ulvenstad Harbour ran late.';
    const sidecar = {
      article: 'a.md',
      annotations: [createAnnotation(text, ...span(text, 'Ulvenstad Harbour'), 'location')],
      corrections: [],
    };
    assert.deepStrictEqual(taught(sidecar), [
      'Ferries/* to/* Ulvenstad/B-LOC Harbour/I-LOC ran/O|B-PER|I-PER|B-ORG|I-ORG|B-LOC|B-MISC|I-MISC late/* ./*',
    ]);
  });

  it('"not an entity" and dates teach outside; items of one sentence are learned together', () => {
    const text = 'In May the Lantern group met Mira Solberg.';
    const sidecar = {
      article: 'a.md',
      annotations: [createAnnotation(text, ...span(text, 'May'), 'date')],
      corrections: [
        createCorrection(text, ...span(text, 'Lantern'), 'organisation', 'none'),
        createCorrection(text, ...span(text, 'Mira Solberg'), 'location', 'person'),
      ],
    };
    assert.deepStrictEqual(taught(sidecar), [
      'In/* May/O the/* Lantern/O group/* met/* Mira/B-PER Solberg/I-PER ./O|B-PER|B-ORG|I-ORG|B-LOC|I-LOC|B-MISC|I-MISC',
    ]);
  });

  it('keeps only the sentence of the item, without the cut-off words at the ends', () => {
    const text =
      'The storm passed overnight without damage. Officials in Varnholt counted the boats, then reopened all roads.';
    const sidecar = {
      article: 'a.md',
      annotations: [createAnnotation(text, ...span(text, 'Varnholt'), 'location')],
      corrections: [],
    };
    // The stored context runs from inside "overnight" to inside "reopened": the sentence before is left
    // out, the sentence's true start is learned, and the last two words before the cut are not.
    assert.deepStrictEqual(taught(sidecar), [
      'Officials/* in/* Varnholt/B-LOC counted/O|B-PER|I-PER|B-ORG|I-ORG|B-LOC|B-MISC|I-MISC the/* boats/* ,/*~ then/*~',
    ]);
    const long = 'The harbour master of the old northern port in Varnholt counted the boats.';
    const cut = taught({
      article: 'a.md',
      annotations: [createAnnotation(long, ...span(long, 'Varnholt'), 'location')],
      corrections: [],
    });
    assert.match(cut[0], /^of\/\*~ the\/\*~ old\/\* northern\/\* port\/\* in\/\* Varnholt\/B-LOC/);
  });

  it('leaves out items that cut a token or reach into the next sentence', () => {
    const text = 'Hargreave’s opened a branch. It closed.';
    const sidecar = {
      article: 'a.md',
      annotations: [
        createAnnotation(text, 0, 5, 'organisation'),
        createAnnotation(text, ...span(text, 'branch. It'), 'organisation'),
      ],
      corrections: [],
    };
    assert.deepStrictEqual(taught(sidecar), []);
  });

  it('joins contexts that agree into one window and keeps apart those that do not', () => {
    const text = 'Mira Solberg and Ivo Brandt met in Ulvenstad.';
    const a = createAnnotation(text, ...span(text, 'Mira Solberg'), 'person');
    const b = createAnnotation(text, ...span(text, 'Ulvenstad'), 'location');
    assert.strictEqual(
      contextWindows(teachingItems({ article: 'a.md', annotations: [a, b], corrections: [] })).length,
      1,
    );
    // The article changed under one of them: its stored context no longer agrees.
    const stale = { ...b, prefix: b.prefix.replace('met', 'sat') };
    assert.strictEqual(
      contextWindows(teachingItems({ article: 'a.md', annotations: [a, stale], corrections: [] })).length,
      2,
    );
  });
});
