// Whether the keys of grouped rows (SQL `GROUP BY`, Prisma `groupBy({ by })`) make groups of
// people: one row per person, with that person's values and aggregates over their records.
// A key that is one of the store's fields singles people out unless its category is an attribute
// many people share (a health conclusion, an occupational hazard, a gender, a position, a
// disability): grouped by such attributes only, each row is a count of people with those values,
// statistics that identify no one, as `SELECT dept, COUNT(*) … GROUP BY dept` does. A category
// outside this list (an identifier, a contact, a date of birth, a category a project adds) is
// taken as singling people out.

/** Categories (and their children) whose values many people share: grouping by them alone answers counts. */
const SHARED_ATTRIBUTES = ['health', 'specific-identity', 'identity.gender', 'employment', 'education', 'telecom.tariff'];

/** A field of this category (undefined: not a field the store declares) groups rows by person. */
export function groupsPeople(category: string | undefined): boolean {
  if (category === undefined) return false;
  return !SHARED_ATTRIBUTES.some((attribute) => category === attribute || category.startsWith(`${attribute}.`));
}
