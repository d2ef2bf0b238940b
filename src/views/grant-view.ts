// One item per (role, effective grant): inheritance resolved, the interface and store it reaches,
// the categories it shows masked and unmasked, and who holds the role.
import { NO_HOLDERS } from './inventory-index.js';
import { reachableRecords, volumeCrossings } from '../reach/volume-threshold.js';
import { scopeRank } from './scope.js';
import type { ViewDefinition, ViewItem } from './view.js';

const BULK_ACTIONS = new Set(['export', 'print', 'copy']);

export const grantView: ViewDefinition = {
  name: 'grant',
  reads: ['roles', 'accounts', 'stores', 'interfaces'],
  description: 'every grant of every role, inherited ones included, joined to its interface, store, categories and holders',
  statedBy: {
    '/expired': { manifest: 'roles[].grants[].expires', facts: [] },
    '/grant/approval': { manifest: 'roles[].grants[].approval', absent: 'approval: { required: false }' },
    '/grant/breakGlass': { manifest: 'roles[].grants[].breakGlass', absent: 'trigger: none (and no breakGlass)' },
    '/grant/expires': { manifest: 'roles[].grants[].expires' },
    '/grant/reason': { manifest: 'roles[].grants[].reason' },
    '/grant/trigger': { manifest: 'roles[].grants[].trigger', absent: 'trigger: none' },
    '/interface/approval': { manifest: 'interfaces[].approval', absent: 'approval: { required: false }' },
    '/scope': { manifest: 'roles[].grants[].scope', facts: ['/grant/scope'], export: { zh: 'Casbin：项目文件映射中的 object、unitObject、assignedObject 请求（被允许的最宽者即范围）', en: 'Casbin: the object, unitObject and assignedObject requests of the project file mapping (the widest one allowed is the scope)' } },
    '/scopeRank': { manifest: 'roles[].grants[].scope', facts: ['/grant/scope'] },
    '/unmaskedCategories': { manifest: 'interfaces[].masked', absent: 'masked: [] (nothing masked)', facts: ['/interface/masked'] },
    '/unmaskedSensitiveCategories': { manifest: 'interfaces[].masked', absent: 'masked: [] (nothing masked)', facts: ['/interface/masked'] },
  },
  build({ index, asOf }) {
    const holders = index.roleHolders();
    const items: ViewItem[] = [];
    for (const role of index.inventory.roles) {
      const seenKeys = new Map<string, number>();
      for (const { grant, declaredBy } of index.effectiveGrants(role.id)) {
        const reach = index.grantReach(grant);
        const target = grant.interface ?? `store:${grant.store ?? ''}`;
        const base = `${role.id}>${target}`;
        const n = (seenKeys.get(base) ?? 0) + 1;
        seenKeys.set(base, n);
        const itf = reach.itf;
        const held = holders.get(role.id) ?? NO_HOLDERS;
        const reachable = reachableRecords(grant.scope, reach.profile?.store.records);
        // What the grant shows unmasked is known when it reads the store directly (raw rows) or
        // its interface states what it masks (`masked: []` when nothing); otherwise not stated.
        const maskingStated = !itf || itf.interface.masked !== undefined;
        const unmasked = maskingStated ? reach.unmaskedCategories : null;
        items.push({
          key: n === 1 ? base : `${base}#${n}`,
          label: `${role.id} → ${target}`,
          subject: grant,
          data: {
            role,
            grant,
            scope: grant.scope,
            actions: grant.actions,
            inheritedFrom: declaredBy === role ? null : declaredBy.id,
            expired: grant.expires !== undefined && grant.expires < asOf,
            interface: itf?.interface ?? null,
            store: reach.profile?.store ?? null,
            records: reach.profile?.store.records ?? null,
            /** Records the grant reaches (the store's count when its scope is unbounded); null when not estimable. */
            reachableRecords: reachable,
            /** Categories whose 2017-interpretation threshold that many records reaches. */
            volumeCrossings: volumeCrossings(reach.categories, reachable, index.taxonomy),
            lookupKeyCategories: itf?.lookupKeyCategories ?? [],
            categories: reach.categories,
            sensitiveCategories: index.sensitive(reach.categories),
            unmaskedCategories: unmasked,
            unmaskedSensitiveCategories: unmasked && index.sensitive(unmasked),
            // JR/T 0171-2020 grades (from the taxonomy) of the categories the grant shows unmasked.
            unmaskedCategoriesByGrade: !unmasked ? null : {
              C1: reach.unmaskedCategories.filter((c) => index.taxonomy.get(c)?.financialGrade === 'C1'),
              C2: reach.unmaskedCategories.filter((c) => index.taxonomy.get(c)?.financialGrade === 'C2'),
              C3: reach.unmaskedCategories.filter((c) => index.taxonomy.get(c)?.financialGrade === 'C3'),
            },
            reachesPI: reach.categories.length > 0,
            reachesSensitive: index.sensitive(reach.categories).length > 0,
            bulk: itf?.interface.bulk === true || grant.actions.some((a) => BULK_ACTIONS.has(a)),
            scopeRank: scopeRank(grant.scope),
            jobScopeRank: scopeRank(role.jobScope),
            holders: held,
            /** The role, or a role it inherits from, is privileged (flagged, or of kind admin/security/audit/system). */
            privileged: index.isPrivileged(role.id),
          },
        });
      }
    }
    return items;
  },
};
