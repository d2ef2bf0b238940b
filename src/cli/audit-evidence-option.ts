// `audit --evidence FILE [--sign-key KEY] [--timestamp]`: the evidence record of an audit, written atomically.
import { normaliseCommandLine } from '../evidence/command-line.js';
import { auditEvidenceRecord } from '../evidence/audit-evidence.js';
import type { AuditReport } from '../report/report-schema.js';
import { writeFileAtomic } from './output-file.js';
import { ruleSelectionRecord, type RuleSelectionFlags } from './rule-selection-options.js';
import { loadSigningKey } from './signing-key-option.js';

interface EvidenceFlags extends RuleSelectionFlags {
  evidence: string;
  signKey?: string;
  timestamp?: boolean;
  failOn: string;
  asOf?: string;
  includePassed?: boolean;
}

export function writeAuditEvidence(report: AuditReport, paths: string[], flags: EvidenceFlags, inputs: readonly string[] = []): void {
  const cwd = process.cwd();
  const signingKey = flags.signKey ? loadSigningKey(flags.signKey) : undefined;
  const record = auditEvidenceRecord(report, {
    paths,
    cwd,
    argv: normaliseCommandLine(process.argv, cwd),
    parameters: {
      failOn: flags.failOn,
      ...ruleSelectionRecord(flags),
      asOf: report.asOf,
      includePassed: flags.includePassed ?? false,
    },
    recordFile: flags.evidence,
    ...(flags.timestamp ? { timestamp: new Date().toISOString() } : {}),
    ...(signingKey ? { signingKey } : {}),
  });
  writeFileAtomic(flags.evidence, JSON.stringify(record, null, 2) + '\n', inputs);
}
