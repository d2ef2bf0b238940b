// An audit framework as data (like a rule pack): the items of a guideline or standard, each with
// the rules that evaluate it, the manifest keys that only declare it and the evidence a person
// must collect. `pipl-audit audit --framework ID` reports per item; see docs/frameworks.md.
import { Type, type Static } from '@sinclair/typebox';

const closed = { additionalProperties: false } as const;
const Bilingual = Type.Object({ zh: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) }, closed);
const ItemId = Type.String({ pattern: '^[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*$', description: 'e.g. 20 (a whole item) or 20.3 (its third sub-item)' });

export const DeclarationSchema = Type.Object(
  {
    path: Type.String({
      pattern: '^(/[^/]+)+$',
      description: 'manifest key that documents the item, as a path with * for every entity of a list: /system/piOfficer, /flows/*/consent',
    }),
    what: Bilingual,
  },
  closed,
);

export const SubItemSchema = Type.Object(
  {
    id: ItemId,
    text: Bilingual,
    rules: Type.Optional(Type.Array(Type.String(), { minItems: 1, uniqueItems: true, description: 'rules that evaluate the sub-item from configurations, exports and code' })),
    complete: Type.Optional(
      Type.Boolean({ description: 'the rules cover the whole sub-item, so their passing is a PASS of it (otherwise the rest is declared or manual)' }),
    ),
    declarations: Type.Optional(Type.Array(DeclarationSchema, { minItems: 1 })),
    manual: Type.Optional(Type.Object({ zh: Type.String(), en: Type.String() }, { ...closed, description: 'the evidence an auditor collects outside any file' })),
    provisions: Type.Optional(
      Type.Array(Type.String(), { minItems: 1, description: 'for a framework mapped by basis: the clauses of the instrument this item is (a rule citing one of them evaluates it)' }),
    ),
  },
  closed,
);

export const FrameworkItemSchema = Type.Object(
  {
    id: ItemId,
    number: Type.Optional(Type.String({ description: 'the number as the instrument writes it (二十, 7.1, 8.1.4.2)' })),
    title: Bilingual,
    subItems: Type.Array(SubItemSchema, { minItems: 1 }),
  },
  closed,
);

export const FrameworkSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    title: Bilingual,
    source: Type.Object({ zh: Type.String(), en: Type.String(), verified: Type.Boolean(), note: Type.Optional(Type.String()) }, closed),
    mapping: Type.Union(
      [
        Type.Literal('guideline', { description: 'rules name the items in their `guideline:` list, and each sub-item lists the same rules' }),
        Type.Object(
          { basis: Type.String({ description: 'the instrument rules cite in `basis` (e.g. GB/T 35273-2020): a rule evaluates the items whose provisions it cites' }) },
          closed,
        ),
      ],
      { description: 'how rules are tied to the items' },
    ),
    items: Type.Array(FrameworkItemSchema, { minItems: 1 }),
  },
  { ...closed, $id: 'https://pipl-audit.dev/schemas/framework-v1.json', title: 'pipl-audit audit framework' },
);

export type Framework = Static<typeof FrameworkSchema>;
export type FrameworkItem = Static<typeof FrameworkItemSchema>;
export type FrameworkSubItem = Static<typeof SubItemSchema>;
export type Declaration = Static<typeof DeclarationSchema>;
