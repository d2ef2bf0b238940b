// Which findings a recommendation item's targets are about. A finding names its item by view
// and key; a grant's key is `role>interface` (or `role>store:ID`, with `#n` when a role holds
// several grants on one target), so a role, an interface or a store also selects the grants
// that name it.
import type { Finding } from '../findings/finding.js';
import { TARGET_KINDS, type TargetKind, type Targets } from '../recommendation/recommendation-schema.js';

/** The view whose items an entity id of each kind is the key of. */
const ENTITY_VIEW: Record<TargetKind, string> = {
  stores: 'store',
  interfaces: 'interface',
  roles: 'role',
  accounts: 'account',
  credentialPolicies: 'credential-policy',
  devices: 'device',
  flows: 'flow',
  collectionPoints: 'collection-point',
};

/** Singular names for messages ("no store named X in after"). */
export const TARGET_KIND_NAMES: Record<TargetKind, { zh: string; en: string }> = {
  stores: { zh: '存储', en: 'store' },
  interfaces: { zh: '接口', en: 'interface' },
  roles: { zh: '角色', en: 'role' },
  accounts: { zh: '账号', en: 'account' },
  credentialPolicies: { zh: '口令策略', en: 'credential policy' },
  devices: { zh: '设备', en: 'device' },
  flows: { zh: '数据流向', en: 'flow' },
  collectionPoints: { zh: '收集点', en: 'collection point' },
};

export interface NamedTarget {
  kind: TargetKind;
  id: string;
}

function grantParts(key: string): { role: string; target: string } | undefined {
  const gt = key.indexOf('>');
  if (gt === -1) return undefined;
  // A role holding several grants on one target keys them `role>target@scope` (and `#n`).
  return { role: key.slice(0, gt), target: key.slice(gt + 1).replace(/#\d+$/, '').replace(/@[^@>]*$/, '') };
}

/** Does this finding concern the named entity? */
export function findingConcerns(finding: Pick<Finding, 'view' | 'target' | 'members'>, target: NamedTarget): boolean {
  const { view, target: t } = finding;
  if (view === ENTITY_VIEW[target.kind] && t.key === target.id) return true;
  // A grouped finding concerns every item it lists.
  if (view === ENTITY_VIEW[target.kind] && finding.members?.items.some((m) => m.key === target.id)) return true;
  if (view !== 'grant') return false;
  // A grant finding names its grant by its key; a grouped one (one per interface or role) by its members'.
  return [t.key, ...(finding.members?.items ?? []).map((m) => m.key)].some((key) => grantConcerns(key, target));
}

function grantConcerns(key: string, target: NamedTarget): boolean {
  const parts = grantParts(key);
  if (!parts) return false;
  if (target.kind === 'roles') return parts.role === target.id;
  if (target.kind === 'interfaces') return parts.target === target.id;
  if (target.kind === 'stores') return parts.target === `store:${target.id}`;
  return false;
}

export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export function namedTargets(targets: Targets | undefined): NamedTarget[] {
  if (!targets) return [];
  return TARGET_KINDS.flatMap((kind) => (targets[kind] ?? []).map((id) => ({ kind, id })));
}

/** A predicate: is a finding in the item's scope? Without targets, every finding is. */
export function targetPredicate(targets: Targets | undefined): (finding: Pick<Finding, 'view' | 'target' | 'members'>) => boolean {
  const named = namedTargets(targets);
  const globs = (targets?.keys ?? []).map(globToRegExp);
  if (named.length === 0 && globs.length === 0) return () => true;
  return (f) => named.some((t) => findingConcerns(f, t)) || globs.some((g) => g.test(f.target.key));
}
