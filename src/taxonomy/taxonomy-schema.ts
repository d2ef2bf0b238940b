// The schema of a PI category taxonomy file (taxonomy/pi-categories.yaml) and of one category a
// project adds in its manifest (`categories:`): the same fields, checked the same way.
import { Type, type Static } from '@sinclair/typebox';

const closed = { additionalProperties: false } as const;

const Name = Type.Object({ zh: Type.String({ minLength: 1, description: 'the name in Chinese (中文)' }), en: Type.String({ minLength: 1, description: 'the name in English' }) }, { ...closed, description: 'the category name in Chinese and English' });
export const VolumeClassSchema = Type.Unsafe<'whereabouts-credit-property' | 'health-transaction' | 'other'>({
  type: 'string',
  enum: ['whereabouts-credit-property', 'health-transaction', 'other'],
  description: 'the class of the 2017 SPC/SPP judicial interpretation Art. 5: whereabouts-credit-property (行踪轨迹、通信内容、征信、财产: 50 records), health-transaction (住宿、通信记录、健康生理、交易: 500), other (5,000)',
});
export const FinancialGradeSchema = Type.Unsafe<'C1' | 'C2' | 'C3'>({ type: 'string', enum: ['C1', 'C2', 'C3'], description: 'JR/T 0171-2020 grade' });
const Basis = Type.String({ minLength: 1, description: 'where the sensitivity and volume class come from (law, article, standard)' });

const categoryFields = {
  name: Name,
  sensitive: Type.Optional(Type.Boolean({ description: 'sensitive PI under PIPL Art. 28 (inherited by children unless overridden)' })),
  financialGrade: Type.Optional(FinancialGradeSchema),
  volumeClass: Type.Optional(VolumeClassSchema),
  basis: Type.Optional(Basis),
};

const CategoryName = Type.String({ pattern: '^[a-z0-9-]+$' });

export const TaxonomyFileSchema = Type.Object(
  {
    version: Type.Literal(1),
    categories: Type.Record(
      CategoryName,
      Type.Recursive((This) => Type.Object({ ...categoryFields, children: Type.Optional(Type.Record(CategoryName, This)) }, closed)),
    ),
  },
  { ...closed, description: 'a PI category taxonomy: hierarchical categories with sensitivity, financial grade and volume class' },
);

/** A category a project adds to the shipped taxonomy: its key under an existing category, and every classification stated. */
export const ProjectCategorySchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)+$', description: 'the new category key, under an existing category (or one the project adds), e.g. telecom.imei-history' }),
    name: Name,
    sensitive: Type.Boolean({ description: 'sensitive PI under PIPL Art. 28' }),
    volumeClass: VolumeClassSchema,
    financialGrade: Type.Optional(FinancialGradeSchema),
    basis: Type.Optional(Basis),
  },
  { ...closed, description: 'a PI category the project adds to the shipped taxonomy; fields may name it like any shipped category' },
);

export type ProjectCategory = Static<typeof ProjectCategorySchema>;
export type TaxonomyFile = Static<typeof TaxonomyFileSchema>;
