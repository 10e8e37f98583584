// A command-line run in its own process for the concurrency tests: node cliProcess.js START_FILE ARGS...
// It loads the command line, says "ready", and runs once START_FILE exists, so that all the processes of a
// test start their reads and writes at the same moment instead of one after another as they load.
import { existsSync } from 'fs';
import { main } from '../../src/cli/main';

const [startFile, ...args] = process.argv.slice(2);
process.stdout.write('ready\n');
const poll = setInterval(() => {
  if (!existsSync(startFile)) return;
  clearInterval(poll);
  void main(args).then(code => {
    process.exitCode = code;
  });
}, 2);
