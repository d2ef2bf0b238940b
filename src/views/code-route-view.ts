// One item per route found in code: its guards, role restriction, rate limiting, and the PI
// stores its handler reaches.
import type { ViewDefinition } from './view.js';
import type { StoreProfile } from './inventory-index.js';
import { fieldCategory } from './code-field-category.js';

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
/** Categories that identify a person by themselves, sensitive or not (ID and passport numbers, names, phones, e-mail and postal addresses). */
const IDENTIFYING = new Set(['identity.id-number', 'identity.passport', 'identity.name', 'contact.phone', 'contact.email', 'contact.address']);

export const codeRouteView: ViewDefinition = {
  name: 'code-route',
  reads: ['codeRoutes', 'stores'],
  description: 'every route in code with its guards, roles, rate limiting, log-in flag and the PI stores it reaches',
  statedBy: {
    '/guarded': { manifest: 'codeRoutes[].guarded (code scan)', absent: 'guarded: false', facts: ['/route/guarded'] },
    '/rateLimited': { manifest: 'codeRoutes[].rateLimited (code scan)', absent: 'rateLimited: false', facts: ['/route/rateLimited'] },
    '/loggedPersonalInformation': { manifest: 'codeRoutes[].loggedFields (code scan: what the handler writes to logs)', absent: 'loggedFields: []', facts: ['/route/loggedFields'] },
  },
  build({ index }) {
    // The stores' fields by name (without case or separators), for the names values are logged under.
    const byField = new Map<string, { category: string; store: StoreProfile }>();
    for (const profile of index.stores.values()) for (const [name, category] of profile.categoryOf) if (!byField.has(normalise(name))) byField.set(normalise(name), { category, store: profile });
    /**
     * What the route writes to logs that is sensitive or identifies someone: a logged name a
     * store's field has (a request field also by what its name plainly says: phone, ID number,
     * name), kept where the category is sensitive (the taxonomy's, or a store's children's PI) or
     * an identifier (IDENTIFYING).
     */
    const loggedPI = (route: (typeof index.inventory.codeRoutes)[number]) =>
      route.loggedFields?.flatMap((v) => {
        const found = byField.get(normalise(v.field));
        const category = found?.category ?? (v.source === 'request' ? fieldCategory(v.field, undefined) : null);
        if (category === null || category === undefined) return [];
        const sensitive = index.sensitiveIn(found?.store, [category]).length > 0;
        return sensitive || IDENTIFYING.has(category) ? [{ field: v.field, category, line: v.line, sensitive }] : [];
      });
    return index.inventory.codeRoutes.map((route) => {
      // A query whose result is only an aggregate (operation count: count, exists, sum …) reads no one's PI.
      // A read answered only to whoever proves to hold the account it reads (a log-in's or a
      // password reset's own lookup, behind a password or one-time code: callerCheck credential-…)
      // is the authentication itself, not a read open to anyone.
      const proven = (q: (typeof route.queries)[number]) => !('unreadable' in q) && typeof q.callerCheck === 'object' && q.callerCheck.kind.startsWith('credential-');
      // A query that only creates a record (a registration's insert) returns no one's PI either.
      const piStores = [...new Set(route.queries.flatMap((q) => ('unreadable' in q || q.operation === 'count' || q.operation === 'create' || proven(q) ? [] : [q.store])).filter((s) => (index.stores.get(s)?.categories.length ?? 0) > 0))].sort();
      return {
        key: route.id,
        label: `${route.method} ${route.path}`,
        subject: route,
        data: { route, reachesPI: piStores.length > 0, piStores, guarded: route.guarded, public: route.public, login: route.login, rateLimited: route.rateLimited, loggedPersonalInformation: loggedPI(route), loggedCategories: [...new Set(loggedPI(route)?.map((v) => v.category) ?? [])].sort(), loggedNames: [...new Set(loggedPI(route)?.map((v) => v.field) ?? [])].sort() },
      };
    });
  },
};
