// Whether an interface declares a field of a related store (a Prisma include, a TypeORM join)
// under the name its own store keeps the same value by. A store that copies values of a related
// record beside its own (a report copy keeping the patient's name and birth date) names them
// either as the related store does (birth_date) or prefixed with the relation (patient_name for
// the patient's name). Where the interface returns such a field of its own store unmasked, with
// the category of the related field, the related field answered with the row is the value the
// interface declares, not PI beyond it. A name alone never matches: the category must agree, so
// another person's field of another kind is still beyond the declaration.
import type { Interface } from '../inventory/manifest-schema.js';
import type { StoreProfile } from './inventory-index.js';

const plain = (name: string): string => name.toLowerCase().replace(/[_\-\s]/g, '');

/** A plural relation or store name made singular the simple English way (patients → patient, categories → category). */
function singular(name: string): string {
  if (/ies$/i.test(name)) return name.replace(/ies$/i, 'y');
  if (/(?:ses|xes|ches|shes)$/i.test(name)) return name.replace(/es$/i, '');
  return name.replace(/s$/i, '');
}

/**
 * The interface's own field (its manifest name) that declares `field` of the related store, read
 * through the relation `relation` (the model or property name in the code): one it returns
 * unmasked, with the same category, named as the related field or prefixed with the relation or
 * the related store's singular name. undefined when none does.
 */
export function declaredAsOwnField(
  itf: Interface,
  own: StoreProfile | undefined,
  related: { store: string; relation: string },
  field: { name: string; category: string },
): string | undefined {
  if (own === undefined) return undefined;
  const masked = new Set((itf.masked ?? []).map(plain));
  const names = new Set(
    [field.name, ...[related.relation, related.store].flatMap((r) => [r, singular(r)]).map((r) => `${r}_${field.name}`)].map(plain),
  );
  return itf.returns.find((declared) => !masked.has(plain(declared)) && names.has(plain(declared)) && own.categoryOf.get(declared) === field.category);
}
