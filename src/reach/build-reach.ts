// The reach matrix of the report, a view of the reach map (reach-map.ts): for every role and
// every account type, which PI categories it can reach and with what widest scope — sensitive categories (PIPL Art. 28) first and marked, then the
// others (the courier case's phone numbers and addresses are not "sensitive", yet reaching
// anyone's is what the case was about). Computed once from the inventory index (inheritance
// resolved, expired grants left out) and stored in the report, so every renderer reads the same
// facts. Account types are summarised through distinct role sets: a national export has 300,000
// accounts but only a handful of role combinations.
import type { Reach, ReachCell } from '../report/report-schema.js';
import type { InventoryIndex } from '../views/inventory-index.js';
import { computeReachCells } from './reach-map.js';

export function buildReach(index: InventoryIndex, asOf: string): Reach {
  const entries = computeReachCells(index, asOf);
  const cellsOf = new Map<string, ReachCell[]>();
  for (const e of entries) {
    const key = `${e.subjectKind}\0${e.subject}`;
    let cells = cellsOf.get(key);
    if (!cells) cellsOf.set(key, (cells = []));
    cells.push({ category: e.category, scope: e.scope, unmasked: e.unmasked });
  }
  const columns = new Set(entries.map((e) => e.category));

  const holders = index.roleHolders();
  const roles: Reach['roles'] = [];
  let rolesWithoutReach = 0;
  for (const role of [...index.inventory.roles].sort((a, b) => compare(a.id, b.id))) {
    const cells = cellsOf.get(`role\0${role.id}`);
    if (!cells) {
      rolesWithoutReach++;
      continue;
    }
    roles.push({ id: role.id, privileged: index.isPrivileged(role.id), holders: holders.get(role.id)?.count ?? 0, cells });
  }

  // Every account type with active accounts is a row, even one whose roles reach nothing.
  const accounts = new Map<string, number>();
  for (const account of index.inventory.accounts) if (account.status !== 'disabled') accounts.set(account.type, (accounts.get(account.type) ?? 0) + (account.count ?? 1));
  const accountTypes: Reach['accountTypes'] = [...accounts]
    .sort((a, b) => compare(a[0], b[0]))
    .map(([type, count]) => ({ type, accounts: count, cells: cellsOf.get(`account-type\0${type}`) ?? [] }));

  const sensitive = (key: string) => index.taxonomy.isSensitive(key);
  const categories = [...columns]
    .sort((a, b) => Number(sensitive(b)) - Number(sensitive(a)) || compare(a, b))
    .map((key) => {
      const name = index.taxonomy.get(key)?.name;
      return { key, name: { zh: name?.zh ?? key, en: name?.en ?? key }, sensitive: sensitive(key) };
    });
  return { categories, roles, rolesWithoutReach, accountTypes };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

