import { sameCanonical } from '../sidecar/canonical';
import { createRelation, newId, sidecarTimestamp } from '../sidecar/create';
import { Annotation, Relation, SidecarData, allItemIds } from '../sidecar/types';
import { CompareInput, overlapPairs } from './measure';

/**
 * Where my annotations and another annotator's differ, for curation: each disagreement can be settled
 * by keeping mine, taking theirs, or keeping both. `key` is stable while both sides stay as they are.
 */
export type Disagreement =
  | { kind: 'label' | 'extent' | 'attributes'; key: string; mine: Annotation; theirs: Annotation }
  | { kind: 'onlyMine'; key: string; mine: Annotation }
  | { kind: 'onlyTheirs'; key: string; theirs: Annotation }
  /** A relation between two of my annotations that the other annotator has (or lacks) between theirs. */
  | {
      kind: 'relationOnlyMine' | 'relationOnlyTheirs';
      key: string;
      relation: Relation;
      from: Annotation;
      to: Annotation;
    };

export type Choice = 'mine' | 'theirs' | 'both';

const sameSpan = (x: Annotation, y: Annotation) => x.start === y.start && x.end === y.end;

/** One-to-one pairs of a and b for which `match` holds, in order; the rest of each side stays. */
function pairUp(
  a: Annotation[],
  b: Annotation[],
  match: (x: Annotation, y: Annotation) => boolean,
): { pairs: [Annotation, Annotation][]; restA: Annotation[]; restB: Annotation[] } {
  const restB = [...b];
  const pairs: [Annotation, Annotation][] = [];
  const restA: Annotation[] = [];
  for (const x of a) {
    const j = restB.findIndex(y => match(x, y));
    if (j < 0) restA.push(x);
    else pairs.push([x, restB.splice(j, 1)[0]]);
  }
  return { pairs, restA, restB };
}

/**
 * The disagreements between my placed annotations and theirs: the same span with another label, an
 * overlapping span, different attributes, annotations only one side has, and relations only one side
 * has between annotations both have.
 */
export function findDisagreements(
  mine: CompareInput,
  theirs: CompareInput,
  symmetric: (type: string) => boolean = () => false,
): Disagreement[] {
  const byPosition = (x: Annotation, y: Annotation) => x.start - y.start || x.end - y.end;
  const a = mine.annotations.filter(x => !x.orphaned).sort(byPosition);
  const b = theirs.annotations.filter(x => !x.orphaned).sort(byPosition);
  const result: Disagreement[] = [];
  const exact = pairUp(a, b, (x, y) => sameSpan(x, y) && x.label === y.label);
  for (const [m, t] of exact.pairs)
    if (!sameCanonical(m.attributes ?? {}, t.attributes ?? {}))
      result.push({ kind: 'attributes', key: `attributes:${m.id}:${t.id}`, mine: m, theirs: t });
  const relabelled = pairUp(exact.restA, exact.restB, sameSpan);
  for (const [m, t] of relabelled.pairs)
    result.push({ kind: 'label', key: `label:${m.id}:${t.id}`, mine: m, theirs: t });
  const overlapping = overlapPairs(relabelled.restA, relabelled.restB);
  for (const [m, t] of overlapping) result.push({ kind: 'extent', key: `extent:${m.id}:${t.id}`, mine: m, theirs: t });
  const paired = new Set(overlapping.flat());
  for (const m of relabelled.restA.filter(x => !paired.has(x)))
    result.push({ kind: 'onlyMine', key: `onlyMine:${m.id}`, mine: m });
  for (const t of relabelled.restB.filter(x => !paired.has(x)))
    result.push({ kind: 'onlyTheirs', key: `onlyTheirs:${t.id}`, theirs: t });
  result.push(...relationDisagreements(mine, theirs, [...exact.pairs, ...relabelled.pairs], symmetric));
  return result.sort((x, y) => start(x) - start(y));
}

function start(d: Disagreement): number {
  return 'mine' in d ? d.mine.start : 'theirs' in d ? d.theirs.start : d.from.start;
}

/** Relations compared between annotations on the same spans on both sides (`same`: mine, theirs). */
function relationDisagreements(
  mine: CompareInput,
  theirs: CompareInput,
  same: [Annotation, Annotation][],
  symmetric: (type: string) => boolean,
): Disagreement[] {
  const toMine = new Map(same.map(([m, t]) => [t.id, m]));
  const toTheirs = new Map(same.map(([m, t]) => [m.id, t]));
  const key = (type: string, from: string, to: string) =>
    symmetric(type) && to < from ? `${type}|${to}|${from}` : `${type}|${from}|${to}`;
  const mineKeys = new Set((mine.relations ?? []).map(r => key(r.type, r.from, r.to)));
  const theirKeys = new Set<string>();
  const result: Disagreement[] = [];
  for (const r of theirs.relations ?? []) {
    const [from, to] = [toMine.get(r.from), toMine.get(r.to)];
    if (!from || !to) continue;
    theirKeys.add(key(r.type, from.id, to.id));
    if (!mineKeys.has(key(r.type, from.id, to.id)))
      result.push({ kind: 'relationOnlyTheirs', key: `relationOnlyTheirs:${r.id}`, relation: r, from, to });
  }
  const mineById = new Map(mine.annotations.map(x => [x.id, x]));
  for (const r of mine.relations ?? []) {
    const [from, to] = [mineById.get(r.from), mineById.get(r.to)];
    if (!from || !to || !toTheirs.has(from.id) || !toTheirs.has(to.id)) continue;
    if (!theirKeys.has(key(r.type, r.from, r.to)))
      result.push({ kind: 'relationOnlyMine', key: `relationOnlyMine:${r.id}`, relation: r, from, to });
  }
  return result;
}

/** Their annotation as a new one of mine: a fresh id when theirs is taken, placed where it is now. */
function adopt(data: SidecarData, theirs: Annotation): Annotation {
  const taken = allItemIds(data);
  const copy: Annotation = structuredClone(theirs);
  delete copy.orphaned;
  if (taken.includes(copy.id)) copy.id = newId(taken);
  return copy;
}

/**
 * Settles one disagreement in my sidecar data, in place. Keeping mine changes nothing; taking theirs
 * makes mine what theirs is (keeping my annotation's id, so my relations stay attached); keeping both
 * adds theirs beside mine. Returns whether the data changed.
 */
export function settleDisagreement(
  data: SidecarData,
  d: Disagreement,
  choice: Choice,
  options: { author?: string; now?: Date } = {},
): boolean {
  if (choice === 'mine') return false;
  const now = sidecarTimestamp(options.now);
  const find = (id: string) => data.annotations.find(a => a.id === id);
  switch (d.kind) {
    case 'onlyTheirs':
      data.annotations.push(adopt(data, d.theirs));
      return true;
    case 'onlyMine':
      if (choice === 'both') return false;
      data.annotations = data.annotations.filter(a => a.id !== d.mine.id);
      data.relations = data.relations?.filter(r => r.from !== d.mine.id && r.to !== d.mine.id);
      return true;
    case 'relationOnlyTheirs': {
      const { type, note } = d.relation;
      const relation = createRelation(type, d.from.id, d.to.id, {
        note,
        author: options.author,
        now: options.now,
        takenIds: allItemIds(data),
      });
      (data.relations ??= []).push(relation);
      return true;
    }
    case 'relationOnlyMine':
      if (choice === 'both') return false;
      data.relations = data.relations?.filter(r => r.id !== d.relation.id);
      return true;
  }
  const target = find(d.mine.id);
  if (!target) return false;
  if (choice === 'both') {
    if (d.kind !== 'attributes') data.annotations.push(adopt(data, d.theirs));
    // Both annotators' attributes: mine where both set one.
    else target.attributes = { ...d.theirs.attributes, ...target.attributes };
  } else if (d.kind === 'attributes') {
    if (d.theirs.attributes) target.attributes = { ...d.theirs.attributes };
    else delete target.attributes;
  } else {
    const { quote, prefix, suffix, start: from, end, label } = d.theirs;
    Object.assign(target, { quote, prefix, suffix, start: from, end, label });
  }
  target.updated = now;
  return true;
}
