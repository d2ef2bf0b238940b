// The evidence record: what a result was computed from (every input file with its SHA-256, the
// rule packs with their content hashes, the tool version, the command line, the parameters, the
// exceptions applied), a hash of the result, and optionally an Ed25519 signature. Published by
// `pipl-audit schema evidence` (schemas/evidence-v1.json).
import { Type, type Static } from '@sinclair/typebox';

const closed = { additionalProperties: false } as const;
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });

export const EVIDENCE_INPUT_KINDS = ['recommendation', 'report', 'project', 'source', 'report-input'] as const;

export const EvidenceInputSchema = Type.Object(
  {
    path: Type.String({ description: 'relative to the record’s base directory, forward slashes' }),
    sha256: Sha256,
    role: Type.Unsafe<'recommendation' | 'before' | 'after' | 'audit'>({ type: 'string', enum: ['recommendation', 'before', 'after', 'audit'] }),
    kind: Type.Unsafe<(typeof EVIDENCE_INPUT_KINDS)[number]>({
      type: 'string',
      enum: [...EVIDENCE_INPUT_KINDS],
      description: 'report-input: a file a saved report says it was audited from (its hash as that report recorded it)',
    }),
    via: Type.Optional(Type.String({ description: 'for report-input: the saved report that recorded it' })),
  },
  closed,
);

export const SignatureSchema = Type.Object(
  {
    algorithm: Type.Literal('ed25519'),
    publicKey: Type.String({ description: 'the signer’s public key, SPKI PEM' }),
    publicKeySha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the public key’s DER (SPKI) bytes: its fingerprint' }),
    signedContent: Type.Literal('canonical-json-without-signature', {
      description: 'the record without `signature`, serialised as JSON with object keys sorted by UTF-16 code units, no whitespace, UTF-8',
    }),
    value: Type.String({ description: 'the Ed25519 signature, base64' }),
  },
  closed,
);

export const EvidenceRecordSchema = Type.Object(
  {
    evidenceVersion: Type.Literal(1),
    id: Type.Optional(
      Type.String({
        pattern: '^[0-9a-f]{64}$',
        description: 'SHA-256 of the canonical JSON of {tool, command name, parameters, inputs, packs, exceptions, result}: the id a printed report carries (it leaves out the argv, baseDir, outputs, timestamp and signature)',
      }),
    ),
    tool: Type.Object({ name: Type.Literal('pipl-audit'), version: Type.String() }, closed),
    command: Type.Object(
      {
        name: Type.Unsafe<'verify' | 'audit'>({ type: 'string', enum: ['verify', 'audit'] }),
        argv: Type.Array(Type.String(), { description: 'the command line after `pipl-audit`, paths inside the working directory made relative' }),
      },
      closed,
    ),
    parameters: Type.Record(Type.String(), Type.Unknown(), { description: 'the options that shape the result' }),
    baseDir: Type.String({ description: 'the directory input and output paths are relative to, relative to the directory of the file the record is written in; it may not leave that directory (no absolute path, no ..)' }),
    inputs: Type.Array(EvidenceInputSchema),
    outputs: Type.Optional(
      Type.Array(
        Type.Object(
          {
            path: Type.String({ description: 'relative to the record’s base directory, forward slashes' }),
            sha256: Sha256,
            format: Type.String({ description: 'the output format (json, sarif, html, md, …)' }),
          },
          closed,
        ),
        { description: 'every file the run wrote besides the record itself, with the SHA-256 of the bytes written' },
      ),
    ),
    packs: Type.Array(
      Type.Object({ role: Type.String(), name: Type.String(), version: Type.String(), hash: Type.String() }, closed),
      { description: 'the rule packs each side ran: name, version and a hash of their content' },
    ),
    exceptions: Type.Array(Type.Object({ role: Type.String(), exception: Type.Unknown() }, closed), { description: 'exceptions the reports say were applied' }),
    result: Type.Object(
      {
        sha256: Sha256,
        of: Type.String({ description: 'what was hashed' }),
        summary: Type.Record(Type.String(), Type.Unknown()),
      },
      closed,
    ),
    timestamp: Type.Optional(Type.String({ format: 'date-time', description: 'only with --timestamp' })),
    signature: Type.Optional(SignatureSchema),
  },
  {
    ...closed,
    $id: 'https://pipl-audit.dev/schemas/evidence-v1.json',
    title: 'pipl-audit evidence record',
    description: 'Hashes of every input, the rule packs, tool version, command line and parameters behind a result; optionally signed with Ed25519.',
  },
);

export type EvidenceRecord = Static<typeof EvidenceRecordSchema>;
export type EvidenceInput = Static<typeof EvidenceInputSchema>;
export type Signature = Static<typeof SignatureSchema>;
