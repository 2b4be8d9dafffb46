// Lint rules that encode the platform's rules: no HTML sinks for page data, no floating promises, no DOM globals
// in the service worker, no blocking browser dialogs.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The browser's own dialogs block the whole page, cannot be styled and hide errors from tests: ask in the page.
const dialogMessage = 'Blocking browser dialogs are not used: ask in the page (components/shared/InlineConfirm, inline fields).';
const noDialogs = ['alert', 'confirm', 'prompt'].map((name) => ({ name, message: dialogMessage }));

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
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/db/*', 'dexie'], message: 'Only the background opens the database: send a message.' }] },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
