import * as assert from 'assert';
import { Annotation, mergeSidecars, SidecarData } from '../../../src/core/sidecar';
import { HASH } from './fixtures';

function ann(id: string, start: number, note?: string): Annotation {
  return {
    id,
    label: 'person',
    quote: 'Kim',
    prefix: '',
    suffix: '',
    start,
    end: start + 3,
    ...(note ? { note } : {}),
  };
}

function sidecar(annotations: Annotation[], date?: string): SidecarData {
  return { version: 1, article: 'story.md', textHash: HASH, annotations, corrections: [], ...(date ? { date } : {}) };
}

describe('mergeSidecars', () => {
  const base = sidecar([ann('a', 0), ann('b', 10), ann('c', 20)]);

  it("takes each side's independent changes, additions and deletions", () => {
    const mine = sidecar([ann('a', 0, 'mine'), ann('b', 10), ann('c', 20), ann('m', 30)]);
    const theirs = sidecar([ann('a', 0), ann('c', 20, 'theirs'), ann('t', 40)], '2025-10-12');
    const { data, conflicts } = mergeSidecars(base, mine, theirs);
    assert.deepStrictEqual(conflicts, []);
    assert.deepStrictEqual(
      data,
      sidecar([ann('a', 0, 'mine'), ann('c', 20, 'theirs'), ann('m', 30), ann('t', 40)], '2025-10-12'),
    );
  });

  it('keeps ours and reports a conflict when both sides changed an item', () => {
    const { data, conflicts } = mergeSidecars(
      base,
      sidecar([ann('a', 0, 'mine'), ann('b', 10), ann('c', 20)]),
      sidecar([ann('a', 0, 'theirs'), ann('b', 10), ann('c', 20)]),
    );
    assert.strictEqual(data.annotations[0].note, 'mine');
    assert.deepStrictEqual(
      conflicts.map(c => [c.kind, c.id]),
      [['annotation', 'a']],
    );
  });

  it('merges an item changed on both sides field by field, the position counting as one field', () => {
    const moved = { ...ann('a', 5, 'mine'), quote: 'Kim', extra: { checked: 'yes' } };
    const noted = { ...ann('a', 0, 'theirs'), label: 'organisation', extra: { source: 'wire' } };
    const { data, conflicts } = mergeSidecars(
      sidecar([{ ...ann('a', 0, 'base') }]),
      sidecar([moved]),
      sidecar([noted]),
    );
    assert.deepStrictEqual(data.annotations[0], {
      ...ann('a', 5, 'mine'),
      label: 'organisation',
      extra: { checked: 'yes', source: 'wire' },
    });
    assert.deepStrictEqual(
      conflicts.map(c => c.message),
      ['annotation a: note changed both here and on disk; this version is kept.'],
    );
  });

  it('never loses an item deleted on one side but changed on the other', () => {
    const mine = sidecar([ann('b', 10), ann('c', 20)]);
    const theirs = sidecar([ann('a', 0, 'edited on disk'), ann('b', 10)]);
    const c2 = sidecar([ann('a', 0), ann('b', 10), ann('c', 20, 'edited here')]);
    const first = mergeSidecars(base, mine, theirs);
    // a: deleted here but edited on disk, so kept; c: deleted on disk and untouched here, so deleted.
    assert.deepStrictEqual(
      first.data.annotations.map(a => a.id),
      ['a', 'b'],
    );
    assert.deepStrictEqual(first.data.annotations[0].note, 'edited on disk');
    assert.deepStrictEqual(
      first.conflicts.map(c => c.id),
      ['a'],
    );
    const second = mergeSidecars(base, c2, sidecar([ann('a', 0), ann('b', 10)]));
    assert.deepStrictEqual(
      second.data.annotations.map(a => a.id),
      ['a', 'b', 'c'],
    );
    assert.deepStrictEqual(
      second.conflicts.map(c => c.id),
      ['c'],
    );
  });

  it('keeps both items when the same new id was added on both sides', () => {
    const { data, conflicts } = mergeSidecars(
      base,
      sidecar([...base.annotations, ann('n', 50)]),
      sidecar([...base.annotations, ann('n', 60)]),
    );
    assert.strictEqual(data.annotations.length, 5);
    assert.deepStrictEqual(
      data.annotations.filter(a => a.id === 'n').map(a => a.start),
      [50],
    );
    assert.strictEqual(conflicts.length, 1);
    assert.strictEqual(new Set(data.annotations.map(a => a.id)).size, 5);
  });

  it('merges top-level fields three ways', () => {
    const { data, conflicts } = mergeSidecars(
      sidecar([], '2025-01-01'),
      sidecar([], '2025-02-02'),
      sidecar([], '2025-03-03'),
    );
    assert.strictEqual(data.date, '2025-02-02');
    assert.deepStrictEqual(
      conflicts.map(c => [c.kind, c.id]),
      [['field', 'date']],
    );
  });
});
