// Scopes ordered from narrowest to widest, so rules can compare "wider than the job". A unit
// subtree holds the holder's unit and more; a set of units is ranked above it, as a fixed set is
// not bounded by where the holder works (it may hold any unit), and below the organization (a set
// naming every unit is stated as organization by its importer, as is a subtree from the top unit).
import type { ScopeName } from '../inventory/manifest-schema.js';

export const SCOPE_ORDER: readonly ScopeName[] = ['own', 'assigned', 'unit', 'unit-subtree', 'unit-set', 'organization', 'any'];

export function scopeRank(scope: ScopeName | undefined): number | null {
  return scope === undefined ? null : SCOPE_ORDER.indexOf(scope);
}
