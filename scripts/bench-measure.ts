/** Timing (CPU and wall clock), memory sampling and the Markdown result table of the benchmark. */
import * as os from 'os';

const now = () => performance.now();

/** The machine's load when the run started: other work on it slows every figure. */
const loadAtStart = os.loadavg();

/** Largest heap use seen by `sampleHeap` in each phase of the run, in bytes. */
const peaks = new Map<string, number>();
let phase = 'setup';

/**
 * Names the part of the run that following heap samples belong to. With `--expose-gc` (as `npm run
 * bench` runs) the garbage of earlier parts is collected first, so no part pays for another's.
 */
export function startPhase(name: string): void {
  collectGarbage();
  phase = name;
}

/** A full collection when the run allows it (`--expose-gc`), so that a measurement starts on a settled heap. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function sampleHeap(): void {
  peaks.set(phase, Math.max(peaks.get(phase) ?? 0, process.memoryUsage().heapUsed));
}

export function heapPeaks(): ReadonlyMap<string, number> {
  return peaks;
}

/** Largest heap use sampled in one phase, in bytes. */
export function heapPeak(name: string): number {
  return peaks.get(name) ?? 0;
}

interface Row {
  measure: string;
  value: string;
  target?: string;
  result?: string;
}
const rows: Row[] = [];

/** Records a measured figure (a count, size or ratio), with a pass/miss verdict when it has a target. */
export function report(
  measure: string,
  value: number,
  unit: string,
  target?: { atLeast?: number; atMost?: number },
): void {
  rows.push(judged(measure, value, `${format(value)} ${unit}`, unit, target));
}

/** A measured time or rate in wall-clock and CPU terms. */
export interface Timed {
  wall: number;
  cpu: number;
}

/**
 * Records a time or rate: judged on wall-clock time, what a user waits for; the process's CPU time is
 * shown beside it (it also counts V8's background compiler and collector threads, so it can be the larger).
 */
export function reportTimed(
  measure: string,
  value: Timed,
  unit: string,
  target?: { atLeast?: number; atMost?: number },
): void {
  rows.push(judged(measure, value.wall, `${format(value.wall)} ${unit} (CPU ${format(value.cpu)})`, unit, target));
}

function judged(
  measure: string,
  value: number,
  shown: string,
  unit: string,
  target?: { atLeast?: number; atMost?: number },
): Row {
  const row: Row = { measure, value: shown };
  if (target?.atLeast !== undefined) {
    row.target = `>= ${format(target.atLeast)} ${unit}`;
    row.result = verdict(value >= target.atLeast, value / target.atLeast);
  } else if (target?.atMost !== undefined) {
    row.target = `<= ${format(target.atMost)} ${unit}`;
    row.result = verdict(value <= target.atMost, target.atMost / value);
  }
  return row;
}

function verdict(pass: boolean, factor: number): string {
  return pass ? `pass (${factor.toFixed(1)}x margin)` : `MISS (${(1 / factor).toFixed(1)}x over)`;
}

export function format(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(0)}k`;
  return n >= 100 ? n.toFixed(0) : n.toFixed(2);
}

export function tokenCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** CPU milliseconds used by this process so far. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `fn`; `ms` is CPU time, `wall` elapsed time. */
export function time<T>(fn: () => T): { ms: number; wall: number; result: T } {
  const start = now();
  const cpu = cpuNow();
  const result = fn();
  return { ms: cpuNow() - cpu, wall: now() - start, result };
}

/** CPU and wall time of an asynchronous run. */
export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; wall: number; result: T }> {
  const start = stamp();
  const result = await fn();
  const { cpu, wall } = since(start);
  return { ms: cpu, wall, result };
}

/** A point in time, in CPU and wall milliseconds. */
export function stamp(): { cpu: number; wall: number } {
  return { cpu: cpuNow(), wall: now() };
}

export function since(from: { cpu: number; wall: number }): { cpu: number; wall: number } {
  return { cpu: cpuNow() - from.cpu, wall: now() - from.wall };
}

const longer = (a: Timed, b: Timed): Timed => ({
  cpu: Math.max(a.cpu, b.cpu),
  wall: Math.max(a.wall, b.wall),
});

/**
 * Times the synchronous slices of a run in slices from now on: the run yields with `yieldFn` (which
 * samples the heap and lets the event loop turn); once it is done, `longest()` is its longest slice.
 */
export function sliceTimer(): { yieldFn: () => Promise<void>; longest: () => Timed } {
  let longest: Timed = { cpu: 0, wall: 0 };
  let resumed = stamp();
  return {
    yieldFn: async () => {
      longest = longer(longest, since(resumed));
      sampleHeap();
      await new Promise<void>(resolve => setImmediate(resolve));
      resumed = stamp();
    },
    longest: () => longer(longest, since(resumed)),
  };
}

/** The rows recorded so far, to hand to the process that prints the table. */
export function rowsAsJson(): string {
  return JSON.stringify(rows);
}

/** Adds rows recorded by another process (`rowsAsJson`). */
export function addRows(json: string): void {
  rows.push(...(JSON.parse(json) as Row[]));
}

/** Prints the environment, what was measured on, and every recorded row as a Markdown table. */
export function printTable(corpus: string, seed: number): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = (averages: number[]) => averages.map(l => l.toFixed(1)).join(' ');
  console.log(
    `\nBenchmark: Node ${process.version}, ${cpu}, ${os.cpus().length} cores, load average ${load(loadAtStart)} at the start, ${load(os.loadavg())} at the end`,
  );
  console.log(
    'Times are wall-clock time, judged against the targets; CPU time of the process measured in parentheses.',
  );
  console.log(`${corpus}; generated long articles (seed ${seed}) for the editing and sidecar rows\n`);
  console.log('| Measure | Value | Target | Result |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.measure} | ${r.value} | ${r.target ?? ''} | ${r.result ?? ''} |`);
  console.log('| activation | measured in the extension host, see README | | |');
  const misses = rows.filter(r => r.result?.startsWith('MISS')).length;
  const targets = rows.filter(r => r.result).length;
  console.log(`\n${targets - misses} of ${targets} targets met.`);
}
