// The result of `pipl-audit verify`: per recommendation item a status with the before and after
// findings that decide it, the findings new or regressed in after, and the evidence record.
// Published by `pipl-audit schema verify` (schemas/verify-v1.json); every other rendering of a
// verification (Markdown, HTML) is derived from this document.
import { Type, type Static } from '@sinclair/typebox';
import { BasisSchema, BilingualSchema, SeveritySchema, THEMES } from '../rules/rule-schema.js';
import { EvidenceSchema, ReportSystemSchema } from '../report/report-schema.js';
import { LocalTextSchema, TargetsSchema } from '../recommendation/recommendation-schema.js';
import { EvidenceRecordSchema } from '../evidence/evidence-record-schema.js';

const closed = { additionalProperties: false } as const;
const Enum = <T extends string>(values: readonly T[], description?: string) => Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

export const ITEM_STATUSES = ['FIXED', 'PARTIAL', 'NOT_FIXED', 'NOT_VERIFIABLE'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const OUTCOMES = ['RESOLVED', 'STILL_FAILING', 'REPLACED', 'SUPPRESSED', 'NOT_EVALUATED', 'NEW_IN_SCOPE'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CHANGES = ['NEW', 'REGRESSED', 'RESOLVED', 'UNCHANGED', 'NOT_COMPARABLE'] as const;
export type Change = (typeof CHANGES)[number];

const FindingStatus = Enum(['FAIL', 'PASS', 'NOT_EVALUATED', 'MANUAL', 'SUPPRESSED'] as const);

export const FindingSnapshotSchema = Type.Object(
  {
    status: FindingStatus,
    message: BilingualSchema,
    reason: Type.Optional(BilingualSchema),
    evidence: Type.Array(EvidenceSchema),
  },
  { ...closed, description: 'a finding as one side reports it' },
);

const Target = Type.Object({ key: Type.String(), label: Type.String() }, closed);

export const ItemFindingSchema = Type.Object(
  {
    ruleId: Type.String(),
    severity: SeveritySchema,
    target: Target,
    fingerprint: Type.String({ pattern: '^[0-9a-f]{32}$' }),
    outcome: Enum(OUTCOMES, 'RESOLVED: gone from after; STILL_FAILING: the same fingerprint fails in after; REPLACED: gone, but the same rule fails on an equivalent new target; SUPPRESSED: excepted in after, not fixed; NOT_EVALUATED: after cannot tell; NEW_IN_SCOPE: fails in after on the item’s targets but not in before'),
    before: Type.Optional(FindingSnapshotSchema),
    after: Type.Optional(FindingSnapshotSchema),
    replacedBy: Type.Optional(Type.Object({ target: Target, fingerprint: Type.String() }, closed)),
  },
  closed,
);

export const ItemResultSchema = Type.Object(
  {
    number: Type.Integer({ minimum: 1 }),
    text: LocalTextSchema,
    status: Enum(ITEM_STATUSES),
    requires: Type.Object(
      {
        rules: Type.Array(Type.String(), { description: 'rule ids named by the item' }),
        themes: Type.Array(Type.Unsafe<(typeof THEMES)[number]>({ type: 'string', enum: [...THEMES] })),
        targets: Type.Optional(TargetsSchema),
      },
      closed,
    ),
    rules: Type.Array(Type.String(), { description: 'the rule ids the item resolved to (named ones and those of its themes in the packs in use)' }),
    basis: Type.Array(Type.String(), { description: 'the basis the item itself cites' }),
    reasons: Type.Array(BilingualSchema, { description: 'why the item is NOT_VERIFIABLE, NOT_FIXED or PARTIAL' }),
    notes: Type.Array(BilingualSchema, { description: 'caveats that do not change the status' }),
    findings: Type.Array(ItemFindingSchema),
  },
  closed,
);

export const ChangeEntrySchema = Type.Object(
  {
    change: Enum(CHANGES),
    ruleId: Type.String(),
    severity: SeveritySchema,
    target: Target,
    fingerprint: Type.String({ pattern: '^[0-9a-f]{32}$' }),
    beforeStatus: Enum(['FAIL', 'PASS', 'NOT_EVALUATED', 'MANUAL', 'SUPPRESSED', 'ABSENT'] as const),
    afterStatus: Enum(['FAIL', 'PASS', 'NOT_EVALUATED', 'MANUAL', 'SUPPRESSED', 'ABSENT'] as const),
    before: Type.Optional(FindingSnapshotSchema),
    after: Type.Optional(FindingSnapshotSchema),
  },
  closed,
);

export const SideSummarySchema = Type.Object(
  {
    kind: Enum(['report', 'sources'] as const, 'a saved JSON report, or sources audited by verify itself'),
    path: Type.String(),
    asOf: Type.String({ format: 'date' }),
    system: ReportSystemSchema,
    packs: Type.Array(Type.Object({ name: Type.String(), version: Type.String(), hash: Type.String() }, closed)),
    listsPasses: Type.Boolean({ description: 'whether every item a rule applied to is listed, so an absent target is known to be absent' }),
    failed: Type.Integer({ minimum: 0, description: 'FAIL findings' }),
  },
  closed,
);

export const VERDICTS = ['PASSED', 'PASSED_WITH_RESERVATIONS', 'PARTIAL', 'FAILED'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const ReservationsSchema = Type.Object(
  {
    manual: Type.Array(
      Type.Object({ ruleId: Type.String(), severity: SeveritySchema, target: Target, message: BilingualSchema, reason: Type.Optional(BilingualSchema) }, closed),
      { description: 'checks the after audit still leaves to people (MANUAL findings)' },
    ),
    suppressed: Type.Array(
      Type.Object(
        {
          ruleId: Type.String(),
          severity: SeveritySchema,
          target: Target,
          status: Enum(['FAIL', 'NOT_EVALUATED', 'MANUAL'] as const),
          exception: Type.String(),
          reason: Type.String(),
          approver: Type.String(),
          reference: Type.Optional(Type.String()),
          expires: Type.String({ format: 'date' }),
        },
        closed,
      ),
      { description: 'findings of after suppressed by the company’s own exceptions' },
    ),
    unmapped: Type.Array(
      Type.Object({ file: Type.String(), line: Type.Optional(Type.Integer({ minimum: 1 })), kind: Type.String(), name: Type.String(), note: Type.String(), noteZh: Type.Optional(Type.String()) }, closed),
      { description: 'objects of the after exports the mapping did not tie to the manifest (the after report’s coverage)' },
    ),
    vanished: Type.Array(Type.Object({ kind: Type.String(), id: Type.String() }, closed), {
      description: 'entities present before and absent after (from the inventories when both sides are sources; else from the objects the findings name, when after lists its passes)',
    }),
  },
  { ...closed, description: 'what remains open even when every item is FIXED; any entry makes the verdict PASSED_WITH_RESERVATIONS' },
);

export const VerifyResultSchema = Type.Object(
  {
    verifyVersion: Type.Literal(1),
    tool: Type.Object({ name: Type.Literal('pipl-audit'), version: Type.String() }, closed),
    recommendation: Type.Union([
      Type.Object(
        {
          path: Type.String(),
          sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
          issuer: LocalTextSchema,
          reference: Type.String(),
          kind: Type.Optional(Type.String()),
          addressee: LocalTextSchema,
          system: Type.Optional(Type.String()),
          issued: Type.String({ format: 'date' }),
          deadline: Type.Optional(Type.String({ format: 'date' })),
          summary: Type.Optional(LocalTextSchema),
        },
        closed,
      ),
      Type.Null(),
    ]),
    checkDate: Type.String({ format: 'date', description: 'the date the check speaks for: the after audit’s asOf' }),
    before: SideSummarySchema,
    after: SideSummarySchema,
    items: Type.Array(ItemResultSchema),
    changes: Type.Array(ChangeEntrySchema, { description: 'every FAIL of either side by fingerprint, sorted by change, severity, rule and target' }),
    rules: Type.Record(
      Type.String(),
      Type.Object({ title: BilingualSchema, severity: SeveritySchema, theme: Type.String(), basis: Type.Array(BasisSchema), remediation: BilingualSchema }, closed),
      { description: 'the rules the items and changes name, as the after (else before) report describes them' },
    ),
    notes: Type.Array(BilingualSchema, { description: 'caveats about the comparison as a whole' }),
    reservations: ReservationsSchema,
    summary: Type.Object(
      {
        items: Type.Object({ FIXED: Type.Integer(), PARTIAL: Type.Integer(), NOT_FIXED: Type.Integer(), NOT_VERIFIABLE: Type.Integer() }, closed),
        new: Type.Integer({ minimum: 0 }),
        regressed: Type.Integer({ minimum: 0 }),
        resolved: Type.Integer({ minimum: 0 }),
        unchanged: Type.Integer({ minimum: 0 }),
        notComparable: Type.Integer({ minimum: 0 }),
        failOn: Type.String(),
        passed: Type.Boolean({ description: 'every item FIXED and no NEW or REGRESSED finding at or above failOn' }),
        verdict: Enum(VERDICTS, 'PASSED: passed and nothing open; PASSED_WITH_RESERVATIONS: passed, but reservations remain; PARTIAL: some items fixed, not all (or the gate failed); FAILED: no item fixed'),
      },
      closed,
    ),
    evidence: EvidenceRecordSchema,
  },
  {
    ...closed,
    $id: 'https://pipl-audit.dev/schemas/verify-v1.json',
    title: 'pipl-audit verification',
    description: 'Before/after comparison, per recommendation item, with the evidence record of the inputs.',
  },
);

export type VerifyResult = Static<typeof VerifyResultSchema>;
export type ItemResult = Static<typeof ItemResultSchema>;
export type ItemFinding = Static<typeof ItemFindingSchema>;
export type ChangeEntry = Static<typeof ChangeEntrySchema>;
export type FindingSnapshot = Static<typeof FindingSnapshotSchema>;
export type Reservations = Static<typeof ReservationsSchema>;
export type SideSummary = Static<typeof SideSummarySchema>;
