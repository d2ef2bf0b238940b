// Whose token a code base signs, read from what the code and the manifest state: the roles the
// token's payload names literally (codeCredentialSites[].signedRoles), the routes of the same code
// base a holder of those roles can call (routes restricted to one of them, and signed-in routes
// restricted to no role), and the interfaces those routes are mapped to. A token whose every route
// that reads a store serves an interface stated to serve the data subjects their own records
// (interfaces[].selfService) is the individual's own self-service token: it opens the holder's own
// records and no one else's, so a staff session's ceiling on its lifetime is not the measure
// (PIPL-CODE-005); so is one whose other routes serve interfaces that return no personal
// information. Anything less is not shown, and the token is judged as any other.
import type { CodeCredentialSite, CodeRoute } from '../inventory/manifest-schema.js';
import type { InventoryIndex } from './inventory-index.js';

export interface TokenReach {
  /** The routes a holder of the token's roles can call that read a store (their ids, sorted). */
  readingRoutes: string[];
  /** The interfaces those routes serve (sorted; a route mapped to none adds nothing here). */
  interfaces: string[];
  /**
   * The token opens no one's personal information but the holder's: its roles are named in the
   * payload, a holder can call at least one route that reads a store, and every such route serves
   * an interface stated selfService: true or one whose returns hold no personal information.
   * False when any is not shown.
   */
  ownRecordsOnly: boolean;
}

const NO_REACH: TokenReach = { readingRoutes: [], interfaces: [], ownRecordsOnly: false };

/** Whether a route's handler reads a store (a find; SQL the parser could not read counts, as it may). */
function readsStore(route: CodeRoute): boolean {
  return route.queries.some((q) => !('store' in q) || q.operation === 'find-one' || q.operation === 'find-many');
}

/** Whether a holder of one of these roles can call the route: signed in, and the route restricted to one of them or to no role. */
function callableBy(route: CodeRoute, roles: readonly string[]): boolean {
  if (!route.guarded || route.public || route.login) return false;
  if (!route.roles || route.roles.length === 0) return true;
  return route.roles.some((r) => roles.includes(r));
}

export function tokenReach(index: InventoryIndex, site: CodeCredentialSite): TokenReach {
  const roles = site.signedRoles;
  if (site.kind !== 'jwt' || !roles || roles.length === 0) return NO_REACH;
  const reading = index.inventory.codeRoutes.filter((r) => r.codeBase === site.codeBase && callableBy(r, roles) && readsStore(r));
  if (reading.length === 0) return NO_REACH;
  const interfaces = new Set<string>();
  let own = true;
  for (const route of reading) {
    const served = route.interface === undefined ? undefined : index.interfaces.get(route.interface);
    if (served !== undefined) interfaces.add(served.interface.id);
    // Others' records opened to no one's harm: the holder's own (self-service), or an interface
    // that returns no personal information (a public card of nicknames and levels, stated so by
    // its returns; what its code answers beyond that is PIPL-CODE-012's).
    if (served?.interface.selfService !== true && (served === undefined || served.returnedCategories.length > 0)) own = false;
  }
  return { readingRoutes: reading.map((r) => r.id).sort(), interfaces: [...interfaces].sort(), ownRecordsOnly: own };
}
