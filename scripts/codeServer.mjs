// Starts the prepared code-server (see prepareEditor.mjs) on 127.0.0.1 with a free port and
// `--auth none`, on a workspace folder, and waits until it serves the workbench.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { copyFileSync, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { paths } from './prepareEditor.mjs';

/** A fresh user-data folder holding only the prepared user settings (a running instance keeps sockets in its own). */
export function freshUserData(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'User'), { recursive: true });
  copyFileSync(join(paths.userData, 'User', 'settings.json'), join(dir, 'User', 'settings.json'));
  return dir;
}

/** A free TCP port on 127.0.0.1, chosen by the system. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * code-server's environment: ours plus `extra`, without VSCODE_IPC_HOOK_CLI. That variable is set in
 * a VS Code (or code-server) terminal, and when code-server sees it, it does not start: it asks the
 * editor that owns the terminal to open the folder and exits, so a test run from there never got
 * its own server.
 */
function serverEnv(extra) {
  const env = { ...process.env, ...extra };
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

/**
 * Starts code-server on `workspace`. Returns { url, port, logPath, stop }. `userDataDir` lets two
 * instances run side by side (each needs its own). `env` is added to
 * code-server's environment (the extension host inherits it). Rejects with the log's tail when
 * code-server exits or does not answer within `timeoutMs`.
 */
export async function startCodeServer({ workspace, logPath, env = {}, timeoutMs = 60_000, port, userDataDir = paths.userData }) {
  const chosen = port ?? (await freePort());
  mkdirSync(dirname(logPath), { recursive: true });
  const log = createWriteStream(logPath);
  const child = spawn(
    paths.node,
    [
      paths.codeServer,
      '--bind-addr', `127.0.0.1:${chosen}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', userDataDir,
      '--extensions-dir', paths.extensions,
      workspace,
    ],
    // Its own process group, so that stop() ends the whole tree: code-server forks a server, which
    // forks extension hosts (and they the language servers). Killing only the first process left an
    // extension host running as an orphan now and then (it waits up to 3 h for a reconnection).
    { env: serverEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // Also when our own process ends without calling stop() (a crash, process.exit, Ctrl+C): a
  // detached group no longer gets the terminal's signals.
  const killOnExit = () => killGroup('SIGKILL');
  process.once('exit', killOnExit);
  let tail = '';
  const keep = (chunk) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-2000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${chosen}/?folder=${encodeURIComponent(workspace)}`;
  const stop = () =>
    new Promise((done) => {
      process.removeListener('exit', killOnExit);
      if (exited) {
        killGroup('SIGKILL'); // stragglers of a code-server that ended by itself
        return done();
      }
      child.once('exit', () => {
        killGroup('SIGKILL');
        done();
      });
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), 5000).unref();
    }).then(() => new Promise((done) => log.end(done)));

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited before serving; see ${logPath}:\n${tail}`);
    try {
      const response = await fetch(`http://127.0.0.1:${chosen}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on port ${chosen} within ${timeoutMs} ms; see ${logPath}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port: chosen, logPath, stop, process: child };
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: paths.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
