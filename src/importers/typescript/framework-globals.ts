// What Midway's and Egg's configuration applies to every route, read once per code base: Midway's
// `globalPrefix` and its `app.useMiddleware`/`app.useGuard` (midway-routes.ts), Egg's
// `config.middleware` with each one's `match`/`ignore` (egg-routes.ts).
import { eggMiddlewareApplies } from './egg-routes.js';
import type { ArgumentValue, FileFacts, RouteFact } from './code-facts.js';

export interface FrameworkGlobals {
  midwayPrefix?: string;
  /** The middleware the framework's configuration puts before a route's own, by the route's framework and full path. */
  middleware(framework: RouteFact['framework'], path: string): ArgumentValue[];
}

export function frameworkGlobals(files: readonly FileFacts[]): FrameworkGlobals {
  // One config.default per app: the first in file order, as for NestJS's global prefix.
  const midwayPrefix = files.find((f) => f.midway?.globalPrefix !== undefined)?.midway?.globalPrefix;
  const midwayGlobal = files.flatMap((f) => f.midway?.global ?? []);
  const egg = files.find((f) => f.eggMiddleware !== undefined)?.eggMiddleware ?? [];
  return {
    ...(midwayPrefix !== undefined ? { midwayPrefix } : {}),
    middleware(framework, path) {
      if (framework === 'midway') return midwayGlobal;
      if (framework !== 'egg') return [];
      return egg.filter((m) => eggMiddlewareApplies(m, path)).map((m) => ({ kind: 'ref', value: `config.middleware.${m.name}` }));
    },
  };
}
