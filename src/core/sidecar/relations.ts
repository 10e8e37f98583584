import { Annotation, Relation, SidecarData } from './types';

/** Why a relation cannot be shown between two placed annotations. */
type RelationProblem = 'missing' | 'orphaned';

/** A relation with its two ends as they stand in the sidecar. */
interface ResolvedRelation {
  relation: Relation;
  from?: Annotation;
  to?: Annotation;
  /** Set when an end is not in the file (deleted, or never there) or is orphaned. */
  problem?: RelationProblem;
}

/** Every relation of the sidecar with its ends; none is left out, whatever the state of its ends. */
export function resolveRelations(data: Pick<SidecarData, 'annotations' | 'relations'>): ResolvedRelation[] {
  const byId = new Map(data.annotations.map(a => [a.id, a]));
  return (data.relations ?? []).map(relation => {
    const from = byId.get(relation.from);
    const to = byId.get(relation.to);
    const problem: RelationProblem | undefined =
      !from || !to ? 'missing' : from.orphaned || to.orphaned ? 'orphaned' : undefined;
    return { relation, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(problem ? { problem } : {}) };
  });
}

/** The relations that use an annotation, at either end. */
export function relationsUsing(data: Pick<SidecarData, 'relations'>, annotationId: string): Relation[] {
  return (data.relations ?? []).filter(r => r.from === annotationId || r.to === annotationId);
}

/**
 * Whether the sidecar already relates the two annotations with this type (for a symmetric type, in
 * either direction).
 */
export function hasRelation(
  data: Pick<SidecarData, 'relations'>,
  type: string,
  from: string,
  to: string,
  symmetric: boolean,
): boolean {
  return (data.relations ?? []).some(
    r => r.type === type && ((r.from === from && r.to === to) || (symmetric && r.from === to && r.to === from)),
  );
}
