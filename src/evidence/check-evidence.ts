// `evidence check`: is the record intact (its signature verifies against a trusted key), and are
// the files it names — inputs and the outputs the run wrote — still the ones it was made from
// (each re-hashed)? Takes an evidence record, or a verification result that embeds one (then the
// result's own hash is checked too). Without a trusted public key nothing is verified: anyone can
// re-sign an altered record with a key of their own, or strip its signature, so such a check
// never passes (NOT_VERIFIED / UNSIGNED). A record pointing outside its folder is refused.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../inventory/diagnostic.js';
import { compileSchema } from '../schema/compile-schema.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import { readSourceDocument } from '../sources/source-document.js';
import { canonicalSha256 } from './canonical-json.js';
import { confinementProblems, staysInside } from './record-paths.js';
import { EvidenceRecordSchema, type EvidenceRecord } from './evidence-record-schema.js';
import { recordIdOf } from './record-id.js';
import { publicKeySha256, readPublicKey, signatureValid } from './sign-record.js';

export type FileCheck =
  | { path: string; role: string; kind: string; state: 'OK' }
  | { path: string; role: string; kind: string; state: 'CHANGED'; expected: string; actual: string }
  | { path: string; role: string; kind: string; state: 'MISSING' }
  /** a file a saved report recorded, not present here: it cannot be re-hashed (not a failure) */
  | { path: string; role: string; kind: string; state: 'NOT_PRESENT'; via: string };

export interface EvidenceCheck {
  record: EvidenceRecord;
  /** VALID only against a trusted key (--public-key); NOT_VERIFIED: signed, but no trusted key was given. */
  signature: { state: 'VALID' | 'INVALID' | 'UNSIGNED' | 'KEY_MISMATCH' | 'NOT_VERIFIED'; publicKeySha256?: string; detail: string };
  files: FileCheck[];
  /**
   * Does the record's `id` (the one a printed report carries) still match its content? ABSENT: the
   * record has no id (older records); nothing to compare, not a failure.
   */
  id: { state: 'OK' | 'CHANGED' | 'ABSENT'; recorded?: string; actual: string };
  /** For a verification result: does its content still hash to what the record says? */
  result?: { state: 'OK' | 'CHANGED'; expected: string; actual: string };
  passed: boolean;
}

let validate: ReturnType<typeof compileSchema> | undefined;

export function checkEvidence(fsPath: string, displayPath: string, options: { publicKeyPem?: string } = {}): EvidenceCheck {
  const document = readSourceDocument(fsPath, displayPath);
  const data = document.data as Record<string, unknown> | null;
  const embedded = data !== null && typeof data === 'object' && 'verifyVersion' in data;
  const recordData = embedded ? data.evidence : data;
  const prefix = embedded ? '/evidence' : '';
  validate ??= compileSchema('document', EvidenceRecordSchema);
  if (!validate(recordData)) {
    const problems = describeSchemaErrors(validate.errors ?? []).map((p) => ({ ...p, pointer: prefix + p.pointer }));
    throw new InputError(problemsToDiagnostics(displayPath, problems, (p) => document.locate(p)));
  }
  const record = recordData as EvidenceRecord;
  const outside = confinementProblems(record, displayPath, prefix);
  if (outside.length > 0) {
    const positions = document.locate(outside.map((p) => p.pointer ?? ''));
    throw new InputError(outside.map((p) => ({ ...p, ...positions.get(p.pointer ?? '') })));
  }

  let signature: EvidenceCheck['signature'];
  if (!record.signature) {
    signature = options.publicKeyPem
      ? { state: 'INVALID', detail: 'the record is not signed, but a public key was given to check it with' }
      : { state: 'UNSIGNED', detail: 'UNSIGNED / NOT VERIFIED: the record is not signed, so nothing shows who made it or that it was not altered' };
  } else if (!options.publicKeyPem) {
    signature = {
      state: 'NOT_VERIFIED',
      publicKeySha256: record.signature.publicKeySha256,
      detail: `signature not verified against a trusted key: the record names its own key (${record.signature.publicKeySha256}), and anyone can re-sign an altered record with a key of their own; pass --public-key with the signer's public key`,
    };
  } else {
    let key;
    try {
      key = readPublicKey(options.publicKeyPem);
    } catch (error) {
      throw new InputError([{ severity: 'error', file: 'public key', message: `cannot read the public key: ${(error as Error).message}`, expected: 'an Ed25519 public key, SPKI PEM (as `pipl-audit evidence keygen` writes)' }]);
    }
    const fingerprint = publicKeySha256(key);
    if (fingerprint !== record.signature.publicKeySha256) {
      signature = { state: 'KEY_MISMATCH', publicKeySha256: fingerprint, detail: `the record was signed by key ${record.signature.publicKeySha256}, not by the given key ${fingerprint}` };
    } else if (signatureValid(record, key)) {
      signature = {
        state: 'VALID',
        publicKeySha256: fingerprint,
        detail: `valid signature by the given key ${fingerprint}`,
      };
    } else {
      signature = { state: 'INVALID', publicKeySha256: fingerprint, detail: `the signature does not match the record's content (key ${fingerprint}): the record was altered after signing, or signed with another key` };
    }
  }

  const base = resolve(dirname(fsPath), record.baseDir);
  const inputs: FileCheck[] = record.inputs.map((input) => {
    const full = resolve(base, input.path);
    const common = { path: input.path, role: input.role, kind: input.kind };
    // A path a saved report recorded is read only when it lies inside the base.
    if (input.kind === 'report-input' && !staysInside(input.path)) return { ...common, state: 'NOT_PRESENT' as const, via: input.via ?? '' };
    if (!existsSync(full) || !statSync(full).isFile()) {
      return input.kind === 'report-input' ? { ...common, state: 'NOT_PRESENT' as const, via: input.via ?? '' } : { ...common, state: 'MISSING' as const };
    }
    const actual = createHash('sha256').update(readFileSync(full)).digest('hex');
    return actual === input.sha256 ? { ...common, state: 'OK' as const } : { ...common, state: 'CHANGED' as const, expected: input.sha256, actual };
  });
  const outputs: FileCheck[] = (record.outputs ?? []).map((output) => {
    const full = resolve(base, output.path);
    const common = { path: output.path, role: 'output', kind: output.format };
    if (!existsSync(full) || !statSync(full).isFile()) return { ...common, state: 'MISSING' as const };
    const actual = createHash('sha256').update(readFileSync(full)).digest('hex');
    return actual === output.sha256 ? { ...common, state: 'OK' as const } : { ...common, state: 'CHANGED' as const, expected: output.sha256, actual };
  });
  const files = [...inputs, ...outputs];

  let result: EvidenceCheck['result'];
  if (embedded) {
    const { evidence: _record, ...content } = data;
    const actual = canonicalSha256(content);
    result = { state: actual === record.result.sha256 ? 'OK' : 'CHANGED', expected: record.result.sha256, actual };
  }

  const actualId = recordIdOf(record);
  const id: EvidenceCheck['id'] = record.id === undefined ? { state: 'ABSENT', actual: actualId } : { state: record.id === actualId ? 'OK' : 'CHANGED', recorded: record.id, actual: actualId };

  const passed =
    signature.state === 'VALID' &&
    id.state !== 'CHANGED' &&
    files.every((f) => f.state === 'OK' || f.state === 'NOT_PRESENT') &&
    (result === undefined || result.state === 'OK');
  return { record, signature, id, files, ...(result ? { result } : {}), passed };
}
