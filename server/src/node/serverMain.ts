// The Node entry of the language server: `node dist/server.js --stdio` (also the `whosays-ls`
// executable, for Neovim, Helix, Zed, Emacs...), `--node-ipc` when VS Code starts it, or
// `--socket=PORT`. The file system the server sees is Node's.

import { rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { version } from '../../../package.json';
import { DEFAULT_MAX_FILE_BYTES, MAX_CONFIG_BYTES } from '../engine/limits';
import type { ServerFileSystem } from '../lsp/host';
import { startServer } from '../lsp/server';
import { CONFIG_FILE_NAME, clearConfigCache, decodeUtf8, findConfigFile } from './configFile';
import { FramingCheck } from './framing';
import { shippedDocsBaseUrl } from './shippedDocs';
import { FileTooLargeError, NotRegularFileError, readRegularFile } from './readFile';

const HELP = `Usage: whosays-ls [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The Who Says language server: flags weasel phrases and claims that carry no source in plain
text, Markdown, LaTeX, HTML and wikitext, with hover explanations and quick fixes.

  --stdio          speak LSP over standard input and output (the default)
  --node-ipc       speak LSP over a Node IPC channel (for clients that fork the server)
  --socket=PORT    connect to a socket on PORT
  --pipe=NAME      connect to a named pipe
  -v, --version    print the version and exit
  -h, --help       print this help and exit

Settings are read from the client's "whosays" section and from .whosays.json files.
`;

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** `limitHint` says where the size limit is set, for a file that is too large. */
function readErrorMessage(error: unknown, limitHint: string): string {
  if (error instanceof NotRegularFileError) return `The file is ${error.message}; only regular files are read.`;
  if (error instanceof FileTooLargeError) return `The file is too large: ${error.message}${limitHint}.`;
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'The file does not exist.';
    case 'EISDIR':
      return 'The file is a directory, not a file.';
    case 'EACCES':
    case 'EPERM':
      return 'The file cannot be read: permission denied.';
    default:
      return `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`;
  }
}

export const nodeFileSystem: ServerFileSystem = {
  async findConfigFile(documentUri) {
    const file = filePath(documentUri);
    if (!file) return undefined;
    const found = findConfigFile(path.dirname(file));
    return found ? pathToFileURL(found).href : undefined;
  },
  async readTextFile(uri, maxDocumentBytes = DEFAULT_MAX_FILE_BYTES) {
    const file = filePath(uri);
    if (!file) throw new Error(`Not a file on this computer: ${uri}`);
    // Documents (whosays/lintFiles) up to whosays.maxFileSize; configuration files up to their own cap.
    const isConfig = path.basename(file) === CONFIG_FILE_NAME;
    const maxBytes = isConfig ? MAX_CONFIG_BYTES : maxDocumentBytes;
    let bytes: Uint8Array;
    try {
      bytes = await readRegularFile(file, maxBytes);
    } catch (error) {
      throw new Error(readErrorMessage(error, isConfig ? '' : ' (setting whosays.maxFileSize)'), { cause: error });
    }
    const decoded = decodeUtf8(bytes);
    if ('invalidByteOffset' in decoded) throw new Error(`The file is not valid UTF-8 (invalid byte at offset ${decoded.invalidByteOffset}).`);
    return decoded.text;
  },
  clearCache: clearConfigCache,
  async writeConfigFile(uri, text) {
    const file = filePath(uri);
    if (!file || path.basename(file) !== CONFIG_FILE_NAME) throw new Error(`Not a ${CONFIG_FILE_NAME} on this computer: ${uri}`);
    // Written beside it, then renamed over it: a reader never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  },
};

/**
 * An exception that escapes a handler (a bug of ours) is logged and the server goes on: one broken
 * document must not take linting away from every other. The hostile tier checks that none occur.
 */
function keepRunningOnInternalErrors(): void {
  const report = (kind: string) => (error: unknown) => {
    process.stderr.write(`whosays-ls: internal error (${kind}), the server keeps running: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  };
  process.on('uncaughtException', report('uncaught exception'));
  process.on('unhandledRejection', report('unhandled rejection'));
}

function main(argv: string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${version}\n`);
    return;
  }
  keepRunningOnInternalErrors();
  const host = { fs: nodeFileSystem, version, docsBaseUrl: shippedDocsBaseUrl(__dirname) };
  const other = argv.some((a) => a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'));
  if (other) {
    startServer(createConnection(ProposedFeatures.all), host);
    return;
  }
  // Standard input and output (--stdio, the default): the framing is checked on the way in.
  const input = process.stdin.pipe(
    new FramingCheck((problem) => {
      process.stderr.write(`whosays-ls: the client sent ${problem}; the message stream cannot be read any further, so the server exits (the client may start a new one).\n`);
      process.exit(1);
    }),
  );
  const connection = createConnection(ProposedFeatures.all, input, process.stdout);
  // Nothing may write to standard output but the connection: stray console output goes to the log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  startServer(connection, host);
}

main(process.argv.slice(2));
