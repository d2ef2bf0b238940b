// What one source file yields, as plain data: parse results cross worker-thread boundaries as
// structured clones, and the linking step (link-code-base.ts) reads nothing but these facts.

import { nameTable } from './name-table.js';
import type { GlobalPrefixFact, ModuleRouters } from './extract-routes.js';
import type { EggGlobalMiddleware } from './egg-routes.js';
import type { NextMiddlewareFact } from './next-routes.js';

export interface CodePosition {
  line: number;
  column: number;
}

/**
 * A condition or lookup value, classified by where it comes from: a literal, the logged-in user,
 * the request itself (req.query, ctx.params, …), or a variable this static scan does not trace.
 */
export type ValueOrigin = 'constant' | 'user' | 'request' | 'variable';

export interface QueryFact {
  library: 'prisma' | 'typeorm' | 'sequelize' | 'mongoose' | 'knex' | 'sql' | 'drizzle';
  /** Model, repository, table or collection as named in the code. */
  model: string;
  operation: 'find-one' | 'find-many' | 'count' | 'create' | 'update' | 'delete';
  /**
   * Condition keys with where each value comes from (`partial`: a fragment match, contains/LIKE/regex); `alternative` when the condition is one branch of an OR (or an optional filter), so it does not restrict every row;
   * `otherTable` (SQL) when the column is qualified with another table of the statement (`WHERE u.org_id = ?` for orders joined to users): it restricts these rows through the join but looks none of them up.
   */
  conditions: Array<{
    field: string;
    origin: ValueOrigin;
    alternative?: true;
    partial?: true;
    otherTable?: true;
    /** Egg service methods: the index of the method's parameter the value is (`find(phone) { … { phone } }`), given the origin of the argument a caller passes (egg-service-arguments.ts). */
    parameter?: number;
  }>;
  where: boolean;
  limited: boolean;
  /** An update that blanks fields (set to null or empty): anonymisation. */
  blanks?: boolean;
  /** A condition compares a date or time column with `<` (records older than …). */
  olderThan?: boolean;
  /** The fields of this table or model the read returns (`*` for the whole row): SQL's select list, an ORM read's `select`/`attributes`/projection, `*` when it selects nothing; absent when not known (a selection the scan cannot read). */
  columns?: string[];
  /** The function (its key) that answers with the read's rows unchanged (find-response.ts): returned or sent as read. */
  answeredBy?: string;
  /** SQL: columns the SELECT list names without a table in a statement of several tables; they are this table's where its store alone among the statement's declares them. */
  unqualifiedColumns?: string[];
  /** SQL: a SELECT of aggregates beside columns (read-sql-statement.ts `groupRows`): groups of people or counts, decided with the stores' fields. */
  groupRows?: { keys: Array<{ table: string | undefined; column: string }>; aggregated: string[] };
  /** SQL: the statement's leading table (its FROM), where this table is joined to it in the rows answered: the read travels in that read's rows. */
  joinedTo?: string;
  /** SQL: the other tables the statement joins or reads in sub-queries. */
  joins?: string[];
  /** SQL the parser could not read, with its reason (model is then empty). */
  unreadable?: string;
  /** The call selects one record by a key unique to it (Prisma findUnique, Sequelize findByPk, Mongoose findById): a reference to a record. */
  uniqueKey?: true;
  /** Prisma groupBy: the fields it groups by (its only returned fields besides aggregates); knex: the columns selected beside an aggregate. */
  groupedBy?: string[];
  /**
   * Prisma: the relations the read returns with its rows (`include: { patient: true }`), by their
   * field names; TypeORM's `leftJoinAndSelect`/`innerJoinAndSelect` too. `columns`: the related
   * model's fields returned (`*` for `true` or an include without select, the keys its own select
   * gives `true`); absent when not known (an `omit`, a selection the scan cannot read).
   */
  relations?: Array<{ name: string; at: CodePosition; columns?: string[] }>;
  /** A TypeORM query through a handle (`resumeRepo()`, `repo`, `this.repo`): resolved to the model of its definition when the code base is linked (code-facts `repositories`); a handle that names no repository drops the query. */
  handle?: string;
  /** A check bound to the caller that this query runs behind, or that its result is put through (find-caller-checks.ts). */
  check?: CallerCheckFact;
  at: CodePosition;
}

/**
 * A check bound to the caller, found by control flow: a gate (a separate query or call binding
 * the caller to what the request names, with an exit when it finds nothing) that dominates a
 * query, or an owner check (the record read compared with the caller, with an exit on mismatch).
 */
export interface CallerCheckFact {
  /**
   * credential-check: the record read is answered only when a password the request presents
   * matches it (found here); credential-gate: a gate query that checks a secret (password,
   * one-time code) the request presents (decided when the code base is linked, from a gate-query).
   */
  kind: 'gate-query' | 'gate-call' | 'owner-check' | 'credential-check' | 'credential-gate';
  /** The gate's model or callee; the field an owner check compares. */
  name: string;
  /** gate-query: its conditions (the caller's values marked `user`), judged when the code base is linked. */
  conditions?: QueryFact['conditions'];
  /**
   * credential-gate made by a call to a function of the code base (verified-before.ts): it counts
   * when the function called by that name checks a one-time code and fails as the call site
   * needs (`throws`: the call is a statement of its own; `falsy`: its result is tested), judged
   * when the code base is linked. `values`: the request values it is given.
   */
  verifiedBy?: { callee: string; needs: 'throws' | 'falsy'; values: string[] };
  /** The check around such a call, standing where the call verifies nothing. */
  otherwise?: CallerCheckFact;
  at: CodePosition;
}

/** A cache entry written with an expiry (`redis.set('sms:' + phone, code, 'EX', 300)`): what is cached (the key's literal start) and after how many seconds it expires, where a number literal says. */
export interface CacheExpiryFact {
  key: string;
  seconds?: number;
  at: CodePosition;
}

/** SQL text found in code, parsed later in the code base's dialect (read-sql-statement.ts). */
export interface SqlTextFact {
  /** The statement(s), every placeholder a bind parameter (`${x}` → `:__tpl0`, `#{x}` → `:x`). */
  text: string;
  /** Where the value bound to each parameter comes from, where the call shows it. */
  bindings: { positional: ValueOrigin[]; named: Record<string, ValueOrigin>; optional?: string[] };
  source: 'string' | 'template' | 'mapper';
  /** A caller check the statement runs behind (find-caller-checks.ts). */
  check?: CallerCheckFact;
  /** The function that answers with the statement's rows unchanged (find-response.ts), where the call running it shows so. */
  answeredBy?: string;
  at: CodePosition;
}

export interface FunctionFact {
  /** Unique within the code base: file, name and position. */
  key: string;
  /** The function's own name, or the variable or property it is assigned to; '' when anonymous. */
  name: string;
  className?: string;
  queries: QueryFact[];
  /** SQL text in the function, read into queries when the code base is linked. */
  sql: SqlTextFact[];
  /** Names of the functions and methods it calls (`this.waybills.findByPhone(…)` → findByPhone). */
  calls: string[];
  /** Egg service methods it calls (`ctx.service.member.find(ctx.query.phone)`): where each argument comes from, by call. */
  serviceArguments?: Array<{ callee: string; origins: ValueOrigin[] }>;
  /** Compares a password (bcrypt.compare, argon2.verify, …): a log-in check. */
  checksPassword: boolean;
  /** Checks a one-time code and leaves on a mismatch: by throwing only, or (also) by returning a falsy value (verified-before.ts). */
  verifiesCode?: 'throws' | 'returns-falsy';
  /** Names of the calls whose result the function answers with unchanged (`return this.users.search(q)`). */
  answers?: string[];
  /** Method decorators (NestJS), with their arguments resolved where literal. */
  decorators: DecoratorFact[];
  /** A middleware that refuses (401/403) a request whose presented key (a header) a lookup does not find: a credential gate (credential-proof.ts `rejectsUnknownKey`); or a function returning one it defines (`returnsKeyGate`: Midway's `resolve()`, a factory). */
  keyGate?: true;
  /** Values the function (or a callback in it) writes to a log (extract-logging.ts). */
  logs?: Array<{ field: string; source: 'request' | 'code'; line: number }>;
  /** Calls every one of which, in this function, runs behind a caller check or has its result checked: what they reach is checked. */
  checkedCalls?: Record<string, CallerCheckFact>;
  at: CodePosition;
}

export interface DecoratorFact {
  name: string;
  /** Literal arguments: strings, enum members resolved later (`Role.Admin` kept as text). */
  args: ArgumentValue[];
  at: CodePosition;
}

/** A literal argument value; `ref` names an identifier or enum member to resolve across files. */
export type ArgumentValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'ref'; value: string; /** Bound, in this module or the one it is imported from, to a rate limiter a package makes (set when linking). */ limiter?: true }
  | { kind: 'object'; value: Record<string, ArgumentValue> }
  | { kind: 'array'; value: ArgumentValue[] }
  | { kind: 'call'; value: string; args: ArgumentValue[]; /** A call of what a rate-limiting package exports (set when linking). */ limiter?: true }
  | { kind: 'function'; value: string }
  | { kind: 'other'; value: string };

export interface RouteFact {
  framework: 'express' | 'koa' | 'fastify' | 'nestjs' | 'midway' | 'egg' | 'hono' | 'nextjs';
  method: string;
  path: string;
  /** The router or app variable it is declared on (express/koa/fastify), for mounts and `use`. */
  receiver?: string;
  /** Middleware and guards before the handler, as written. */
  middleware: ArgumentValue[];
  /** The handler: a function key (inline) or a name to resolve. */
  handler: { key?: string; name?: string };
  /** Fastify: the inline plugin function it is declared in (`app.register(async (f) => { f.get(…) })`), by its key. */
  plugin?: string;
  /** Egg `router.resources(…)`: one of the seven REST actions, a route only where the controller defines its method. */
  eggResource?: true;
  /** NestJS: class decorators, then method decorators. */
  classDecorators?: DecoratorFact[];
  methodDecorators?: DecoratorFact[];
  at: CodePosition;
}

/** `router.use(…)`/`app.use('/prefix', …, router)`: middleware applied to later routes, and mounts. */
export interface UseFact {
  receiver: string;
  prefix?: string;
  middleware: ArgumentValue[];
  /** A router variable mounted under the prefix. */
  mounts?: string;
  /**
   * The last argument, an identifier or a call of one (`app.use('/p', adminAuth)`,
   * `app.use('/p', makeRouter(db))`): a mount when it is a router (created in this module, or
   * exported as one by the module it is imported from), else middleware; decided when linking.
   */
  mountCandidate?: string;
  /** The router mounted is one this module creates (its routes are in this file, on that receiver). */
  localMount?: true;
  /** The module defining the router mounted, when linking resolved it (through re-exports). */
  mountsFile?: string;
  /** Which of that module's routers the mount is, where the module creates several (its module-level variable). */
  mountsRouter?: string;
  /** A mount the scan once missed (read by name): its routes' in-file paths stay names a project file may map them by. */
  keepsBare?: true;
  /** Fastify `register(plugin, { prefix })` (the mount) or `addHook` (the middleware): the routes are Fastify's. */
  fastify?: boolean;
  /** Fastify `addHook`: applies to every route of its instance, those declared before it too (Fastify builds routes once the plugin function has run). */
  wholeInstance?: boolean;
  /** Line in the file, to apply `use` only to routes declared after it. */
  line: number;
  /** Fastify: the inline plugin function this call is made in, by its key. */
  plugin?: string;
  /** Fastify `register(async (f) => {…}, { prefix })`: the key of the inline plugin function registered. */
  inline?: string;
  /** Fastify: the plugin registered is wrapped in fastify-plugin (`fp(…)`), so it does not encapsulate: its hooks apply to the instance registering it. */
  skipOverride?: true;
}

/** A grant read from an access-control definition (accesscontrol, nest-access-control, CASL). */
export interface GrantFact {
  library: 'accesscontrol' | 'casl';
  role: string;
  resource: string;
  action: string;
  possession: 'any' | 'own';
  /** accesscontrol attributes (with `!` negations); CASL fields. Empty = denied. */
  attributes: string[];
  /** CASL `cannot`, accesscontrol `deny`. */
  denied: boolean;
  /** CASL condition keys (an owner condition makes the scope own, a unit condition unit). */
  conditions?: string[];
  /** accesscontrol `$extend`/`extend`: roles whose grants this role inherits (resource etc. empty). */
  extend?: string[];
  /** Order of the rule in its definition (CASL: later rules win). */
  order: number;
  at: CodePosition;
}

export type CipherMode = 'cbc' | 'gcm' | 'ctr' | 'ccm' | 'ocb' | 'cfb' | 'ofb' | 'chacha20' | 'chacha20-poly1305';

export interface CredentialFact {
  kind: 'password-hash' | 'hard-coded-password' | 'jwt' | 'session-cookie' | 'key';
  algorithm?: string;
  salted?: boolean;
  cost?: number;
  iterations?: number;
  name?: string;
  /** The literal password or key (rated and masked in the main thread, never reported). */
  literal?: string;
  /** A key: what it signs or encrypts, and where its value comes from (extract-keys.ts). */
  keyUse?: 'jwt-signing' | 'jwt-verification' | 'session-signing' | 'hmac' | 'cipher-key' | 'cipher-iv' | 'access-token' | 'access-password';
  keySource?: 'literal' | 'fallback-literal' | 'environment' | 'file' | 'random' | 'unknown';
  /** A cipher IV: the cipher's mode, when the algorithm is a literal or a constant of the file. */
  cipherMode?: CipherMode;
  /** A cipher-iv whose algorithm is a name the file does not define (an imported constant): resolved through the imports when linking. */
  cipherAlgorithmRef?: string;
  /** The literal key's encoding (Buffer.from(…, 'hex')). */
  encoding?: string;
  /** A key given by a name the file does not define (an imported constant), resolved at linking. */
  keyRef?: string;
  /** The constant the key's value is bound to, when it is one. */
  keyConstant?: string;
  /** Where the literal key is written in this file (the string, or its constant's initializer). */
  keyAt?: CodePosition;
  expiresInSeconds?: number | 'none';
  /** A JWT lifetime given by a name this file does not define (an imported constant), resolved at linking. */
  expiresRef?: string;
  /** A JWT: the roles its payload names literally (`role: 'renter'`), as the code names them. */
  signedRoles?: string[];
  httpOnly?: boolean;
  secure?: boolean;
  at: CodePosition;
}

export interface ScheduleFact {
  library: 'node-cron' | 'cron' | 'node-schedule' | 'nestjs-schedule' | 'agenda' | 'bullmq' | 'setInterval' | 'egg-schedule';
  schedule: string;
  /** The job is stated not to run (Egg.js `disable: true`). */
  disabled?: true;
  /** The job's function: a key (inline) or a name to resolve (agenda job name, bullmq queue name). */
  job: { key?: string; name?: string; agendaJob?: string; queue?: string };
  at: CodePosition;
}

/** A role or permission decorator defined in code: `Roles = (...r) => SetMetadata('roles', r)`. */
export interface DecoratorDefinitionFact {
  name: string;
  /** The metadata key, resolved (a constant's value, or the decorator's own name for createDecorator). */
  key: string;
  /** What it marks: roles, public routes, or permissions. */
  kind: 'roles' | 'public' | 'permissions' | 'other';
  at: CodePosition;
}

export interface FileFacts {
  path: string;
  /** Syntax errors found (the file is still scanned as far as it parsed). */
  syntaxErrors: Array<{ message: string; at: CodePosition }>;
  /** Why the file yielded no facts at all (it could not be parsed), when it could not. */
  unreadable?: string;
  functions: FunctionFact[];
  routes: RouteFact[];
  uses: UseFact[];
  /** Routers the module creates (`local`: variables and router factories) and the names it exports them by (`default` for a default export). */
  routers?: ModuleRouters;
  /** Koa: the prefix each router of the module is given (`new Router({ prefix })`, `router.prefix(p)`), by its variable. */
  routerPrefixes?: Record<string, string>;
  /** NestJS: `app.setGlobalPrefix('api', { exclude })` in this module. */
  globalPrefix?: GlobalPrefixFact;
  /** Module-level names bound to a rate limiter a package makes (`export const loginLimit = ratelimit({…})`; `default` for `export default rateLimit({…})`). */
  limiters?: string[];
  /** Fastify: the file wraps a plugin in fastify-plugin (`export default fp(…)`): registered from another file, its hooks apply to the instance registering it. */
  skipOverride?: true;
  grants: GrantFact[];
  credentials: CredentialFact[];
  schedules: ScheduleFact[];
  /** Cache entries written with an expiry (extract-cache-expiry.ts): deleted by the cache itself. */
  cacheExpiries?: CacheExpiryFact[];
  decoratorDefinitions: DecoratorDefinitionFact[];
  /** Enum members and string constants, `Name.Member` and `NAME` → value, to resolve references. */
  constants: Record<string, string>;
  /**
   * Module constants that may hold a key, by where their value comes from (`process.env.X ||
   * 'literal'` is a fallback literal): resolved for a key another file imports.
   */
  keyConstants?: Record<string, { source: 'literal' | 'fallback-literal' | 'environment' | 'file'; literal?: string; encoding?: string; at?: CodePosition }>;
  /**
   * Data-access handles the file defines, to the model they are a repository of: `name()` for a
   * helper returning `getRepository(Model)`, `name` for a module constant, `this.name` for a
   * class field (assigned, or injected with @InjectRepository(Model)).
   */
  repositories?: Record<string, string>;
  /** Model classes' properties a whole-row read does not answer with as stored (`@Column({ select: false })`, `@Exclude()`, `@Transform(…)`), by class name. */
  hiddenFields?: Record<string, string[]>;
  /**
   * Local name → module specifier and imported name (also `export { x } from …`, passed on, and
   * CommonJS `const { x } = require(…)`). `commonJs`: a whole module taken with `const x = require('./m')` (imported `*`): `x.name` is its export `name`, and `x` itself what `module.exports =` binds (its `default`).
   */
  imports: Array<{ local: string; imported: string; from: string; commonJs?: true }>;
  /** Queue variables bound to a queue name (bullmq), agenda job definitions. */
  queues: Record<string, string>;
  agendaJobs: Array<{ name: string; job: { key?: string; name?: string } }>;
  bullWorkers: Array<{ queue: string; job: { key?: string; name?: string } }>;
  /** @nestjs/throttler: the throttler names ThrottlerModule.forRoot configures (`default` when unnamed). */
  throttlers?: string[];
  /** Guards applied to every NestJS route (useGlobalGuards, APP_GUARD providers). */
  globalGuards: string[];
  /** SQL dialects the file's drivers and client options name (sql-dialect.ts). */
  sqlDialects: string[];
  /** Midway: the web framework's `globalPrefix` (config.default), and the middleware and guards `app.useMiddleware`/`app.useGuard` apply to every route (midway-routes.ts). */
  midway?: { globalPrefix?: string; global?: ArgumentValue[] };
  /** Egg: the middleware config.default applies to every request (`config.middleware`), in order (egg-routes.ts). */
  eggMiddleware?: EggGlobalMiddleware[];
  /** Egg: the values config/config.default (or config.prod) sets, by dotted path (`jwt.secret`), as keys are read (egg-config.ts). */
  eggConfig?: Record<string, { source: 'literal' | 'fallback-literal' | 'environment' | 'file'; literal?: string; encoding?: string; at?: CodePosition }>;
  /** Drizzle ORM: module-level table variables and the table name they declare (`users = pgTable('app_users', …)`), drizzle-queries.ts. */
  drizzleTables?: Record<string, string>;
  /** Next.js `middleware.ts` that logs the caller in, with its `config.matcher` (next-routes.ts). */
  nextMiddleware?: NextMiddlewareFact;
}

export function emptyFileFacts(path: string): FileFacts {
  return {
    path,
    syntaxErrors: [],
    functions: [],
    routes: [],
    uses: [],
    grants: [],
    credentials: [],
    schedules: [],
    decoratorDefinitions: [],
    constants: nameTable<string>(),
    imports: [],
    queues: nameTable<string>(),
    agendaJobs: [],
    bullWorkers: [],
    globalGuards: [],
    sqlDialects: [],
  };
}
