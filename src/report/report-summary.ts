// The report's summary, from its per-rule counts and listed findings: totals of every status,
// FAILs by severity (of the findings listed, so a baseline's known findings do not count), how
// many rules failed (apart from how many items: one rule may fail on many; a rule whose FAIL is an
// aspect of another rule's finding counts as failed, its finding does not count again), and
// the suppressed and known counts when exceptions or a baseline were applied.
import type { AuditReport, ReportRule } from './report-schema.js';

type Counts = ReportRule['counts'];
const COUNTED = ['FAIL', 'PASS', 'NOT_EVALUATED', 'MANUAL', 'notApplicable', 'SUPPRESSED', 'known'] as const;

export function summarise(rules: readonly ReportRule[], findings: AuditReport['findings']): AuditReport['summary'] {
  const counts: Counts = { FAIL: 0, PASS: 0, NOT_EVALUATED: 0, MANUAL: 0, notApplicable: 0 };
  for (const rule of rules) {
    for (const key of COUNTED) {
      const value = rule.counts[key];
      if (value !== undefined) counts[key] = (counts[key] ?? 0) + value;
    }
  }
  const failedBySeverity: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  const rulesFailed = new Set<string>();
  let findingsFailed = 0;
  for (const f of findings) {
    if (f.status !== 'FAIL') continue;
    failedBySeverity[f.severity] = (failedBySeverity[f.severity] ?? 0) + 1;
    rulesFailed.add(f.ruleId);
    // A rule whose FAIL is an aspect of another finding failed too; the finding is counted once.
    for (const a of f.aspects ?? []) rulesFailed.add(a.ruleId);
    findingsFailed++;
  }
  return { counts, failedBySeverity, rulesRun: rules.length, rulesFailed: rulesFailed.size, findingsFailed };
}

/** Moves one finding's items (one, or a grouped finding's members) from one status to another in its rule's counts. */
export function moveCount(counts: Counts, from: 'FAIL' | 'NOT_EVALUATED' | 'MANUAL' | 'PASS' | 'SUPPRESSED', to: 'SUPPRESSED' | 'known', items = 1): void {
  counts[from] = Math.max(0, (counts[from] ?? 0) - items);
  counts[to] = (counts[to] ?? 0) + items;
}
