import * as assert from 'assert';
import fc from 'fast-check';
import { composeHighlights } from '../../../src/core/highlights/highlights';
import { KnownNameMatcher, buildKnowledge, knowledgeForArticle, looksLikeName } from '../../../src/core/knowledge';
import { parseRegistry } from '../../../src/core/registry';
import { Span } from '../../../src/core/types';

const registry = parseRegistry(`entities:
  - name: Korean Central News Agency
    type: organisation
    aliases: [KCNA]
    description: State news agency.
  - name: Kim Jong Un
    type: person
    aliases: [Kim]
`).registry!.entities;

const at = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  return { start, end: start + quote.length };
};

describe('buildKnowledge', () => {
  it('learns labels and corrections from sidecars, most votes then most recent winning', () => {
    const knowledge = buildKnowledge(
      [],
      [
        {
          article: 'a.md',
          annotations: [{ label: 'organisation', quote: 'Rodong Sinmun', created: '2026-01-01' }],
          corrections: [],
        },
        {
          article: 'b.md',
          annotations: [{ label: 'other', quote: 'Rodong Sinmun', created: '2026-02-01' }],
          corrections: [{ automatic: 'person', correct: 'none', quote: 'Hwasong', created: '2026-01-01' }],
        },
      ],
    );
    assert.strictEqual(knowledge.names.get('Rodong Sinmun')?.label, 'other');
    assert.deepStrictEqual(knowledge.names.get('Rodong Sinmun')?.articles, ['a.md', 'b.md']);
    assert.deepStrictEqual([...knowledge.rejected.get('Hwasong')!], ['person']);
  });

  it('does not learn from orphans, dates, or long passages', () => {
    const knowledge = buildKnowledge(
      [],
      [
        {
          article: 'a.md',
          annotations: [
            { label: 'claim', quote: 'The minister said the talks had failed completely and would not resume' },
            { label: 'date', quote: 'Monday' },
            { label: 'person', quote: 'Lost Name', orphaned: true },
          ],
          corrections: [],
        },
      ],
    );
    assert.strictEqual(knowledge.names.size, 0);
  });

  it('lets the registry override learned labels and rejections', () => {
    const knowledge = buildKnowledge(registry, [
      {
        article: 'a.md',
        annotations: [{ label: 'location', quote: 'KCNA' }],
        corrections: [{ automatic: 'person', correct: 'none', quote: 'Kim' }],
      },
    ]);
    assert.strictEqual(knowledge.names.get('KCNA')?.label, 'organisation');
    assert.strictEqual(knowledge.names.get('KCNA')?.source, 'registry');
    assert.strictEqual(knowledge.names.get('KCNA')?.entity, 'Korean Central News Agency');
    assert.strictEqual(knowledge.rejected.has('Kim'), false);
  });

  it('recognises name-like text', () => {
    assert.ok(looksLikeName('KCNA'));
    assert.ok(looksLikeName('G20'));
    assert.ok(!looksLikeName('the talks'));
    assert.ok(!looksLikeName('line one\nline two'));
    assert.ok(!looksLikeName('Port Selwyn\n\nHarbour Board'), 'two paragraphs');
    assert.ok(looksLikeName('Marit\nOyelaran'), 'a name wrapped over two lines');
  });

  it('learns a name labelled where the article wraps it, and finds it wrapped or not', () => {
    const knowledge = buildKnowledge(
      [],
      [
        {
          article: 'a.txt',
          annotations: [{ label: 'person', quote: 'Marit\nOyelaran', created: '2026-01-01' }],
          corrections: [{ automatic: 'person', correct: 'none', quote: 'Halvard\r\nStrait', created: '2026-01-01' }],
        },
      ],
    );
    assert.strictEqual(knowledge.names.get('Marit Oyelaran')?.label, 'person');
    assert.deepStrictEqual([...knowledge.rejected.get('Halvard Strait')!], ['person']);
    const wrapped =
      'The harbour board said on Monday that the new quay was opened by Marit\nOyelaran and her team after a year of work on the strait, and that\nit would stay open through the winter storms on the Halvard Strait.';
    for (const text of [wrapped, wrapped.replace(/\n/g, ' ')]) {
      const article = knowledgeForArticle(text, knowledge);
      assert.deepStrictEqual(
        article.mentions.map(m => text.slice(m.start, m.end).replace('\n', ' ')),
        ['Marit Oyelaran'],
      );
      assert.ok(article.rejects({ ...at(text, 'Halvard Strait'), type: 'PER' }));
    }
  });
});

describe('KnownNameMatcher', () => {
  const matcher = new KnownNameMatcher(buildKnowledge(registry, []));
  it('finds whole-word, exact-case, longest matches', () => {
    const text = 'KCNA said Kim Jong Un met Kimberly; kcna and KCNA’s report. Kim left.';
    const found = matcher.find(text).map(m => [text.slice(m.start, m.end), m.name.entity]);
    assert.deepStrictEqual(found, [
      ['KCNA', 'Korean Central News Agency'],
      ['Kim Jong Un', 'Kim Jong Un'],
      ['KCNA', 'Korean Central News Agency'],
      ['Kim', 'Kim Jong Un'],
    ]);
  });

  it('finds nothing when nothing is known', () => {
    assert.deepStrictEqual(new KnownNameMatcher(buildKnowledge([], [])).find('Anything at all'), []);
  });

  it('after any sequence of edits finds what a search of the whole text finds', () => {
    const piece = fc.constantFrom(
      'Kim',
      'Kim Jong Un',
      'KCNA',
      'Kimberly',
      ' ',
      ' ',
      '\n',
      '\n\n',
      'said',
      ',',
      'é',
      'Jong',
    );
    const textOf = fc.array(piece, { maxLength: 30 }).map(p => p.join(''));
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: textOf.map(t => t.slice(0, 12)) });
    fc.assert(
      fc.property(textOf, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const incremental = new KnownNameMatcher(buildKnowledge(registry, []));
        let text = start;
        incremental.find(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          const fresh = new KnownNameMatcher(buildKnowledge(registry, [])).find(text);
          assert.deepStrictEqual(
            incremental.find(text).map(m => [m.start, m.end, m.name.entity]),
            fresh.map(m => [m.start, m.end, m.name.entity]),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('composeHighlights with workspace knowledge', () => {
  const text = 'KCNA reported that Kim Yo Jong and Kim spoke. Hwasong was tested.';
  const spans: Span[] = [
    { ...at(text, 'KCNA'), type: 'LOC' },
    { ...at(text, 'Kim Yo Jong'), type: 'PER' },
    { ...at(text, 'Hwasong'), type: 'PER' },
  ];
  const knowledge = buildKnowledge(registry, [
    { article: 'a.md', annotations: [], corrections: [{ automatic: 'person', correct: 'none', quote: 'Hwasong' }] },
  ]);

  it('puts registry labels over the recogniser, keeps longer names, and drops rejected spans', () => {
    const result = composeHighlights(spans, [], [], () => true, knowledgeForArticle(text, knowledge));
    assert.deepStrictEqual(
      result.map(h => [text.slice(h.start, h.end), h.label, h.source]),
      [
        ['KCNA', 'organisation', 'registry'],
        ['Kim Yo Jong', 'person', 'automatic'],
        ['Kim', 'person', 'registry'],
      ],
    );
  });

  it('leaves out known names whose label a project does not list, and shows the recogniser there', () => {
    const result = composeHighlights(
      spans,
      [],
      [],
      () => true,
      knowledgeForArticle(text, knowledge),
      label => label === 'person',
    );
    assert.deepStrictEqual(
      result.map(h => [text.slice(h.start, h.end), h.label, h.source]),
      [
        ['KCNA', 'location', 'automatic'],
        ['Kim Yo Jong', 'person', 'automatic'],
        ['Kim', 'person', 'registry'],
      ],
    );
  });

  it("lets this article's own annotations and corrections win", () => {
    const kcna = at(text, 'KCNA');
    const result = composeHighlights(
      spans,
      [{ id: 'a1', label: 'other', ...kcna }],
      [],
      () => true,
      knowledgeForArticle(text, knowledge),
    );
    assert.deepStrictEqual(
      result.filter(h => h.start === kcna.start).map(h => [h.label, h.source]),
      [['other', 'annotation']],
    );
  });

  it('respects a correction made here on a registry name', () => {
    const kcna = at(text, 'KCNA');
    const wrong = composeHighlights(
      spans,
      [],
      [{ id: 'c1', automatic: 'organisation', correct: 'none', ...kcna }],
      () => true,
      knowledgeForArticle(text, knowledge),
    );
    assert.strictEqual(
      wrong.some(h => h.start === kcna.start),
      false,
    );
    const other = composeHighlights(
      spans,
      [],
      [{ id: 'c2', automatic: 'organisation', correct: 'other', ...kcna }],
      () => true,
      knowledgeForArticle(text, knowledge),
    );
    assert.deepStrictEqual(
      other.filter(h => h.start === kcna.start).map(h => [h.label, h.source]),
      [['other', 'correction']],
    );
  });
});
