// The baseline document of a report: every listed finding (suppressed ones included, and those
// a baseline of its own already knew, and the aspects folded into them) by
// fingerprint, sorted, without messages or line numbers, so it changes only when findings do.
import { TOOL_VERSION } from '../package-version.js';
import type { AuditReport } from '../report/report-schema.js';
import type { BaselineFile } from './baseline-schema.js';
import { withAspects } from '../findings/fold-aspects.js';

export function baselineOf(report: AuditReport): BaselineFile {
  // An aspect folded into another rule's finding is recorded by its own fingerprint too, so that it
  // is still known when it stands alone again (the broader rule passes after a partial fix).
  const findings = withAspects([...report.findings, ...(report.knownFindings ?? [])])
    .filter((f) => f.status !== 'PASS')
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, target: f.target.key, status: f.suppression?.status ?? f.status }))
    .sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  return {
    baselineVersion: 2,
    tool: { name: 'pipl-audit', version: TOOL_VERSION },
    asOf: report.asOf,
    system: { id: report.system?.id ?? null },
    inputs: report.inputs.map((i) => ({ path: i.path, sha256: i.sha256 })),
    findings,
  };
}

export function renderBaseline(report: AuditReport): string {
  return JSON.stringify(baselineOf(report), null, 2) + '\n';
}
