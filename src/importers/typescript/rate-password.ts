// Strength of a password found in code, by zxcvbn-ts with its common dictionaries (loaded once,
// on first use: most scans find no literal password at all).
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

let factory: ZxcvbnFactory | undefined;

/**
 * `ownWords`: words an attacker guesses first for this system — its id, its name and its
 * operator's (a company called Caipin seeding `caipin123`) — given to zxcvbn as user inputs, which
 * its dictionaries do not hold.
 */
export function ratePassword(password: string, ownWords: readonly string[] = []): { score: number; guessesLog10: number } {
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  const result = ownWords.length > 0 ? factory.check(password, [...ownWords]) : factory.check(password);
  return { score: result.score, guessesLog10: Math.round(result.guessesLog10 * 100) / 100 };
}

/** The Latin words (four letters or more) of a system's id, name and operator, lower case. */
export function systemWords(system: { id?: unknown; name?: unknown; operator?: unknown } | undefined): string[] {
  if (!system) return [];
  const text = JSON.stringify([system.id, system.name, system.operator]);
  return [...new Set((text.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase()))].sort();
}
