// Bundles the extension (Node and browser builds) and the command-line tools with esbuild.
// Run by `npm install` (prepare) so the `article-annotator` bin works from a clean clone.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { commonOptions, targets } from './build-targets.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

for (const { devOnly, ...options } of targets) {
  if (!existsSync(options.entryPoints[0])) {
    if (devOnly) continue;
    throw new Error(`missing entry point ${options.entryPoints[0]}`);
  }
  const config = { ...commonOptions(production), ...options };
  if (watch) {
    const ctx = await esbuild.context(config);
    await ctx.watch();
  } else {
    await esbuild.build(config);
  }
}
