// What a framework evaluation says, per item and sub-item (part of the JSON report).
import { Type, type Static } from '@sinclair/typebox';

const closed = { additionalProperties: false } as const;
const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() }, closed);

export const FRAMEWORK_STATUSES = ['FAIL', 'NOT_EVALUATED', 'MANUAL', 'DECLARED', 'PASS', 'NOT_APPLICABLE'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];
const Status = Type.Unsafe<FrameworkStatus>({ type: 'string', enum: [...FRAMEWORK_STATUSES] });

const RuleOutcome = Type.Object(
  {
    id: Type.String(),
    ran: Type.Boolean({ description: 'false when the rule is disabled or not in the packs in use' }),
    FAIL: Type.Integer({ minimum: 0 }),
    PASS: Type.Integer({ minimum: 0 }),
    NOT_EVALUATED: Type.Integer({ minimum: 0 }),
    MANUAL: Type.Integer({ minimum: 0 }),
    SUPPRESSED: Type.Integer({ minimum: 0, description: 'FAIL findings the exceptions file accepted: still not compliant' }),
  },
  closed,
);

const DeclarationOutcome = Type.Object(
  {
    path: Type.String(),
    what: Bilingual,
    state: Type.Unsafe<'stated' | 'partial' | 'unstated' | 'empty'>({ type: 'string', enum: ['stated', 'partial', 'unstated', 'empty'] }),
    stated: Type.Integer({ minimum: 0 }),
    of: Type.Integer({ minimum: 0 }),
    missing: Type.Array(Type.String()),
  },
  closed,
);

export const SubItemResultSchema = Type.Object(
  {
    id: Type.String(),
    text: Bilingual,
    status: Status,
    reason: Bilingual,
    rules: Type.Array(RuleOutcome),
    findings: Type.Array(Type.String({ description: 'fingerprints of the FAIL and NOT_EVALUATED findings behind the status' })),
    declarations: Type.Array(DeclarationOutcome),
    manual: Type.Optional(Bilingual),
  },
  closed,
);

export const FrameworkResultSchema = Type.Object(
  {
    id: Type.String(),
    title: Bilingual,
    source: Type.Object({ zh: Type.String(), en: Type.String(), verified: Type.Boolean(), note: Type.Optional(Type.String()) }, closed),
    file: Type.String(),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    coverage: Type.Object(
      {
        subItems: Type.Integer({ minimum: 0 }),
        FAIL: Type.Integer({ minimum: 0 }),
        PASS: Type.Integer({ minimum: 0 }),
        DECLARED: Type.Integer({ minimum: 0 }),
        MANUAL: Type.Integer({ minimum: 0 }),
        NOT_EVALUATED: Type.Integer({ minimum: 0 }),
        NOT_APPLICABLE: Type.Integer({ minimum: 0 }),
      },
      { ...closed, description: 'sub-items by status: evaluated (FAIL + PASS), declared, manual, not evaluated, not applicable' },
    ),
    items: Type.Array(
      Type.Object(
        { id: Type.String(), number: Type.Optional(Type.String()), title: Bilingual, status: Status, subItems: Type.Array(SubItemResultSchema) },
        closed,
      ),
    ),
  },
  closed,
);

export type FrameworkResult = Static<typeof FrameworkResultSchema>;
export type SubItemResult = Static<typeof SubItemResultSchema>;
export type RuleOutcomeEntry = Static<typeof RuleOutcome>;
