// Assembles the evidence record of an audit or a verification from what the reports already
// carry (inputs with SHA-256, packs with content hashes, exceptions) and what the command knows
// (argv, parameters, the files it read itself).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { AuditReport } from '../report/report-schema.js';
import { TOOL_NAME } from '../package-root.js';
import { TOOL_VERSION } from '../package-version.js';
import type { EvidenceInput, EvidenceRecord } from './evidence-record-schema.js';
import { baseDirFor } from './rebase-record.js';
import { recordIdOf } from './record-id.js';

export type EvidenceRole = EvidenceInput['role'];

/** One audited side as the record needs it. */
export interface EvidenceSide {
  role: EvidenceRole;
  report: AuditReport;
  /** A saved report read as this side (its inputs are then second-hand), or the project file of audited sources. */
  file?: { path: string; sha256: string; kind: 'report' | 'project' };
}

export interface EvidenceRequest {
  command: 'verify' | 'audit';
  argv: string[];
  parameters: Record<string, unknown>;
  /** The working directory: input paths are relative to it. */
  cwd: string;
  /** Where the record will be written (undefined: standard output). */
  recordFile?: string;
  recommendation?: { path: string; sha256: string };
  sides: EvidenceSide[];
  result: EvidenceRecord['result'];
  timestamp?: string;
  /** Files the run wrote besides the record (paths relative to cwd or absolute), with the SHA-256 of the bytes written. */
  outputs?: ReadonlyArray<{ path: string; sha256: string; format: string }>;
}

/** An output path as the record keeps it: relative to the working directory (the record's base), forward slashes. */
export function recordedOutputPath(cwd: string, path: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return isAbsolute(rel) ? rel : rel.split(sep).join('/');
}

const ROLE_ORDER: EvidenceRole[] = ['recommendation', 'before', 'after', 'audit'];

export function buildEvidenceRecord(request: EvidenceRequest): EvidenceRecord {
  const inputs: EvidenceInput[] = [];
  if (request.recommendation) inputs.push({ ...request.recommendation, role: 'recommendation', kind: 'recommendation' });
  for (const side of request.sides) {
    if (side.file) inputs.push({ path: side.file.path, sha256: side.file.sha256, role: side.role, kind: side.file.kind });
    const secondHand = side.file?.kind === 'report';
    for (const input of side.report.inputs) {
      inputs.push({ path: input.path, sha256: input.sha256, role: side.role, kind: secondHand ? 'report-input' : 'source', ...(secondHand && side.file ? { via: side.file.path } : {}) });
    }
  }
  inputs.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.kind < b.kind ? -1 : 1));

  const baseDir = baseDirFor(request.cwd, request.recordFile);

  const record: EvidenceRecord = {
    evidenceVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    command: { name: request.command, argv: request.argv },
    parameters: request.parameters,
    baseDir,
    inputs,
    packs: request.sides.flatMap((side) => side.report.packs.map((p) => ({ role: side.role, name: p.name, version: p.version, hash: p.hash }))),
    exceptions: request.sides.flatMap((side) => exceptionsOf(side.report).map((exception) => ({ role: side.role, exception }))),
    ...(request.outputs ? { outputs: request.outputs.map((o) => ({ path: recordedOutputPath(request.cwd, o.path), sha256: o.sha256, format: o.format })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) } : {}),
    result: request.result,
    ...(request.timestamp ? { timestamp: request.timestamp } : {}),
  };
  const { evidenceVersion, ...rest } = record;
  return { evidenceVersion, id: recordIdOf(record), ...rest };
}

/** Exceptions a report says it applied, when its version of the report carries them. */
function exceptionsOf(report: AuditReport): unknown[] {
  const listed = (report as { exceptions?: unknown }).exceptions;
  if (Array.isArray(listed)) return listed as unknown[];
  if (listed && typeof listed === 'object' && Array.isArray((listed as { applied?: unknown }).applied)) return (listed as { applied: unknown[] }).applied;
  return [];
}
