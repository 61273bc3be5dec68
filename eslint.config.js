import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '__tests__/testdata/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // TypeScript checks names itself.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Parsers are pure functions of their input: no file system, network or @actions/*.
    files: ['src/parsers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:fs',
            'node:fs/*',
            'fs',
            'node:http*',
            'node:net',
            'node:child_process',
            '@actions/*',
          ],
        },
      ],
    },
  },
  {
    // Only the GitHub I/O layer touches @actions/*.
    files: ['src/**/*.ts'],
    ignores: ['src/github/**', 'src/main.ts', 'src/index.ts', 'src/parsers/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@actions/*'] }] },
  },
)
