import { randomBase36 } from '../sidecar/create';

/**
 * The temporary file a write of the file `name` goes through, beside it: `.NAME.RANDOM.tmp`. The editor
 * and the command line write and recognise the same names, so either restores what the other left.
 */
export function temporaryName(name: string): string {
  return `.${name}.${randomBase36(8)}.tmp`;
}

/** Whether `entry` is a temporary file `temporaryName(name)` could have made. */
export function isTemporaryOf(entry: string, name: string): boolean {
  const head = `.${name}.`;
  return (
    entry.startsWith(head) && entry.endsWith('.tmp') && /^[a-z0-9]{1,8}$/.test(entry.slice(head.length, -'.tmp'.length))
  );
}

/** The lock file writers of the file `name` hold while they read, merge and replace it. */
export function lockName(name: string): string {
  return `.${name}.lock`;
}
