// Strength of a password found in code, by zxcvbn-ts with its common dictionaries (loaded once,
// on first use: most scans find no literal password at all).
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

let factory: ZxcvbnFactory | undefined;

export function ratePassword(password: string): { score: number; guessesLog10: number } {
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  const result = factory.check(password);
  return { score: result.score, guessesLog10: Math.round(result.guessesLog10 * 100) / 100 };
}
