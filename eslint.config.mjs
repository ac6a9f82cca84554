// ESLint for the TypeScript sources (`npm run lint`, a stage of `npm test`): typescript-eslint's
// recommended rules with type information, plus no unused code, no floating promises and the React
// hooks rules. Run through scripts/lint/ts6-hook.mjs (typescript-eslint needs TypeScript's classic
// API, which TypeScript 7 does not have). bench/ is linted too: its TypeScript pages with the
// project's types, its Node harness scripts (plain ES modules) through TypeScript's default project,
// so a floating promise or a misused one fails there as in src/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.observed/**', 'bench/out/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tests build deliberately bad input (any) and Playwright fixtures take `async ({}, use)`;
    // unit tests sit beside their modules, so the same relaxations follow the *.test.ts(x) name.
    files: ['tests/**/*.ts', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The bench harness drives Chromium: code inside page.evaluate() runs in the page (browser globals).
    files: ['bench/**/*.{js,mjs}'],
    languageOptions: {
      parserOptions: { projectService: false, project: ['./bench/tsconfig.lint.json'], tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
