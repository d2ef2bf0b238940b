// From the mapping to grants: for each mapped subject and interface, the model is asked whether
// the subject may act on another person's record (scope any), on a record of its unit, on one
// assigned to it, or on its own, widest first; the first allowed request gives the grant's scope,
// and the policy line casbin names for it is the grant's place. A policy object that is not the
// requested object itself (`/api/waybills/*` for `/api/waybills/by-phone/13800000000`) matched
// as a pattern: it is kept on the grant as `pattern`.
import type { Grant, ScopeName } from '../../inventory/manifest-schema.js';
import type { CasbinAsker } from './casbin-requests.js';
import type { CasbinInterfaceMapping } from './mapping-schema.js';
import type { PolicyRule } from './policy-lines.js';

export interface MappedSubject {
  /** The Casbin subject, as in the policy. */
  subject: string;
  role: string;
  domain?: string;
}

export interface DecidedGrant {
  role: string;
  grant: Grant;
  /** The policy rule that allowed it; undefined when the matcher allowed it without one. */
  rule: PolicyRule | undefined;
}

export interface Undecided {
  role: string;
  interfaceId: string;
  action: string;
}

export interface GrantDecisions {
  grants: DecidedGrant[];
  undecided: Undecided[];
  /** Policy rules that decided at least one mapped request. */
  used: Set<PolicyRule>;
}

const SCOPE_OBJECTS: ReadonlyArray<[ScopeName, keyof CasbinInterfaceMapping]> = [
  ['any', 'object'],
  ['unit', 'unitObject'],
  ['assigned', 'assignedObject'],
  ['own', 'ownObject'],
];

export interface DecideOptions {
  asker: CasbinAsker;
  subjects: MappedSubject[];
  interfaces: Array<[string, CasbinInterfaceMapping]>;
  defaultDomain?: string;
  /**
   * RBAC with domains mapped to units: the domains a subject is asked in (those it is assigned
   * in), and the unit a domain is; a request for another person's record allowed in a unit's
   * domain reaches that unit's records only (scope unit). Absent: one request in `defaultDomain`.
   */
  domains?: { of(mapped: MappedSubject): string[]; unitOf(domain: string): string | undefined; isOrganization(domain: string): boolean };
  extra: Record<string, string>;
  ruleOf(stored: string[]): PolicyRule | undefined;
  /** Index of the object among the policy's values (p = sub, obj, act → 1), if it has one. */
  objectIndex: number | undefined;
}

export function decideGrants(options: DecideOptions): GrantDecisions {
  const { asker } = options;
  const byKey = new Map<string, DecidedGrant>();
  const undecided: Undecided[] = [];
  const used = new Set<PolicyRule>();
  for (const mapped of options.subjects) {
    const domains: Array<string | undefined> = options.domains ? options.domains.of(mapped) : [mapped.domain ?? options.defaultDomain];
    for (const domain of domains) {
      for (const [interfaceId, entry] of options.interfaces) {
        for (const [action, casbinAction] of actionsOf(entry)) {
          for (const [scope, field] of SCOPE_OBJECTS) {
            const object = entry[field] as string | undefined;
            if (object === undefined) continue;
            const answer = asker.ask({ subject: mapped.subject, ...(domain !== undefined ? { domain } : {}), object, action: casbinAction, extra: options.extra });
            if (answer.allowed === undefined) {
              undecided.push({ role: mapped.role, interfaceId, action });
              break;
            }
            if (!answer.allowed) continue;
            const rule = options.ruleOf(answer.explain);
            if (rule) used.add(rule);
            const policyObject = rule && options.objectIndex !== undefined ? rule.values[options.objectIndex] : undefined;
            const pattern = policyObject !== undefined && policyObject !== object ? policyObject : undefined;
            // Casbin asked for another person's record in a domain that is one unit: only that unit's;
            // in the domain the project file maps to the organisation: the organisation's (not any
            // record, which would also reach other organisations' records in a shared store).
            const granted: ScopeName = scope === 'any' && domain !== undefined ? domainScope(domain, options.domains) : scope;
            const key = [mapped.role, interfaceId, granted, rule?.file ?? '', rule?.line ?? 0, pattern ?? ''].join('\0');
            const existing = byKey.get(key);
            if (existing) {
              if (!existing.grant.actions.includes(action as Grant['actions'][number])) existing.grant.actions.push(action as Grant['actions'][number]);
            } else {
              byKey.set(key, { role: mapped.role, rule, grant: { interface: interfaceId, actions: [action as Grant['actions'][number]], scope: granted, ...(pattern !== undefined ? { pattern } : {}), ...(widerThanAssigned(granted) ? { scopeEnforced: true } : {}) } });
            }
            break;
          }
        }
      }
    }
  }
  return { grants: withoutSubsumed([...byKey.values()]), undecided, used };
}

/**
 * A role asked in several domains may be allowed another person's record organisation-wide (a
 * head-office domain) and in one unit's domain: the unit grant adds nothing to the wider one, so
 * its actions the wider grant already has are dropped (and the grant, when none is left).
 */
function withoutSubsumed(grants: DecidedGrant[]): DecidedGrant[] {
  const wide = new Set(grants.filter((g) => g.grant.scope === 'any' || g.grant.scope === 'organization').flatMap((g) => g.grant.actions.map((a) => `${g.role}\0${g.grant.interface}\0${a}`)));
  if (wide.size === 0) return grants;
  const kept: DecidedGrant[] = [];
  for (const g of grants) {
    if (g.grant.scope !== 'unit') {
      kept.push(g);
      continue;
    }
    const actions = g.grant.actions.filter((a) => !wide.has(`${g.role}\0${g.grant.interface}\0${a}`));
    if (actions.length === g.grant.actions.length) kept.push(g);
    else if (actions.length > 0) kept.push({ ...g, grant: { ...g.grant, actions } });
  }
  return kept;
}

/** The scope of a request for another person's record allowed in a domain: its unit's, the organisation's, or any. */
function domainScope(domain: string, domains: DecideOptions['domains']): ScopeName {
  if (domains === undefined) return 'any';
  if (domains.unitOf(domain) !== undefined) return 'unit';
  return domains.isOrganization(domain) ? 'organization' : 'any';
}

/** The interface's manifest actions with the Casbin action each is asked as. */
function actionsOf(entry: CasbinInterfaceMapping): Array<[string, string]> {
  const pairs = Object.entries(entry.actions ?? {}).filter((p): p is [string, string] => typeof p[1] === 'string');
  if (entry.action !== undefined && !pairs.some(([a]) => a === 'read')) pairs.unshift(['read', entry.action]);
  return pairs;
}

/**
 * Casbin decided the request for a record beyond the holder's own and assigned ones: the policy
 * admits it without any case (a request carries no workflow state), which the grant states as
 * `scopeEnforced: true` so that a trigger the manifest declares does not narrow it (PIPL-QRY-006).
 */
function widerThanAssigned(scope: ScopeName): boolean {
  return scope !== 'own' && scope !== 'assigned';
}
