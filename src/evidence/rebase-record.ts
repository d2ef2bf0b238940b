// The same evidence record written somewhere else: its base directory is relative to the file
// it is written in, so it is recomputed for that place (and the record signed again).
import type { KeyObject } from 'node:crypto';
import { dirname, relative, resolve, sep } from 'node:path';
import { recordedOutputPath } from './build-evidence-record.js';
import type { EvidenceRecord } from './evidence-record-schema.js';
import { signRecord } from './sign-record.js';

/** The record's base directory: the working directory, relative to the directory of the file the record is written in. */
export function baseDirFor(cwd: string, recordFile: string | undefined): string {
  const recordDir = recordFile ? dirname(resolve(cwd, recordFile)) : cwd;
  return (relative(recordDir, cwd) || '.').split(sep).join('/');
}

export function rebaseRecord(record: EvidenceRecord, cwd: string, recordFile: string | undefined, signingKey?: KeyObject): EvidenceRecord {
  const baseDir = baseDirFor(cwd, recordFile);
  if (baseDir === record.baseDir) return record;
  const { signature: _old, ...unsigned } = record;
  const moved = { ...unsigned, baseDir };
  return signingKey ? signRecord(moved, signingKey) : moved;
}

/**
 * The record as written at `recordFile`: rebased there, listing the given output files (paths
 * relative to cwd or absolute, with the SHA-256 of the bytes written), and signed again.
 */
export function placeRecord(
  record: EvidenceRecord,
  cwd: string,
  recordFile: string | undefined,
  outputs: ReadonlyArray<{ path: string; sha256: string; format: string }>,
  signingKey?: KeyObject,
): EvidenceRecord {
  const { signature: _old, ...unsigned } = record;
  const placed: EvidenceRecord = {
    ...unsigned,
    baseDir: baseDirFor(cwd, recordFile),
    ...(outputs.length > 0 ? { outputs: outputs.map((o) => ({ path: recordedOutputPath(cwd, o.path), sha256: o.sha256, format: o.format })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) } : {}),
  };
  return signingKey ? signRecord(placed, signingKey) : placed;
}
