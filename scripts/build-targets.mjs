// The bundles `scripts/build.mjs` writes, shared with the test that runs the bundled command line.

/** Options every bundle shares; a production build is minified and has no source map. */
export function commonOptions(production) {
  return { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', external: ['vscode'] };
}

/**
 * Node bundles read a package's ES module build where it has one: a UMD build (jsonc-parser's "main") loads
 * its parts with a require() the bundler cannot follow, so the bundle would fail at run time.
 */
const node = { platform: 'node', format: 'cjs', target: 'node18', mainFields: ['module', 'main'] };

export const targets = [
  {
    entryPoints: ['src/extension.node.ts'],
    outfile: 'dist/node/extension.js',
    ...node,
  },
  {
    entryPoints: ['src/extension.web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    define: { global: 'globalThis' },
  },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/node/cli.js', ...node },
  // The git merge driver alone, shipped with the extension for "Set Up Git Merging for Sidecars".
  { entryPoints: ['src/cli/mergeDriver.ts'], outfile: 'dist/node/merge-driver.js', ...node },
  // Developer tools: only present in a development checkout (they need dev dependencies).
  {
    entryPoints: ['scripts/eval.ts'],
    outfile: 'dist/node/eval.js',
    ...node,
    devOnly: true,
  },
  {
    entryPoints: ['scripts/eval-checks.ts'],
    outfile: 'dist/node/eval-checks.js',
    ...node,
    devOnly: true,
  },
  {
    entryPoints: ['scripts/bench.ts'],
    outfile: 'dist/node/bench.js',
    ...node,
    devOnly: true,
  },
];
