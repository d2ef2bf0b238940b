// The JSON report: the one stable document every other output is rendered from. Its schema is
// published (`pipl-audit schema report`) and the JSON output is validated against it in tests.
import { Type, type Static } from '@sinclair/typebox';
import { BasisSchema, BilingualSchema, SeveritySchema, THEMES } from '../rules/rule-schema.js';

const closed = { additionalProperties: false } as const;
const Status = Type.Unsafe<'FAIL' | 'PASS' | 'NOT_EVALUATED' | 'MANUAL' | 'SUPPRESSED'>({
  type: 'string',
  enum: ['FAIL', 'PASS', 'NOT_EVALUATED', 'MANUAL', 'SUPPRESSED'],
});
const Theme = Type.Unsafe<(typeof THEMES)[number]>({ type: 'string', enum: [...THEMES] });
const Counts = Type.Object(
  {
    FAIL: Type.Integer({ minimum: 0 }),
    PASS: Type.Integer({ minimum: 0 }),
    NOT_EVALUATED: Type.Integer({ minimum: 0 }),
    MANUAL: Type.Integer({ minimum: 0 }),
    notApplicable: Type.Integer({ minimum: 0 }),
  },
  closed,
);

export const EvidenceSchema = Type.Object(
  {
    file: Type.String(),
    pointer: Type.String(),
    line: Type.Optional(Type.Integer({ minimum: 1 })),
    column: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  closed,
);

export const FindingSchema = Type.Object(
  {
    ruleId: Type.String(),
    status: Status,
    severity: SeveritySchema,
    theme: Theme,
    view: Type.String(),
    target: Type.Object({ key: Type.String(), label: Type.String() }, closed),
    message: BilingualSchema,
    reason: Type.Optional(BilingualSchema),
    evidence: Type.Array(EvidenceSchema),
    fingerprint: Type.String({ pattern: '^[0-9a-f]{32}$' }),
    volume: Type.Optional(
      Type.Object(
        {
          raisedFrom: SeveritySchema,
          records: Type.Integer({ minimum: 0 }),
          crossings: Type.Array(Type.Object({ category: Type.String(), threshold: Type.Integer() }, closed)),
        },
        { ...closed, description: 'severity raised: the item reaches as many records as the 2017 SPC/SPP interpretation treats as serious' },
      ),
    ),
  },
  closed,
);

export const ReportRuleSchema = Type.Object(
  {
    id: Type.String(),
    pack: Type.String(),
    title: BilingualSchema,
    theme: Theme,
    severity: SeveritySchema,
    basis: Type.Array(BasisSchema),
    remediation: BilingualSchema,
    cases: Type.Array(Type.String()),
    params: Type.Record(Type.String(), Type.Unknown()),
    counts: Counts,
  },
  closed,
);

export const DiagnosticSchema = Type.Object(
  {
    severity: Type.Unsafe<'error' | 'warning'>({ type: 'string', enum: ['error', 'warning'] }),
    file: Type.String(),
    line: Type.Optional(Type.Integer()),
    column: Type.Optional(Type.Integer()),
    pointer: Type.Optional(Type.String()),
    message: Type.String(),
    expected: Type.Optional(Type.String()),
  },
  closed,
);

export const CoverageNoteSchema = Type.Object(
  {
    file: Type.String(),
    pointer: Type.Optional(Type.String()),
    line: Type.Optional(Type.Integer({ minimum: 1 })),
    column: Type.Optional(Type.Integer({ minimum: 1 })),
    kind: Type.String(),
    name: Type.String(),
    note: Type.String(),
  },
  closed,
);

export const ReportSchema = Type.Object(
  {
    reportVersion: Type.Literal(1),
    tool: Type.Object({ name: Type.Literal('pipl-audit'), version: Type.String() }, closed),
    asOf: Type.String({ format: 'date' }),
    system: Type.Union([Type.Object({ id: Type.String(), name: Type.Union([Type.String(), Type.Record(Type.String(), Type.String())]) }, closed), Type.Null()]),
    inputs: Type.Array(Type.Object({ path: Type.String(), sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }), format: Type.String() }, closed)),
    packs: Type.Array(Type.Object({ name: Type.String(), version: Type.String(), hash: Type.String(), rules: Type.Integer() }, closed)),
    summary: Type.Object(
      {
        counts: Counts,
        failedBySeverity: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
        rulesRun: Type.Integer({ minimum: 0 }),
      },
      closed,
    ),
    rules: Type.Array(ReportRuleSchema),
    findings: Type.Array(FindingSchema),
    diagnostics: Type.Array(DiagnosticSchema),
    coverage: Type.Array(CoverageNoteSchema, { description: 'objects of the exports the mapping did not tie to the manifest' }),
  },
  {
    ...closed,
    $id: 'https://pipl-audit.dev/schemas/report-v1.json',
    title: 'pipl-audit report',
    description: 'The result of an audit: inputs with hashes, rule packs, per-rule counts and findings with evidence.',
  },
);

export type AuditReport = Static<typeof ReportSchema>;
export type ReportRule = Static<typeof ReportRuleSchema>;
