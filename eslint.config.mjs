// Lint rules for the whole project; `npm run lint` (part of `npm test`) runs them with the formatter check.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// src/core runs in Node and in the browser, so it may import neither the editor API nor Node's modules.
const nodeModules = builtinModules.filter(name => !name.startsWith('_'));

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.test-host/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // CommonJS entry points (the CLI's bin, mocha's reporter) load their code with require().
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // One assert style in every test: the strict methods of 'assert', which the web suite also bundles.
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['assert/strict', 'node:assert/strict', 'node:assert'].map(name => ({
            name,
            message: "import * as assert from 'assert'",
          })),
        },
      ],
      'no-restricted-properties': [
        'error',
        ...['equal', 'notEqual', 'deepEqual', 'notDeepEqual'].map(property => ({
          object: 'assert',
          property,
          message: 'use the strict form (strictEqual, deepStrictEqual, ...)',
        })),
      ],
    },
  },
  {
    // Unit tests of the scripts are plain ES modules run by mocha, which provides describe/it.
    files: ['test/**/*.test.mjs'],
    languageOptions: { globals: globals.mocha },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core is editor-independent: put VS Code code in src/editor.' }],
          patterns: [
            {
              regex: `^(node:.*|${nodeModules.join('|')})(/.*)?$`,
              message: 'src/core runs in the browser too: no Node modules.',
            },
          ],
        },
      ],
    },
  },
);
