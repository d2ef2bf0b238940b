// Applies a baseline before rendering: findings whose fingerprints the baseline holds are known,
// left out of the listed findings and counted per rule as `known`; only new ones remain (and
// only they can fail the CI gate). Suppressed findings stay listed: an exception is reported in
// every output whether or not the finding is old.
import { moveCount, summarise } from '../report/report-summary.js';
import type { AuditReport } from '../report/report-schema.js';
import type { LoadedBaseline } from './load-baseline.js';

export function applyBaseline(report: AuditReport, baseline: LoadedBaseline): AuditReport {
  const rules = report.rules.map((r) => ({ ...r, counts: { ...r.counts } }));
  const countsOf = new Map(rules.map((r) => [r.id, r.counts]));
  let known = 0;
  const findings = report.findings.filter((f) => {
    if (f.status === 'PASS' || f.status === 'SUPPRESSED' || !baseline.fingerprints.has(f.fingerprint)) return true;
    known++;
    const counts = countsOf.get(f.ruleId);
    if (counts) moveCount(counts, f.status, 'known', f.members?.count);
    return false;
  });
  return { ...report, rules, summary: summarise(rules, findings), findings, baseline: { file: baseline.file, sha256: baseline.sha256, known } };
}
