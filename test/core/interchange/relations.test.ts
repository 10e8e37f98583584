import * as assert from 'assert';
import {
  addImported,
  exportAnnotations,
  exportBrat,
  exportRelationsCsv,
  exportWebAnnotations,
  importBrat,
  relationsFileName,
} from '../../../src/core/interchange';
import {
  Annotation,
  Relation,
  SidecarData,
  createAnnotation,
  parseSidecar,
  serializeSidecar,
  textHash,
} from '../../../src/core/sidecar';

// Invented text; the flag before the first name makes code points and UTF-16 units differ.
const TEXT = '🇳🇴 Ingrid Dahl of the Fjord Safety Board met Kaito Mori in Bergen.\n';
const NOW = new Date('2026-01-01T00:00:00Z');

function at(quote: string, label: string, id: string, extra: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  return { ...createAnnotation(TEXT, start, start + quote.length, label, { now: NOW }), id, ...extra };
}

const dahl = at('Ingrid Dahl', 'person', 'a-dahl', { attributes: { role: 'chair of board' } });
const board = at('Fjord Safety Board', 'organisation', 'a-board');
const mori = at('Kaito Mori', 'person', 'a-mori', { orphaned: true });
const relations: Relation[] = [
  {
    id: 'r-works',
    type: 'works for',
    from: 'a-dahl',
    to: 'a-board',
    note: 'since 2020',
    created: '2026-01-01T00:00:00Z',
  },
  { id: 'r-meets', type: 'meets', from: 'a-dahl', to: 'a-mori' },
];
const cp = (quote: string) => [...TEXT.slice(0, TEXT.indexOf(quote))].length;

describe('relations and attributes in interchange formats', () => {
  it('writes brat R lines between exported annotations and A lines for attributes, with notes', () => {
    const ann = exportBrat(TEXT, [dahl, board, mori], relations);
    assert.strictEqual(
      ann,
      [
        `T1\tperson ${cp('Ingrid')} ${cp('Ingrid') + 11}\tIngrid Dahl`,
        'A1\trole T1 chair_of_board',
        `T2\torganisation ${cp('Fjord')} ${cp('Fjord') + 18}\tFjord Safety Board`,
        // The relation to the orphaned annotation has no end to point at, and is left out.
        'R1\tworks_for Arg1:T1 Arg2:T2',
        '#1\tAnnotatorNotes R1\tsince 2020',
        '',
      ].join('\n'),
    );
  });

  it('imports R, A and relation notes from brat, binary attributes as "true", in any line order', () => {
    const ann = [
      'R4\tEmployment Arg1:T2 Arg2:T1',
      '#1\tAnnotatorNotes R4\tper the minutes',
      'A2\tNegated T2',
      'M3\tConfidence T1 high',
      `T1\tORG ${cp('Fjord')} ${cp('Fjord') + 18}\tFjord Safety Board`,
      `T2\tPER ${cp('Ingrid')} ${cp('Ingrid') + 11}\tIngrid Dahl`,
      'R5\tMeets Arg1:T2 Arg2:T9',
      '*\tEquiv T1 T2',
    ].join('\n');
    const { annotations, relations: imported, warnings } = importBrat(TEXT, ann, { now: NOW, author: 'desk' });
    const byQuote = (q: string) => annotations.find(a => a.quote === q)!;
    assert.deepStrictEqual(byQuote('Ingrid Dahl').attributes, { Negated: 'true' });
    assert.deepStrictEqual(byQuote('Fjord Safety Board').attributes, { Confidence: 'high' });
    assert.deepStrictEqual(
      imported.map(r => [r.type, r.from, r.to, r.note, r.author, r.extra]),
      [
        [
          'Employment',
          byQuote('Ingrid Dahl').id,
          byQuote('Fjord Safety Board').id,
          'per the minutes',
          'desk',
          { bratId: 'R4' },
        ],
      ],
    );
    assert.ok(imported[0].id.startsWith('r-'));
    assert.deepStrictEqual(
      warnings.map(w => [w.line, w.message.slice(0, 24)]),
      [
        [6, 'Skipped a line on T9, wh'],
        [7, 'Skipped: a kind of line '],
      ],
    );
  });

  it('round-trips brat -> sidecar -> brat, keeping the R ids it came with', () => {
    const original = [
      `T3\tperson ${cp('Ingrid')} ${cp('Ingrid') + 11}\tIngrid Dahl`,
      'A1\trole T3 chair',
      `T5\torganisation ${cp('Fjord')} ${cp('Fjord') + 18}\tFjord Safety Board`,
      'R7\tworks_for Arg1:T3 Arg2:T5',
      '',
    ].join('\n');
    const imported = importBrat(TEXT, original, { now: NOW });
    const data: SidecarData = {
      version: 1,
      article: 'story.md',
      textHash: textHash(TEXT),
      annotations: imported.annotations,
      relations: imported.relations,
      corrections: [],
    };
    const reread = parseSidecar(serializeSidecar(data)).data!;
    assert.strictEqual(exportBrat(TEXT, reread.annotations, reread.relations), original);
  });

  it('adds imported relations, joining an annotation already present instead of duplicating it', () => {
    const data: SidecarData = {
      version: 1,
      article: 'story.md',
      textHash: textHash(TEXT),
      annotations: [dahl],
      relations: [],
      corrections: [],
    };
    const newDahl = { ...dahl, id: 'a-new-dahl' };
    const newBoard = { ...board, id: 'a-new-board' };
    const relation = { id: 'r-new', type: 'works for', from: 'a-new-dahl', to: 'a-new-board' };
    const first = addImported(data, [newDahl, newBoard], [relation]);
    assert.strictEqual(first.added, 1);
    assert.strictEqual(first.addedRelations, 1);
    assert.deepStrictEqual(first.data.relations, [{ ...relation, from: 'a-dahl' }]);
    const again = addImported(first.data, [newDahl, newBoard], [relation]);
    assert.strictEqual(again.addedRelations, 0, 'the same relation is not added twice');
  });

  it('expresses a relation in JSON-LD as a linking annotation targeting its two ends', () => {
    const collection = exportWebAnnotations(TEXT, [dahl, board, mori], { source: 'story.md' }, relations);
    const items = (collection.first as { items: Record<string, unknown>[] }).items;
    assert.strictEqual(collection.total, 3, 'two placed annotations and one relation');
    assert.deepStrictEqual(items[2], {
      id: 'urn:article-annotator:r-works',
      type: 'Annotation',
      motivation: 'linking',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'works for' },
        { type: 'TextualBody', purpose: 'commenting', value: 'since 2020', format: 'text/plain' },
      ],
      target: ['urn:article-annotator:a-dahl', 'urn:article-annotator:a-board'],
      created: '2026-01-01T00:00:00Z',
    });
    assert.deepStrictEqual((items[0].body as unknown[])[1], {
      type: 'TextualBody',
      purpose: 'classifying',
      value: 'role: chair of board',
      format: 'text/plain',
    });
  });

  it('writes a CSV file of relations with both ends, and names it beside the annotations file', () => {
    const rows = exportRelationsCsv(TEXT, [dahl, board, mori], relations).split('\r\n');
    assert.deepStrictEqual(rows, [
      'id,type,from,to,from_label,from_quote,from_start,from_end,to_label,to_quote,to_start,to_end,note,author,created,updated',
      `r-works,works for,a-dahl,a-board,person,Ingrid Dahl,${cp('Ingrid')},${cp('Ingrid') + 11},organisation,Fjord Safety Board,${cp('Fjord')},${cp('Fjord') + 18},since 2020,,2026-01-01T00:00:00Z,`,
      '',
    ]);
    assert.strictEqual(
      exportAnnotations('csv-relations', TEXT, [dahl, board], 'story.md', relations),
      rows.join('\r\n'),
    );
    assert.strictEqual(relationsFileName('/x/story.md.csv'), '/x/story.md.relations.csv');
    assert.strictEqual(relationsFileName('/x/export'), '/x/export.relations.csv');
  });
});
