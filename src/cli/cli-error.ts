// How the CLI reports failure: input problems with their locations, exit code 2; every line in
// the language the run speaks (src/cli/cli-lang.ts).
import type { Bilingual } from '../i18n/bilingual.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { formatDiagnostic, InputError } from '../inventory/diagnostic.js';
import { cliLang, say } from './cli-lang.js';
import { originalStack } from './stack-origin.js';
import { cliStderr } from './cli-io.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A bug in pipl-audit, not in its input: distinct from 2 so CI can tell them apart. */
export const EXIT_INTERNAL = 3;

/** A usage problem (bad option value, unknown name) the user must fix; exit code 2. */
export class UsageError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual | string) {
    const pair = typeof text === 'string' ? { zh: text, en: text } : text;
    super(pair.en);
    this.text = pair;
  }
}

export function reportError(error: unknown): number {
  if (error instanceof InputError) {
    for (const d of error.diagnostics) cliStderr().write(formatDiagnostic(d, cliLang()) + '\n');
    const count = error.diagnostics.filter((d) => d.severity === 'error').length;
    cliStderr().write(`pipl-audit: ${say(CLI_MESSAGES.inputErrors(count))}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    cliStderr().write(`pipl-audit: ${say(error.text)}\n`);
    return EXIT_USAGE;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'ENOENT' || code === 'EISDIR' || code === 'EROFS') {
    cliStderr().write(`pipl-audit: ${say(CLI_MESSAGES.cannotWrite((error as Error).message))}\n`);
    return EXIT_USAGE;
  }
  cliStderr().write(`pipl-audit: ${say(CLI_MESSAGES.internalError(originalStack((error as Error).stack ?? String(error))))}\n`);
  return EXIT_INTERNAL;
}
