// The flow whose recipient acts with a role (roles[].recipientFlow): another processor (a third
// party, an affiliate, an authority; not an entrusted processor acting for the operator) receiving a
// provision through the role's grants. What such a grant reaches is that provision, judged by the
// provision rules (PIPL-PROV-*), not a query right of the operator's own staff.
import type { Flow, Grant, Role } from '../inventory/manifest-schema.js';

/** The flow (id) whose recipient, a processor other than an entrusted one, acts with the role; null when none. */
export function actsForRecipient(role: Role | undefined, flows: ReadonlyMap<string, Flow>): string | null {
  if (role?.recipientFlow === undefined) return null;
  const flow = flows.get(role.recipientFlow);
  return flow !== undefined && flow.recipient.kind !== 'entrusted-processor' ? flow.id : null;
}

/**
 * The interfaces every role granted which (inherited grants included) acts for another processor
 * receiving a provision: each is that provision's channel, not a query of the operator's staff.
 * An interface no role is granted is not among them.
 */
export function recipientOnlyInterfaces(
  roles: readonly Role[],
  grantsOf: (roleId: string) => ReadonlyArray<{ grant: Grant }>,
  flows: ReadonlyMap<string, Flow>,
): Set<string> {
  const recipient = new Set<string>();
  const staff = new Set<string>();
  for (const role of roles) {
    const side = actsForRecipient(role, flows) !== null ? recipient : staff;
    for (const { grant } of grantsOf(role.id)) if (grant.interface !== undefined) side.add(grant.interface);
  }
  return new Set([...recipient].filter((id) => !staff.has(id)));
}
