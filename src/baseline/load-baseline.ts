// Reads a baseline: a file from `pipl-audit baseline write` (baselineVersion 2) or a JSON report
// (reportVersion 1; its findings and knownFindings). Anything else — another version, another kind of file, malformed JSON — is
// an input error naming the file, never an empty baseline that would report everything as new.
// A baseline of version 1 does not say which system it was taken from: it is refused, with how
// to write it again. Which system a baseline belongs to is checked by checkBaselineSystem.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../inventory/diagnostic.js';
import { compileSchema } from '../schema/compile-schema.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import { displayPathOf } from '../sources/discover-files.js';
import { parseSourceText } from '../sources/source-document.js';
import { BaselineFileSchema } from './baseline-schema.js';

export interface LoadedBaseline {
  file: string;
  sha256: string;
  fingerprints: Set<string>;
  /** The system the baseline was taken from (manifest system.id; null: none stated). */
  systemId: string | null;
}

/** A baseline taken from another system is refused: it would hide this system's findings. */
export function checkBaselineSystem(baseline: LoadedBaseline, systemId: string | null): void {
  if (baseline.systemId === systemId) return;
  const name = (id: string | null) => (id === null ? 'no system id' : `system "${id}"`);
  throw new InputError([
    {
      severity: 'error',
      file: baseline.file,
      pointer: '/system/id',
      message: `the baseline was taken from ${name(baseline.systemId)}, but this audit is of ${name(systemId)}`,
      expected: "a baseline of this system (`pipl-audit baseline write` on this system's inputs)",
    },
  ]);
}

let validate: ReturnType<typeof compileSchema> | undefined;

export function loadBaseline(path: string, cwd: string): LoadedBaseline {
  const full = resolve(cwd, path);
  const file = displayPathOf(full, cwd);
  if (!existsSync(full)) throw new InputError([{ severity: 'error', file, message: 'baseline file not found', expected: 'a file written by `pipl-audit baseline write` or a JSON report' }]);
  const bytes = readFileSync(full);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const document = parseSourceText(bytes.toString('utf8').replace(/^\uFEFF/, ''), file, sha256);
  const data = document.data as Record<string, unknown> | null;
  const at = (pointer: string) => ({ file, ...(document.locate([pointer]).get(pointer) ?? {}), pointer });

  if (data !== null && typeof data === 'object' && 'reportVersion' in data) {
    if (data.reportVersion !== 1) {
      throw new InputError([{ severity: 'error', ...at('/reportVersion'), message: `report version ${JSON.stringify(data.reportVersion)} cannot serve as a baseline for this pipl-audit`, expected: 'reportVersion 1 (re-run the old audit with this version, or `pipl-audit baseline write`)' }]);
    }
    const listed = Array.isArray(data.findings) ? (data.findings as Array<{ fingerprint?: unknown }>) : undefined;
    // A report of a run with a baseline lists only its new findings; the ones its baseline
    // already held are in knownFindings, and are known to this baseline too.
    const known = data.knownFindings === undefined ? [] : Array.isArray(data.knownFindings) ? (data.knownFindings as Array<{ fingerprint?: unknown }>) : undefined;
    if (!listed || listed.some((f) => typeof f?.fingerprint !== 'string')) {
      throw new InputError([{ severity: 'error', ...at('/findings'), message: 'report has no findings with fingerprints', expected: 'a JSON report written by `pipl-audit audit -f json`' }]);
    }
    if (!known || known.some((f) => typeof f?.fingerprint !== 'string')) {
      throw new InputError([{ severity: 'error', ...at('/knownFindings'), message: 'report has knownFindings without fingerprints', expected: 'a JSON report written by `pipl-audit audit -f json`' }]);
    }
    // Aspects folded into a finding (one finding per cause across rules) are known by their own fingerprints too.
    const aspects = [...listed, ...known].flatMap((f) => {
      const list = (f as { aspects?: unknown }).aspects;
      return Array.isArray(list) ? (list as Array<{ fingerprint?: unknown }>).filter((a) => typeof a?.fingerprint === 'string') : [];
    });
    const findings = [...listed, ...known, ...aspects];
    const system = data.system as { id?: unknown } | null | undefined;
    return { file, sha256, fingerprints: new Set(findings.map((f) => f.fingerprint as string)), systemId: typeof system?.id === 'string' ? system.id : null };
  }
  if (data !== null && typeof data === 'object' && data.baselineVersion === 1) {
    throw new InputError([
      {
        severity: 'error',
        ...at('/baselineVersion'),
        message: 'this baseline (version 1) does not record which system it was taken from, so it cannot be trusted not to hide this system\'s findings',
        expected: 'a baseline written again with `pipl-audit baseline write PATH… -o FILE` by this version (it records system.id and the inputs)',
      },
    ]);
  }
  if (data !== null && typeof data === 'object' && 'baselineVersion' in data && data.baselineVersion !== 2) {
    throw new InputError([{ severity: 'error', ...at('/baselineVersion'), message: `baseline version ${JSON.stringify(data.baselineVersion)} is not supported`, expected: 'baselineVersion 2 (write it again with `pipl-audit baseline write`)' }]);
  }
  validate ??= compileSchema('document', BaselineFileSchema);
  if (!validate(data)) {
    throw new InputError(problemsToDiagnostics(file, describeSchemaErrors(validate.errors ?? []), (p) => document.locate(p)));
  }
  const baseline = data as { findings: Array<{ fingerprint: string }>; system: { id: string | null } };
  return { file, sha256, fingerprints: new Set(baseline.findings.map((f) => f.fingerprint)), systemId: baseline.system.id };
}
