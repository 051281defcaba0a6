// Linting many files on every core: worker threads, each running the command's own bundle
// (dist/cli.js started with WORKER_FLAG in its workerData), take files one at a time from a shared
// queue and send back each file's report. The main thread keeps the reports in input order, so the
// output is the one a single thread gives.
//
// A file error ends a single-threaded run at the first failing input; here files are linted out of
// order, so the run goes on until every input before the earliest failure is done (inputs after it
// are no longer sent) and reports that failure: the same line, whichever thread found it.

import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { lintInput, type FileOutcome, type FileSettings, type Input } from './cliLint';

/** Marks the command's bundle started as a worker. */
export const WORKER_FLAG = 'whosaysCliWorker';

/**
 * Worker threads pay for themselves only with enough to do. Each thread warms up on its own: V8
 * optimizes the engine's hot functions again in every thread, about 2 s of CPU time on this
 * project's 2-core benchmark machine, about as much as linting 4 MB of news once warm (see
 * scripts/benchCli.ts). So a thread is added for every PER_THREAD_BYTES of input, up to the cores.
 */
export const PER_THREAD_BYTES = 4_000_000;

/** Files each worker holds at once: the next one is there when it finishes one. */
const IN_FLIGHT = 2;

/** How many threads to use: `jobs`, or one per PER_THREAD_BYTES up to the cores; never more than there are files. */
export function threadsFor(jobs: number | undefined, files: number, bytes: number): number {
  const wanted = jobs ?? Math.min(availableParallelism(), Math.floor(bytes / PER_THREAD_BYTES));
  return Math.max(1, Math.min(wanted, files));
}

interface Task {
  index: number;
  input: Input;
}

interface WorkerSetup {
  [WORKER_FLAG]: true;
  settings: FileSettings;
}

/** True when this thread is one of the command's workers; it then serves files until it is ended. */
export function serveIfWorker(): boolean {
  if (isMainThread || !parentPort || (workerData as Partial<WorkerSetup> | null)?.[WORKER_FLAG] !== true) return false;
  const { settings } = workerData as WorkerSetup;
  const port = parentPort;
  port.on('message', (task: Task) => port.postMessage({ index: task.index, outcome: lintInput(task.input, settings) }));
  return true;
}

/**
 * Lints `inputs` (files, not standard input) on `threads` worker threads started from `script`.
 * `order` is the order to send them in (largest first balances the threads best). Returns each
 * input's outcome by index; an input after the earliest failure may be left undefined.
 */
export async function lintInWorkers(
  script: string,
  inputs: readonly Input[],
  order: readonly number[],
  settings: FileSettings,
  threads: number,
  onDone: (done: number) => void,
): Promise<(FileOutcome | undefined)[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(inputs.length);
  if (order.length === 0) return outcomes;
  const setup: WorkerSetup = { [WORKER_FLAG]: true, settings };
  const workers = Array.from({ length: Math.min(threads, order.length) }, () => new Worker(script, { workerData: setup, stdout: false, stderr: false }));
  let next = 0;
  let done = 0;
  /** The index of the earliest failing input so far. */
  let firstFailure = Infinity;
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = 0;
      const send = (worker: Worker): void => {
        while (next < order.length && order[next] > firstFailure) next++;
        if (next < order.length) {
          const index = order[next++];
          worker.postMessage({ index, input: inputs[index] } satisfies Task);
          pending++;
        }
      };
      for (const worker of workers) {
        worker.on('message', ({ index, outcome }: { index: number; outcome: FileOutcome }) => {
          pending--;
          outcomes[index] = outcome;
          if ('error' in outcome) firstFailure = Math.min(firstFailure, index);
          onDone(++done);
          send(worker);
          if (pending === 0) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`a worker thread stopped (exit code ${code})`)));
        for (let i = 0; i < IN_FLIGHT; i++) send(worker);
      }
      if (pending === 0) resolve();
    });
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
