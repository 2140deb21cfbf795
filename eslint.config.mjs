/**
 * Lint for the whole project. The layer table below is the architecture, enforced:
 * a lower layer importing a higher one fails the build (see README "Architecture").
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Layers: which folder may not import what. */
const layers = [
  {
    files: ['main/core/**/*.ts'],
    message: 'main/core is the plain-Node engine shared by the app, the CLI and the browser mode',
    patterns: [
      { group: ['electron', 'electron/*'], message: 'the engine never imports electron' },
      {
        group: ['../**/index', '../**/ipc', '../**/window', '../**/menu', '../**/cli', '../**/web'],
        message: 'the engine never imports a shell',
      },
      {
        group: ['**/renderer/**', '**/preload/index*'],
        message: 'the engine does not import UI code',
      },
    ],
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    message: 'the renderer runs sandboxed: it knows only the bridge contract',
    patterns: [
      {
        group: ['electron', 'electron/*', 'node:*', 'fs', 'path', 'child_process'],
        message: 'the renderer has no Node or Electron',
      },
      {
        group: ['**/main/**'],
        message: 'the renderer reaches main only through preload/api.ts types',
      },
    ],
  },
  {
    files: ['preload/**/*.ts'],
    message: 'the preload exposes verbs only',
    patterns: [
      { group: ['**/main/**', '**/renderer/**'], message: 'the preload imports only the contract' },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'archive/',
      'bench-results/',
      '.bench-cache/',
      'test-results/',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layers.map((layer) => ({
    files: layer.files,
    rules: { 'no-restricted-imports': ['error', { patterns: layer.patterns }] },
  })),
  prettier,
);
