import * as assert from 'assert';
import {
  Annotation,
  SidecarData,
  createAnnotation,
  createRelation,
  hasRelation,
  mergeSidecars,
  parseSidecar,
  relationsUsing,
  resolveRelations,
  serializeSidecar,
} from '../../../src/core/sidecar';
import { ARTICLE, HASH } from './fixtures';

const NOW = new Date('2026-01-01T00:00:00Z');

function annotation(start: number, end: number, label: string, id: string): Annotation {
  return { ...createAnnotation(ARTICLE, start, end, label, { now: NOW }), id };
}

function sidecar(): SidecarData {
  return {
    version: 1,
    article: 'story.md',
    textHash: HASH,
    annotations: [
      { ...annotation(28, 40, 'person', 'a-choe'), attributes: { role: 'minister', certainty: 'confirmed' } },
      annotation(62, 71, 'location', 'a-vientiane'),
    ],
    relations: [{ ...createRelation('visits', 'a-choe', 'a-vientiane', { now: NOW }), id: 'r-1' }],
    corrections: [],
  };
}

describe('sidecar relations and attributes', () => {
  it('writes relations after the annotations and attributes as a mapping, and reads them back', () => {
    const text = serializeSidecar(sidecar());
    assert.match(
      text,
      /\n {4}attributes:\n {6}role: minister\n {6}certainty: confirmed\n {4}created: 2026-01-01T00:00:00Z\n/,
    );
    assert.ok(
      text.endsWith(
        [
          'relations:',
          '  - id: r-1',
          '    type: visits',
          '    from: a-choe',
          '    to: a-vientiane',
          '    created: 2026-01-01T00:00:00Z',
          '',
        ].join('\n'),
      ),
      text,
    );
    const parsed = parseSidecar(text);
    assert.deepStrictEqual(parsed.diagnostics, []);
    assert.deepStrictEqual(parsed.data, sidecar());
  });

  it('keeps comments and unknown keys when a relation is added or an attribute changed', () => {
    const original =
      '# desk file\n' + serializeSidecar(sidecar()).replace('    type: visits\n', '    type: visits\n    tool: brat\n');
    const data = parseSidecar(original).data!;
    assert.deepStrictEqual(data.relations![0].extra, { tool: 'brat' });
    data.relations!.push({ id: 'r-2', type: 'near', from: 'a-vientiane', to: 'a-choe' });
    data.annotations[0].attributes = { role: 'envoy', certainty: 'confirmed' };
    const updated = serializeSidecar(data, original);
    assert.ok(updated.startsWith('# desk file\n'));
    assert.match(updated, /role: envoy\n/);
    assert.match(updated, /\n {4}type: visits\n {4}tool: brat\n(?: {4}.*\n)+ {2}- id: r-2\n {4}type: near\n/);
    assert.deepStrictEqual(parseSidecar(updated).data, data);
  });

  it('writes no relations key for a file without relations, and keeps `relations: []` once it had some', () => {
    const data = sidecar();
    delete data.relations;
    delete data.annotations[0].attributes;
    const plain = serializeSidecar(data);
    assert.ok(!plain.includes('relations'));
    assert.ok(!plain.includes('attributes'));
    const withRelations = serializeSidecar(sidecar());
    const emptied = { ...parseSidecar(withRelations).data!, relations: [] };
    assert.match(serializeSidecar(emptied, withRelations), /\nrelations: \[\]\n/);
  });

  it('requires ids unique across annotations and relations, and every relation field', () => {
    const text = serializeSidecar(sidecar())
      .replace('  - id: r-1', '  - id: a-choe')
      .concat('  - id: r-2\n    type: near\n    from: a-choe\n');
    const parsed = parseSidecar(text);
    assert.strictEqual(parsed.readOnly, true);
    const lines = text.split('\n');
    assert.deepStrictEqual(
      parsed.diagnostics.map(d => [lines[d.line].trim(), d.message]),
      [
        ['- id: a-choe', 'Duplicate id "a-choe": ids must be unique within the file.'],
        ['- id: r-2', 'Missing "to".'],
      ],
    );
  });

  it('reports attributes that are not text at their line', () => {
    const text = serializeSidecar(sidecar()).replace('certainty: confirmed', 'certainty: 3');
    const parsed = parseSidecar(text);
    assert.strictEqual(parsed.readOnly, true);
    assert.strictEqual(parsed.diagnostics.length, 1);
    assert.match(parsed.diagnostics[0].message, /Attribute "certainty" must have a text value/);
    assert.strictEqual(text.split('\n')[parsed.diagnostics[0].line].trim(), 'certainty: 3');
  });

  it('keeps a relation whose end is gone, and says which ends are missing or orphaned', () => {
    const data = sidecar();
    data.relations!.push({ id: 'r-2', type: 'mentions', from: 'a-vientiane', to: 'a-deleted' });
    data.annotations[1].orphaned = true;
    const reread = parseSidecar(serializeSidecar(data));
    assert.deepStrictEqual(reread.diagnostics, []);
    assert.deepStrictEqual(
      resolveRelations(reread.data!).map(r => [r.relation.id, r.from?.id, r.to?.id, r.problem]),
      [
        ['r-1', 'a-choe', 'a-vientiane', 'orphaned'],
        ['r-2', 'a-vientiane', undefined, 'missing'],
      ],
    );
    assert.deepStrictEqual(
      relationsUsing(data, 'a-vientiane').map(r => r.id),
      ['r-1', 'r-2'],
    );
  });

  it('tells an existing relation, in either direction for a symmetric type', () => {
    const data = sidecar();
    assert.strictEqual(hasRelation(data, 'visits', 'a-choe', 'a-vientiane', false), true);
    assert.strictEqual(hasRelation(data, 'visits', 'a-vientiane', 'a-choe', false), false);
    assert.strictEqual(hasRelation(data, 'visits', 'a-vientiane', 'a-choe', true), true);
    assert.strictEqual(hasRelation(data, 'near', 'a-choe', 'a-vientiane', true), false);
  });

  it('merges relations added on disk with relations added in the editor', () => {
    const base = sidecar();
    const mine = structuredClone(base);
    mine.relations!.push({ id: 'r-mine', type: 'near', from: 'a-vientiane', to: 'a-choe' });
    const theirs = structuredClone(base);
    theirs.relations = [{ id: 'r-theirs', type: 'meets', from: 'a-choe', to: 'a-vientiane' }];
    const { data, conflicts } = mergeSidecars(base, mine, theirs);
    assert.deepStrictEqual(conflicts, []);
    // r-1 was deleted on disk and left unchanged here: the deletion stands.
    assert.deepStrictEqual(
      data.relations!.map(r => r.id),
      ['r-mine', 'r-theirs'],
    );
  });
});
