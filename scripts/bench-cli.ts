/**
 * Benchmark rows for the command line as a user runs it: whole processes, timed from start to exit,
 * with the process's own peak resident set size (worker threads included).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { once } from 'events';
import type { NewsDoc } from './bench-corpus';
import { toJsonl } from './bench-corpus';
import { format, percentile, report, reportTimed, type Timed } from './bench-measure';

export interface CliRun {
  /** Wall-clock milliseconds from spawn to exit. */
  wall: number;
  /** CPU milliseconds of the process (user + system, all its threads). */
  cpu: number;
  /** Peak resident set size in bytes. */
  maxRss: number;
  status: number | null;
  stdout: string;
}

/**
 * Runs `article-annotator ARGS` (the built bundle) in a process of its own, feeding it `stdin` (a string,
 * or a generator of strings written with backpressure). The process reports its CPU time and peak
 * memory on an extra pipe as it exits. `keepOutput: false` counts stdout without keeping it.
 */
export async function runCli(
  repoRoot: string,
  args: string[],
  options: { stdin?: string | Iterable<string>; keepOutput?: boolean } = {},
): Promise<CliRun> {
  const cli = path.join(repoRoot, 'dist', 'node', 'cli.js');
  const code =
    `require(${JSON.stringify(cli)}).main(process.argv.slice(1)).then(c => {` +
    `const u = process.resourceUsage();` +
    `require('fs').writeSync(3, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1000, maxRss: u.maxRSS * 1024 }));` +
    `process.exitCode = c; })`;
  const start = performance.now();
  const child = spawn(process.execPath, ['-e', code, ...args], { stdio: ['pipe', 'pipe', 'inherit', 'pipe'] });
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    if (options.keepOutput !== false) stdout += d;
  });
  let usage = '';
  (child.stdio[3] as NodeJS.ReadableStream).setEncoding('utf8').on('data', (d: string) => (usage += d));
  const exited = once(child, 'close');
  const stdin = child.stdin!;
  stdin.on('error', () => undefined); // a process that stops reading early reports its own error
  if (typeof options.stdin === 'string') stdin.end(options.stdin);
  else if (options.stdin) {
    for (const piece of options.stdin) if (!stdin.write(piece)) await once(stdin, 'drain');
    stdin.end();
  } else stdin.end();
  const [status] = (await exited) as [number | null];
  const wall = performance.now() - start;
  const { cpu, maxRss } = JSON.parse(usage || '{"cpu":0,"maxRss":0}') as { cpu: number; maxRss: number };
  return { wall, cpu, maxRss, status, stdout };
}

/**
 * The median run by wall time of each of `variants`, run `rounds` times in turn (A, B, A, B, ...), so that
 * a change in the machine's load falls on both alike.
 */
async function interleavedMedians(rounds: number, variants: (() => Promise<CliRun>)[]): Promise<CliRun[]> {
  const all: CliRun[][] = variants.map(() => []);
  for (let r = 0; r < rounds; r++) for (const [i, run] of variants.entries()) all[i].push(await run());
  return all.map(runs => {
    const wall = percentile(
      runs.map(x => x.wall),
      50,
    );
    return runs.find(x => x.wall === wall)!;
  });
}

/**
 * A run of `analyze --input` of `input` for each of `jobs` (a number of threads, or `default` for no
 * `--jobs`), each writing `out-<jobs>.jsonl` beside it.
 */
function runsWithJobs(repoRoot: string, input: string, jobs: (number | 'default')[]): (() => Promise<CliRun>)[] {
  const output = (j: number | 'default') => path.join(path.dirname(input), `out-${j}.jsonl`);
  return jobs.map(
    j => () =>
      runCli(repoRoot, [
        'analyze',
        '--input',
        input,
        '--output',
        output(j),
        ...(j === 'default' ? [] : ['--jobs', `${j}`]),
      ]),
  );
}

/**
 * `analyze --input FILE --output FILE` on the news documents, whole process, as a user runs it (no
 * `--jobs`), with one thread and with one per core, against compromise on the same documents in this
 * process (`compromiseRate`, chars per second of wall and CPU time).
 */
export async function cliThroughputRows(repoRoot: string, docs: readonly NewsDoc[], compromiseRate: Timed) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bench-cli-'));
  const input = path.join(dir, 'news.jsonl');
  fs.writeFileSync(input, toJsonl(docs));
  const jsonlBytes = fs.statSync(input).size;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const cores = os.availableParallelism();
  const [byDefault, one, all] = await interleavedMedians(3, runsWithJobs(repoRoot, input, ['default', 1, cores]));
  const written = (j: number | 'default') => fs.readFileSync(path.join(dir, `out-${j}.jsonl`), 'utf8');
  const same = written(1) === written(cores) && written(1) === written('default');
  fs.rmSync(dir, { recursive: true, force: true });
  if (!same) throw new Error(`analyze wrote other output with --jobs ${cores} or without --jobs than with --jobs 1`);
  const rate = (r: CliRun) => ({ wall: chars / (r.wall / 1000), cpu: chars / (r.cpu / 1000) });
  const size = `${format(jsonlBytes / 2 ** 20)} MiB of JSONL`;
  reportTimed(
    `CLI analyze --input, whole process, without --jobs (the default), ${size}, chars/s`,
    rate(byDefault),
    'chars/s',
  );
  reportTimed(`  --jobs 1`, rate(one), 'chars/s');
  reportTimed(`  --jobs ${cores}`, rate(all), 'chars/s');
  report(`ratio: CLI (the default) / compromise, same documents`, rate(byDefault).wall / compromiseRate.wall, 'x', {
    atLeast: 10,
  });
  report(`ratio: CLI (--jobs 1) / compromise, same documents`, rate(one).wall / compromiseRate.wall, 'x');
  report(`ratio: CLI (--jobs ${cores}) / compromise, same documents`, rate(all).wall / compromiseRate.wall, 'x');
  // CPU time is steadier than wall time when other processes share the machine.
  report(`  the same in CPU time (--jobs 1)`, rate(one).cpu / compromiseRate.cpu, 'x');
  // Each worker thread warms up on its own (compiled code, its table of words): on a few MB that is much of the run.
  report(`speed-up of --jobs ${cores} over --jobs 1, same ${size}`, one.wall / all.wall, 'x');
  report(`  peak RSS, --jobs ${cores} / --jobs 1`, all.maxRss / 2 ** 20, `MiB (${format(one.maxRss / 2 ** 20)} MiB)`);
  await largerInputSpeedUp(repoRoot, docs, cores);
}

/**
 * `analyze --input` of each of `parts` at once, one process a part, as a user might split a corpus by
 * hand: the wall time until the last exits, the CPU time of all, and the largest peak RSS.
 */
async function separateProcesses(repoRoot: string, parts: string[]): Promise<CliRun> {
  const start = performance.now();
  const runs = await Promise.all(
    parts.map(part => runCli(repoRoot, ['analyze', '--input', part, '--output', `${part}.out`, '--jobs', '1'])),
  );
  return {
    wall: performance.now() - start,
    cpu: runs.reduce((n, r) => n + r.cpu, 0),
    maxRss: Math.max(...runs.map(r => r.maxRss)),
    status: runs.find(r => r.status !== 0)?.status ?? 0,
    stdout: '',
  };
}

/**
 * The speed-up of all cores on a corpus large enough that warming up is a small part of the run, and,
 * as its peer, the speed-up of one process per core on an equal share of the documents: the most
 * threads could give on this machine, since each process (like each worker thread) compiles its own
 * code on a further thread and warms up alone.
 */
async function largerInputSpeedUp(repoRoot: string, docs: readonly NewsDoc[], cores: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bench-cli-'));
  const input = path.join(dir, 'news.jsonl');
  const copies = 10;
  const all = Array.from({ length: copies }, (_, n) => docs.map(d => ({ id: `${n}-${d.id}`, text: d.text }))).flat();
  fs.writeFileSync(input, toJsonl(all));
  const parts = Array.from({ length: cores }, (_, p) => path.join(dir, `part-${p}.jsonl`));
  const share = Math.ceil(all.length / cores);
  parts.forEach((part, p) => fs.writeFileSync(part, toJsonl(all.slice(p * share, (p + 1) * share))));
  const size = `${format(fs.statSync(input).size / 2 ** 20)} MiB`;
  try {
    const [one, threads, processes] = await interleavedMedians(2, [
      ...runsWithJobs(repoRoot, input, [1, cores]),
      () => separateProcesses(repoRoot, parts),
    ]);
    report(
      `speed-up of --jobs ${cores} over --jobs 1 (${cores} cores), the documents ${copies} times (${size})`,
      one.wall / threads.wall,
      'x',
      cores >= 2 ? { atLeast: 1.7 } : undefined,
    );
    report(`  peer: ${cores} processes at once, each on 1/${cores} of the documents`, one.wall / processes.wall, 'x');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A stream of `megabytes` of JSONL (the news documents again and again, each line with its own id)
 * through `analyze` on stdin and stdout, as a batch system pipes it: peak memory must not grow with
 * the input.
 */
export async function streamingRows(repoRoot: string, docs: readonly NewsDoc[], megabytes: number) {
  const lines = docs.map(d => JSON.stringify({ text: d.text }).slice(1));
  const bytes = megabytes * 2 ** 20;
  let sent = 0;
  let chars = 0;
  function* input(): Generator<string> {
    for (let round = 0; sent < bytes; round++) {
      let chunk = '';
      for (let i = 0; i < lines.length && sent < bytes; i++) {
        const line = `{"id":"${round}-${i}",${lines[i]}\n`;
        chunk += line;
        sent += line.length;
        chars += docs[i].text.length;
        if (chunk.length > 1 << 20) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    }
  }
  const r = await runCli(repoRoot, ['analyze'], { stdin: input(), keepOutput: false });
  if (r.status !== 0) throw new Error(`streaming analyze exited with ${r.status}`);
  report(`streaming ${format(sent / 2 ** 20)} MiB of JSONL through stdin/stdout: peak RSS`, r.maxRss / 2 ** 20, 'MiB', {
    atMost: 400,
  });
  reportTimed('  its throughput', { wall: chars / (r.wall / 1000), cpu: chars / (r.cpu / 1000) }, 'chars/s');
}
