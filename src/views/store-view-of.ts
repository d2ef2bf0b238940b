// Whether a store is a view: it holds no rows of its own, its rows are computed from other stores'
// rows when read (a SQL CREATE VIEW; a materialized view stores rows and is not one). Its rows go
// when the base stores' rows are deleted, and they are stored (encrypted at rest, kept as raw
// images or templates, in full or masked) as the base stores store them, so the rules asking a
// store for its own period, deletion (on schedule or on request) or storage judge the base stores
// and leave the view out (every such rule's applies has isView false); reading it is still a way
// to read the PI it shows, so the rules on exposure (grants, interfaces, transit) still see it.
//
// Stated two ways: by a manifest (stores[].viewOf), or by a database import, whose mapped
// relations say whether each is a view and which relations it reads (databaseTables[].view). A
// store every mapped relation of which is a view is a view of the stores of the relations they
// read. One mapped base table is rows of the store's own, whatever a manifest says: the dump is
// the fact. A view reading only relations no store is mapped to has no base store in the inventory,
// so the store is not taken for a view on the import's word alone (its rows' deletion would then be
// judged nowhere).
import type { Inventory } from '../inventory/inventory.js';
import type { DatabaseTable } from '../inventory/manifest-schema.js';

export interface StoreViewOf {
  /** The store holds no rows of its own: a view of `viewOf`. */
  isView: boolean;
  /** The stores whose rows it shows (null: not a view). */
  viewOf: string[] | null;
  /** The mapped views that state it (databaseTables entries, cited as evidence); [] when only a manifest states it. */
  relations: DatabaseTable[];
}

const NOT_A_VIEW: StoreViewOf = { isView: false, viewOf: null, relations: [] };

/** Every store's view fact, by store id. */
export function storeViewsOf(inventory: Inventory): Map<string, StoreViewOf> {
  const tablesOf = new Map<string, DatabaseTable[]>();
  // A relation by engine and name (schema.table or db.table), as a view's reads name it.
  const storeOfRelation = new Map<string, string>();
  for (const table of inventory.databaseTables) {
    const list = tablesOf.get(table.store);
    if (list) list.push(table);
    else tablesOf.set(table.store, [table]);
    storeOfRelation.set(`${table.engine}\0${table.name}`, table.store);
  }
  const out = new Map<string, StoreViewOf>();
  for (const store of inventory.stores) {
    const tables = tablesOf.get(store.id) ?? [];
    if (tables.length === 0) {
      out.set(store.id, store.viewOf && store.viewOf.length > 0 ? { isView: true, viewOf: [...store.viewOf], relations: [] } : NOT_A_VIEW);
      continue;
    }
    if (!tables.every((t) => t.view !== undefined)) {
      out.set(store.id, NOT_A_VIEW);
      continue;
    }
    const bases = new Set<string>();
    for (const t of tables) {
      for (const read of t.view?.reads ?? []) {
        const base = storeOfRelation.get(`${t.engine}\0${read}`);
        if (base !== undefined && base !== store.id) bases.add(base);
      }
    }
    const viewOf = store.viewOf && store.viewOf.length > 0 ? [...store.viewOf] : [...bases].sort();
    out.set(store.id, viewOf.length > 0 ? { isView: true, viewOf, relations: tables } : NOT_A_VIEW);
  }
  return out;
}
