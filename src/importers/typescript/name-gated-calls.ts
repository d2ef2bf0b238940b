// The callee names that any call extractor gated by its callee's last name can read, as one
// lookup. The walk meets every call of a file (208,000 in the 5,000-file benchmark, three quarters
// of them `rows.slice(…)`, `s.padEnd(…)`, `list.push(…)` and the like), and each went through a
// dozen extractors that each rejected it by name; a call whose name none of them reads now skips
// them all (parse-code-file.ts `visitCall`). This is only a pre-filter: each extractor still tests
// its own names, from the same sets exported here, so a name added to an extractor's set is read.
//
// Not gated by name, and run for every call: the chain readers (Drizzle, knex, AccessControl's
// grant chains, router prefixes), which look below the callee; keysFromCall's options-object form;
// credentialFromCall for a callee without a plain name; and the file-gated readers (Egg, Hono).
import { PASSWORD_CHECK } from './credential-proof.js';
import { CASL_RULE_CALLS } from './extract-access-control.js';
import { CREDENTIAL_CALLS } from './extract-credentials.js';
import { HMAC_CALL, KEY_CALLS } from './extract-keys.js';
import { LOG_METHODS } from './extract-logging.js';
import { QUERY_CALL_NAMES } from './extract-queries.js';
import { ROUTE_CALL_NAMES } from './extract-routes.js';
import { SCHEDULE_CALLS } from './extract-schedules.js';
import { MIDWAY_GLOBAL_CALLS } from './midway-routes.js';

const NAMES: ReadonlySet<string> = new Set([...LOG_METHODS, ...QUERY_CALL_NAMES, ...ROUTE_CALL_NAMES, ...MIDWAY_GLOBAL_CALLS, ...CASL_RULE_CALLS, ...CREDENTIAL_CALLS, ...KEY_CALLS, ...SCHEDULE_CALLS]);

/**
 * Whether a call whose callee's last name is `name` may be read by comparesPassword, loggedValues,
 * queryFromCall, queryFromQueryBuilder, routeFromCall, midwayGlobalFromCall, useFromCall,
 * fastifyUseFromCall, caslRule, nestGlobalPrefixFromCall, credentialFromCall, keysFromCall (by
 * name) or scheduleFromCall. False means every one of them would return nothing.
 */
export function readByName(name: string): boolean {
  return NAMES.has(name) || PASSWORD_CHECK.test(name) || HMAC_CALL.test(name);
}
