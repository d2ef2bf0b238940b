// The reach matrix: for every role and every account type, which PI categories it can reach
// and with what widest scope — sensitive categories (PIPL Art. 28) first and marked, then the
// others (the courier case's phone numbers and addresses are not "sensitive", yet reaching
// anyone's is what the case was about). Computed once from the inventory index (inheritance
// resolved, expired grants left out) and stored in the report, so every renderer reads the same
// facts. Account types are summarised through distinct role sets: a national export has 300,000
// accounts but only a handful of role combinations.
import type { Reach, ReachCell } from '../report/report-schema.js';
import type { InventoryIndex } from '../views/inventory-index.js';
import { SCOPE_ORDER, scopeRank } from '../views/scope.js';

interface CellAccumulator {
  rank: number;
  unmasked: boolean;
}
type Cells = Map<string, CellAccumulator>;

export function buildReach(index: InventoryIndex, asOf: string): Reach {
  const roleCells = new Map<string, Cells>();
  const cellsOfRole = (roleId: string): Cells => {
    let cells = roleCells.get(roleId);
    if (cells) return cells;
    cells = new Map();
    for (const { grant } of index.effectiveGrants(roleId)) {
      if (grant.expires !== undefined && grant.expires < asOf) continue;
      const rank = scopeRank(grant.scope) ?? -1;
      if (rank < 0) continue;
      const reach = index.grantReach(grant);
      const unmasked = new Set(reach.unmaskedCategories);
      for (const category of reach.categories) merge(cells, category, rank, unmasked.has(category));
    }
    roleCells.set(roleId, cells);
    return cells;
  };

  const holders = index.roleHolders();
  const columns = new Set<string>();
  const roles: Reach['roles'] = [];
  let rolesWithoutReach = 0;
  for (const role of [...index.inventory.roles].sort((a, b) => compare(a.id, b.id))) {
    const cells = cellsOfRole(role.id);
    if (cells.size === 0) {
      rolesWithoutReach++;
      continue;
    }
    for (const c of cells.keys()) columns.add(c);
    roles.push({ id: role.id, privileged: index.isPrivileged(role.id), holders: holders.get(role.id)?.count ?? 0, cells: toCells(cells) });
  }

  // Account type → its active accounts' distinct role sets → the union of their roles' cells.
  const byType = new Map<string, { accounts: number; roleSets: Set<string> }>();
  for (const account of index.inventory.accounts) {
    if (account.status === 'disabled') continue;
    let entry = byType.get(account.type);
    if (!entry) byType.set(account.type, (entry = { accounts: 0, roleSets: new Set() }));
    entry.accounts++;
    entry.roleSets.add((account.roles ?? []).join('\0'));
  }
  const accountTypes: Reach['accountTypes'] = [];
  for (const [type, entry] of [...byType].sort((a, b) => compare(a[0], b[0]))) {
    const cells: Cells = new Map();
    for (const roleSet of entry.roleSets) {
      if (roleSet === '') continue;
      for (const roleId of roleSet.split('\0')) {
        for (const [category, c] of cellsOfRole(roleId)) merge(cells, category, c.rank, c.unmasked);
      }
    }
    for (const c of cells.keys()) columns.add(c);
    accountTypes.push({ type, accounts: entry.accounts, cells: toCells(cells) });
  }

  const sensitive = (key: string) => index.taxonomy.isSensitive(key);
  const categories = [...columns]
    .sort((a, b) => Number(sensitive(b)) - Number(sensitive(a)) || compare(a, b))
    .map((key) => {
      const name = index.taxonomy.get(key)?.name;
      return { key, name: { zh: name?.zh ?? key, en: name?.en ?? key }, sensitive: sensitive(key) };
    });
  return { categories, roles, rolesWithoutReach, accountTypes };
}

function merge(cells: Cells, category: string, rank: number, unmasked: boolean): void {
  const cell = cells.get(category);
  if (!cell) cells.set(category, { rank, unmasked });
  else {
    cell.rank = Math.max(cell.rank, rank);
    cell.unmasked ||= unmasked;
  }
}

function toCells(cells: Cells): ReachCell[] {
  return [...cells]
    .sort((a, b) => compare(a[0], b[0]))
    .map(([category, c]) => ({ category, scope: SCOPE_ORDER[c.rank] as ReachCell['scope'], unmasked: c.unmasked }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
