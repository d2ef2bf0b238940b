// Where an evidence record may point: only inside its own folder. Its `baseDir` is relative to
// the folder the record lies in and must not leave it (no absolute path, no `..`); every input
// and output path is relative to that base, with forward slashes, and must not leave it either.
// A record that breaks this is refused — by `evidence check` (it would otherwise re-hash, and so
// read, any file on the checker's machine) and by the commands that write records (a record that
// cannot be checked is worth nothing). The one exception is a `report-input`: a path a saved
// report recorded, copied as it stands; it is never read when it leaves the base.
import type { Diagnostic } from '../inventory/diagnostic.js';
import type { EvidenceRecord } from './evidence-record-schema.js';

/** Whether a recorded path stays inside its base: relative, forward slashes, no `.`/`..`/empty segment (`.` alone is the base itself). */
export function staysInside(path: string, { allowSelf = false } = {}): boolean {
  if (path === '.') return allowSelf;
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Every place in a record that points outside its folder, as problems with their JSON pointers. */
export function confinementProblems(record: EvidenceRecord, file: string, pointerPrefix = ''): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const at = (pointer: string, message: string, expected: string) => problems.push({ severity: 'error', file, pointer: pointerPrefix + pointer, message, expected });
  if (!staysInside(record.baseDir, { allowSelf: true })) {
    at('/baseDir', `baseDir "${record.baseDir}" leaves the folder of the evidence record`, 'a relative folder inside the record’s folder ("." for the record’s own folder): write the record in the folder that holds the audited files, or above it');
  }
  record.inputs.forEach((input, i) => {
    if (input.kind !== 'report-input' && !staysInside(input.path)) at(`/inputs/${i}/path`, `input path "${input.path}" leaves the record's base folder`, 'a relative path inside the base folder (audit files that lie inside the working directory)');
  });
  (record.outputs ?? []).forEach((output, i) => {
    if (!staysInside(output.path)) at(`/outputs/${i}/path`, `output path "${output.path}" leaves the record's base folder`, 'outputs written inside the working directory');
  });
  return problems;
}
