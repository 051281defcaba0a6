// When the language server dies (a crash, an out-of-memory kill, someone ending the process), the
// client starts a new one and tells the writer, unless it has died too often lately: then it stays
// down with a message, rather than restart in a loop. Pure (no vscode import) so it can be tested.

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60_000;

export type RestartDecision = { restart: true; count: number } | { restart: false; count: number };

export class RestartPolicy {
  private readonly crashes: number[] = [];

  constructor(private readonly now: () => number = Date.now, private readonly maxRestarts = MAX_RESTARTS, private readonly windowMs = RESTART_WINDOW_MS) {}

  /** The server stopped without being asked to: restart it, or give up after too many recent crashes. */
  serverStopped(): RestartDecision {
    const now = this.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && this.crashes[0] <= now - this.windowMs) this.crashes.shift();
    return { restart: this.crashes.length <= this.maxRestarts, count: this.crashes.length };
  }
}
