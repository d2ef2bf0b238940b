// Strength of a password found in code, by zxcvbn-ts with its common dictionaries (loaded once,
// on first use: most scans find no literal password at all).
// The modules too are loaded on first use (required, not imported at start-up with the scanner).
import { createRequire } from 'node:module';

let factory: import('@zxcvbn-ts/core').ZxcvbnFactory | undefined;

/**
 * `ownWords`: words an attacker guesses first for this system — its id, its name and its
 * operator's (a company called Caipin seeding `caipin123`) — given to zxcvbn as user inputs, which
 * its dictionaries do not hold.
 */
export function ratePassword(password: string, ownWords: readonly string[] = []): { score: number; guessesLog10: number } {
  if (!factory) {
    const require = createRequire(import.meta.url);
    const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    factory = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  }
  const result = ownWords.length > 0 ? factory.check(password, [...ownWords]) : factory.check(password);
  return { score: result.score, guessesLog10: Math.round(result.guessesLog10 * 100) / 100 };
}

/** The Latin words (four letters or more) of a system's id, name and operator, lower case. */
export function systemWords(system: { id?: unknown; name?: unknown; operator?: unknown } | undefined): string[] {
  if (!system) return [];
  const text = JSON.stringify([system.id, system.name, system.operator]);
  return [...new Set((text.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase()))].sort();
}
