// The record's id: SHA-256 of the canonical JSON of what the result was computed from and what it
// is — tool, command name (not the command line, which names output files), parameters, inputs, packs, exceptions and the result hash. It leaves out
// what changes with where the record is written or what was rendered from it (baseDir, outputs,
// timestamp, signature, the argv with its output paths), so a printed acceptance report can carry it: the report cannot contain
// its own hash, but it can carry the id of the record that lists the report's hash.
import { canonicalSha256 } from './canonical-json.js';
import type { EvidenceRecord } from './evidence-record-schema.js';

export function recordIdOf(record: Omit<EvidenceRecord, 'id'> | EvidenceRecord): string {
  return canonicalSha256({
    tool: record.tool,
    command: record.command.name,
    parameters: record.parameters,
    inputs: record.inputs,
    packs: record.packs,
    exceptions: record.exceptions,
    result: record.result,
  });
}
