/**
 * Worker threads for the command line: the same tasks, run on every core, with results handed back in
 * input order. A worker thread loads this same file (the bundle, or the compiled module in tests) and,
 * seeing the role it was given, serves tasks instead of running a command.
 */
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { analyzeLines } from './analyzeLines';
import { analyzeText } from './analyzeText';

/** What a worker can be asked to do: one input in, one result out. */
const TASKS = {
  analyzeLines: (input: { text: string; firstLine: number }) => analyzeLines(input.text, input.firstLine),
  analyzeText: (input: { text: string; dct?: string }) => analyzeText(input.text, input.dct),
};
type TaskName = keyof typeof TASKS;
type Input<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
type Result<K extends TaskName> = ReturnType<(typeof TASKS)[K]>;

const ROLE = 'article-annotator worker';

interface Request {
  seq: number;
  input: unknown;
}
interface Reply {
  seq: number;
  result?: unknown;
  error?: string;
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) serve(workerData.task as TaskName);

function serve(task: TaskName): void {
  const run = TASKS[task] as (input: unknown) => unknown;
  parentPort!.on('message', ({ seq, input }: Request) => {
    let reply: Reply;
    try {
      reply = { seq, result: run(input) };
    } catch (e) {
      reply = { seq, error: (e as Error)?.stack ?? String(e) };
    }
    parentPort!.postMessage(reply);
  });
}

interface Runner<K extends TaskName> {
  /** Inputs that may be under way at once. */
  readonly capacity: number;
  run(input: Input<K>): Promise<Result<K>>;
  close(): Promise<void>;
}

/** Runs tasks in this thread, one at a time. */
class LocalRunner<K extends TaskName> implements Runner<K> {
  readonly capacity = 1;
  constructor(private readonly task: K) {}

  run(input: Input<K>): Promise<Result<K>> {
    return Promise.resolve((TASKS[this.task] as (i: Input<K>) => Result<K>)(input));
  }

  async close(): Promise<void> {}
}

/** Runs tasks on `jobs` worker threads, each given the next input as soon as it has fewer than two. */
class WorkerRunner<K extends TaskName> implements Runner<K> {
  readonly capacity: number;
  private readonly workers: { worker: Worker; load: number }[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (r: Result<K>) => void; reject: (e: Error) => void; worker: number }
  >();
  private seq = 0;

  constructor(task: K, jobs: number) {
    // Two inputs per worker: one being analysed, the next already there when it is done.
    this.capacity = 2 * jobs;
    for (let w = 0; w < jobs; w++) {
      const worker = new Worker(__filename, { workerData: { role: ROLE, task } });
      worker.on('message', (reply: Reply) => this.settle(reply));
      worker.on('error', e => this.fail(w, e));
      worker.on('exit', code => this.fail(w, new Error(`a worker thread stopped (exit code ${code})`)));
      this.workers.push({ worker, load: 0 });
    }
  }

  run(input: Input<K>): Promise<Result<K>> {
    let w = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.workers[i].load < this.workers[w].load) w = i;
    const seq = this.seq++;
    this.workers[w].load++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, worker: w });
      this.workers[w].worker.postMessage({ seq, input } satisfies Request);
    });
  }

  private settle({ seq, result, error }: Reply): void {
    const job = this.waiting.get(seq);
    if (!job) return;
    this.waiting.delete(seq);
    this.workers[job.worker].load--;
    if (error !== undefined) job.reject(new Error(error));
    else job.resolve(result as Result<K>);
  }

  private fail(worker: number, error: Error): void {
    for (const [seq, job] of this.waiting) {
      if (job.worker !== worker) continue;
      this.waiting.delete(seq);
      job.reject(error);
    }
  }

  async close(): Promise<void> {
    for (const { worker } of this.workers) worker.removeAllListeners('exit');
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

/** Runs `task` on `jobs` worker threads, or in this thread when `jobs` is 1. Close it when done. */
export function taskRunner<K extends TaskName>(task: K, jobs: number): Runner<K> {
  return jobs > 1 ? new WorkerRunner(task, jobs) : new LocalRunner(task);
}

/**
 * Runs `work` on each item, `limit` at a time, and hands the results to `deliver` in item order. A
 * failure stops the run once the items before it are delivered.
 */
export async function inOrder<T, R>(
  items: Iterable<T>,
  limit: number,
  work: (item: T) => Promise<R>,
  deliver: (item: T, result: R) => void,
): Promise<void> {
  const pending: { item: T; result: Promise<R> }[] = [];
  try {
    for (const item of items) {
      const result = work(item);
      // Awaited in order below; a failure meanwhile must not count as unhandled.
      result.catch(() => undefined);
      pending.push({ item, result });
      if (pending.length >= limit) {
        const next = pending.shift()!;
        deliver(next.item, await next.result);
      }
    }
    for (let next = pending.shift(); next; next = pending.shift()) deliver(next.item, await next.result);
  } finally {
    // Work already started finishes before the run ends (a sidecar write is never left half done).
    await Promise.allSettled(pending.map(p => p.result));
  }
}

/**
 * Runs `task` on every input, on `jobs` worker threads (in this thread when `jobs` is 1 or there is
 * only one input), and hands each result to `deliver` in input order. Only a couple of inputs per
 * worker are read ahead of the one delivered next, and `deliver` is awaited before reading on, so
 * memory stays bounded whatever the size of the input.
 */
export async function mapInOrder<K extends TaskName>(
  task: K,
  inputs: AsyncIterable<Input<K>>,
  jobs: number,
  deliver: (result: Result<K>) => void | Promise<void>,
): Promise<void> {
  const source = inputs[Symbol.asyncIterator]();
  const first = await source.next();
  if (first.done) return;
  const second = jobs > 1 ? await source.next() : undefined;
  const runner: Runner<K> = second === undefined || second.done ? new LocalRunner(task) : new WorkerRunner(task, jobs);
  const pending: Promise<Result<K>>[] = [];
  const submit = async (input: Input<K>) => {
    const result = runner.run(input);
    // Awaited in order below; a failure meanwhile must not count as unhandled.
    result.catch(() => undefined);
    pending.push(result);
    if (pending.length >= runner.capacity) await deliver(await pending.shift()!);
  };
  try {
    await submit(first.value);
    if (second !== undefined && !second.done) await submit(second.value);
    for (let next = await source.next(); !next.done; next = await source.next()) await submit(next.value);
    while (pending.length > 0) await deliver(await pending.shift()!);
  } finally {
    await runner.close();
  }
}
