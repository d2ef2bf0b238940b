// Types of match-findings.js (kept as plain JavaScript so `npm run eval` runs on the built library).
export interface EvalFinding {
  ruleId: string;
  status: string;
  target: { key: string; label: string };
  members?: { count: number; items: Array<{ key: string; label: string }> };
  /** Narrower rules' FAILs folded into this finding (one cause). */
  aspects?: EvalFinding[];
}
export interface ExpectedEntry {
  id: string;
  rules?: string[];
  subjects?: string[];
  article?: string;
  files?: string[];
  reason?: string;
  fact?: string;
}
export interface ExpectedDocument {
  system: string;
  /** blind: written after the rules were tuned on the other systems, never tuned on; absent: tuned */
  set?: 'tuned' | 'blind';
  expected?: ExpectedEntry[];
  trueNegatives?: ExpectedEntry[];
  unstated?: ExpectedEntry[];
}
export interface FalsePositive<F extends EvalFinding = EvalFinding> {
  finding: F;
  trueNegative: string | undefined;
  unstated: string | undefined;
}
export interface SystemScore<F extends EvalFinding = EvalFinding> {
  system: string;
  expectedCount: number;
  failCount: number;
  /** `byAspect`: found only by an aspect folded into a finding (no finding of its own). */
  found: Array<{ item: ExpectedEntry; findings: F[]; byAspect?: EvalFinding }>;
  /** Aspects folded into a FAIL that fall on a true negative (not counted as FAILs of their own). */
  aspectsOnTrueNegatives: Array<FalsePositive<EvalFinding>>;
  missed: ExpectedEntry[];
  falsePositives: Array<FalsePositive<F>>;
  duplicates: number;
  unstatedFails: number;
  trueNegativeFails: number;
  recall: number;
  precision: number;
}
export interface OverallScore {
  expectedCount: number;
  foundCount: number;
  failCount: number;
  falsePositiveCount: number;
  duplicates: number;
  unstatedFails: number;
  trueNegativeFails: number;
  recall: number;
  precision: number;
}
export function namesSubject(text: string, subject: string): boolean;
export function subjectsNamed(finding: EvalFinding, subjects: string[]): number;
export function bestEntry(finding: EvalFinding, entries: ExpectedEntry[]): ExpectedEntry | undefined;
export function scoreSystem<F extends EvalFinding>(expected: ExpectedDocument, findings: F[]): SystemScore<F>;
export function scoreOverall(scores: SystemScore[]): OverallScore;
export function parseEvalArgs(args: string[]): { systems: string[]; jsonFile: string | undefined };
