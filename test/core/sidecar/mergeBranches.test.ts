import * as assert from 'assert';
import { placeMerged, reanchorSidecar } from '../../../src/core/anchor';
import { Annotation, SidecarData, createAnnotation, mergeBranches, textHash } from '../../../src/core/sidecar';

// Invented article, in three versions: the common ancestor, and each branch's edit.
const BASE = 'Mina Park runs the Coastal Ferry Line.\nShe met Tom Reyes in Busan.\n';
const OURS = 'Update: talks resumed.\n' + BASE;
const THEIRS = BASE.replace('She met Tom Reyes in Busan.', 'She met Tom Reyes and Ivo Petrov in Busan.');
const MERGED = 'Update: talks resumed.\n' + THEIRS;
/** Each branch's article, as the merge driver gets them from git. */
const SOURCES = { ours: OURS, theirs: THEIRS };

function at(text: string, quote: string, label: string, id: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  return {
    ...createAnnotation(text, start, start + quote.length, label, { now: new Date('2026-01-01T00:00:00Z') }),
    id,
    ...extra,
  };
}

function sidecar(text: string, annotations: Annotation[], more: Partial<SidecarData> = {}): SidecarData {
  return { version: 1, article: 'story.md', textHash: textHash(text), annotations, corrections: [], ...more };
}

/** A branch's sidecar: the base's items re-anchored to the branch's article, as the editor leaves them. */
function branch(text: string, base: SidecarData, change: (data: SidecarData) => void): SidecarData {
  const data = structuredClone(reanchorSidecar(base, text).data);
  change(data);
  return data;
}

describe('merging two branches of a sidecar', () => {
  const base = sidecar(BASE, [at(BASE, 'Mina Park', 'person', 'a-mina'), at(BASE, 'Busan', 'location', 'a-busan')]);

  it("keeps both branches' additions and places every item on the merged article", () => {
    const ours = branch(OURS, base, d => d.annotations.push(at(OURS, 'Coastal Ferry Line', 'organisation', 'a-line')));
    const theirs = branch(THEIRS, base, d => {
      d.annotations.push(at(THEIRS, 'Ivo Petrov', 'person', 'a-ivo'));
      d.relations = [{ id: 'r-1', type: 'meets', from: 'a-mina', to: 'a-ivo' }];
    });
    const merge = mergeBranches(base, ours, theirs);
    assert.deepStrictEqual(merge.reports, []);
    const { data, orphaned } = placeMerged(merge, { ours: ours.textHash, theirs: theirs.textHash }, MERGED, SOURCES);
    assert.strictEqual(orphaned, 0);
    assert.strictEqual(data.textHash, textHash(MERGED));
    assert.deepStrictEqual(data.annotations.map(a => a.id).sort(), ['a-busan', 'a-ivo', 'a-line', 'a-mina']);
    for (const a of data.annotations) assert.strictEqual(MERGED.slice(a.start, a.end), a.quote, a.id);
    assert.deepStrictEqual(data.relations, [{ id: 'r-1', type: 'meets', from: 'a-mina', to: 'a-ivo' }]);
  });

  it('takes the later of two changes to the same item and says so; a move alone is no change', () => {
    const ours = branch(OURS, base, d => {
      Object.assign(d.annotations[0], { note: 'ours', updated: '2026-02-01T00:00:00Z' });
    });
    const theirs = branch(THEIRS, base, d => {
      Object.assign(d.annotations[0], { note: 'theirs', updated: '2026-03-01T00:00:00Z' });
      Object.assign(d.annotations[1], { label: 'place', updated: '2026-01-05T00:00:00Z' });
    });
    const merge = mergeBranches(base, ours, theirs);
    const byId = new Map(merge.data.annotations.map(a => [a.id, a]));
    assert.strictEqual(byId.get('a-mina')!.note, 'theirs');
    // "Busan" moved on our branch (the article grew) but only theirs changed it: theirs, no report.
    assert.strictEqual(byId.get('a-busan')!.label, 'place');
    assert.strictEqual(merge.origin.get('a-busan'), 'theirs');
    assert.deepStrictEqual(merge.reports, [
      'annotation a-mina ("Mina Park") was changed on both branches; theirs, changed later (2026-03-01T00:00:00Z), is kept.',
    ]);
  });

  it('respects a deletion the other branch did not touch, and keeps an item deleted on one side but changed on the other', () => {
    const ours = branch(OURS, base, d => {
      d.annotations = d.annotations.filter(a => a.id !== 'a-mina');
      d.annotations[0].note = 'checked';
    });
    const theirs = branch(THEIRS, base, d => {
      d.annotations = d.annotations.filter(a => a.id !== 'a-busan');
    });
    const merge = mergeBranches(base, ours, theirs);
    assert.deepStrictEqual(
      merge.data.annotations.map(a => [a.id, a.note]),
      [['a-busan', 'checked']],
    );
    assert.deepStrictEqual(merge.reports, [
      'annotation a-busan was deleted on one branch but changed on the other; the changed one is kept.',
    ]);
  });

  it('keeps two different items added under one id, renaming theirs and its relations', () => {
    const ours = branch(OURS, base, d => d.annotations.push(at(OURS, 'Tom Reyes', 'person', 'a-new')));
    const theirs = branch(THEIRS, base, d => {
      d.annotations.push(at(THEIRS, 'Ivo Petrov', 'person', 'a-new'));
      d.relations = [{ id: 'r-t', type: 'meets', from: 'a-mina', to: 'a-new' }];
    });
    const merge = mergeBranches(base, ours, theirs);
    const renamed = merge.data.annotations.find(a => a.quote === 'Ivo Petrov')!;
    assert.notStrictEqual(renamed.id, 'a-new');
    assert.ok(renamed.id.startsWith('a-'));
    assert.deepStrictEqual(merge.data.relations, [{ id: 'r-t', type: 'meets', from: 'a-mina', to: renamed.id }]);
    assert.strictEqual(merge.reports.length, 1);
    const { data } = placeMerged(merge, { ours: ours.textHash, theirs: theirs.textHash }, MERGED, SOURCES);
    for (const a of data.annotations) assert.strictEqual(MERGED.slice(a.start, a.end), a.quote);
  });

  it('merges top-level values key by key, and orphans what the merged article no longer holds', () => {
    const ours = branch(OURS, base, d => {
      d.date = '2026-05-01';
    });
    const theirs = branch(THEIRS, base, d => {
      d.extra = { reviewed: true };
    });
    const merge = mergeBranches(base, ours, theirs);
    assert.strictEqual(merge.data.date, '2026-05-01');
    assert.deepStrictEqual(merge.data.extra, { reviewed: true });
    const { data, orphaned } = placeMerged(
      merge,
      { ours: ours.textHash, theirs: theirs.textHash },
      MERGED.replace('Busan', 'Seoul'),
      SOURCES,
    );
    assert.strictEqual(orphaned, 1);
    assert.strictEqual(data.annotations.find(a => a.id === 'a-busan')!.orphaned, true);
  });

  it("without the branches' articles, places items by quote and context alone: one whose context the other branch rewrote is orphaned, not guessed", () => {
    const ours = branch(OURS, base, () => undefined);
    const theirs = branch(THEIRS, base, () => undefined);
    const merge = mergeBranches(base, ours, theirs);
    const hashes = { ours: ours.textHash, theirs: theirs.textHash };
    const alone = placeMerged(merge, hashes, MERGED).data;
    // "Busan" came from our branch, where "Tom Reyes in " stood before it; the merged article has "Petrov in ".
    assert.strictEqual(alone.annotations.find(a => a.id === 'a-busan')!.orphaned, true);
    const withSources = placeMerged(merge, hashes, MERGED, SOURCES).data;
    const busan = withSources.annotations.find(a => a.id === 'a-busan')!;
    assert.strictEqual(busan.orphaned, undefined);
    assert.strictEqual(MERGED.slice(busan.start, busan.end), 'Busan');
    assert.strictEqual(busan.prefix, MERGED.slice(busan.start - busan.prefix!.length, busan.start));
  });
});
