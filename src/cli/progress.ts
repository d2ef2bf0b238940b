// A progress line on standard error, for runs that take more than a second, and only when
// standard error is a terminal: nothing ever reaches a pipe, a log or a file.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export class Progress {
  private readonly started: number;
  private lastWrite = 0;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = Date.now,
    private readonly afterMs = 1000,
  ) {
    this.started = now();
  }

  update(text: string): void {
    if (this.stream.isTTY !== true) return;
    const now = this.now();
    if (now - this.started < this.afterMs || now - this.lastWrite < 100) return;
    this.lastWrite = now;
    this.shown = true;
    this.stream.write(`\r\x1b[2Kpipl-audit: ${text}`);
  }

  /** Clears the line, so what follows starts on a clean one. */
  done(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
