// Entry point of the extension-host test suite (bundled to out/electron/suite/index.js).
//
// VS Code's test runner (@vscode/test-electron) loads this file and calls `run()`; the code-server
// runner of the next step can call `runSuite()` for the per-test results. The suite files are
// registered explicitly (no glob at run time), and their `suite`/`test` functions come from the
// object Mocha fills on "pre-require", not from globals, so nothing leaks into a shared extension host.
import Mocha from 'mocha';
import type { Tdd } from './tdd';
import { defineClientTests } from './client.test';
import { defineExtensionTests } from './extension.test';

const SUITE_FILES: readonly [string, (tdd: Tdd) => void][] = [
  ['client.test', defineClientTests],
  ['extension.test', defineExtensionTests],
];

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
}

export interface RunOptions {
  /** A Mocha reporter name ("spec" by default; "dot", "tap", "json"…). */
  reporter?: string;
  /** Per-test timeout in milliseconds (60 s by default: the language server starts cold). */
  timeout?: number;
  /** Only tests whose full title matches. */
  grep?: string;
}

/** Runs the suite and resolves with what passed and failed (never rejects on test failures). */
export function runSuite(options: RunOptions = {}): Promise<SuiteResults> {
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: options.reporter ?? 'spec', timeout: options.timeout ?? 60_000 });
  if (options.grep) mocha.grep(options.grep);
  for (const [file, define] of SUITE_FILES) {
    const context = {} as Tdd;
    mocha.suite.emit('pre-require', context, file, mocha);
    define(context);
    mocha.suite.emit('post-require', context, file, mocha);
  }
  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, tests: [] };
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve(results));
    runner.on('pass', (test: Mocha.Test) => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
    });
    runner.on('fail', (test: Mocha.Test, error: unknown) => {
      results.failed++;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: message });
    });
    runner.on('pending', (test: Mocha.Test) => {
      results.pending++;
      results.tests.push({ title: test.fullTitle(), state: 'pending' });
    });
  });
}

/**
 * What VS Code calls (it passes the tests path and a legacy callback, both ignored): resolves when
 * every test passed, rejects otherwise.
 */
export async function run(): Promise<void> {
  const results = await runSuite({ grep: process.env.WHOSAYS_TEST_GREP || undefined });
  if (results.failed > 0) throw new Error(`${results.failed} of ${results.passed + results.failed} extension tests failed`);
}
