// The CI gate: does any FAIL reach the chosen severity?
import { SEVERITY_RANK, type Finding } from './finding.js';
import type { Severity } from '../rules/rule-schema.js';

export function gateFails(findings: readonly Finding[], failOn: Severity | 'none'): boolean {
  return gatingFailures(findings, failOn) > 0;
}

/** How many FAIL findings reach the chosen severity (the number the exit message gives). */
export function gatingFailures(findings: readonly Finding[], failOn: Severity | 'none'): number {
  if (failOn === 'none') return 0;
  let count = 0;
  for (const f of findings) if (f.status === 'FAIL' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) count++;
  return count;
}
