// The recommendation file (检察建议 / 整改通知): who issued it, to whom, when, and its numbered
// items, each with its text and what it requires in terms of rules and targets. Published by
// `pipl-audit schema recommendation` and committed as schemas/recommendation-v1.json.
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate } from '../inventory/manifest-schema.js';
import { THEMES } from '../rules/rule-schema.js';

const closed = { additionalProperties: false } as const;

export const LocalTextSchema = Type.Object(
  {
    zh: Type.String({ minLength: 1, description: 'the text as issued (Chinese)' }),
    en: Type.Optional(Type.String({ minLength: 1, description: 'an English rendering, if wanted' })),
  },
  { ...closed, description: 'text in Chinese, optionally with an English rendering' },
);

const Ids = (what: string) => Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, uniqueItems: true, description: `ids of ${what} in the manifest` }));

export const TARGET_KINDS = ['stores', 'interfaces', 'roles', 'accounts', 'credentialPolicies', 'devices', 'flows', 'collectionPoints'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const TargetsSchema = Type.Object(
  {
    stores: Ids('stores'),
    interfaces: Ids('interfaces'),
    roles: Ids('roles'),
    accounts: Ids('accounts'),
    credentialPolicies: Ids('credential policies'),
    devices: Ids('devices (device classes)'),
    flows: Ids('flows to recipients'),
    collectionPoints: Ids('collection points'),
    keys: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        minItems: 1,
        description: 'globs on finding target keys (`*` any run of characters, `?` one), e.g. `outlet-supervisor>*` for every grant of that role',
      }),
    ),
  },
  { ...closed, description: 'what the item is about; a finding is in scope when it matches any of these. Without targets, every target of the required rules is in scope.' },
);

export const RecommendationItemSchema = Type.Object(
  {
    number: Type.Integer({ minimum: 1, description: 'the item number as in the recommendation (一、二、… → 1, 2, …)' }),
    text: LocalTextSchema,
    requires: Type.Object(
      {
        rules: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$' }), { minItems: 1, uniqueItems: true, description: 'rule ids whose failures the item requires fixed' })),
        themes: Type.Optional(
          Type.Array(Type.Unsafe<(typeof THEMES)[number]>({ type: 'string', enum: [...THEMES] }), { minItems: 1, uniqueItems: true, description: 'rule themes: every rule of the theme in the packs in use' }),
        ),
        targets: Type.Optional(TargetsSchema),
      },
      { ...closed, description: 'what must be fixed: rules (ids and/or themes; at least one) and, optionally, the targets they are about' },
    ),
    basis: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'the legal basis the item cites, as written, e.g. 《个人信息保护法》第五十一条' })),
  },
  closed,
);

export const RecommendationSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    recommendationVersion: Type.Literal(1),
    issuer: LocalTextSchema,
    reference: Type.String({ minLength: 1, description: 'the reference number, e.g. 深宝检建〔2022〕1号' }),
    kind: Type.Optional(Type.String({ minLength: 1, description: 'kind of document, e.g. 检察建议 (procuratorial recommendation), 整改通知' })),
    addressee: LocalTextSchema,
    system: Type.Optional(Type.String({ minLength: 1, description: 'the system id (manifest `system.id`) the recommendation is about; reports of another system make every item NOT_VERIFIABLE' })),
    issued: IsoDate,
    deadline: Type.Optional(IsoDate),
    summary: Type.Optional(LocalTextSchema),
    items: Type.Array(RecommendationItemSchema, { minItems: 1 }),
  },
  {
    ...closed,
    $id: 'https://pipl-audit.dev/schemas/recommendation-v1.json',
    title: 'pipl-audit recommendation',
    description: 'A recommendation (检察建议) or rectification order: issuer, reference, addressee, dates and numbered items mapped to rules and targets.',
  },
);

export type Recommendation = Static<typeof RecommendationSchema>;
export type RecommendationItem = Static<typeof RecommendationItemSchema>;
export type Targets = Static<typeof TargetsSchema>;
export type LocalText = Static<typeof LocalTextSchema>;
