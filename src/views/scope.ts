// Scopes ordered from narrowest to widest, so rules can compare "wider than the job".
import type { ScopeName } from '../inventory/manifest-schema.js';

export const SCOPE_ORDER: readonly ScopeName[] = ['own', 'assigned', 'unit', 'organization', 'any'];

export function scopeRank(scope: ScopeName | undefined): number | null {
  return scope === undefined ? null : SCOPE_ORDER.indexOf(scope);
}
