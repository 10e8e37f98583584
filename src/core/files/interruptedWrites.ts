import { sameCanonical } from '../sidecar/canonical';
import { SidecarData } from '../sidecar/types';
import { FileAccess, FileStat } from './access';
import { SidecarFile } from './textFile';

/**
 * What to do with the temporary files `names` beside `ref`, left by writes of it, called under its lock:
 * there no writer is between writing its temporary file and renaming it, so each was left by a write that
 * stopped there. The newest one, when it is newer than the sidecar (or the sidecar is missing) and reads
 * as a valid sidecar, is the write that was cut short: it is put in place. Older ones holding nothing
 * the sidecar lacks are deleted. Anything else is left as it is, and said: the notices returned.
 */
export async function restoreInterruptedWrites<Ref>(
  files: FileAccess<Ref>,
  ref: Ref,
  names: string[],
  readSidecar: (ref: Ref) => Promise<SidecarFile>,
): Promise<string[]> {
  const name = files.name(ref);
  const found: { ref: Ref; name: string; stat: FileStat }[] = [];
  for (const entry of names) {
    const leftover = files.sibling(ref, entry);
    const stat = await files.stat(leftover);
    if (stat?.kind === 'file') found.push({ ref: leftover, name: entry, stat });
  }
  found.sort((a, b) => b.stat.mtime - a.stat.mtime);
  const target = await files.stat(ref);
  const notices: string[] = [];
  let current: SidecarData | undefined;
  for (const [i, leftover] of found.entries()) {
    const read = await readSidecar(leftover.ref);
    const data = read.state === 'read' && !read.parsed.readOnly ? read.parsed.data : undefined;
    if (i === 0 && (!target || leftover.stat.mtime >= target.mtime)) {
      if (data) {
        await files.rename(leftover.ref, ref);
        current = data;
        notices.push(`Restored ${name} (${data.annotations.length} annotations) from an interrupted save.`);
      } else
        notices.push(
          `${leftover.name} is left from an interrupted save of ${name} but cannot be read; it was left as it is.`,
        );
      continue;
    }
    current ??= await readSidecar(ref).then(f => (f.state === 'read' ? f.parsed.data : undefined));
    if (data && current && holdsNothingMore(data, current)) await files.delete(leftover.ref);
    else
      notices.push(
        `${leftover.name} is left from an interrupted save of ${name} and holds what ${name} does not; compare the two, then delete it.`,
      );
  }
  return notices;
}

/** Whether every item of `leftover` is in `sidecar` exactly as it is. */
function holdsNothingMore(leftover: SidecarData, sidecar: SidecarData): boolean {
  const items = (d: SidecarData) => [...d.annotations, ...d.corrections, ...(d.suggestions ?? [])];
  const byId = new Map(items(sidecar).map(i => [i.id, i]));
  return items(leftover).every(item => byId.has(item.id) && sameCanonical(item, byId.get(item.id)));
}
