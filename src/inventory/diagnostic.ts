// Problems found in the user's input: each names a place (file, line, column, JSON pointer)
// and what was expected there. They are collected, never thrown one at a time.

export type DiagnosticSeverity = 'error' | 'warning';

export interface Diagnostic {
  severity: DiagnosticSeverity;
  file: string;
  line?: number;
  column?: number;
  pointer?: string;
  message: string;
  expected?: string;
}

/** Thrown when input cannot be used; carries every problem found, not just the first. */
export class InputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'InputError';
    this.diagnostics = diagnostics;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const place = [d.file, d.line, d.column].filter((part) => part !== undefined).join(':');
  const pointer = d.pointer !== undefined && d.pointer !== '' ? ` ${d.pointer}:` : '';
  const expected = d.expected ? ` (expected ${d.expected})` : '';
  return `${place}: ${d.severity}:${pointer} ${d.message}${expected}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.message.localeCompare(b.message)
  );
}
