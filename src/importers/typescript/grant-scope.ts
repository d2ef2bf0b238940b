// The scope a condition gives. A condition on a field that ties records to the holder makes a
// CASL rule (or a query) reach only those records: the holder's own (ownerId, authorId …), the
// ones assigned to the holder by workflow (assigneeId …) or the holder's unit's (outletId,
// branchId …). Which field gives which scope comes first from the project file — `scopeFields`
// (field → scope), then `ownerFields` (fields that tie a record to its holder: own) — and then from
// the documented default name patterns below.
import type { ScopeName } from '../../inventory/manifest-schema.js';
import { SCOPE_ORDER } from '../../views/scope.js';
import { normaliseName } from './code-names.js';

/** Any scope of the model (a project may map a field to a unit subtree or a set of units). */
export type GrantScope = ScopeName;

/** Default name patterns (docs/code-scanning.md lists them). */
export const OWNER_KEY = /^(owner|user|author|created_?by|courier|member|patient|customer|account)(_?id)?$|^(user|owner|author)\./i;
export const ASSIGNED_KEY = /^(assignee|assigned_?to|handler|handled_?by)(_?id)?$/i;
// Organisational units, including those common in Chinese back offices (a residential community,
// a campus or school, a clinic, a merchant, a company or corp, a warehouse or depot, an agency, a
// region or district the staff member is assigned to).
export const UNIT_KEY = /^(outlet|unit|org|organi[sz]ation|tenant|dept|department|branch|station|ward|site|store|shop|gym|hospital|community|campus|school|clinic|merchant|company|corp|warehouse|depot|agency|region|district)(_?id)?$/i;

/** Narrowest first: conditions are combined with AND, so the narrowest tie decides. */
const NARROW_TO_WIDE: readonly GrantScope[] = SCOPE_ORDER;

export function scopeRank(scope: GrantScope): number {
  return NARROW_TO_WIDE.indexOf(scope);
}

/** The project-file options that say which fields tie a record to its holder. */
export interface ScopeOptions {
  scopeFields?: Readonly<Record<string, GrantScope>>;
  ownerFields?: readonly string[];
}

export class ScopeFields {
  private readonly explicit = new Map<string, GrantScope>();
  private readonly owners = new Set<string>();

  constructor(options: ScopeOptions = {}) {
    for (const [field, scope] of Object.entries(options.scopeFields ?? {})) this.explicit.set(normaliseName(field), scope);
    for (const field of options.ownerFields ?? []) this.owners.add(normaliseName(field));
  }

  /**
   * The scope a condition on this field gives, or undefined when the field does not tie records
   * to the holder. `scopeFields` wins (`any` there says the field ties nothing, overriding a
   * default pattern), then `ownerFields` (own), then the default patterns.
   */
  of(field: string): Exclude<GrantScope, 'any'> | undefined {
    const key = normaliseName(field);
    const stated = this.explicit.get(key);
    if (stated !== undefined) return stated === 'any' ? undefined : stated;
    if (this.owners.has(key)) return 'own';
    if (OWNER_KEY.test(field)) return 'own';
    if (ASSIGNED_KEY.test(field)) return 'assigned';
    if (UNIT_KEY.test(field)) return 'unit';
    return undefined;
  }

  /** Whether a condition on this field ties a query to the caller. */
  ties(field: string): boolean {
    return this.of(field) !== undefined;
  }

  /** The scope a CASL condition object gives: the narrowest tie among its keys, any when none ties. */
  ofConditions(conditions: readonly string[] | undefined): GrantScope {
    let best: GrantScope = 'any';
    for (const c of conditions ?? []) {
      const s = this.of(c);
      if (s !== undefined && scopeRank(s) < scopeRank(best)) best = s;
    }
    return best;
  }
}

const DEFAULTS = new ScopeFields();

/** The scope a CASL condition object gives under the default patterns alone. */
export function scopeOfConditions(conditions: readonly string[] | undefined): GrantScope {
  return DEFAULTS.ofConditions(conditions);
}
