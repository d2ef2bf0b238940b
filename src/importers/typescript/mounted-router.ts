// A module may create several routers and export each (`export const workers = new Hono();
// export const line = new Hono()`, `exports.admin = Router()`), which other modules mount under
// different prefixes (`app.route('/hr/workers', workers); app.route('/hr/line', line)`). A mount
// of one of them serves that router's routes, and those of the module's routers mounted in it —
// not every route the module declares.
import type { FileFacts } from './code-facts.js';

/** How many routers of one module mounted in one another are followed up. */
const MAX_LOCAL_NESTING = 8;

/**
 * Whether a mount of `router` (a module-level router of the module the route is declared in)
 * serves a route declared on `receiver`: the router itself, or a router of the module mounted in
 * it (`router.use('/admin', admin)`, `app.route('/admin', admin)`), followed a few levels up. A
 * route on a receiver the module does not create as a router (a plugin's parameter, a factory's
 * local) is served by every mount of the module, as before.
 */
export function mountedRouterServes(facts: FileFacts, router: string, receiver: string | undefined): boolean {
  if (receiver === undefined || !(facts.routers?.local.includes(receiver) ?? false)) return true;
  let current = receiver;
  for (let step = 0; step <= MAX_LOCAL_NESTING; step++) {
    if (current === router) return true;
    const parent = facts.uses.find((u) => u.localMount === true && u.mounts === current)?.receiver;
    if (parent === undefined || parent === current) return false;
    current = parent;
  }
  return false;
}
