import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';

interface Run {
  code: number;
  output: string;
}

/** Starts command-line processes that wait for `start` to exist, then resolves once all of them are ready. */
export async function startTogether(argsList: string[][], start: string): Promise<Promise<Run>[]> {
  const script = path.join(__dirname, 'cliProcess.js');
  const ready: Promise<void>[] = [];
  const runs = argsList.map(args => {
    const child: ChildProcess = spawn(process.execPath, [script, start, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let markReady: () => void;
    ready.push(new Promise<void>(resolve => (markReady = resolve)));
    child.stdout!.on('data', chunk => {
      output += chunk;
      if (output.startsWith('ready\n')) markReady();
    });
    child.stderr!.on('data', chunk => (output += chunk));
    return new Promise<Run>(resolve => child.on('close', code => resolve({ code: code ?? -1, output })));
  });
  await Promise.all(ready);
  return runs;
}
