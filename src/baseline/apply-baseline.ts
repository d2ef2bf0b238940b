// Applies a baseline before rendering: findings whose fingerprints the baseline holds are known,
// moved out of the listed findings into `knownFindings` and counted per rule as `known`; only new
// ones remain listed (and only they can fail the CI gate). Every finding, listed or known, gets
// its `baselineState` (new / unchanged), so SARIF can keep known results as "unchanged" — code
// scanning closes an alert whose result disappears from the upload. Suppressed findings stay
// listed: an exception is reported in every output whether or not the finding is old.
// A finding with aspects (other rules' FAILs folded into it) is known only when its own
// fingerprint and every aspect's are in the baseline. A grouped finding (one per cause, its
// fingerprint the rule and the cause) is also known when the baseline holds every member as a
// finding of its own — a baseline made before the rule grouped its items.
import { moveCount, summarise } from '../report/report-summary.js';
import type { AuditReport, ReportFinding } from '../report/report-schema.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import type { LoadedBaseline } from './load-baseline.js';

export function applyBaseline(report: AuditReport, baseline: LoadedBaseline): AuditReport {
  const rules = report.rules.map((r) => ({ ...r, counts: { ...r.counts } }));
  const countsOf = new Map(rules.map((r) => [r.id, r.counts]));
  const findings: ReportFinding[] = [];
  const knownFindings: ReportFinding[] = [];
  for (const f of report.findings) {
    // A finding with aspects is known only when every aspect is: a new aspect of a known cause is news.
    const inBaseline = known(f, baseline) && (f.aspects ?? []).every((a) => known(a, baseline));
    const stated: ReportFinding = { ...f, baselineState: inBaseline ? 'unchanged' : 'new' };
    if (f.status === 'PASS' || f.status === 'SUPPRESSED' || !inBaseline) {
      findings.push(stated);
      continue;
    }
    knownFindings.push(stated);
    const counts = countsOf.get(f.ruleId);
    if (counts) moveCount(counts, f.status, 'known', f.members?.count);
    for (const a of f.aspects ?? []) {
      const aspectCounts = countsOf.get(a.ruleId);
      if (aspectCounts) moveCount(aspectCounts, a.status, 'known', a.members?.count);
    }
  }
  return {
    ...report,
    rules,
    summary: summarise(rules, findings),
    findings,
    knownFindings,
    baseline: { file: baseline.file, sha256: baseline.sha256, known: knownFindings.length },
  };
}

/** Whether the baseline knows the finding: by its fingerprint, or (a group) by every member's own. */
function known(f: Pick<ReportFinding, 'ruleId' | 'fingerprint' | 'members'>, baseline: LoadedBaseline): boolean {
  if (baseline.fingerprints.has(f.fingerprint)) return true;
  const members = f.members?.items ?? [];
  return members.length > 0 && members.length === f.members?.count && members.every((m) => baseline.fingerprints.has(fingerprintOf(f.ruleId, m.key)));
}
