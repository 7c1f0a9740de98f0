import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bin/**', 'docs/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The core is pure: it runs unchanged in Node and in the browser.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'office-*', 'node:*'], message: 'src/core must stay pure.' },
            { group: ['fs', 'path', 'os', 'child_process', 'util', 'stream', 'zlib', 'crypto'], message: 'src/core must stay pure (no Node built-ins).' },
            { group: ['../excel/*', '../cli/*', '../taskpane/*', '../../excel/*', '../../cli/*', '../../taskpane/*'], message: 'src/core must not import front ends.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'process', 'require', 'window', 'document'],
    },
  },
);
