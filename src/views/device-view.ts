// One item per device (or fleet of devices): binding, authentication, management, the
// interfaces it calls with its scope, the categories it shows, and its local cache.
import { reachableRecords, volumeCrossings } from '../reach/volume-threshold.js';
import { unique } from './inventory-index.js';
import { scopeRank } from './scope.js';
import type { ViewDefinition } from './view.js';

export const deviceView: ViewDefinition = {
  name: 'device',
  reads: ['devices', 'interfaces', 'stores', 'roles'],
  description: 'every device with its binding, authentication, management, reach, scope and local cache',
  statedBy: {
    '/cache/encryption/atRest': { manifest: 'stores[].encryption.atRest of the device\'s localCache store', absent: 'encryption: { atRest: false }' },
    '/device/authentication': { manifest: 'devices[].authentication', absent: 'authentication: none' },
    '/device/biometric': { manifest: 'devices[].biometric' },
    '/device/boundTo': { manifest: 'devices[].boundTo' },
    '/device/consent': { manifest: 'devices[].consent (with legalBasis consent: separate where the individual separately consents to the biometric data leaving the device)', absent: 'consent: none' },
    '/device/legalBasis': { manifest: 'devices[].legalBasis (PIPL Art. 13 basis; legal-duty where a law has the biometric data leave the device)', absent: 'legalBasis: consent (no law requires it)' },
    '/device/mdm': { manifest: 'devices[].mdm', absent: 'mdm: { managed: false }' },
    '/device/mdm/remoteLock': { manifest: 'devices[].mdm.remoteLock', absent: 'remoteLock: false' },
    '/device/mdm/remoteWipe': { manifest: 'devices[].mdm.remoteWipe', absent: 'remoteWipe: false' },
    '/device/scope': { manifest: 'devices[].scope' },
    '/usersJobScopeRank': { manifest: 'roles[].jobScope of the roles granted every interface the device calls (roles[].grants[].interface)', facts: [] },
    '/scopeRank': { manifest: 'devices[].scope', facts: ['/device/scope'] },
    '/device/signage': { manifest: 'devices[].signage', absent: 'signage: false' },
    '/placement': { manifest: 'devices[].privateSpace or devices[].publicPlace', absent: 'publicPlace: false', facts: ['/device/privateSpace', '/device/publicPlace'] },
    '/unmaskedCategories': { manifest: 'interfaces[].masked of the device\'s interfaces', absent: 'masked: [] (nothing masked)', facts: ['/interfaces/*/masked'] },
    '/unmaskedSensitiveCategories': { manifest: 'interfaces[].masked of the device\'s interfaces', absent: 'masked: [] (nothing masked)', facts: ['/interfaces/*/masked'] },
  },
  build({ index }) {
    // Roles by interface granted (inherited grants included), for the device's users below.
    const rolesOf = new Map<string, Set<string>>();
    for (const role of index.inventory.roles) {
      for (const { grant } of index.effectiveGrants(role.id)) {
        if (grant.interface === undefined) continue;
        const set = rolesOf.get(grant.interface);
        if (set) set.add(role.id);
        else rolesOf.set(grant.interface, new Set([role.id]));
      }
    }
    const jobScopeOf = new Map(index.inventory.roles.map((r) => [r.id, r.jobScope]));
    /**
     * The narrowest job scope (rank) of the device's users: the roles granted every interface the
     * device calls (the device's whole function is their work). Null when no role is, or one of them
     * states no job scope: whose task the device serves is then not stated.
     */
    const usersJobScopeRankOf = (ids: string[]): number | null => {
      if (ids.length === 0) return null;
      let users: Set<string> | undefined;
      for (const id of ids) {
        const holders = rolesOf.get(id) ?? new Set<string>();
        users = users === undefined ? new Set(holders) : new Set([...users].filter((r) => holders.has(r)));
      }
      if (!users || users.size === 0) return null;
      let narrowest: number | null = null;
      for (const role of users) {
        const rank = scopeRank(jobScopeOf.get(role));
        if (rank === null) return null;
        narrowest = narrowest === null ? rank : Math.min(narrowest, rank);
      }
      return narrowest;
    };
    const reachOf = (ids: string[]) => {
      const profiles = ids.map((id) => index.interfaces.get(id)).filter((p) => p !== undefined);
      const returned = unique(profiles.flatMap((p) => p.returnedCategories));
      const unmasked = unique(profiles.flatMap((p) => p.unmaskedCategories));
      return {
        interfaces: profiles.map((p) => p.interface),
        lookupKeyCategories: unique(profiles.flatMap((p) => p.lookupKeyCategories)),
        returned,
        sensitive: index.sensitive(returned),
        unmasked,
        unmaskedSensitive: index.sensitive(unmasked),
        // Stated only when every interface the device calls says what it masks.
        maskingStated: profiles.every((p) => p.interface.masked !== undefined),
        usersJobScopeRank: usersJobScopeRankOf(ids),
      };
    };
    // Devices with the same interfaces share one summary: a national fleet repeats a few lists.
    const reaches = new Map<string, ReturnType<typeof reachOf>>();
    type Scope = (typeof index.inventory.devices)[number]['scope'];
    // Per shared summary, per scope: no key string built and hashed for each of 230,000 devices.
    const volumes = new Map<ReturnType<typeof reachOf>, Map<Scope, { reachable: number | null; crossings: ReturnType<typeof volumeCrossings> }>>();
    // Records a device can show: each store behind its interfaces once, at the device's scope.
    const reachableAt = (interfaces: ReturnType<typeof reachOf>['interfaces'], scope: Scope) => {
      const stores = new Set(interfaces.map((i) => i.store));
      const estimates = [...stores].map((id) => reachableRecords(scope, index.stores.get(id)?.store.records));
      return estimates.length === 0 || estimates.some((r) => r === null) ? null : estimates.reduce<number>((a, b) => a + (b ?? 0), 0);
    };
    return index.inventory.devices.map((device) => {
      const ids = device.interfaces ?? [];
      const reachKey = ids.join('\0');
      let reach = reaches.get(reachKey);
      if (!reach) reaches.set(reachKey, (reach = reachOf(ids)));
      const { returned, unmasked } = reach;
      const cache = device.localCache ? index.stores.get(device.localCache.store) : undefined;
      // Records the device can show, and the volume thresholds they cross: the same for every
      // device with these interfaces at this scope.
      let atScope = volumes.get(reach);
      if (!atScope) volumes.set(reach, (atScope = new Map()));
      let volume = atScope.get(device.scope);
      if (!volume) {
        const reachable = reachableAt(reach.interfaces, device.scope);
        // Of the categories it shows unmasked, as for a grant: what its interfaces state they mask is not obtained.
        atScope.set(device.scope, (volume = { reachable, crossings: volumeCrossings(unmasked, reachable, index.taxonomy) }));
      }
      const reachable = volume.reachable;
      return {
        key: device.id,
        label: device.id,
        subject: device,
        data: {
          device,
          count: device.count ?? 1,
          interfaces: reach.interfaces,
          lookupKeyCategories: reach.lookupKeyCategories,
          categories: returned,
          sensitiveCategories: reach.sensitive,
          unmaskedCategories: reach.maskingStated ? unmasked : null,
          unmaskedSensitiveCategories: reach.maskingStated ? reach.unmaskedSensitive : null,
          reachesPI: returned.length > 0,
          reachableRecords: reachable,
          scopeRank: scopeRank(device.scope) ?? null,
          usersJobScopeRank: reach.usersJobScopeRank,
          volumeCrossings: volume.crossings,
          biometricDevice: device.kind === 'face-terminal' || device.kind === 'fingerprint-terminal' || device.biometric !== undefined,
          cache: cache?.store ?? null,
          cacheCategories: cache?.categories ?? [],
          // Where it is installed: private (changing room, toilet, …) wins over public; null
          // when the inventory states neither.
          placement: device.privateSpace === true ? 'private'
            : device.publicPlace === true ? 'public'
            : device.publicPlace === false ? 'non-public'
            : null,
        },
      };
    });
  },
};
