// The rule file format (published by `pipl-audit schema rule`). A rule is data: the view it
// inspects, which items it applies to and what each must satisfy, both as JSON Schema.
import { Type, type Static } from '@sinclair/typebox';

const closed = { additionalProperties: false } as const;
const opt = Type.Optional;

export const BilingualSchema = Type.Object(
  { zh: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) },
  { ...closed, description: 'text in Chinese and English' },
);

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SeveritySchema = Type.Unsafe<Severity>({ type: 'string', enum: [...SEVERITIES] });

export const THEMES = [
  'query-rights',
  'credentials',
  'devices',
  'sensitive-pi',
  'retention',
  'provision',
  'logging',
  'notice',
  'face-recognition',
  'sector-express',
  'sector-medical',
  'sector-finance',
  'sector-venue',
  'organisation',
] as const;
export type Theme = (typeof THEMES)[number];

export const BASIS_KINDS = ['law', 'regulation', 'departmental-rule', 'judicial-interpretation', 'national-standard', 'sector-standard', 'international-standard'] as const;

export const BasisSchema = Type.Object(
  {
    instrument: Type.String({ description: 'e.g. PIPL, GB/T 22239-2019' }),
    provision: Type.String({ description: 'article or clause, e.g. Art. 51(3)' }),
    kind: Type.Unsafe<(typeof BASIS_KINDS)[number]>({ type: 'string', enum: [...BASIS_KINDS] }),
    verified: Type.Boolean({ description: 'true when the text was read in the instrument itself' }),
    confidence: opt(Type.Unsafe<'verified' | 'quoted' | 'unverified'>({ type: 'string', enum: ['verified', 'quoted', 'unverified'] })),
    note: opt(Type.String()),
    grounds: opt(
      Type.Boolean({
        description:
          'false: the entry explains or limits the rule (an exemption, a definition, a duty another rule judges) but does not itself require what the rule requires. A rule FAILs an item only while an entry that grounds it is in force on the audit date (src/rules/instrument-in-force.ts)',
      }),
    ),
    groundsWhen: opt(
      Type.Record(Type.String(), Type.Unknown(), {
        description: 'JSON Schema on the item: the entry grounds the rule only for the items it matches (e.g. PIPL Art. 56 records only for provisions Art. 55 makes assessable)',
      }),
    ),
  },
  closed,
);

export const ParamSchema = Type.Object(
  {
    default: Type.Unknown(),
    description: BilingualSchema,
    schema: opt(Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema an override must satisfy' })),
  },
  closed,
);

export const DerivationSchema = Type.Object(
  {
    function: Type.String(),
    args: opt(Type.Record(Type.String(), Type.Unknown())),
  },
  closed,
);

const ItemPath = Type.String({ pattern: '^(/[^/]+)+$' });
const ItemPathAlternatives = Type.Array(ItemPath, { minItems: 2 });
const ConditionalNeed = Type.Object(
  {
    fact: Type.Union([ItemPath, ItemPathAlternatives]),
    when: Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema: the items for which the fact is needed (e.g. only above a threshold)' }),
  },
  closed,
);
export type Need = string | string[] | { fact: string | string[]; when: Record<string, unknown> };

/** The item paths of a need (one, or its alternatives). */
export function needPaths(need: Need): string[] {
  const fact = typeof need === 'object' && !Array.isArray(need) ? need.fact : need;
  return typeof fact === 'string' ? [fact] : fact;
}

// A decision table (src/rules/decision-table.ts): the verdict of a control judged by a combination
// of facts, as data. Inputs classify each item into named values; every combination of values
// matches exactly one row, which gives the result, the severity and the reason.
const DecisionId = Type.String({ pattern: '^[a-z][a-zA-Z0-9-]*$' });
export const DECISION_RESULTS = ['FAIL', 'PASS', 'NOT_EVALUATED'] as const;
export const DecisionValueSchema = Type.Object(
  {
    id: DecisionId,
    title: BilingualSchema,
    when: Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema: the item has this value when it matches; the first value that matches is taken, none matching means the input is not stated' }),
  },
  closed,
);
export const DecisionInputSchema = Type.Object(
  {
    id: DecisionId,
    title: BilingualSchema,
    needs: Type.Array(ItemPath, {
      minItems: 1,
      description: 'the item paths its values read; when no value matches and a row the verdict depends on conditions on this input, the finding is NOT_EVALUATED naming them',
    }),
    values: Type.Array(DecisionValueSchema, { minItems: 2, maxItems: 16 }),
  },
  closed,
);
export const DecisionRowSchema = Type.Object(
  {
    id: DecisionId,
    when: opt(
      Type.Record(DecisionId, Type.Union([DecisionId, Type.Array(DecisionId, { minItems: 1, uniqueItems: true })]), {
        description: 'input id → the value (or values) the row holds for; an input not named holds for every value',
      }),
    ),
    result: Type.Unsafe<(typeof DECISION_RESULTS)[number]>({ type: 'string', enum: [...DECISION_RESULTS] }),
    severity: opt(SeveritySchema),
    reason: BilingualSchema,
  },
  closed,
);
export const DecisionTableSchema = Type.Object(
  {
    inputs: Type.Array(DecisionInputSchema, { minItems: 1 }),
    rows: Type.Array(DecisionRowSchema, { minItems: 1 }),
  },
  {
    ...closed,
    description:
      'the verdict as a table: each combination of input values matches exactly one row (checked when the rule loads); a FAIL row states its severity (then raised by escalateByVolume)',
  },
);
export type DecisionTable = Static<typeof DecisionTableSchema>;
export type DecisionRow = Static<typeof DecisionRowSchema>;
export type DecisionInput = Static<typeof DecisionInputSchema>;

// An aspect link (src/findings/fold-aspects.ts): this rule's FAIL on an item is one aspect of the
// cause another rule's FAIL on the same item names, so it is listed inside that finding, not beside it.
export const AspectLinkSchema = Type.Object(
  {
    rule: Type.String({ pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$', description: 'the broader rule (same view, unless on: system)' }),
    on: opt(
      Type.Union([Type.Literal('item'), Type.Literal('system')], {
        description:
          'item (default): the broader rule judges the same item of the same view; system: the broader rule judges the system as a whole (the system view, one item per audit), so a FAIL of this rule on any item folds into its FAIL on the system',
      }),
    ),
    rows: opt(
      Type.Array(DecisionId, {
        minItems: 1,
        uniqueItems: true,
        description: 'for a broader rule with a decision table: the rows whose reason already names what this rule judges; a FAIL decided by another row is a different cause and stays apart',
      }),
    ),
    via: opt(
      Type.String({
        pattern: '^(/[A-Za-z0-9_-]+)+$',
        description:
          "the broader rule judges another view: its item is the entity this path of this rule's item names (by its id), e.g. /cache: a device's cache store, judged by a store rule. Only where both findings rest on that entity's own stated fact (its encryption), so one fix on it removes both",
      }),
    ),
    members: opt(
      Type.Union([Type.Literal('whole'), Type.Literal('each')], {
        description:
          "for this rule's grouped findings (groupBy): whole (default): a group folds only into one broader FAIL that speaks for every member; each: where every member has a broader FAIL of its own (decided by a listed row), the group folds member by member, each member an aspect of its own item's finding with the fingerprint it has ungrouped — for a cause the broader rule's finding on each member already names",
      }),
    ),
    fromRows: opt(
      Type.Array(DecisionId, {
        minItems: 1,
        uniqueItems: true,
        description:
          "for this rule's decision table: the rows whose FAIL is the cause the broader rule names; a FAIL this rule decided by another row is a different cause and stays apart (PIPL-QRY-006's unenforced-in-code, a stated scope the code does not apply, is not the wide stated scope PIPL-QRY-001 judges)",
      }),
    ),
    why: BilingualSchema,
  },
  closed,
);
export type AspectLink = Static<typeof AspectLinkSchema>;

export const RuleSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$' }),
    title: BilingualSchema,
    theme: Type.Unsafe<Theme>({ type: 'string', enum: [...THEMES] }),
    severity: SeveritySchema,
    description: opt(BilingualSchema),
    basis: Type.Array(BasisSchema, { minItems: 1 }),
    guideline: opt(
      Type.Array(Type.String({ pattern: '^[0-9]+(\\.[0-9]+)?$' }), {
        minItems: 1,
        uniqueItems: true,
        description: 'the items of the CAC compliance-audit guideline (2025) the rule evaluates, e.g. 20.3 (frameworks/cac-2025.yaml lists the rule under the same items)',
      }),
    ),
    cases: opt(Type.Array(Type.Unsafe<string>({ type: 'string', enum: ['courier', 'hospital', 'brokerage', 'gym'] }))),
    view: Type.String(),
    applies: opt(Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema: the items the rule is about' })),
    require: opt(Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema: what each such item must satisfy to comply' })),
    manual: opt(BilingualSchema),
    decision: opt(DecisionTableSchema),
    needs: opt(
      Type.Array(Type.Union([ItemPath, ItemPathAlternatives, ConditionalNeed]), {
        description:
          'item paths that must be stated, else NOT_EVALUATED; a list inside means at least one of them; { fact, when } a fact needed only for items the `when` JSON Schema matches',
      }),
    ),
    derive: opt(Type.Record(Type.String(), DerivationSchema)),
    evidence: opt(Type.Array(Type.String({ pattern: '^(/[^/]+)+$' }), { description: 'item paths cited as evidence when the rule fails' })),
    groupBy: opt(
      Type.Array(Type.String({ pattern: '^(/[^/]+)+$' }), {
        minItems: 1,
        description:
          'item paths whose values are the shared cause (a credential policy id, a role set): items with the same values and status are one finding listing every item as a member',
      }),
    ),
    groupUnstated: opt(
      Type.Union([Type.Literal('together'), Type.Literal('apart')], {
        description:
          "for groupBy: together (default): items whose cause is unstated are one finding too (cause empty); apart: an item none of whose groupBy values is stated is its own finding, as without groupBy — for a rule whose shared cause exists only on some rows (PIPL-QRY-006's route query, only where the code leaves a stated scope unenforced)",
      }),
    ),
    aspectOf: opt(
      Type.Array(AspectLinkSchema, {
        minItems: 1,
        description:
          'the broader rules this rule is an aspect of: a FAIL of this rule on an item folds into the FAIL of the first such rule on the same item (decided by one of its listed rows), as one finding per cause',
      }),
    ),
    params: opt(Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }), ParamSchema)),
    escalateByVolume: opt(
      Type.Boolean({
        description:
          'raise the severity one step when the item reaches as many records of a category it shows unmasked as the 2017 SPC/SPP interpretation treats as serious (the view must provide volumeCrossings)',
      }),
    ),
    message: BilingualSchema,
    passMessage: opt(
      Type.Object(
        { zh: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) },
        { ...closed, description: 'the message of a PASS finding (same placeholders as message); without it a PASS repeats message, which is worded for the failure' },
      ),
    ),
    remediation: BilingualSchema,
    references: opt(Type.Array(Type.String())),
  },
  {
    ...closed,
    $id: 'https://pipl-audit.dev/schemas/rule-v1.json',
    title: 'pipl-audit rule',
    description: 'One rule: a view, when it applies, what compliance requires, the basis and bilingual text.',
  },
);

export type RuleDefinition = Static<typeof RuleSchema>;
export type Basis = Static<typeof BasisSchema>;
export type ParamDefinition = Static<typeof ParamSchema>;
export type Derivation = Static<typeof DerivationSchema>;

export const FixtureCaseSchema = Type.Object(
  {
    name: Type.String(),
    manifest: Type.Record(Type.String(), Type.Unknown()),
    params: opt(Type.Record(Type.String(), Type.Unknown())),
    target: opt(Type.String({ description: 'key of the item expected to FAIL (fail cases) or PASS (pass cases)' })),
    row: opt(Type.String({ description: 'a decision-table rule: the id of the row that must decide the verdict (every row needs a case)' })),
    severity: opt(Type.Unsafe<Severity>({ type: 'string', enum: [...SEVERITIES], description: 'the severity the finding must have (after the volume escalation)' })),
    unstated: opt(
      Type.Array(Type.String(), { minItems: 1, uniqueItems: true, description: 'a decision-table rule, notEvaluated case: the inputs the finding must name as not stated' }),
    ),
  },
  closed,
);

export const FixtureFileSchema = Type.Object(
  {
    base: opt(Type.Record(Type.String(), Type.Unknown(), { description: 'manifest each case is merged onto (lists merge by id)' })),
    fail: opt(Type.Array(FixtureCaseSchema, { minItems: 1, description: 'a checked rule: cases that must FAIL (on target, if given)' })),
    pass: opt(Type.Array(FixtureCaseSchema, { minItems: 1, description: 'a checked rule: cases that must PASS (on target, if given) and FAIL nowhere' })),
    notEvaluated: opt(Type.Array(FixtureCaseSchema, { description: 'cases where a needed fact is missing: the rule must say NOT_EVALUATED (on target, if given) and fail nowhere' })),
    manual: opt(Type.Array(FixtureCaseSchema, { minItems: 1, description: 'a manual rule: cases where it must ask for a MANUAL check (on target, if given)' })),
    notApplicable: opt(Type.Array(FixtureCaseSchema, { minItems: 1, description: 'cases the rule must not speak about at all' })),
  },
  { ...closed, title: 'pipl-audit rule fixtures' },
);

export type FixtureCase = Static<typeof FixtureCaseSchema>;
export type FixtureFile = Static<typeof FixtureFileSchema>;
