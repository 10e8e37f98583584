import * as v8 from 'v8';
import * as vm from 'vm';

// A full collection on demand, without starting the process with --expose-gc.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Bytes of the heap in use after a full collection: what is still reachable. */
export function liveHeap(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/** A flat (not concatenated) one-byte text of about `chars` characters, starting with `head`. */
export function bigText(head: string, chars: number): string {
  const text = (head + ' and more words here.'.repeat(Math.ceil(chars / 21))).slice(0, chars);
  text.indexOf('\u0000');
  return text;
}
