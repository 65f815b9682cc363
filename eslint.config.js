// Layering rules: dependencies point one way (see ../shared/style.md).
// shared/ is pure and imported by everyone; it must never import app code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noImports = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      'bin/*.cjs',
      // Scratch space of tests and builds (the import worker's bundle from the sources lands here).
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**'],
    rules: noImports(
      ['**/electron/**', '**/renderer/**', 'electron', 'node:*', 'fs', 'path', 'react', 'dexie'],
      'shared/ is pure TypeScript used by main, renderer and CLI: no DOM, no Node, no app code.',
    ),
  },
  {
    // Tests of shared code run in Node and may read fixture files; they still may not import app code.
    files: ['shared/**/*.test.ts'],
    rules: noImports(
      ['**/electron/**', '**/renderer/**', 'electron', 'react', 'dexie'],
      'shared/ tests test shared code only.',
    ),
  },
  {
    files: ['renderer/**'],
    rules: noImports(
      ['**/electron/**', 'electron', 'node:*'],
      'The renderer never imports main-process code or Node; go through platform/bridge.ts.',
    ),
  },
  {
    files: ['renderer/editor/**'],
    rules: noImports(
      ['**/electron/**', 'electron', 'node:*', '**/state/**', '**/db/**', '**/components/**'],
      'Editor code receives callbacks; it never imports stores, the database or components.',
    ),
  },
  {
    files: ['renderer/db/**'],
    rules: noImports(
      ['**/electron/**', 'electron', 'node:*', '**/state/**', '**/components/**', 'react'],
      'db/ knows nothing of stores or React.',
    ),
  },
  {
    files: ['electron/services/**', 'electron/cli/**'],
    rules: noImports(
      ['electron', '**/renderer/**', '**/main/**'],
      'Services and the CLI run in plain Node: no Electron import, no renderer code.',
    ),
  },
  {
    files: ['electron/preload/**'],
    rules: noImports(
      ['**/services/**', '**/renderer/**', '**/main/**'],
      'Preload is bridge glue only: no app logic.',
    ),
  },
);
