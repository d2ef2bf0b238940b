// Types of adjudicate.js (plain JavaScript so that `npm run eval` runs on the built library).
import type { EvalFinding, SystemScore } from './match-findings.js';

export interface Verdict {
  rule: string;
  /** the finding's target key, as run-eval.js prints it */
  target: string;
  verdict: 'right' | 'wrong';
  reason: string;
}
export interface AdjudicationDocument {
  adjudicator?: string;
  /** the commit whose first run was judged */
  judged?: string;
  findings?: Verdict[];
}
export interface Adjudication {
  right: number;
  wrong: number;
  unjudged: number;
  /** verdicts (`rule target`) that matched no false positive of this run */
  stale: string[];
  failCount: number;
  truePositives: number;
  precision: number;
}
export function verdictsOf(document: AdjudicationDocument | undefined, file: string): Map<string, Verdict>;
export function adjudicate<F extends EvalFinding>(score: SystemScore<F>, verdicts: Map<string, Verdict>): Adjudication;
export function adjudicateOverall(results: Adjudication[]): Adjudication;
