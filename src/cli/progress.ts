// A progress line on standard error, for runs that take more than a second, and only when
// standard error is a terminal: nothing ever reaches a pipe, a log or a file. With NO_COLOR (or
// TERM=dumb) the line is cleared with spaces rather than an ANSI erase sequence.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export class Progress {
  private readonly started: number;
  private lastWrite = 0;
  private shown = 0;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = Date.now,
    private readonly afterMs = 1000,
    private readonly ansi = !process.env.NO_COLOR && process.env.TERM !== 'dumb',
  ) {
    this.started = now();
  }

  update(text: string): void {
    if (this.stream.isTTY !== true) return;
    const now = this.now();
    if (now - this.started < this.afterMs || now - this.lastWrite < 100) return;
    this.lastWrite = now;
    const line = `pipl-audit: ${text}`;
    this.stream.write(`${this.clearing()}${line}`);
    this.shown = line.length;
  }

  /** Clears the line, so what follows starts on a clean one. */
  done(): void {
    if (this.shown > 0) this.stream.write(this.clearing());
    this.shown = 0;
  }

  private clearing(): string {
    if (this.ansi) return '\r\x1b[2K';
    return this.shown > 0 ? `\r${' '.repeat(this.shown)}\r` : '\r';
  }
}
