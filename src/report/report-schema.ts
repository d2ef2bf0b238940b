// The JSON report: the one stable document every other output is rendered from. Its schema is
// published (`pipl-audit schema report`) and the JSON output is validated against it in tests.
import { FrameworkResultSchema } from '../frameworks/framework-result.js';
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
    SUPPRESSED: Type.Optional(Type.Integer({ minimum: 0, description: 'findings an exception suppressed (counted apart from their original status)' })),
    known: Type.Optional(Type.Integer({ minimum: 0, description: 'findings already in the baseline, not listed' })),
  },
  closed,
);

export const SuppressionSchema = Type.Object(
  {
    exception: Type.String({ description: 'id of the exception that suppressed the finding' }),
    status: Type.Unsafe<'FAIL' | 'NOT_EVALUATED' | 'MANUAL'>({ type: 'string', enum: ['FAIL', 'NOT_EVALUATED', 'MANUAL'], description: 'the status the finding had before it was suppressed' }),
    reason: Type.String(),
    approver: Type.String(),
    reference: Type.Optional(Type.String()),
    expires: Type.String({ format: 'date' }),
  },
  { ...closed, description: 'why a finding is SUPPRESSED: the exception that accepted it' },
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

const findingProperties = {
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
    decision: Type.Optional(
      Type.Object(
        {
          row: Type.Optional(Type.String({ description: 'the id of the decision-table row that decided' })),
          rowNumber: Type.Optional(Type.Integer({ minimum: 1, description: 'its number in the table, from 1' })),
          unstated: Type.Optional(Type.Array(Type.String(), { description: 'NOT_EVALUATED: the inputs the verdict depends on that no input states' })),
        },
        { ...closed, description: 'a rule judged by a decision table (`pipl-audit rules explain RULE` prints it)' },
      ),
    ),
    suppression: Type.Optional(SuppressionSchema),
    baselineState: Type.Optional(
      Type.Unsafe<'new' | 'unchanged'>({
        type: 'string',
        enum: ['new', 'unchanged'],
        description: 'with a baseline: new (its fingerprint is not in the baseline) or unchanged (it is; such a finding is in knownFindings unless suppressed or passed)',
      }),
    ),
    members: Type.Optional(
      Type.Object(
        {
          count: Type.Integer({ minimum: 1 }),
          items: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), evidence: Type.Array(EvidenceSchema) }, closed), {
            description: 'every item, with the place it is stated at',
          }),
        },
        { ...closed, description: 'a finding of a rule with a shared cause (groupBy): the target is the cause, these are the items it covers' },
      ),
    ),
};

/** A narrower rule's FAIL on the same item, folded into the finding whose cause it is part of (its rule's aspectOf). */
export const AspectFindingSchema = Type.Object(findingProperties, { ...closed, description: 'a FAIL of a narrower rule on the same item, one aspect of this finding\'s cause; complete, with its own fingerprint' });

export const FindingSchema = Type.Object(
  {
    ...findingProperties,
    aspects: Type.Optional(
      Type.Array(AspectFindingSchema, {
        description: 'the FAIL findings of narrower rules on the same item that are aspects of this cause (one finding per cause); the severity is the worst of this finding and its aspects',
      }),
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
    guideline: Type.Optional(Type.Array(Type.String(), { description: 'items of the CAC compliance-audit guideline (2025) the rule evaluates' })),
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
    messageZh: Type.Optional(Type.String({ description: 'the message in Chinese, where its source gives one' })),
    expectedZh: Type.Optional(Type.String({ description: 'what was expected, in Chinese' })),
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
    noteZh: Type.Optional(Type.String({ description: 'the note in Chinese (reports in Chinese show it; `note` is English)' })),
  },
  closed,
);

const ScopeName = Type.Unsafe<'own' | 'assigned' | 'unit' | 'unit-subtree' | 'unit-set' | 'organization' | 'any'>({ type: 'string', enum: ['own', 'assigned', 'unit', 'unit-subtree', 'unit-set', 'organization', 'any'] });
export const ReachCellSchema = Type.Object(
  {
    category: Type.String(),
    scope: ScopeName,
    unmasked: Type.Boolean({ description: 'some grant shows this category unmasked' }),
  },
  { ...closed, description: 'a PI category reached, with the widest scope of the grants that reach it' },
);
export const ReachSchema = Type.Object(
  {
    categories: Type.Array(Type.Object({ key: Type.String(), name: BilingualSchema, sensitive: Type.Boolean({ description: 'sensitive PI under PIPL Art. 28 (taxonomy)' }) }, closed), {
      description: 'the PI categories some role reaches (the columns): sensitive ones first',
    }),
    roles: Type.Array(
      Type.Object({ id: Type.String(), privileged: Type.Boolean(), holders: Type.Integer({ minimum: 0 }), cells: Type.Array(ReachCellSchema) }, closed),
      { description: 'roles reaching at least one PI category (inheritance resolved, expired grants left out)' },
    ),
    rolesWithoutReach: Type.Integer({ minimum: 0, description: 'roles that reach no PI category' }),
    accountTypes: Type.Array(
      Type.Object({ type: Type.String(), accounts: Type.Integer({ minimum: 0 }), cells: Type.Array(ReachCellSchema) }, closed),
      { description: 'per account type, what its active accounts reach through their roles' },
    ),
  },
  { ...closed, description: 'who can reach which PI (sensitive first), and with what scope' },
);

export const ExceptionOutcomeSchema = Type.Object(
  {
    id: Type.String(),
    file: Type.String(),
    line: Type.Optional(Type.Integer({ minimum: 1 })),
    rule: Type.String(),
    target: Type.String(),
    reason: Type.String(),
    approver: Type.String(),
    reference: Type.Optional(Type.String()),
    expires: Type.String({ format: 'date' }),
    state: Type.Unsafe<'active' | 'expired' | 'unmatched'>({ type: 'string', enum: ['active', 'expired', 'unmatched'], description: 'active: suppressed findings; expired: past its date, suppresses nothing; unmatched: in force but matched no finding' }),
    matched: Type.Integer({ minimum: 0, description: 'findings it suppressed (active) or would have suppressed (expired)' }),
  },
  closed,
);

export const BaselineUseSchema = Type.Object(
  {
    file: Type.String(),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    known: Type.Integer({ minimum: 0, description: 'findings whose fingerprints the baseline holds, left out of `findings` (they are in `knownFindings`)' }),
  },
  closed,
);

export const GateSchema = Type.Object(
  {
    disabledRules: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          by: Type.Unsafe<'project' | 'option'>({ type: 'string', enum: ['project', 'option'], description: 'project: the project file’s `disable:`; option: `--disable`' }),
        },
        closed,
      ),
      { description: 'rules switched off for this audit: they ran on nothing and can fail nothing' },
    ),
    suppression: Type.Optional(
      Type.Object(
        {
          fails: Type.Integer({ minimum: 0, description: 'FAIL findings before exceptions were applied' }),
          suppressed: Type.Integer({ minimum: 0, description: 'of those, how many exceptions suppressed' }),
          percent: Type.Number({ minimum: 0, maximum: 100, description: 'suppressed / fails, in per cent, rounded to one decimal' }),
          limitPercent: Type.Number({ minimum: 0, maximum: 100, description: 'the stated share (--max-suppressed-share, project `maxSuppressedShare`; default 50)' }),
          exceeded: Type.Boolean({ description: 'more than the stated share of FAILs is suppressed (an error under --strict-exceptions)' }),
          critical: Type.Integer({ minimum: 0, description: 'critical FAIL findings suppressed' }),
        },
        closed,
      ),
    ),
  },
  { ...closed, description: 'what switched parts of the gate off: disabled rules and how much the exceptions suppress' },
);

/** The audited system as reports name it (null when no manifest states one). */
export const ReportSystemSchema = Type.Union([
  Type.Object(
    { id: Type.String(), name: Type.Union([Type.String(), Type.Record(Type.String(), Type.String())]), operator: Type.Optional(Type.String({ description: 'the entity that operates the system (the audited processor)' })) },
    closed,
  ),
  Type.Null(),
]);

export const ReportSchema = Type.Object(
  {
    reportVersion: Type.Literal(1),
    tool: Type.Object(
      {
        name: Type.Literal('pipl-audit'),
        version: Type.String(),
        documentation: Type.Optional(
          Type.String({ format: 'uri', description: "the documentation base the project or command line set (docsUrl, --docs-url): rule pages are docs/rules/ID.md under it; absent, package.json's homepage" }),
        ),
      },
      closed,
    ),
    asOf: Type.String({ format: 'date' }),
    system: ReportSystemSchema,
    inputs: Type.Array(Type.Object({ path: Type.String(), sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }), format: Type.String() }, closed)),
    packs: Type.Array(Type.Object({ name: Type.String(), version: Type.String(), hash: Type.String(), rules: Type.Integer() }, closed)),
    summary: Type.Object(
      {
        counts: Counts,
        failedBySeverity: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
        rulesRun: Type.Integer({ minimum: 0 }),
        rulesFailed: Type.Optional(Type.Integer({ minimum: 0, description: 'rules with at least one FAIL listed (counts are of items: one rule may fail on many)' })),
        findingsFailed: Type.Optional(Type.Integer({ minimum: 0, description: 'FAIL findings listed: one per cause, so a grouped finding counts once however many items it covers' })),
        factsToState: Type.Optional(Type.Integer({ minimum: 1, description: 'facts the project still has to state: `# TODO` comments in the project file and YAML manifests (as `pipl-audit init` writes them)' })),
      },
      closed,
    ),
    rules: Type.Array(ReportRuleSchema),
    findings: Type.Array(FindingSchema),
    knownFindings: Type.Optional(
      Type.Array(FindingSchema, {
        description: 'with a baseline: the findings it already holds (baselineState unchanged), not listed in `findings`, not counted by the gate; SARIF keeps them as unchanged results so code scanning does not close their alerts',
      }),
    ),
    diagnostics: Type.Array(DiagnosticSchema),
    coverage: Type.Array(CoverageNoteSchema, { description: 'objects of the exports the mapping did not tie to the manifest' }),
    reach: Type.Optional(ReachSchema),
    exceptions: Type.Optional(Type.Array(ExceptionOutcomeSchema, { description: 'every exception of the exceptions file and what became of it' })),
    baseline: Type.Optional(BaselineUseSchema),
    gate: Type.Optional(GateSchema),
    frameworks: Type.Optional(Type.Array(FrameworkResultSchema, { description: 'audit frameworks (--framework) judged item by item from this audit' })),
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
export type ReportFinding = Static<typeof FindingSchema>;
export type Reach = Static<typeof ReachSchema>;
export type ReachCell = Static<typeof ReachCellSchema>;
export type ExceptionOutcome = Static<typeof ExceptionOutcomeSchema>;
export type Suppression = Static<typeof SuppressionSchema>;
export type Gate = Static<typeof GateSchema>;
