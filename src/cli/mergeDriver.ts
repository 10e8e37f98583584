// The git merge driver on its own (`dist/node/merge-driver.js`, shipped with the editor extension):
// `node merge-driver.js %O %A %B --path %P` runs `article-annotator merge-sidecar` without the rest of
// the command line (the entity model and the analysers), so it starts quickly on every merged sidecar.
import { mergeSidecarCommand } from './mergeSidecar';

mergeSidecarCommand(
  process.argv.slice(2),
  line => process.stdout.write(line + '\n'),
  line => process.stderr.write(line + '\n'),
).then(
  code => {
    process.exitCode = code;
  },
  error => {
    process.stderr.write(`merge-sidecar: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
