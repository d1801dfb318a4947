// @ts-check
// One linter for the whole tree: apps, libs, test, scripts. typescript-eslint's recommended rules
// (syntax-only, no type information, so a run stays quick on two cores), React's rules of hooks
// for the web app, and eslint-config-prettier last so that layout is prettier's alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        // A leading underscore marks a binding kept on purpose (an interface's parameter, a field left out of a copy).
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['test/**/*.ts'],
    // HTTP bodies in tests are JSON of whatever shape the route answers; the assertions check them.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
