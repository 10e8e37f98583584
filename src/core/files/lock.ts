import { randomBase36 } from '../sidecar/create';
import { FileAccess } from './access';
import { lockName } from './names';

export interface LockOptions {
  /**
   * A lock file older than this was left by a program that stopped without removing it, and is taken
   * over. Writers hold the lock for one read, merge and rename: well under a second, a few seconds for
   * the largest sidecar the reader accepts.
   */
  staleMs?: number;
  /** How long to wait for other writers before giving up (nothing is written then). */
  timeoutMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const LOCK_STALE_MS = 30_000;
const LOCK_TIMEOUT_MS = 120_000;

/** Another writer kept the file locked for longer than the wait allows. */
export class LockTimeout extends Error {}

const defaultSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

/**
 * Runs `work` while holding the lock file of `target` (`.NAME.lock` beside it), so that writers of
 * this extension and its command line, in any process, read, merge and replace the file one at a time.
 * The lock is created in one step where the file system allows it (local files); elsewhere (the
 * browser, remote file systems) creating it is a check then a write, so two writers could still meet.
 */
export async function withLock<Ref, T>(
  files: FileAccess<Ref>,
  target: Ref,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const staleMs = options.staleMs ?? LOCK_STALE_MS;
  const lock = files.sibling(target, lockName(files.name(target)));
  const token = randomBase36(12);
  const body = new TextEncoder().encode(
    `article-annotator ${token}\nA program is writing ${files.name(target)}; delete this file only if none is running.\n`,
  );
  const deadline = now() + (options.timeoutMs ?? LOCK_TIMEOUT_MS);
  for (let wait = 4; !(await files.create(lock, body)); wait = Math.min(wait * 2, 100)) {
    const stat = await files.stat(lock);
    if (stat && now() - stat.mtime > staleMs) {
      await takeOver(files, lock, stat.mtime);
      continue;
    }
    if (now() > deadline)
      throw new LockTimeout(
        `${files.name(target)} has been locked by another writer for too long (${files.key(lock)}); nothing was written. Delete that file if no other program is writing.`,
      );
    // Some randomness, so that writers queueing together do not keep retrying in step.
    await sleep(wait + Math.floor(Math.random() * wait));
  }
  try {
    return await work();
  } finally {
    await release(files, lock, token);
  }
}

/**
 * Moves a stale lock aside, then deletes it. Two writers may find the same stale lock; the second one's
 * move can then catch the lock the first has just made, which it puts back when the lock is free.
 */
async function takeOver<Ref>(files: FileAccess<Ref>, lock: Ref, staleMtime: number): Promise<void> {
  const aside = files.sibling(lock, `${files.name(lock)}.${randomBase36(8)}.stale`);
  try {
    await files.rename(lock, aside);
  } catch {
    return; // someone else took it over first
  }
  const moved = await files.stat(aside);
  if (moved && moved.mtime !== staleMtime) await files.create(lock, await files.read(aside));
  await files.delete(aside);
}

/** Deletes the lock if it is still ours: one taken over as stale now belongs to another writer. */
async function release<Ref>(files: FileAccess<Ref>, lock: Ref, token: string): Promise<void> {
  const held = await files.read(lock).then(
    bytes => new TextDecoder().decode(bytes),
    () => '',
  );
  if (held.startsWith(`article-annotator ${token}\n`)) await files.delete(lock);
}
