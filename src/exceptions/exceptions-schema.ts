// The exceptions file (pipl-audit.exceptions.yaml): known risks accepted on the record, each
// with the rule and target it covers, why, who approved it, the ticket or recommendation it
// answers, and the date it stops applying. Published as `pipl-audit schema exceptions`.
import { Type, type Static } from '@sinclair/typebox';

const NonEmpty = (description: string) => Type.String({ minLength: 1, description });

export const ExceptionEntrySchema = Type.Object(
  {
    id: Type.Optional(Type.String({ minLength: 1, description: 'a name for the exception, shown in reports (default: its position, #1, #2, …)' })),
    rule: Type.String({
      pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
      description: 'exactly one rule id (PIPL-CRED-001); no patterns: an exception accepts one named risk',
    }),
    target: Type.Optional(
      NonEmpty(
        "the finding's target: its key or label as reports show it (outlet-supervisor>waybill-lookup); * stands for any characters, but only after a literal prefix that ends in a separator (outlet-supervisor>*, courier-outlets/*) — `*` alone, `out*` or `*>waybill-lookup` are refused",
      ),
    ),
    fingerprint: Type.Optional(Type.String({ pattern: '^[0-9a-f]{32}$', description: "one finding's fingerprint, from a report" })),
    reason: Type.String({ pattern: '\\S', description: 'why the risk is accepted; not blank' }),
    approver: Type.String({ pattern: '\\S', description: 'who approved it (name and role); not blank' }),
    reference: Type.Optional(NonEmpty('ticket, change request or recommendation number (检察建议书文号)')),
    expires: Type.String({ format: 'date', description: 'the first day the exception no longer applies (YYYY-MM-DD): it suppresses findings of audits dated before it' }),
  },
  { additionalProperties: false, anyOf: [{ required: ['target'] }, { required: ['fingerprint'] }] },
);

export const ExceptionsFileSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    version: Type.Literal(1),
    exceptions: Type.Array(ExceptionEntrySchema, { description: 'the accepted risks' }),
  },
  {
    additionalProperties: false,
    $id: 'https://pipl-audit.dev/schemas/exceptions-v1.json',
    title: 'pipl-audit exceptions file',
    description: 'Findings accepted as known risks, with reason, approver, reference and expiry. Matching findings are reported as SUPPRESSED, never dropped.',
  },
);

export type ExceptionEntry = Static<typeof ExceptionEntrySchema>;
export type ExceptionsFile = Static<typeof ExceptionsFileSchema>;
