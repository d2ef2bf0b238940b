// A baseline: the findings of an earlier audit, by fingerprint, written by
// `pipl-audit baseline write`. A later audit given `--baseline` lists only findings whose
// fingerprints are not in it. A full JSON report (reportVersion 1) serves as a baseline too.
import { Type, type Static } from '@sinclair/typebox';

export const BaselineFileSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    baselineVersion: Type.Literal(1),
    tool: Type.Object({ name: Type.Literal('pipl-audit'), version: Type.String() }, { additionalProperties: false }),
    asOf: Type.String({ format: 'date', description: 'the date of the audit the baseline was taken from' }),
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
