// Lays out the extension the editor tests run (out/test-extension): the manifest and run-time files of
// this checkout, with entry points that activate the extension with the fixture recogniser
// (test/editor/fixtureRecognizer.ts) instead of the shipped model, so that no editor test depends on what
// a retrained model says. The model file is left out on purpose: nothing in the editor tests may read it.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot, testExtensionDir } from './paths.mjs';

// The git merge driver (built by scripts/build.mjs) is one too: "Set Up Git Merging for Sidecars" copies it.
const RUN_TIME_FILES = ['package.json', 'media', 'syntaxes', 'schemas', 'samples', 'dist/node/merge-driver.js'];

export async function buildTestExtension() {
  rmSync(testExtensionDir, { recursive: true, force: true });
  mkdirSync(testExtensionDir, { recursive: true });
  const configs = readdirSync(repoRoot).filter(f => /^language-configuration.*\.json$/.test(f));
  for (const file of [...RUN_TIME_FILES, ...configs]) {
    const from = path.join(repoRoot, file);
    if (existsSync(from)) cpSync(from, path.join(testExtensionDir, file), { recursive: true });
  }
  const common = { bundle: true, sourcemap: true, logLevel: 'warning', external: ['vscode'] };
  await esbuild.build({
    ...common,
    entryPoints: [path.join(repoRoot, 'test', 'editor', 'testExtension.node.ts')],
    outfile: path.join(testExtensionDir, 'dist', 'node', 'extension.js'),
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(repoRoot, 'test', 'editor', 'testExtension.web.ts')],
    outfile: path.join(testExtensionDir, 'dist', 'web', 'extension.js'),
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    define: { global: 'globalThis' },
  });
  return testExtensionDir;
}
