// Bundles the extension (Node and browser builds) and the command-line tools with esbuild.
// Run by `npm install` (prepare) so the `article-annotator` bin works from a clean clone.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

const targets = [
  {
    entryPoints: ['src/extension.node.ts'],
    outfile: 'dist/node/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
  {
    entryPoints: ['src/extension.web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    define: { global: 'globalThis' },
  },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/node/cli.js', platform: 'node', format: 'cjs', target: 'node18' },
  // The git merge driver alone, shipped with the extension for "Set Up Git Merging for Sidecars".
  {
    entryPoints: ['src/cli/mergeDriver.ts'],
    outfile: 'dist/node/merge-driver.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
  // Developer tools: only present in a development checkout (they need dev dependencies).
  {
    entryPoints: ['scripts/eval.ts'],
    outfile: 'dist/node/eval.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    devOnly: true,
  },
  {
    entryPoints: ['scripts/bench.ts'],
    outfile: 'dist/node/bench.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    devOnly: true,
  },
];

for (const { devOnly, ...options } of targets) {
  if (!existsSync(options.entryPoints[0])) {
    if (devOnly) continue;
    throw new Error(`missing entry point ${options.entryPoints[0]}`);
  }
  const config = { ...common, ...options };
  if (watch) {
    const ctx = await esbuild.context(config);
    await ctx.watch();
  } else {
    await esbuild.build(config);
  }
}
