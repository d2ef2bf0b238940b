// What the code shows an interface hands out beyond what the manifest states it returns: per
// interface (codeRoutes[].interface, from the project file's route mapping), the PI categories of
// the store fields its route's reads answer with that `interfaces[].returns` does not list (or lists
// masked), and those reads. The code-query view judges each read (PIPL-CODE-002/-012); this is the
// same measure gathered per interface, so that what an account reaches through a grant of the
// interface counts what the code answers, not only what the manifest believes: a screen the
// manifest says returns nothing (`returns: []`) whose handler answers names and phone numbers
// reaches PI. Only stated facts add: a read whose selection or answer the scan does not state adds
// nothing (unknown is not PI), and a code scan never takes away what the manifest states.
import { codeQueryView } from './code-query-view.js';
import type { InventoryIndex } from './inventory-index.js';

export interface CodeAnsweredReach {
  /** PI categories the interface's code answers with beyond its stated returns. */
  categories: string[];
  /** Those of them sensitive as the store holds them. */
  sensitiveCategories: string[];
  /** The reads (codeRoutes[].queries[] entries, or their routes where a read is not located by itself) that answer with them: the evidence. */
  reads: object[];
}

const byIndex = new WeakMap<InventoryIndex, ReadonlyMap<string, CodeAnsweredReach>>();

/** Per interface id, what its code answers beyond its stated returns (interfaces with nothing beyond are absent). Built once per inventory. */
export function codeAnsweredReach(index: InventoryIndex, asOf: string): ReadonlyMap<string, CodeAnsweredReach> {
  let reach = byIndex.get(index);
  if (reach) return reach;
  const gathered = new Map<string, { categories: Set<string>; sensitive: Set<string>; reads: object[] }>();
  const provenance = index.inventory.provenance;
  if (index.inventory.codeRoutes.length > 0) {
    for (const item of codeQueryView.build({ index, asOf })) {
      const itf = item.data.servesInterface;
      const beyond = item.data.returnedBeyondInterface;
      if (typeof itf !== 'string' || !Array.isArray(beyond) || beyond.length === 0) continue;
      let entry = gathered.get(itf);
      if (!entry) gathered.set(itf, (entry = { categories: new Set(), sensitive: new Set(), reads: [] }));
      for (const c of beyond as string[]) entry.categories.add(c);
      for (const c of (item.data.returnedSensitiveBeyondInterface as string[] | null) ?? []) entry.sensitive.add(c);
      // The read where its source locates it (a scanned file's line), else its route (a route a
      // manifest writes is located as a whole).
      const cited = item.subject !== undefined && provenance.of(item.subject) ? item.subject : item.data.route;
      if (cited !== null && typeof cited === 'object' && !entry.reads.includes(cited)) entry.reads.push(cited);
    }
  }
  reach = new Map([...gathered].map(([id, e]) => [id, { categories: [...e.categories].sort(), sensitiveCategories: [...e.sensitive].sort(), reads: e.reads }]));
  byIndex.set(index, reach);
  return reach;
}
