// A baseline: the findings of an earlier audit, by fingerprint, written by
// `pipl-audit baseline write`. A later audit given `--baseline` lists only findings whose
// fingerprints are not in it. A full JSON report (reportVersion 1) serves as a baseline too.
// It records the system it was taken from (the manifest's `system.id`) and the inputs (paths and
// SHA-256), so a baseline of another system is refused rather than hiding this one's findings.
import { Type, type Static } from '@sinclair/typebox';

export const BaselineFileSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    baselineVersion: Type.Literal(2),
    tool: Type.Object({ name: Type.Literal('pipl-audit'), version: Type.String() }, { additionalProperties: false }),
    asOf: Type.String({ format: 'date', description: 'the date of the audit the baseline was taken from' }),
    system: Type.Object(
      { id: Type.Union([Type.String(), Type.Null()], { description: 'the manifest’s system.id (null when the manifest states no system)' }) },
      { additionalProperties: false, description: 'the system the baseline was taken from: an audit of another system refuses it' },
    ),
    inputs: Type.Array(
      Type.Object({ path: Type.String(), sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) }, { additionalProperties: false }),
      { description: 'the files the baseline’s audit read, with their SHA-256 (for people and tools tracing where it came from)' },
    ),
    findings: Type.Array(
      Type.Object(
        {
          fingerprint: Type.String({ pattern: '^[0-9a-f]{32}$' }),
          ruleId: Type.String(),
          target: Type.String({ description: 'the target key, for people reading the file' }),
          status: Type.String(),
        },
        { additionalProperties: false },
      ),
      { description: 'findings known at the time, sorted by rule and target' },
    ),
  },
  {
    additionalProperties: false,
    $id: 'https://pipl-audit.dev/schemas/baseline-v1.json',
    title: 'pipl-audit baseline',
    description: 'Fingerprints of the findings of an earlier audit; findings with these fingerprints are counted as known, not listed.',
  },
);

export type BaselineFile = Static<typeof BaselineFileSchema>;
