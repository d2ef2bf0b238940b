// `audit --evidence FILE [--sign-key KEY] [--timestamp]`: the evidence record of an audit, with
// the hash of every output file written, written atomically. Where the record may point is
// checked before any output is written (src/evidence/record-paths.ts): a record that would name
// a file outside its folder is refused, since `evidence check` would refuse it.
import { normaliseCommandLine } from '../evidence/command-line.js';
import { auditEvidenceRecord } from '../evidence/audit-evidence.js';
import { confinementProblems } from '../evidence/record-paths.js';
import type { EvidenceRecord } from '../evidence/evidence-record-schema.js';
import { InputError } from '../inventory/diagnostic.js';
import type { AuditReport } from '../report/report-schema.js';
import { writeFileAtomic } from './output-file.js';
import { ruleSelectionRecord, type RuleSelectionFlags } from './rule-selection-options.js';
import { loadSigningKey } from './signing-key-option.js';
import { cliArgv } from './cli-io.js';

interface EvidenceFlags extends RuleSelectionFlags {
  evidence: string;
  signKey?: string;
  timestamp?: boolean;
  failOn: string;
  asOf?: string;
  includePassed?: boolean;
}

type Outputs = ReadonlyArray<{ path: string; sha256: string; format: string }>;

/** Refuses, before anything is written, a record that would point outside its folder. */
export function checkAuditEvidencePlace(report: AuditReport, paths: string[], flags: EvidenceFlags, outputs: ReadonlyArray<{ path: string; format: string }>): void {
  const record = buildRecord(report, paths, flags, outputs.map((o) => ({ ...o, sha256: '0'.repeat(64) })));
  const problems = confinementProblems(record, flags.evidence);
  if (problems.length > 0) throw new InputError(problems);
}

/** Writes the record; `inputs` are the audit's input files, which the record may not overwrite. */
export function writeAuditEvidence(report: AuditReport, paths: string[], flags: EvidenceFlags, outputs: Outputs, inputs: readonly string[] = []): void {
  const record = buildRecord(report, paths, flags, outputs);
  writeFileAtomic(flags.evidence, JSON.stringify(record, null, 2) + '\n', inputs);
}

function buildRecord(report: AuditReport, paths: string[], flags: EvidenceFlags, outputs: Outputs): EvidenceRecord {
  const cwd = process.cwd();
  const signingKey = flags.signKey ? loadSigningKey(flags.signKey) : undefined;
  return auditEvidenceRecord(report, {
    paths,
    cwd,
    argv: normaliseCommandLine(cliArgv(), cwd),
    parameters: {
      failOn: flags.failOn,
      ...ruleSelectionRecord(flags),
      asOf: report.asOf,
      includePassed: flags.includePassed ?? false,
    },
    recordFile: flags.evidence,
    ...(flags.timestamp ? { timestamp: new Date().toISOString() } : {}),
    ...(signingKey ? { signingKey } : {}),
    outputs,
  });
}
