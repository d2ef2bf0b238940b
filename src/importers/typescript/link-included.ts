// A related read (a Prisma include or nested select, a TypeORM leftJoinAndSelect) travels in the
// rows of the query it is read with: its entry names that query by its index in the route's
// queries (`includedIn`), so that what the query answers with can count the related fields too
// (the code-query view, PIPL-CODE-012).
import type { CodeQueryEntry } from '../../inventory/manifest-schema.js';

/** Sets `includedIn` on each related entry of a route's queries, to its query's index there. */
export function linkIncluded(queries: CodeQueryEntry[], includedWith: WeakMap<CodeQueryEntry, CodeQueryEntry>): void {
  for (const entry of queries) {
    const parent = includedWith.get(entry);
    if (parent === undefined) continue;
    const at = queries.indexOf(parent);
    if (at >= 0) Object.assign(entry, { includedIn: at });
  }
}
