// The evidence record of a plain audit (`audit --evidence FILE`): the audited files with their
// hashes, the project file if one was used, the packs, the hash of the JSON report, and every
// output file the run wrote with the hash of the bytes written.
import { createHash } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findProjectFile } from '../project/project-file.js';
import type { AuditReport } from '../report/report-schema.js';
import { displayPathOf } from '../sources/discover-files.js';
import { buildEvidenceRecord } from './build-evidence-record.js';
import { canonicalSha256 } from './canonical-json.js';
import type { EvidenceRecord } from './evidence-record-schema.js';
import { signRecord } from './sign-record.js';

export interface AuditEvidenceRequest {
  paths: string[];
  cwd: string;
  argv: string[];
  parameters: Record<string, unknown>;
  recordFile: string;
  timestamp?: string;
  signingKey?: KeyObject;
  /** The files the run wrote (paths relative to cwd or absolute) with the SHA-256 of their bytes. */
  outputs?: ReadonlyArray<{ path: string; sha256: string; format: string }>;
}

export function auditEvidenceRecord(report: AuditReport, request: AuditEvidenceRequest): EvidenceRecord {
  const projectFile = findProjectFile(request.paths, request.cwd);
  const record = buildEvidenceRecord({
    command: 'audit',
    argv: request.argv,
    parameters: request.parameters,
    cwd: request.cwd,
    recordFile: request.recordFile,
    sides: [
      {
        role: 'audit',
        report,
        ...(projectFile ? { file: { path: displayPathOf(projectFile, request.cwd), sha256: createHash('sha256').update(readFileSync(projectFile)).digest('hex'), kind: 'project' as const } } : {}),
      },
    ],
    result: {
      sha256: canonicalSha256(report),
      of: 'the JSON report, as canonical JSON',
      summary: { ...report.summary.failedBySeverity, rulesRun: report.summary.rulesRun },
    },
    ...(request.timestamp ? { timestamp: request.timestamp } : {}),
    ...(request.outputs ? { outputs: request.outputs } : {}),
  });
  return request.signingKey ? signRecord(record, request.signingKey) : record;
}
