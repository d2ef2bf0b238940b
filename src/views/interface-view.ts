// One item per interface: the categories it can be searched by and shows, masked or not, and
// the roles and devices that can call it with their widest scope.
import { SCOPE_ORDER, scopeRank } from './scope.js';
import type { ViewDefinition } from './view.js';

export const interfaceView: ViewDefinition = {
  name: 'interface',
  reads: ['interfaces', 'stores', 'roles', 'devices', 'flows'],
  description: 'every interface with lookup-key and returned categories, masking, limits and who can call it',
  statedBy: {
    '/interface/anomalyAlert': { manifest: 'interfaces[].anomalyAlert', absent: 'anomalyAlert: false' },
    '/interface/approval': { manifest: 'interfaces[].approval', absent: 'approval: { required: false }' },
    '/interface/kind': { manifest: 'interfaces[].kind' },
    '/interface/logged': { manifest: 'interfaces[].logged', absent: 'logged: false' },
    '/interface/rateLimit': { manifest: 'interfaces[].rateLimit', absent: 'rateLimit: none' },
    '/interface/rowLimit': { manifest: 'interfaces[].rowLimit', absent: 'rowLimit: none' },
    '/interface/watermark': { manifest: 'interfaces[].watermark', absent: 'watermark: false' },
    '/widestScope': { manifest: 'roles[].grants[].scope (of every grant on the interface)', facts: [] },
    '/servesOnlyRecipients': { manifest: "roles[].recipientFlow of every role granted the interface (a flow whose recipient.kind is not entrusted-processor)", facts: [] },
    '/servesOnlyDevices': { manifest: 'interfaces[].kind device-function, devices[].interfaces, and no roles[].grants[] on it', facts: [] },
    '/unmaskedCategories': { manifest: 'interfaces[].masked', absent: 'masked: [] (nothing masked)', facts: ['/interface/masked'] },
    '/unmaskedSensitiveCategories': { manifest: 'interfaces[].masked', absent: 'masked: [] (nothing masked)', facts: ['/interface/masked'] },
  },
  build({ index }) {
    const recipientOnly = index.recipientOnlyInterfaces();
    const callers = new Map<string, { roles: Set<string>; widest: number; unknown: boolean }>();
    for (const role of index.inventory.roles) {
      for (const { grant } of index.effectiveGrants(role.id)) {
        if (!grant.interface) continue;
        const c = callers.get(grant.interface) ?? { roles: new Set<string>(), widest: -1, unknown: false };
        c.roles.add(role.id);
        c.widest = Math.max(c.widest, scopeRank(grant.scope) ?? -1);
        // A scope the access tables state but the code is not known to apply (as in the grant
        // view) is not relied on when narrower than organization: the widest scope is then unknown.
        if (grant.scopeUndecided !== undefined || (grant.scopeEnforced === false && (scopeRank(grant.scope) ?? 0) < (scopeRank('organization') ?? 0))) c.unknown = true;
        callers.set(grant.interface, c);
      }
    }
    // Devices by interface, in one pass: filtering every device per interface is O(interfaces × devices).
    const devicesOf = new Map<string, string[]>();
    for (const device of index.inventory.devices) {
      for (const id of device.interfaces ?? []) {
        const list = devicesOf.get(id);
        if (list) list.push(device.id);
        else devicesOf.set(id, [device.id]);
      }
    }
    return index.inventory.interfaces.map((itf) => {
      const profile = index.interfaces.get(itf.id);
      const c = callers.get(itf.id);
      const returned = profile?.returnedCategories ?? [];
      // What it shows unmasked is stated only when the interface says what it masks (`masked: []` when nothing).
      const maskingStated = itf.masked !== undefined;
      return {
        key: itf.id,
        label: itf.id,
        subject: itf,
        data: {
          interface: itf,
          store: profile?.store ?? null,
          records: profile?.store.records ?? null,
          lookupKeyCategories: profile?.lookupKeyCategories ?? [],
          returnedCategories: returned,
          sensitiveCategories: index.sensitiveIn(index.stores.get(itf.store), returned),
          unmaskedFields: maskingStated ? (profile?.unmaskedFields ?? []) : null,
          unmaskedCategories: maskingStated ? (profile?.unmaskedCategories ?? []) : null,
          unmaskedSensitiveCategories: maskingStated ? (profile?.unmaskedSensitiveCategories ?? []) : null,
          reachesPI: returned.length > 0,
          reachesSensitive: index.sensitiveIn(index.stores.get(itf.store), returned).length > 0,
          roles: [...(c?.roles ?? [])].sort(),
          /** The widest scope any role calls it with; null when no role does or a caller's scope is not known to be applied. */
          widestScope: c && c.widest >= 0 && !c.unknown ? SCOPE_ORDER[c.widest] : null,
          devices: devicesOf.get(itf.id) ?? [],
          /**
           * Every role granted the interface acts for another processor receiving a provision
           * (roles[].recipientFlow): the interface is that provision's channel, judged by the
           * provision rules, not a bulk query of the operator's staff. False with no caller.
           */
          servesOnlyRecipients: recipientOnly.has(itf.id),
          /**
           * A device function (kind device-function) that devices call and no role is granted:
           * a machine's own sync (a door terminal fetching its site's templates), not a person's query.
           */
          servesOnlyDevices: itf.kind === 'device-function' && (c === undefined || c.roles.size === 0) && (devicesOf.get(itf.id)?.length ?? 0) > 0,
        },
      };
    });
  },
};
