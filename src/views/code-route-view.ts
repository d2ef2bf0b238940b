// One item per route found in code: its guards, role restriction, rate limiting, and the PI
// stores its handler reaches.
import type { ViewDefinition } from './view.js';

export const codeRouteView: ViewDefinition = {
  name: 'code-route',
  reads: ['codeRoutes', 'stores'],
  description: 'every route in code with its guards, roles, rate limiting, log-in flag and the PI stores it reaches',
  statedBy: {
    '/guarded': { manifest: 'codeRoutes[].guarded (code scan)', absent: 'guarded: false', facts: ['/route/guarded'] },
    '/rateLimited': { manifest: 'codeRoutes[].rateLimited (code scan)', absent: 'rateLimited: false', facts: ['/route/rateLimited'] },
  },
  build({ index }) {
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
        data: { route, reachesPI: piStores.length > 0, piStores, guarded: route.guarded, public: route.public, login: route.login, rateLimited: route.rateLimited },
      };
    });
  },
};
