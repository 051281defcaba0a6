// The progress line of a long run: "whosays: 312/1000 files" on standard error, rewritten in place
// and erased before the report (or the error line) is written. Only on a terminal: standard output
// never gets any of it, and a log file or a pipe on standard error gets nothing either.

/** The part of a stream the progress line needs (a fake one in tests). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  /** Show the line from the start: many files. */
  immediate: boolean;
  /** Otherwise show it once the run has lasted this long (milliseconds). */
  delayMs?: number;
  /** Milliseconds between two redraws at most. */
  intervalMs?: number;
  clock?: () => number;
}

/** Runs with at least this many files show progress at once; shorter ones after DELAY_MS. */
export const MANY_FILES = 100;
const DELAY_MS = 1000;
const INTERVAL_MS = 100;
const ERASE_LINE = '\r\u001b[K';

export class Progress {
  private readonly started: number;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private readonly clock: () => number;
  private shown = false;
  private lastDrawn = -Infinity;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly options: ProgressOptions,
  ) {
    this.clock = options.clock ?? Date.now;
    this.started = this.clock();
    this.delayMs = options.delayMs ?? DELAY_MS;
    this.intervalMs = options.intervalMs ?? INTERVAL_MS;
  }

  /** `done` files of the total are linted. Draws at most every intervalMs, and only once the line is due. */
  update(done: number): void {
    const now = this.clock();
    if (!this.shown && !this.options.immediate && now - this.started < this.delayMs) return;
    if (this.shown && now - this.lastDrawn < this.intervalMs && done < this.total) return;
    this.shown = true;
    this.lastDrawn = now;
    this.stream.write(`${ERASE_LINE}whosays: ${done}/${this.total} ${this.total === 1 ? 'file' : 'files'}`);
  }

  /** Erases the line, if it was drawn; call before anything else goes to the terminal. */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.stream.write(ERASE_LINE);
  }
}

/** No-op stand-in when progress is off. */
export const NO_PROGRESS = { update(): void {}, clear(): void {} };

/** A progress line for `total` files when standard error is a terminal and it was not turned off. */
export function progressFor(stream: ProgressStream, total: number, enabled: boolean): Pick<Progress, 'update' | 'clear'> {
  if (!enabled || stream.isTTY !== true) return NO_PROGRESS;
  return new Progress(stream, total, { immediate: total >= MANY_FILES });
}
