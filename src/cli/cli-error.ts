// How the CLI reports failure: input problems with their locations, exit code 2.
import { formatDiagnostic, InputError } from '../inventory/diagnostic.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A bug in pipl-audit, not in its input: distinct from 2 so CI can tell them apart. */
export const EXIT_INTERNAL = 3;

/** A usage problem (bad option value, unknown name) the user must fix; exit code 2. */
export class UsageError extends Error {}

export function reportError(error: unknown): number {
  if (error instanceof InputError) {
    for (const d of error.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
    const count = error.diagnostics.filter((d) => d.severity === 'error').length;
    process.stderr.write(`pipl-audit: ${count} input error${count === 1 ? '' : 's'}; nothing was written\n`);
    return EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`pipl-audit: ${error.message}\n`);
    return EXIT_USAGE;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'ENOENT' || code === 'EISDIR' || code === 'EROFS') {
    process.stderr.write(`pipl-audit: cannot write output: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  process.stderr.write(`pipl-audit: internal error: ${(error as Error).stack ?? String(error)}\n`);
  return EXIT_INTERNAL;
}
