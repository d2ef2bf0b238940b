// Strength of a password found in code, by zxcvbn-ts with its common dictionaries (loaded once,
// on first use: most scans find no literal password at all).
// The modules too are loaded on first use (required, not imported at start-up with the scanner).
import { createRequire } from 'node:module';

let factory: import('@zxcvbn-ts/core').ZxcvbnFactory | undefined;

export function ratePassword(password: string): { score: number; guessesLog10: number } {
  if (!factory) {
    const require = createRequire(import.meta.url);
    const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    factory = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  }
  const result = factory.check(password);
  return { score: result.score, guessesLog10: Math.round(result.guessesLog10 * 100) / 100 };
}
