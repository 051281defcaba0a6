import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'url', 'util', 'child_process', 'process', 'buffer', 'stream', 'events', 'crypto', 'worker_threads', 'readline', 'module'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine runs in the CLI, the Node language server and a browser worker:
    // it must not reach for the editor, the protocol or Node itself.
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'The engine must not import the editor or the protocol.' },
          { group: nodeBuiltins, message: 'The engine must not import Node built-ins; it runs in a browser worker too.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'The engine must not touch the Node process.' },
        { name: 'require', message: 'The engine must not load modules at run time.' },
        { name: 'Buffer', message: 'Node only; use strings.' },
        { name: '__dirname', message: 'Node only.' },
      ],
    },
  },
  {
    // What runs in a browser: the web extension's own modules, the server's browser entry and the
    // LSP glue it shares with the Node server, and the playground. The browser builds fail on a
    // Node import anywhere beneath them (scripts/build.mjs); this names the file at once.
    files: ['client/src/web/**/*.ts', 'server/src/browser/**/*.ts', 'server/src/lsp/**/*.ts', 'server/src/output/**/*.ts', 'playground/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...nodeBuiltins, 'vscode-languageclient/node', 'vscode-languageserver/node'], message: 'Runs in a browser too: no Node built-ins or Node flavours of the protocol libraries.' }],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'Runs in a browser too: no Node process.' },
        { name: 'Buffer', message: 'Runs in a browser too: use Uint8Array and TextDecoder.' },
        { name: '__dirname', message: 'Node only.' },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', URL: 'readonly' } },
  },
);
