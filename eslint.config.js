// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * The layers of src/, lowest first: a folder may import from itself and from the folders
 * before it, never from one after it. docs/architecture.md explains each; keep the two alike.
 */
const LAYERS = ['flow', 'storage', 'i18n', 'screens', 'recognize', 'store', 'overlay', 'device', 'components', 'scan', 'sheet', 'counter', 'workbench', 'app', 'prerender'];

/** One zone per layer: everything in src/ that is not this layer or below it is out of reach. */
const layerZones = LAYERS.map((layer, index) => ({
  target: `./src/${layer}`,
  from: './src',
  except: LAYERS.slice(0, index + 1).map((allowed) => `./${allowed}`),
  message: `${layer}/ sits below the folders it may not import (layers, lowest first: ${LAYERS.join(' → ')}).`,
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    // Layers go one way, and nothing goes round in a circle.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Our imports name their files with extensions, so Node's resolution finds them; the
      // TypeScript parser reads them to follow cycles.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    // The flow is pure data and functions: no UI, no store, no i18n, no timers of its own.
    // (What of ours it may import, the layer zones above hold.)
    files: ['src/flow/**/*.ts'],
    ignores: ['src/flow/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'i18next', 'i18next/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'setTimeout', 'Date'],
    },
  },
  {
    // Screens are data too: what each screen shows, with no React of their own.
    files: ['src/screens/**/*.ts'],
    ignores: ['src/screens/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
