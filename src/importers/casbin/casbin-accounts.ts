// The users of a Casbin policy as accounts. A `g, alice, outlet_supervisor[, domain]` line of a
// role type the matcher applies to the request's subject (`g(r.sub, p.sub …)`) assigns a role to
// alice; alice is a user when she is nothing else in the policy: not a role any g line assigns,
// not a policy line's subject, not a subject the mapping ties to a manifest role. Each user becomes
// an account holding the manifest roles of the mapped subjects casbin's own role manager says she
// reaches (through role chains, in the mapped domain, or in every domain `mapping.domains` lists,
// a user assigned in one unit's domain only being of that unit), so `reach` and the account rules see a
// Casbin-only system's people. A user whose name is the id of an account the manifests declare is
// that account: it is not imported twice, and a mapped role the policy gives it that the manifest
// does not list is a warning at the g line. Resource role types (`g2(r.obj, p.obj)`) assign no
// one anything.
import type { Diagnostic } from '../../inventory/diagnostic.js';
import type { Account } from '../../inventory/manifest-schema.js';
import type { CasbinPlace } from './casbin-job.js';
import type { MappedSubject } from './decide-grants.js';
import type { PolicyRule } from './policy-lines.js';

export interface AccountInput {
  rules: readonly PolicyRule[];
  /** Role types (g, g2 …) the matcher calls with the request's subject first. */
  subjectRoleTypes: ReadonlySet<string>;
  /** Role types whose lines carry a domain (`g = _, _, _`). */
  domainRoleTypes: ReadonlySet<string>;
  subjectIndex: number;
  mapped: readonly MappedSubject[];
  defaultDomain: string | undefined;
  /** RBAC with domains mapped to units: every listed domain, and the unit each one is. */
  domains?: { all: readonly string[]; unitOf(domain: string): string | undefined };
  /** casbin's role manager: does `user` reach `role` through lines of `roleType` (in `domain`)? */
  hasLink(roleType: string, user: string, role: string, domain: string | undefined): boolean;
  /** Account ids are `<prefix>:<user>`, unique per Casbin source. */
  idPrefix: string;
  /** Accounts the manifests declare, by id, with their roles. */
  declared: ReadonlyMap<string, readonly string[]>;
}

export interface PlacedAccount {
  account: Account;
  at: CasbinPlace;
}

export interface CasbinUsers {
  accounts: PlacedAccount[];
  /** Users that reach no mapped subject, with the first line naming each. */
  unmapped: Array<{ user: string; rule: PolicyRule }>;
  /** Declared accounts the policy gives a mapped role their manifest entry does not list. */
  warnings: Diagnostic[];
}

export function casbinAccounts(input: AccountInput): CasbinUsers {
  const notUsers = new Set(input.mapped.map((m) => m.subject));
  const firstLine = new Map<string, PolicyRule>();
  for (const rule of input.rules) {
    if (input.subjectRoleTypes.has(rule.ptype)) {
      const [member, role] = rule.values;
      if (role !== undefined) notUsers.add(role);
      if (member !== undefined && !firstLine.has(member)) firstLine.set(member, rule);
    } else if (rule.ptype === 'p') {
      const subject = rule.values[input.subjectIndex];
      if (subject !== undefined) notUsers.add(subject);
    }
  }
  const accounts: PlacedAccount[] = [];
  const unmapped: CasbinUsers['unmapped'] = [];
  const warnings: Diagnostic[] = [];
  const ids = new Set<string>();
  for (const [user, rule] of [...firstLine].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (notUsers.has(user)) continue;
    const roles = new Set<string>();
    // Where the user holds a mapped role: the units of those domains (undefined: organisation-wide).
    const where = new Set<string | undefined>();
    for (const mapped of input.mapped) {
      const domains = mapped.domain !== undefined ? [mapped.domain] : input.domains ? input.domains.all : [input.defaultDomain];
      for (const domain of domains) {
        for (const roleType of input.subjectRoleTypes) {
          const withDomain = input.domainRoleTypes.has(roleType);
          if (withDomain && domain === undefined) continue;
          if (!input.hasLink(roleType, user, mapped.subject, withDomain ? domain : undefined)) continue;
          roles.add(mapped.role);
          if (withDomain && domain !== undefined) where.add(input.domains?.unitOf(domain));
        }
      }
    }
    // A user assigned in one unit's domain only is of that unit (the g line states it).
    const [onlyUnit] = where.size === 1 ? [...where] : [];
    const declaredRoles = input.declared.get(user);
    if (declaredRoles) {
      const missing = [...roles].filter((r) => !declaredRoles.includes(r)).sort();
      if (missing.length > 0) warnings.push({ severity: 'warning', file: rule.file, line: rule.line, message: `the policy gives account "${user}" role(s) ${missing.join(', ')} (through the mapped Casbin subjects it reaches), which its manifest entry does not list`, expected: 'the account’s roles in the manifest as the policy assigns them' });
      continue;
    }
    if (roles.size === 0) {
      unmapped.push({ user, rule });
      continue;
    }
    let id = `${input.idPrefix}:${safeName(user)}`;
    for (let n = 2; ids.has(id); n++) id = `${input.idPrefix}:${safeName(user)}+${n}`;
    ids.add(id);
    accounts.push({ account: { id, type: 'personal', holders: [user], roles: [...roles].sort(), ...(input.domains && onlyUnit !== undefined ? { unit: onlyUnit } : {}) }, at: { file: rule.file, line: rule.line, column: 1 } });
  }
  return { accounts, unmapped, warnings };
}

/** A name as an id segment (the manifest's id characters). */
export function safeName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9\u4e00-\u9fff._:/@+-]/g, '_');
  return /^[A-Za-z0-9\u4e00-\u9fff]/.test(cleaned) ? cleaned : `x${cleaned}`;
}
