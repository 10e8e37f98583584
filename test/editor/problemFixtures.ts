import { anchorAt, serializeSidecar, textHash } from '../../src/core/sidecar';

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** An invented article whose sidecar below was written for an older version of it. */
export const TEXT = 'Mayor Ingrid Solvang met Tomas Haraldsen in Valmore on Monday.\n\nThey spoke about the harbour.\n';

/** The ids of the problems `sidecarWithProblems` gives its article: an orphan and a relation. */
export const ORPHAN = 'a-place0000001';
export const RELATION = 'r-met00000001';

/** A sidecar written for an older text: one annotation is orphaned, and a relation lost an end. */
export function sidecarWithProblems(article: string): string {
  const older = TEXT.replace('Valmore', 'Zebraville');
  const at = (needle: string) => older.indexOf(needle);
  return serializeSidecar({
    version: 1,
    article: basename(article),
    textHash: textHash(older),
    annotations: [
      { id: ORPHAN, label: 'location', ...anchorAt(older, at('Zebraville'), at('Zebraville') + 10) },
      { id: 'a-mayor0000001', label: 'person', ...anchorAt(older, at('Ingrid'), at('Ingrid') + 14) },
    ],
    relations: [{ id: RELATION, type: 'met', from: 'a-mayor0000001', to: 'a-gone00000001' }],
    corrections: [],
  });
}
