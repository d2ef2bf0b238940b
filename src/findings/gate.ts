// The CI gate: does any FAIL reach the chosen severity?
import { SEVERITY_RANK, type Finding } from './finding.js';
import type { Severity } from '../rules/rule-schema.js';

export function gateFails(findings: readonly Finding[], failOn: Severity | 'none'): boolean {
  if (failOn === 'none') return false;
  return findings.some((f) => f.status === 'FAIL' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
