// Decisions from extracted grants, with the engines' own semantics: accesscontrol (role
// hierarchy through $extend, `any` includes `own`, deny overrides and must match possession,
// granted when a non-negated attribute remains) and CASL (later rules win, `manage` and `all`
// match everything, a `cannot` without conditions or fields takes back what came before).
import type { GrantFact } from './code-facts.js';
import { ScopeFields, scopeRank, type GrantScope } from './grant-scope.js';

export type Possession = 'any' | 'own';

export class AccessControlModel {
  private readonly extendsOf = new Map<string, Set<string>>();
  /** role → resource → action → possession+effect → attributes (last write wins). */
  private readonly rules = new Map<string, Map<string, { attributes: string[]; denied: boolean; possession: Possession; action: string }>>();

  constructor(grants: GrantFact[]) {
    for (const g of [...grants].filter((x) => x.library === 'accesscontrol').sort((a, b) => a.order - b.order)) {
      if (g.extend) {
        const set = this.extendsOf.get(g.role) ?? new Set<string>();
        for (const e of g.extend) set.add(e);
        this.extendsOf.set(g.role, set);
        if (!this.rules.has(g.role)) this.rules.set(g.role, new Map());
        continue;
      }
      const byRole = this.rules.get(g.role) ?? new Map();
      this.rules.set(g.role, byRole);
      byRole.set(`${g.resource}\0${g.action}\0${g.possession}\0${g.denied}`, { attributes: g.attributes, denied: g.denied, possession: g.possession, action: g.action });
    }
  }

  roles(): string[] {
    return [...this.rules.keys()].sort();
  }

  /** The role and every role it extends, transitively. */
  hierarchy(role: string): string[] {
    const out = new Set<string>();
    const visit = (r: string) => {
      if (out.has(r)) return;
      out.add(r);
      for (const e of this.extendsOf.get(r) ?? []) visit(e);
    };
    visit(role);
    return [...out];
  }

  resources(): string[] {
    const out = new Set<string>();
    for (const byRole of this.rules.values()) for (const key of byRole.keys()) out.add(key.split('\0')[0] ?? '');
    return [...out].sort();
  }

  granted(role: string, action: string, possession: Possession, resource: string): boolean {
    const allowed = new Set<string>();
    const denied = new Set<string>();
    for (const r of this.hierarchy(role)) {
      for (const [key, rule] of this.rules.get(r) ?? []) {
        if (!key.startsWith(`${resource}\0${action}\0`)) continue;
        if (rule.denied) {
          if (rule.possession === possession) for (const a of rule.attributes) denied.add(a);
        } else if (possession === 'own' || rule.possession === 'any') {
          for (const a of rule.attributes) allowed.add(a);
        }
      }
    }
    if (denied.has('*')) return false;
    const positive = [...allowed].filter((a) => !a.trim().startsWith('!'));
    return positive.some((a) => !denied.has(a));
  }
}

export interface CaslPermission {
  role: string;
  resource: string;
  action: string;
  scope: GrantScope;
  at: GrantFact['at'];
}

/**
 * The widest scope each (role, subject, action) ends with after every rule is applied in order;
 * the scope of a rule's condition is read with the project's scope fields (grant-scope.ts).
 */
export function caslPermissions(grants: GrantFact[], scopeFields: ScopeFields = new ScopeFields()): CaslPermission[] {
  const rules = grants.filter((g) => g.library === 'casl').sort((a, b) => a.order - b.order);
  const keys = new Map<string, { role: string; resource: string; action: string }>();
  for (const r of rules) if (!r.denied) keys.set(`${r.role}\0${r.resource}\0${r.action}`, { role: r.role, resource: r.resource, action: r.action });
  const out: CaslPermission[] = [];
  for (const { role, resource, action } of keys.values()) {
    let held: Array<{ scope: GrantScope; at: GrantFact['at'] }> = [];
    for (const r of rules) {
      if (r.role !== role && r.role !== '*') continue;
      const actionMatches = r.action === action || r.action === 'manage';
      const subjectMatches = r.resource === resource || r.resource === 'all';
      if (!actionMatches || !subjectMatches) continue;
      if (r.denied) {
        // A `cannot` naming fields takes back only those fields (CASL checks a subject without a
        // field against inverted rules without fields only); one with conditions only the
        // records they match.
        if ((!r.conditions || r.conditions.length === 0) && r.attributes.includes('*')) held = [];
      } else held.push({ scope: scopeFields.ofConditions(r.conditions), at: r.at });
    }
    if (held.length === 0) continue;
    const widest = held.reduce((a, b) => (scopeRank(b.scope) > scopeRank(a.scope) ? b : a));
    out.push({ role, resource, action, scope: widest.scope, at: widest.at });
  }
  return out.sort((a, b) => a.role.localeCompare(b.role) || a.resource.localeCompare(b.resource) || a.action.localeCompare(b.action));
}
