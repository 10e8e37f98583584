import { MisplacedItemsError, checkAnchors } from '../anchor/invariant';
import { ParseResult, parseSidecar } from '../sidecar/parse';
import { serializeSidecar } from '../sidecar/serialize';
import { SidecarData } from '../sidecar/types';
import { FileAccess } from './access';
import { restoreInterruptedWrites } from './interruptedWrites';
import { readRegularFile } from './regularFile';
import { LockOptions, withLock } from './lock';
import { isTemporaryOf, temporaryName } from './names';
import { DecodedText, decodeArticle, encodeText, maxArticleBytes } from './text';
import { SidecarFile, TextFile, megabytes, readTextFile } from './textFile';

/** Sidecars above this size are neither read nor written: a legitimate one with 10,000 notes is a few MB. */
const MAX_SIDECAR_BYTES = 20 * 1024 * 1024;

const ARTICLE_TOO_LARGE = 'larger than articleAnnotator.maxArticleSize';

/** The sidecar as it is at the moment of a write, under its lock. */
export interface CurrentSidecar {
  /** The file's text (without a byte order mark), undefined when there is no file. */
  readonly text: string | undefined;
  /** What the file holds, read on the first call; throws `UnusableSidecar` when it cannot be used safely. */
  data(): SidecarData | undefined;
}

/** The sidecar on disk cannot be read or rewritten safely (malformed, too large, not UTF-8, not a file). */
class UnusableSidecar extends Error {}

type UpdateResult = { notices: string[] } & (
  | { status: 'written'; text: string; data?: SidecarData; created: boolean }
  | { status: 'unchanged' }
  /** `reason`: the file's name and what is wrong, for a sentence that says nothing was written. */
  | { status: 'refused'; reason: string }
);

interface AnnotationFilesOptions {
  maxSidecarBytes?: number;
  lock?: LockOptions;
  /**
   * Lists each folder once for temporary files left by interrupted writes, for a run over many articles
   * in few folders (a batch); otherwise every write looks again.
   */
  listFoldersOnce?: boolean;
}

/** Writes to a file made in this process wait for each other here, before they wait for the lock. */
const queuesOf = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * The one article and sidecar flow of the editor and the command line: reading an article as an editor
 * presents it, reading a sidecar safely (its type and size checked before it is opened, strict UTF-8),
 * and replacing it so that nothing another writer wrote in the meantime is lost: under a lock, the file
 * is read again just before it is replaced and the change is made to what it holds then. Temporary
 * files left by an interrupted write are restored or cleaned away first.
 */
export class AnnotationFiles<Ref> {
  private readonly queues: Map<string, Promise<unknown>>;
  private readonly listings = new Map<string, Promise<string[]>>();
  readonly maxSidecarBytes: number;

  constructor(
    readonly files: FileAccess<Ref>,
    private readonly options: AnnotationFilesOptions = {},
  ) {
    this.maxSidecarBytes = options.maxSidecarBytes ?? MAX_SIDECAR_BYTES;
    let queues = queuesOf.get(files);
    if (!queues) queuesOf.set(files, (queues = new Map()));
    this.queues = queues;
  }

  /**
   * An article's text as an editor presents it, or why it cannot be used. Its type is checked before it
   * is opened; `maxChars` (UTF-16 units) is checked against its size before it is read, when it can be.
   * One deleted between the check and the read cannot be found, as if it had gone before the check.
   * `tooLarge` is the problem given above `maxChars`: which limit it is. `missing` tells a file that is
   * not there from one that cannot be used.
   */
  async readArticle(
    ref: Ref,
    maxChars = Infinity,
    tooLarge = ARTICLE_TOO_LARGE,
  ): Promise<DecodedText | { problem: string; missing?: true }> {
    const file = await readRegularFile(this.files, ref, maxArticleBytes(maxChars));
    if (file.state === 'missing') return { problem: 'cannot be found', missing: true };
    if (file.state === 'not a file') return { problem: file.problem };
    if (file.state === 'too large') return { problem: tooLarge };
    const decoded = decodeArticle(file.bytes);
    if (!decoded) return { problem: 'looks like a binary file' };
    if (decoded.text.length > maxChars) return { problem: tooLarge };
    return decoded;
  }

  /** A text file of at most `maxBytes`, strictly UTF-8; its type and size are checked before it is opened. */
  readText(ref: Ref, maxBytes = this.maxSidecarBytes): Promise<TextFile> {
    return readTextFile(this.files, ref, maxBytes);
  }

  /** A sidecar as it is on disk, without touching anything. */
  async readSidecar(ref: Ref): Promise<SidecarFile> {
    const file = await this.readText(ref);
    return file.state === 'read' ? { ...file, parsed: parseSidecar(file.text) } : file;
  }

  /**
   * A sidecar for an article being opened: first, when `recover` allows writing, temporary files an
   * interrupted write left beside it are restored or cleaned away (the notices say what was done).
   */
  async openSidecar(ref: Ref, recover = true): Promise<{ file: SidecarFile; notices: string[] }> {
    let notices: string[] = [];
    if (recover && (await this.leftovers(ref)).length > 0)
      notices = await this.queued(ref, () => withLock(this.files, ref, () => this.recover(ref), this.options.lock));
    return { file: await this.readSidecar(ref), notices };
  }

  /**
   * Replaces the sidecar with what `change` makes of it as it is now. Under the sidecar's lock (and after
   * writes queued in this process), the file is read again just before the replacement, so `change` always
   * works on the latest version; returning undefined writes nothing. Refused, with the reason, when the file
   * on disk cannot be used safely or the result would be larger than the reader accepts. Also refused when
   * an item that is not orphaned would not sit exactly on its quote in `articleText`, the article the file
   * refers to: that would be a bug, and the file is better left as it was than made to point at other words.
   */
  update(
    ref: Ref,
    articleText: string,
    change: (current: CurrentSidecar) => SidecarData | undefined,
  ): Promise<UpdateResult> {
    return this.transact(ref, current => {
      let parsed: SidecarData | undefined;
      const view: CurrentSidecar = {
        text: current.state === 'read' ? current.text : undefined,
        data: () => (parsed ??= usableData(current, this.files.name(ref))),
      };
      const next = change(view);
      if (next) checkAnchors(next, articleText);
      return next && { text: serializeSidecar(next, view.text), data: next };
    });
  }

  /** `update` for any text file of at most `maxBytes` (the registry): `change` gets its text now and returns the new text. */
  updateText(
    ref: Ref,
    maxBytes: number,
    change: (current: string | undefined) => string | undefined,
  ): Promise<UpdateResult> {
    return this.transact(
      ref,
      current => {
        const text = change(current.state === 'read' ? current.text : undefined);
        return text === undefined ? undefined : { text, data: undefined };
      },
      maxBytes,
    );
  }

  /** Resolves once the writes to `ref` queued in this process are done. */
  async idle(ref: Ref): Promise<void> {
    await this.queues.get(this.files.key(ref))?.catch(() => undefined);
  }

  private transact(
    ref: Ref,
    produce: (current: Exclude<TextFile, { state: 'unreadable' }>) => { text: string; data?: SidecarData } | undefined,
    maxBytes = this.maxSidecarBytes,
  ): Promise<UpdateResult> {
    return this.queued(ref, () =>
      withLock(
        this.files,
        ref,
        async (): Promise<UpdateResult> => {
          const notices = await this.recover(ref);
          const current = await this.readText(ref, maxBytes);
          if (current.state === 'unreadable')
            return { status: 'refused', reason: `${this.files.name(ref)} ${current.problem}`, notices };
          let next;
          try {
            next = produce(current);
          } catch (error) {
            if (error instanceof UnusableSidecar) return { status: 'refused', reason: error.message, notices };
            if (error instanceof MisplacedItemsError)
              return { status: 'refused', reason: `${this.files.name(ref)} ${error.message}`, notices };
            throw error;
          }
          if (!next) return { status: 'unchanged', notices };
          const bytes = encodeText(next.text, current.state === 'read' && current.bom);
          if (bytes.length > maxBytes)
            return {
              status: 'refused',
              reason: `${this.files.name(ref)} would be ${megabytes(bytes.length)} MB, above the ${megabytes(maxBytes)} MB limit of what is read back`,
              notices,
            };
          await this.replace(ref, bytes);
          return {
            status: 'written',
            text: next.text,
            data: next.data,
            created: current.state === 'missing',
            notices,
          };
        },
        this.options.lock,
      ),
    );
  }

  /** Writes a temporary file beside `ref`, then renames it over `ref`: readers never see half a file. */
  private async replace(ref: Ref, bytes: Uint8Array): Promise<void> {
    const temp = this.files.sibling(ref, temporaryName(this.files.name(ref)));
    await this.files.write(temp, bytes);
    try {
      await this.files.rename(temp, ref);
    } catch (error) {
      await this.files.delete(temp).catch(() => undefined);
      throw error;
    }
  }

  private queued<T>(ref: Ref, work: () => Promise<T>): Promise<T> {
    const key = this.files.key(ref);
    const next = (this.queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(work);
    this.queues.set(key, next);
    void next
      .finally(() => {
        if (this.queues.get(key) === next) this.queues.delete(key);
      })
      .catch(() => undefined);
    return next;
  }

  /** Names of temporary files beside `ref` that writes of it may have left. */
  private async leftovers(ref: Ref): Promise<string[]> {
    const name = this.files.name(ref);
    const list = () => this.files.siblings(ref).catch(() => [] as string[]);
    let names: Promise<string[]>;
    if (this.options.listFoldersOnce) {
      const folder = this.files.key(this.files.sibling(ref, ''));
      names = this.listings.get(folder) ?? list();
      this.listings.set(folder, names);
    } else names = list();
    return (await names).filter(entry => isTemporaryOf(entry, name));
  }

  /** Restores or cleans away what interrupted writes of `ref` left (see `restoreInterruptedWrites`). */
  private async recover(ref: Ref): Promise<string[]> {
    const names = await this.leftovers(ref);
    if (names.length === 0) return [];
    const notices = await restoreInterruptedWrites(this.files, ref, names, leftover => this.readSidecar(leftover));
    this.listings.clear();
    return notices;
  }
}

/** The data of a sidecar that can be rewritten safely; throws UnusableSidecar with the first problem otherwise. */
function usableData(file: Exclude<TextFile, { state: 'unreadable' }>, name: string): SidecarData | undefined {
  if (file.state === 'missing') return undefined;
  const parsed = parseSidecar(file.text);
  if (parsed.data && !parsed.readOnly) return parsed.data;
  throw new UnusableSidecar(`${name} has problems (${firstProblem(parsed)})`);
}

/** The first problem of a parsed sidecar, with its line: `line 3: "end" must be ...`. */
export function firstProblem(parsed: ParseResult): string {
  const first = parsed.diagnostics.find(d => d.severity === 'error') ?? parsed.diagnostics[0];
  return first ? `line ${first.line + 1}: ${first.message}` : 'the file could not be read';
}
