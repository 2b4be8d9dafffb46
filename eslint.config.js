// Lint rules that encode the platform's rules: no HTML sinks for page data, no floating promises, no DOM globals
// in the service worker, no blocking browser dialogs, the rules of hooks, and which layer may import which
// (lib/lint-rules.test.ts proves each layering rule reports).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The browser's own dialogs block the whole page, cannot be styled and hide errors from tests: ask in the page.
const dialogMessage = 'Blocking browser dialogs are not used: ask in the page (components/shared/InlineConfirm, inline fields).';
const noDialogs = ['alert', 'confirm', 'prompt'].map((name) => ({ name, message: dialogMessage }));

// Layering. A later block's no-restricted-imports replaces an earlier one's for the same file, so each block lists
// every restriction its folder has.
const database = {
  group: ['**/db', '**/db/**', 'dexie', 'dexie/**'],
  message: 'Only the background opens the database: send a message.',
};
const views = {
  group: ['**/components', '**/components/**', 'preact', 'preact/**'],
  message: 'A site adapter reads the page and imports no view: the sidebar renders what the session publishes.',
};
const browserApiMessage = 'A pure module works on plain data and runs in Node: no browser API, pass in what it needs.';
const browserApis = {
  paths: ['wxt/browser', 'webextension-polyfill', '#imports'].map((name) => ({ name, message: browserApiMessage })),
  patterns: [{ group: ['@webext-core/*', 'wxt/browser/**'], message: browserApiMessage }],
};
const pureModules = [
  'lib/metrics/**',
  'lib/templates/**',
  'lib/suggest/**',
  'lib/feedback/**',
  'lib/vocab/**',
  'lib/search/template-index*',
  'lib/events/fingerprint.ts',
  'lib/session/plan-insertion.ts',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/dist/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page and user text is hostile: build nodes and set textContent.' },
        { property: 'outerHTML', message: 'Page and user text is hostile: build nodes and set textContent.' },
        { property: 'insertAdjacentHTML', message: 'Page and user text is hostile: build nodes and set textContent.' },
        ...['alert', 'confirm', 'prompt'].flatMap((property) =>
          ['window', 'globalThis', 'self'].map((object) => ({ object, property, message: dialogMessage })),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML injection in the UI.' },
        {
          selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
          message: 'No document.write.',
        },
      ],
    },
  },
  {
    // The service worker has no window or document, and only it opens the database.
    files: ['entrypoints/background.ts', 'lib/background/**', 'lib/db/**'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', ...noDialogs],
    },
  },
  {
    // Pages and the content script: no alert(), confirm() or prompt().
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    ignores: ['entrypoints/background.ts', 'lib/background/**', 'lib/db/**'],
    rules: {
      'no-restricted-globals': ['error', ...noDialogs],
    },
  },
  {
    // Only the background owns the database.
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    ignores: ['entrypoints/background.ts', 'lib/background/**', 'lib/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [database] }],
    },
  },
  {
    // Site adapters read the page; the view is the sidebar's business. A site's content.ts is its entrypoint (it wires
    // the sidebar to that site's adapter), not an adapter.
    files: ['lib/platforms/**'],
    ignores: ['lib/platforms/*/content.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [database, views] }],
    },
  },
  {
    // Pure cores: plain data in, plain data out, unit-tested without a browser.
    files: pureModules,
    rules: {
      'no-restricted-imports': ['error', { paths: browserApis.paths, patterns: [database, ...browserApis.patterns] }],
      'no-restricted-globals': [
        'error',
        ...noDialogs,
        ...['chrome', 'browser'].map((name) => ({ name, message: browserApiMessage })),
      ],
    },
  },
  {
    // Hooks by name (useState, useEffect…), so Preact's are checked like React's.
    files: ['components/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
