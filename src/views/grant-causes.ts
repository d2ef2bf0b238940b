// A role's effective grants, one per cause, with the key the grant view gives each (also named by
// the code-query view, whose findings fold into the grant's: src/findings/fold-aspects.ts).
import { scopeRank } from './scope.js';
import type { Grant, Role } from '../inventory/manifest-schema.js';

export interface GrantCause {
  grant: Grant;
  declaredBy: Role;
  /** The same grant as other sources state it. */
  alsoStatedBy: Grant[];
  key: string;
}

/**
 * A role's effective grants, one per cause: grants that say the same thing (every field but the
 * source's own spelling, `pattern`, and the code route a grant is read from) are one cause whatever source states them,
 * and whichever role states them: a role inheriting the same grant from several parents (or stating
 * one it also inherits) holds one access, its first statement (its own, else the first parent's)
 * the grant and the others `alsoStatedBy`. The key is
 * `role>target`; when the role holds several different grants on one target, the scope is added
 * (`role>target@any`), and a number only when even the scope is shared, counted in a fixed order
 * of the grants' content so that it does not depend on which source was read first.
 */
export function grantCauses(roleId: string, effective: ReadonlyArray<{ grant: Grant; declaredBy: Role }>): GrantCause[] {
  const byTarget = new Map<string, Map<string, GrantCause>>();
  for (const { grant, declaredBy } of effective) {
    const target = grant.interface ?? `store:${grant.store ?? ''}`;
    let causes = byTarget.get(target);
    if (!causes) byTarget.set(target, (causes = new Map()));
    // The pattern and the code route say where a grant was read, not what it is. `scopeEnforced:
    // true` says which source decided the scope, not what the grant is: the same
    // grant declared in the manifest and decided by a Casbin policy is one cause.
    // Nor does `reason`: why the role holds the grant, not what it grants.
    const { pattern: _pattern, codeRoute: _codeRoute, reason: _reason, ...content } = grant;
    if (content.scopeEnforced === true) delete content.scopeEnforced;
    // Not the declaring role: `inherits: [caregiver, nurse]` both granting the same read of one
    // interface is one access of the inheriting role, with one fix.
    const signature = canonical(content);
    const seen = causes.get(signature);
    if (seen) seen.alsoStatedBy.push(grant);
    else causes.set(signature, { grant, declaredBy, alsoStatedBy: [], key: '' });
  }
  for (const causes of byTarget.values()) foldAccessRuleGrants(causes);
  const out: GrantCause[] = [];
  for (const [target, causes] of byTarget) {
    const base = `${roleId}>${target}`;
    const list = [...causes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
    const perScope = new Map<string, number>();
    for (const c of list) perScope.set(c.grant.scope, (perScope.get(c.grant.scope) ?? 0) + 1);
    const numbered = new Map<string, number>();
    // The role's widest access to the target keeps the plain key, so a role whose grants on a
    // target are split or merged by a change (rectification) is still the same item there: its
    // widest grant compared before and after. The others are told apart by scope.
    const widest = list.reduce((w, c) => ((scopeRank(c.grant.scope) ?? -1) > (scopeRank(w.grant.scope) ?? -1) ? c : w), list[0] as GrantCause);
    for (const c of list) {
      if (c === widest) c.key = base;
      else if (perScope.get(c.grant.scope) === 1) c.key = `${base}@${c.grant.scope}`;
      else {
        const n = (numbered.get(c.grant.scope) ?? 0) + 1;
        numbered.set(c.grant.scope, n);
        c.key = `${base}@${c.grant.scope}#${n}`;
      }
    }
    // Items keep the order the grants were first stated in.
    out.push(...[...causes.values()]);
  }
  return out;
}

/** What an access rule deciding each request (a Casbin policy) cannot state about a grant. */
const BEYOND_ACCESS_RULE = ['fields', 'units', 'approval', 'expires', 'trigger', 'breakGlass', 'scopeUndecided'] as const;

/**
 * An access rule (`scopeEnforced: true`, a Casbin policy line) states only the target, the actions
 * it was asked about and the scope it admits. Where the role also states a grant on the same
 * target with the same scope and at least those actions (the manifest's, with its trigger,
 * approval or reason), the two are one grant stated twice: the access rule's statement joins the
 * fuller one as `alsoStatedBy` (one item citing both), not a second item keyed by scope.
 */
function foldAccessRuleGrants(causes: Map<string, GrantCause>): void {
  const onlyAccessRule = (g: Grant) => g.scopeEnforced === true && BEYOND_ACCESS_RULE.every((k) => g[k] === undefined);
  for (const [signature, cause] of [...causes]) {
    const { grant } = cause;
    if (!onlyAccessRule(grant)) continue;
    const fuller = [...causes.values()].find((other) => !onlyAccessRule(other.grant) && other.grant.scope === grant.scope && grant.actions.every((a) => other.grant.actions.includes(a)));
    if (!fuller) continue;
    fuller.alsoStatedBy.push(grant, ...cause.alsoStatedBy);
    causes.delete(signature);
  }
}

/** JSON with object keys and list elements sorted, for comparing two grants' content. */
function canonical(value: unknown): string {
  // Lists here (actions, fields) are sets: their order is the source's spelling.
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
