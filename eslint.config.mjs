import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'src/engine/actors/model/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine runs unchanged in Node, a worker thread and a browser worker.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['vscode', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'worker_threads', 'node:worker_threads', 'path', 'node:path'],
        patterns: ['node:*', '../vscode/*', '../cli/*', '../../vscode/*', '../../cli/*'],
      }],
    },
  },
);
