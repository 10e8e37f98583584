// The folder `npm start` opens: a copy of samples/ in scratch/, which git ignores, so that trying the
// extension (annotating, editing, writing sidecars) never changes a tracked file.
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './test-host/paths.mjs';

export const SAMPLE_ARTICLE = 'harbour-council.md';

/**
 * Copies every sample not yet in `scratch`; what is already there, changed or not, is kept, so earlier
 * experiments survive the next start. Returns the path of the sample article, to open in the editor.
 */
export function prepareScratch(samples = path.join(repoRoot, 'samples'), scratch = path.join(repoRoot, 'scratch')) {
  mkdirSync(scratch, { recursive: true });
  for (const entry of readdirSync(samples, { withFileTypes: true })) {
    const target = path.join(scratch, entry.name);
    if (entry.isFile() && !existsSync(target))
      copyFileSync(path.join(samples, entry.name), target, constants.COPYFILE_EXCL);
  }
  return path.join(scratch, SAMPLE_ARTICLE);
}
