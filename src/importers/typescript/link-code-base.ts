// From the facts of every file of a code base to manifest entities: routes with the role
// restriction, guards and data access their handlers reach (calls followed across files by
// name), grants from permission definitions, credential-handling sites, and scheduled jobs that
// delete or anonymise stores. Every entity gets a place at its file, line and column.
import { groupsPeople } from './grouping-key.js';
import { drizzleModel, drizzleTableNames } from './drizzle-queries.js';
import { nextMiddlewareFor } from './next-routes.js';
import { nameTable, ownEntry } from './name-table.js';
import { mountedRouterServes } from './mounted-router.js';
import { eggFunctionName } from './egg-routes.js';
import { argumentsPassed, withArgumentOrigins } from './egg-service-arguments.js';
import { EGG_CONFIG_REF, eggConfigValue } from './egg-config.js';
import { eggMiddlewareName, eggMiddlewareRef } from './egg-middleware-name.js';
import { frameworkGlobals } from './framework-globals.js';
import { posix } from 'node:path';
import type { Inventory } from '../../inventory/inventory.js';
import type { CodeCredentialSite, CodeQueryEntry, CodeRoute, DeletionJob, Grant, Manifest, Role } from '../../inventory/manifest-schema.js';
import type { SourceRef } from '../../inventory/provenance.js';
import { PointerTable } from '../../sources/locator.js';
import type { CoverageNote, RoleGrantAddition } from '../importer.js';
import type { ArgumentValue, CallerCheckFact, CodePosition, DecoratorFact, FileFacts, FunctionFact, QueryFact, RouteFact, SqlTextFact, UseFact, ValueOrigin } from './code-facts.js';
import type { SqlDialect } from './read-sql-statement.js';
import type { CodeMapping, CodeOptions } from './code-options.js';
import { cacheStoreByKeyPrefix } from './cache-key-store.js';
import { idFrom, NameMatcher, normaliseName } from './code-names.js';
import { ScopeFields } from './grant-scope.js';
import { SCOPE_ORDER, scopeRank } from '../../views/scope.js';
import { readSqlStatement } from './read-sql-statement.js';
import { chooseDialect } from './sql-dialect.js';
import { keyBytes, maskKey, modeOfAlgorithm } from './extract-keys.js';
import { ratePassword, systemWords } from './rate-password.js';
import { constantDuration } from './extract-credentials.js';
import { HANDLER_KEY_CHECK, provesIdentity } from './credential-proof.js';
import { verifiesCode } from './verified-before.js';
import { AccessControlModel, caslPermissions } from './resolve-permissions.js';
import { excludedFromGlobalPrefix, LIMITER_MODULES } from './extract-routes.js';
import { linkIncluded } from './link-included.js';

export interface LinkInput {
  codeBaseId: string;
  root: string;
  files: FileFacts[];
  skipped: number;
  mapping: CodeMapping;
  options: CodeOptions;
  declared: Inventory;
}

export interface LinkOutput {
  manifest: Manifest;
  places: Map<object, SourceRef>;
  grants: RoleGrantAddition[];
  locators: PointerTable[];
  coverage: CoverageNote[];
  /** Other names the project file may map a route by: a Fastify plugin's route path without its register() prefix. */
  routeAliases: string[];
}

const MANIFEST_ACTIONS = new Set(['read', 'export', 'print', 'copy', 'create', 'update', 'delete', 'manage']);
const GUARD = /auth|jwt|passport|login|guard|session|verify|protect|ensure|require|token|role|permit|acl|isLogged|signed/i;
// Middleware or a guard that only limits the rate (loginLimiter, authRateLimit, ThrottlerGuard): it authenticates no one.
const RATE_LIMITER = /rate_?limit|limiter|throttl|slow_?down|brute/i;
const ROLE_MIDDLEWARE = /role|authori[sz]e|permit|allow|acl|grant/i;
/** Middleware and guards that decide by role, permission or policy (beyond log-in): authorisation on the route. */
const AUTHORIZATION = /authori[sz]|permi(t|ssion)|polic|abilit|\bacl\b|acl[A-Z(]|role|casbin|enforcer|rbac|^can$|^can[A-Z]|access_?control|(check|has|can)Access(?!Token)|owner/i;
const LOGIN_PATH = /login|log-in|signin|sign-in|logon|auth\/token|\/token$|\/sessions?$/i;
/** The method a middleware class runs for each request: Midway's `resolve()` (returning the function), NestJS's `use(req, res, next)`. */
const MIDDLEWARE_ENTRY = /^(resolve|use)$/;
const PUBLIC_DECORATOR = /^(Public|AllowAnonymous|SkipAuth|NoAuth|IsPublic)$/;
const NOT_FOLLOWED = new Set(['then', 'catch', 'map', 'filter', 'push', 'forEach', 'reduce', 'find', 'findOne', 'json', 'send', 'status', 'log', 'get', 'set', 'has', 'toString', 'parse', 'stringify', 'resolve', 'reject', 'next', 'use', 'emit', 'on', 'call', 'apply', 'bind', 'constructor', 'update', 'delete', 'create', 'save', 'count']);

export function linkCodeBase(input: LinkInput): LinkOutput {
  const { mapping, declared, codeBaseId } = input;
  const files = resolveLimiters(resolveMounts(input.files));
  // Ids name files within the code base, so they (and the fingerprints made from them) do not
  // depend on the directory pipl-audit runs in.
  const withinRoot = (path: string) => (input.root === '.' ? path : posix.relative(input.root, path));
  const places = new Map<object, SourceRef>();
  const tables = new Map<string, PointerTable>();
  const coverage: CoverageNote[] = [];
  const counters = new Map<string, number>();
  const place = (entity: object, file: string, at: CodePosition, kind: string): void => {
    const n = counters.get(`${file}\0${kind}`) ?? 0;
    counters.set(`${file}\0${kind}`, n + 1);
    const pointer = `/code/${kind}/${n}`;
    let table = tables.get(file);
    if (!table) tables.set(file, (table = new PointerTable(file)));
    table.record(pointer, at);
    places.set(entity, { file, pointer });
  };
  const note = (file: string, at: CodePosition | undefined, kind: string, name: string, text: string, textZh?: string) => {
    coverage.push({ file, ...(at ? { line: at.line, column: at.column } : {}), kind, name, note: text, ...(textZh !== undefined ? { noteZh: textZh } : {}) });
  };

  // SQL written in code, parsed in the dialect of the driver in use: each statement becomes the
  // queries of the tables it reads and writes, or one unreadable query with the parser's reason.
  const codeBaseDialects = [...new Set(files.flatMap((f) => f.sqlDialects))].sort() as SqlDialect[];
  const sqlRead = new Map<string, QueryFact[]>();
  const sqlNoted = new Set<string>();
  for (const f of files) {
    const { dialect, basis } = chooseDialect(f.sqlDialects as SqlDialect[], codeBaseDialects, input.options.sqlDialect);
    for (const fn of f.functions) {
      for (const statement of fn.sql) {
        // One text run by several calls (a module-level constant) is one read per call, each with its values.
        const place = `${f.path}\0${statement.at.line}\0${statement.at.column}\0${statement.text}`;
        const key = `${place}\0${JSON.stringify([statement.bindings, statement.check ?? null, statement.answeredBy ?? null])}`;
        let queries = sqlRead.get(key);
        if (!queries) {
          queries = sqlQueries(statement, basis === 'default' ? [dialect, ...FALLBACK_DIALECTS.filter((d) => d !== dialect)] : [dialect]);
          sqlRead.set(key, queries);
          const first = !sqlNoted.has(place);
          sqlNoted.add(place);
          if (first) for (const q of queries) {
            if (q.unreadable) note(f.path, q.at, 'sql', `SQL at line ${q.at.line}`, `SQL statement not read (${basis === 'default' ? 'no driver found; ' : ''}${q.unreadable}); the query rules say NOT_EVALUATED for the routes that reach it`, `未能读取的 SQL 语句（${basis === 'default' ? '未找到数据库驱动；' : ''}${q.unreadable}）；通向它的路由，查询类规则为未评估`);
          }
        }
        fn.queries.push(...queries);
      }
    }
  }

  // Names one file uses and another defines: imports (and re-exports) followed to the file that
  // defines the name, through at most MAX_IMPORT_HOPS files, by relative module specifier only.
  const byBase = new Map<string, FileFacts>();
  for (const f of files) byBase.set(f.path.replace(/\.(tsx?|mts|cts|m?js|cjs|jsx)$/, ''), f);
  const moduleOf = (file: string, from: string): FileFacts | undefined => {
    if (!from.startsWith('.')) return undefined;
    const base = posix.normalize(posix.join(posix.dirname(file), from)).replace(/\.(m|c)?js$/, '');
    return byBase.get(base) ?? byBase.get(`${base}/index`);
  };
  const definitionOf = (from: FileFacts, ref: string, defines: (f: FileFacts, name: string) => boolean): { facts: FileFacts; name: string } | undefined => {
    let facts = from;
    let name = ref;
    for (let hop = 0; hop <= MAX_IMPORT_HOPS; hop++) {
      if (defines(facts, name)) return { facts, name };
      const dot = name.indexOf('.');
      // config.JWT_SECRET with `import * as config from './config'`.
      const imp = facts.imports.find((i) => i.local === name && i.imported !== '*') ?? (dot > 0 ? facts.imports.find((i) => i.local === name.slice(0, dot) && i.imported === '*') : undefined);
      const target = imp ? moduleOf(facts.path, imp.from) : undefined;
      if (!imp || !target) return undefined;
      name = imp.imported === '*' ? name.slice(dot + 1) : imp.imported;
      facts = target;
    }
    return undefined;
  };

  // TypeORM queries through a handle (resumeRepo(), repo, this.repo): the model its definition
  // names, in the file or through its imports; a handle that is no repository drops its query
  // (`list.find(…)` is an array's), one the scan cannot resolve keeps the model its name suggests.
  const repositoryOf = (f: FileFacts, handle: string, depth = 0): string | undefined => {
    if (depth > MAX_IMPORT_HOPS) return undefined;
    const call = handle.endsWith('()');
    const key = (name: string) => (call ? `${name}()` : name);
    const def = handle.startsWith('this.') ? (ownEntry(f.repositories, handle) !== undefined ? { facts: f, name: handle } : undefined) : definitionOf(f, call ? handle.slice(0, -2) : handle, (x, n) => ownEntry(x.repositories, key(n)) !== undefined);
    const model = ownEntry(def?.facts.repositories, key(def?.name ?? ''));
    if (!def || !model) return undefined;
    return model.startsWith('=') ? repositoryOf(def.facts, model.slice(1), depth + 1) : model;
  };
  for (const f of files) {
    for (const fn of f.functions) {
      if (!fn.queries.some((q) => q.handle !== undefined)) continue;
      fn.queries = fn.queries.filter((q) => {
        if (q.handle === undefined) return true;
        const model = repositoryOf(f, q.handle);
        if (model !== undefined) q.model = model;
        return q.model !== '';
      });
    }
  }

  // Indexes over the whole code base.
  const constants: Record<string, string> = nameTable<string>();
  for (const f of files) for (const name of Object.keys(f.constants)) constants[name] = f.constants[name] as string;
  const functions = new Map<string, FunctionFact>();
  const byName = new Map<string, FunctionFact[]>();
  const fileOf = new Map<string, string>();
  for (const f of files) {
    for (const fn of f.functions) {
      functions.set(fn.key, fn);
      // Asked only for a function's queries (reach), which are final here: most functions have none.
      if (fn.queries.length > 0) fileOf.set(fn.key, f.path);
      if (!fn.name) continue;
      const named = byName.get(fn.name);
      if (named) named.push(fn);
      else byName.set(fn.name, [fn]);
      // Egg: a controller or service method is also known by the name Egg loads it under (egg-routes.ts).
      const egg = eggFunctionName(f.path, fn);
      if (egg !== undefined) byName.set(egg, [...(byName.get(egg) ?? []), fn]);
    }
  }
  const decoratorKinds = new Map<string, string>();
  for (const f of files) for (const d of f.decoratorDefinitions) decoratorKinds.set(d.name, d.kind);
  const resolve = (v: ArgumentValue | undefined): string[] => {
    if (!v) return [];
    if (v.kind === 'string') return [v.value];
    if (v.kind === 'ref') return [constants[v.value] ?? v.value.split('.').pop() ?? v.value];
    if (v.kind === 'array') return v.value.flatMap(resolve);
    return [];
  };

  const stores = new NameMatcher(mapping.stores, declared.stores.map((s) => s.id));
  const interfaceIds = new Set(declared.interfaces.map((i) => i.id));
  const interfaces = new NameMatcher(undefined, interfaceIds);
  const roleNames = new NameMatcher(mapping.roles, declared.roles.map((r) => r.id));
  const newRoles = new Map<string, Role>();
  const scopeFields = new ScopeFields(input.options);
  const unmappedModels = new Set<string>();
  // Drizzle: table variables to the table names they declare (drizzle-queries.ts).
  const drizzleTables = drizzleTableNames(files);

  /** A code role → a manifest role id (a new role when unmapped). */
  const roleId = (name: string, file: string, at: CodePosition): string => {
    const m = roleNames.match(name);
    // A mapped role is declared (checkRoleMapping refused any other before the link).
    if (m) return m.id;
    const id = idFrom(name);
    if (!newRoles.has(id)) {
      const role: Role = { id, grants: [] };
      newRoles.set(id, role);
      place(role, file, at, 'role');
      note(file, at, 'role', name, `role "${name}" is not mapped to a manifest role; audited as a role of its own (add it to mapping.roles)`, `角色 "${name}" 未映射到清单中的角色；作为独立角色审计（请在 mapping.roles 中映射）`);
    }
    return id;
  };

  /** Queries reached from a function, following calls by name across files (depth 4). */
  const reached = new Map<string, Array<{ query: QueryFact; file: string; check?: CallerCheckFact }>>();
  const checksPassword = new Map<string, boolean>();
  /**
   * The functions reached from `start`, breadth first; with `unchecked`, only through calls that
   * run behind no caller check. Each function once, with the check of the call that reached it.
   */
  const walkCalls = (start: FunctionFact, unchecked: boolean, visitFn: (fn: FunctionFact, check: CallerCheckFact | undefined, args: ValueOrigin[] | undefined) => void): void => {
    const seen = new Set<string>();
    type Step = { fn: FunctionFact; depth: number; check: CallerCheckFact | undefined; args?: ValueOrigin[] };
    const queue: Step[] = [{ fn: start, depth: 0, check: undefined }];
    while (queue.length > 0) {
      const { fn, depth, check, args } = queue.shift() as Step;
      if (seen.has(fn.key)) continue;
      seen.add(fn.key);
      visitFn(fn, check, args);
      if (depth >= 4) continue;
      // Functions nested in this one (callbacks) run as part of it. An Egg service method is
      // reached first by the name its arguments are known under (`egg:service/member#find`), not
      // by its bare name (`find`), which the same call also records.
      const names = new Set(fn.calls);
      for (const name of fn.serviceArguments ? [...fn.serviceArguments.map((c) => c.callee).filter((c) => names.has(c)), ...names] : names) {
        if (NOT_FOLLOWED.has(name)) continue;
        const callCheck = check ?? ownEntry(fn.checkedCalls, name);
        if (unchecked && callCheck) continue;
        const targets = byName.get(name) ?? [];
        if (targets.length === 0 || targets.length > 3) continue;
        // Egg: what the call passes a service method (egg-service-arguments.ts).
        const passed = argumentsPassed(fn.serviceArguments, name);
        for (const t of targets) queue.push(passed ? { fn: t, depth: depth + 1, check: callCheck, args: passed } : { fn: t, depth: depth + 1, check: callCheck });
      }
    }
  };
  const reach = (key: string): Array<{ query: QueryFact; file: string; check?: CallerCheckFact }> => {
    const cached = reached.get(key);
    if (cached) return cached;
    const out: Array<{ query: QueryFact; file: string; check?: CallerCheckFact }> = [];
    let password = false;
    const start = functions.get(key);
    if (start) {
      // A function also reached without passing a check is not checked (computed only when a check exists).
      let open: Set<string> | undefined;
      walkCalls(start, false, (fn, check, args) => {
        password ||= fn.checksPassword;
        if (check && !open) {
          open = new Set();
          walkCalls(start, true, (f) => open?.add(f.key));
        }
        const inherited = check && !open?.has(fn.key) ? check : undefined;
        for (const fact of fn.queries) {
          const q = withArgumentOrigins(fact, args);
          const c = q.check ?? inherited;
          out.push(c ? { query: q, file: fileOf.get(fn.key) ?? '', check: c } : { query: q, file: fileOf.get(fn.key) ?? '' });
        }
      });
    }
    reached.set(key, out);
    checksPassword.set(key, password);
    return out;
  };
  /** What the handler functions write to logs (the handler's own calls and its callbacks', not the services it calls), once per name and line. */
  const loggedBy = (keys: string[]): NonNullable<CodeRoute['loggedFields']> => {
    const seen = new Map<string, { field: string; source: 'request' | 'code'; line: number }>();
    for (const k of keys) for (const v of functions.get(k)?.logs ?? []) seen.set(`${v.line}\0${v.field}\0${v.source}`, { field: v.field, source: v.source, line: v.line });
    return [...seen.values()].sort((a, b) => a.line - b.line || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  };
  const functionFor = (ref: { key?: string; name?: string }): string[] => {
    if (ref.key) return functions.has(ref.key) ? [ref.key] : [];
    if (ref.name) return (byName.get(ref.name) ?? []).slice(0, 3).map((f) => f.key);
    return [];
  };

  /** The scope each read entry's filter gives (route grants). */
  const queryScope = new Map<CodeQueryEntry, Grant['scope']>();
  // @nestjs/throttler: the throttler names the module configures (skipsThrottle).
  const throttlerNames = new Set(files.flatMap((f) => f.throttlers ?? []));
  // Model classes' hidden properties (`@Column({ select: false })`, `@Exclude()`), by class name.
  const hiddenFields = new Map<string, Set<string>>();
  for (const f of files) for (const [cls, props] of Object.entries(f.hiddenFields ?? {})) hiddenFields.set(cls, new Set([...(hiddenFields.get(cls) ?? []), ...props]));
  /**
   * The functions whose answer is the route's response: the handler, and the functions it answers
   * with the result of (`return this.users.search(q)`), followed by name as calls are (four levels).
   */
  const answering = (handlerKeys: string[]): Set<string> => {
    const out = new Set<string>();
    let level = handlerKeys.map((k) => functions.get(k)).filter((f): f is FunctionFact => f !== undefined);
    for (let depth = 0; depth <= 4 && level.length > 0; depth++) {
      const next: FunctionFact[] = [];
      for (const fn of level) {
        if (out.has(fn.key)) continue;
        out.add(fn.key);
        for (const name of new Set(fn.answers ?? [])) {
          const targets = byName.get(name) ?? [];
          if (targets.length > 0 && targets.length <= 3) next.push(...targets);
        }
      }
      level = next;
    }
    return out;
  };
  // The models and tables each store is read through (a store mapped from several — `Address`
  // and `Customer` both to customers — has fields no one model holds: a whole-row read of one of
  // them does not return every field of the store, so its fields are then not known).
  let modelsOfStore: Map<string, Set<string>> | undefined;
  const soleModel = (storeId: string): boolean => {
    if (!modelsOfStore) {
      modelsOfStore = new Map();
      for (const f of files) {
        for (const fn of f.functions) {
          for (const q of fn.queries) {
            if (q.unreadable !== undefined || q.model === '') continue;
            const id = stores.match(q.model)?.id;
            if (id === undefined) continue;
            const set = modelsOfStore.get(id) ?? new Set<string>();
            set.add(normaliseName(q.model).replace(/s$/, ''));
            modelsOfStore.set(id, set);
          }
        }
      }
    }
    return (modelsOfStore.get(storeId)?.size ?? 0) <= 1;
  };
  const queryEntry = (fact: QueryFact, file: string, check?: CallerCheckFact, answered?: ReadonlySet<string>): CodeQueryEntry | undefined => {
    let q = fact.library === 'drizzle' ? { ...fact, model: drizzleModel(fact.model, drizzleTables, (n) => stores.match(n) !== undefined) } : fact;
    if (q.unreadable !== undefined) {
      const entry: CodeQueryEntry = { library: 'sql', unreadable: q.unreadable, line: q.at.line };
      place(entry, file, q.at, 'query');
      return entry;
    }
    const store = stores.match(q.model);
    if (!store) {
      if (!unmappedModels.has(q.model)) {
        unmappedModels.add(q.model);
        note(file, q.at, 'model', q.model, `${q.library} ${q.model} is not mapped to a manifest store; its queries are not audited (add it to mapping.stores)`, `${q.library} 模型 ${q.model} 未映射到清单中的存储；其查询未被审计（请在 mapping.stores 中映射）`);
      }
      return undefined;
    }
    // Columns a SQL statement of several tables selects without naming the table: this table's
    // where its store alone, among the stores of the statement's tables, declares a field so named.
    if (q.unqualifiedColumns !== undefined && q.columns !== undefined) {
      const key = (n: string): string => n.toLowerCase().replace(/[_\-\s]/g, '');
      const declares = (storeId: string | undefined, column: string) => storeId !== undefined && (declared.stores.find((s) => s.id === storeId)?.fields ?? []).some((f) => key(f.name) === key(column));
      const others = (q.joins ?? []).map((j) => stores.match(j)?.id).filter((id) => id !== store.id);
      const own = q.unqualifiedColumns.filter((c) => declares(store.id, c) && !others.some((o) => declares(o, c)));
      q = { ...q, columns: [...new Set([...q.columns, ...own])].sort() };
    }
    // Grouped SQL rows (aggregates beside columns): groups of people where a column the statement
    // selects is a field the manifest declares for its table's store (`SELECT u.name, u.phone,
    // COUNT(a.id) … GROUP BY u.id`: one row per person) - each table's values then that person's,
    // an aggregate's too (`MAX(a.risk_level)`); otherwise (`SELECT dept, COUNT(*) … GROUP BY dept`)
    // the rows are counts, an aggregate.
    // A column that is an attribute many people share (a health conclusion, a position: groupsPeople)
    // makes no group of people: `SELECT hazard, conclusion, COUNT(*) … GROUP BY hazard, conclusion`
    // answers counts.
    if (q.groupRows !== undefined) {
      const key = (n: string): string => n.toLowerCase().replace(/[_\-\s]/g, '');
      const declares = (table: string, column: string) => {
        const id = stores.match(table)?.id;
        return id !== undefined && groupsPeople((declared.stores.find((s) => s.id === id)?.fields ?? []).find((f) => key(f.name) === key(column))?.category);
      };
      const tables = [q.model, ...(q.joins ?? [])];
      const people = q.groupRows.keys.some((k) => (k.table !== undefined ? declares(k.table, k.column) : tables.some((t) => declares(t, k.column))));
      q = people ? { ...q, columns: [...new Set([...(q.columns ?? []), ...q.groupRows.aggregated])].sort() } : { ...q, operation: 'count', columns: undefined };
    }
    // A Prisma groupBy returns its `by` fields and aggregates: grouped by fields none of which is
    // one of the store's PI fields in the manifest (status, city), or only by attributes many people
    // share (`by: ['hazard', 'conclusion'], _count`: groupsPeople), it answers counts, as `count` does.
    if (q.groupedBy !== undefined) {
      const key = (n: string): string => n.toLowerCase().replace(/[_\-\s]/g, '');
      const fields = declared.stores.find((s) => s.id === store.id)?.fields ?? [];
      const holdsPI = q.groupedBy.some((g) => groupsPeople(fields.find((f) => key(f.name) === key(g))?.category));
      if (!holdsPI) q = { ...q, operation: 'count', columns: undefined };
    }
    // Tied to the caller: a value from the logged-in user, or an owner/unit field given a value
    // this scan cannot trace (a service's outletId parameter) - never one read from the request.
    const tied = (c: QueryFact['conditions'][number]) => !c.alternative && (c.origin === 'user' || (scopeFields.ties(c.field) && c.origin === 'variable'));
    const ownerCondition = q.conditions.some(tied);
    // A gate query counts when its condition ties the caller to something else the request or
    // a variable names (loading the caller's own record alone checks nothing).
    // A gate query counts when it ties the caller to something else (gate-call, owner and
    // credential checks are decided where they are found). A query whose own condition checks a
    // secret the request presents with the value it is keyed by (a log-in by phone and password)
    // finds only the account whose secret the caller holds.
    const gate = (c: CallerCheckFact): CallerCheckFact | undefined => {
      if (c.verifiedBy) return verifiesCode(byName.get(c.verifiedBy.callee), c.verifiedBy.needs) ? c : c.otherwise ? gate(c.otherwise) : undefined;
      if (c.kind !== 'gate-query') return c;
      const conditions = c.conditions ?? [];
      return conditions.some(tied) && conditions.some((x) => !x.alternative && x.origin !== 'constant' && !tied(x)) ? c : undefined;
    };
    // The scope the query's own filter gives (the narrowest tie), or own behind a check bound to the caller: what a route grant states.
    let filterScope: Grant['scope'] = 'any';
    for (const c of q.conditions) {
      if (!tied(c)) continue;
      const s = scopeFields.of(c.field) ?? 'own';
      if (scopeOrder(s) < scopeOrder(filterScope)) filterScope = s;
    }
    const ownSecret = provesIdentity(q.conditions, q.model);
    const callerCheck = (check ? gate(check) : undefined) ?? (ownSecret ? { kind: 'credential-check' as const, name: ownSecret.field, at: q.at } : undefined);
    // A condition on another table of a SQL statement (a join's) restricts these rows, so a tie to
    // the caller there counts above, but it looks up that table's rows, not these.
    const ownConditions = q.conditions.filter((c) => c.otherTable !== true);
    const lookupFields = [...new Set(ownConditions.filter((c) => (c.origin === 'request' || c.origin === 'variable') && !tied(c)).map((c) => c.field))].sort();
    // Of those, the ones given a value read from the request itself (req.query.stationId), not a variable the scan cannot trace.
    const requestFields = [...new Set(ownConditions.filter((c) => c.origin === 'request' && !tied(c)).map((c) => c.field))].sort();
    // Of the lookup fields, those matched by a fragment (contains, LIKE, a regex): the caller typed part of the value.
    const partialMatchFields = [...new Set(ownConditions.filter((c) => c.partial === true && lookupFields.includes(c.field)).map((c) => c.field))].sort();
    const entry: CodeQueryEntry = {
      store: store.id,
      model: q.model,
      library: q.library,
      operation: q.operation,
      lookupFields,
      requestSupplied: lookupFields.length > 0,
      ...(requestFields.length > 0 ? { requestFields } : {}),
      ...(partialMatchFields.length > 0 ? { partialMatchFields } : {}),
      ...(q.uniqueKey && (q.operation === 'find-one' || q.operation === 'find-many') ? { byUniqueKey: true } : {}),
      ownerCondition,
      where: q.where,
      limited: q.limited,
      ...(q.columns && (q.library === 'sql' || !q.columns.includes('*') || soleModel(store.id)) ? { columns: q.columns } : {}),
      // A whole-row read of a model class that hides some properties (select: false, @Exclude)
      // answers without them.
      ...(q.columns?.length === 1 && q.columns[0] === '*' && hiddenFields.has(q.model) ? { hiddenColumns: [...(hiddenFields.get(q.model) as Set<string>)].sort() } : {}),
      ...(answered !== undefined && (q.operation === 'find-one' || q.operation === 'find-many') ? { answered: q.answeredBy !== undefined && answered.has(q.answeredBy) } : {}),
      ...(q.joins && q.joins.length > 0 ? { joins: q.joins } : {}),
      // Stated either way: no check found is a fact of the scan, not a fact left out.
      callerCheck: callerCheck ? { kind: callerCheck.kind, name: callerCheck.name, line: callerCheck.at.line } : false,
      line: q.at.line,
    };
    place(entry, file, q.at, 'query');
    queryScope.set(entry, filterScope === 'any' && callerCheck ? 'own' : filterScope);
    return entry;
  };
  /** A related read (a Prisma include, a TypeORM join) → the query it is read with. */
  const includedWith = new WeakMap<CodeQueryEntry, CodeQueryEntry>();
  /**
   * A query's entry, then one per Prisma relation it returns (`include: { patient: true }`): the
   * related store is read through the same condition, so each related entry carries the query's
   * owner condition, cap and caller check, and looks nothing up by its own fields (the lookup is the
   * query's). Each is placed at its key in the include. It returns the related fields the include
   * selects (`columns`) and is answered as the query's rows are (the related records travel in
   * them); `includedIn` (set once the route's queries are listed) names the query it was read with.
   */
  const queryEntries = (q: QueryFact, file: string, check?: CallerCheckFact, answered?: ReadonlySet<string>): CodeQueryEntry[] => {
    const entry = queryEntry(q, file, check, answered);
    if (!entry || !q.relations || !('store' in entry)) return entry ? [entry] : [];
    const out: CodeQueryEntry[] = [entry];
    for (const r of q.relations) {
      const related = queryEntry({ ...q, model: r.name, conditions: [], relations: undefined, uniqueKey: undefined, columns: r.columns, at: r.at }, file, check, answered);
      if (!related || !('store' in related) || related.store === entry.store) continue;
      // The placed object itself (its place is keyed by it).
      out.push(Object.assign(related, { ownerCondition: entry.ownerCondition, where: entry.where, limited: entry.limited, callerCheck: entry.callerCheck, joins: [q.model] }));
      includedWith.set(related, entry);
      queryScope.set(related, queryScope.get(entry) ?? 'any');
    }
    return out;
  };

  // Grants from permission definitions.
  const grantAdditions: RoleGrantAddition[] = [];
  const allGrants = files.flatMap((f) => f.grants.map((g) => ({ g, file: f.path })));
  const grantTarget = (resource: string, file: string, at: CodePosition): Pick<Grant, 'store' | 'interface'> | undefined => {
    const explicit = mapping.stores ? Object.entries(mapping.stores).find(([k]) => normaliseName(k) === normaliseName(resource))?.[1] : undefined;
    if (explicit && interfaceIds.has(explicit)) return { interface: explicit };
    // A resource named like an interface (waybill-lookup) is a grant on that interface.
    const itf = explicit === undefined ? interfaces.match(resource) : undefined;
    if (itf) return { interface: itf.id };
    const m = stores.match(resource);
    if (m) return { store: m.id };
    note(file, at, 'resource', resource, `resource "${resource}" is not mapped to a manifest store or interface; its grants are not audited (add it to mapping.stores)`, `资源 "${resource}" 未映射到清单中的存储或接口；其授权未被审计（请在 mapping.stores 中映射）`);
    return undefined;
  };
  const addGrant = (roleName: string, resource: string, action: string, scope: Grant['scope'], file: string, at: CodePosition) => {
    if (roleName === '*') {
      note(file, at, 'rule', `${action} ${resource}`, 'CASL rule that applies to every user (no role condition found around it); map it by giving the role in mapping.roles["*"]', '适用于所有用户的 CASL 规则（周围没有角色条件）；请在 mapping.roles["*"] 中给出其角色');
      if (!mapping.roles?.['*']) return;
    }
    if (!MANIFEST_ACTIONS.has(action)) {
      note(file, at, 'action', action, `action "${action}" has no manifest equivalent (read, export, print, copy, create, update, delete, manage); not audited`, `操作 "${action}" 在清单中没有对应（read、export、print、copy、create、update、delete、manage）；未审计`);
      return;
    }
    const targets = resource === 'all' ? declared.stores.map((s) => ({ store: s.id })) : [grantTarget(resource, file, at)].filter((t) => t !== undefined);
    const id = roleId(roleName, file, at);
    for (const target of targets) {
      const grant: Grant = { ...target, actions: [action as Grant['actions'][number]], scope };
      const fresh = newRoles.get(id);
      if (fresh) {
        fresh.grants = [...(fresh.grants ?? []), grant];
        place(grant, file, at, 'grant');
      } else {
        place(grant, file, at, 'grant');
        grantAdditions.push({ role: id, grant, place: places.get(grant) as SourceRef });
      }
    }
  };
  const ac = new AccessControlModel(allGrants.map((x) => x.g));
  const acFacts = allGrants.filter((x) => x.g.library === 'accesscontrol' && !x.g.extend && !x.g.denied);
  const emitted = new Set<string>();
  for (const { g, file } of acFacts) {
    for (const role of ac.roles()) {
      if (!ac.hierarchy(role).includes(g.role)) continue;
      const possession = ac.granted(role, g.action, 'any', g.resource) ? 'any' : ac.granted(role, g.action, 'own', g.resource) ? 'own' : undefined;
      const key = `${role}\0${g.resource}\0${g.action}`;
      if (!possession || emitted.has(key)) continue;
      emitted.add(key);
      addGrant(role, g.resource, g.action, possession, file, g.at);
    }
  }
  const caslFile = new Map(allGrants.filter((x) => x.g.library === 'casl').map((x) => [`${x.g.at.line}:${x.g.at.column}:${x.g.resource}`, x.file]));
  for (const p of caslPermissions(allGrants.map((x) => x.g), scopeFields)) {
    addGrant(p.role, p.resource, p.action, p.scope, caslFile.get(`${p.at.line}:${p.at.column}:${p.resource}`) ?? caslFile.values().next().value ?? '', p.at);
  }

  // Routes.
  const importTarget = (file: string, local: string): string | undefined => {
    const facts = files.find((f) => f.path === file);
    const imp = facts?.imports.find((i) => i.local === local);
    if (!imp || !imp.from.startsWith('.')) return undefined;
    const base = posix.normalize(posix.join(posix.dirname(file), imp.from)).replace(/\.(m|c)?js$/, '');
    return files.find((f) => [base, `${base}/index`].some((b) => f.path.replace(/\.(tsx?|m?js|cjs|jsx)$/, '') === b))?.path;
  };
  // Plugin units: a file, or a Fastify plugin defined in place in it (`register(async (f) => …)`),
  // each with the registrations that mount it. Express mounts and a Fastify plugin registered
  // from another file mount the whole file.
  // `router`: the module-level router of the mounted module the mount is, where that module creates several (UseFact.mountsRouter).
  type Mount = { prefix: string; middleware: ArgumentValue[]; fastify?: boolean; bare: string[]; keepsBare?: true; router?: string };
  type Registration = { file: string; use: UseFact; fp: boolean };
  const unitKey = (file: string, plugin: string | undefined) => `${file}\0${plugin ?? ''}`;
  const factsByPath = new Map(files.map((f) => [f.path, f]));
  const incoming = new Map<string, Registration[]>();
  const register = (unit: string, reg: Registration) => incoming.set(unit, [...(incoming.get(unit) ?? []), reg]);
  /** fastify-plugin units each unit registers (their hooks apply to the registering instance), by receiver and line. */
  const fpChildren = new Map<string, Array<{ receiver: string; line: number; unit: string }>>();
  for (const f of files) {
    for (const use of f.uses) {
      let target: string | undefined;
      let fp = false;
      if (use.inline !== undefined) {
        target = unitKey(f.path, use.inline);
        fp = use.skipOverride === true;
      } else if (use.mounts) {
        const file = use.mountsFile ?? importTarget(f.path, use.mounts);
        if (!file) continue;
        target = unitKey(file, undefined);
        fp = use.fastify === true && factsByPath.get(file)?.skipOverride === true;
      }
      if (target === undefined) continue;
      register(target, { file: f.path, use, fp });
      if (fp) {
        const parent = unitKey(f.path, use.plugin);
        fpChildren.set(parent, [...(fpChildren.get(parent) ?? []), { receiver: use.receiver, line: use.line, unit: target }]);
      }
    }
  }
  const usesOf = (unit: string): UseFact[] => {
    const [file, plugin] = unit.split('\0') as [string, string];
    return (factsByPath.get(file)?.uses ?? []).filter((u) => (u.plugin ?? '') === plugin);
  };
  /** The hooks a fastify-plugin unit adds (to the instance registering it), its own fp children's included, bounded. */
  const fpHooks = (unit: string, depth = 0): ArgumentValue[] => {
    if (depth > MAX_PLUGIN_DEPTH) return [];
    const own = usesOf(unit).filter((u) => u.fastify && u.wholeInstance && !u.mounts && u.inline === undefined).flatMap((u) => u.middleware);
    return [...own, ...(fpChildren.get(unit) ?? []).flatMap((c) => fpHooks(c.unit, depth + 1))];
  };
  /** Hooks fastify-plugin children registered on `receiver` of `unit` add to it (before `line` when given). */
  const fpHooksOn = (unit: string, receiver: string, line?: number): ArgumentValue[] =>
    (fpChildren.get(unit) ?? []).filter((c) => c.receiver === receiver && (line === undefined || c.line < line)).flatMap((c) => fpHooks(c.unit));
  /**
   * The mounts of a unit: one per chain of registrations leading to it, prefixes joined and hooks
   * inherited from each parent (those added before the register call). Fastify chains are followed
   * MAX_PLUGIN_DEPTH levels up, an Express mount one level (as before); a cycle ends its chain, and
   * a unit keeps at most MAX_MOUNTS mounts.
   */
  const mountMemo = new Map<string, Mount[]>();
  const inProgress = new Set<string>();
  // Calls left for the whole code base: a hostile graph of registrations (each plugin registered
  // many times by the one before) ends here, deterministically, instead of growing exponentially.
  let budget = MAX_MOUNT_CALLS;
  /** Mounts, and whether a cycle cut a chain (the result then depends on where the walk began, so it is not kept). */
  const mountsWalk = (unit: string, depth: number): { mounts: Mount[] | undefined; cut: boolean } => {
    const regs = incoming.get(unit);
    if (!regs) return { mounts: undefined, cut: false };
    const memo = mountMemo.get(unit);
    if (memo) return { mounts: memo, cut: false };
    // A cycle ends the chain that closes it; a chain longer than MAX_PLUGIN_DEPTH (or the budget spent) keeps the prefixes read so far.
    if (inProgress.has(unit)) return { mounts: [], cut: true };
    if (depth > MAX_PLUGIN_DEPTH || budget <= 0) return { mounts: undefined, cut: true };
    budget--;
    inProgress.add(unit);
    let cut = false;
    const out: Mount[] = [];
    for (const { file, use } of regs) {
      const parentUnit = unitKey(file, use.plugin);
      const before = [
        ...(factsByPath.get(file)?.uses ?? []).filter((u) => (u.plugin ?? '') === (use.plugin ?? '') && u.receiver === use.receiver && !u.mounts && u.inline === undefined && !u.prefix && u.line < use.line).flatMap((u) => u.middleware),
        ...(use.fastify ? fpHooksOn(parentUnit, use.receiver, use.line) : []),
      ];
      // A Fastify plugin inherits the mounts of the unit registering it; an Express router is mounted one level, as before.
      let parents: Mount[] = [ROOT_MOUNT];
      if (use.fastify) {
        const up = mountsWalk(parentUnit, depth + 1);
        cut ||= up.cut;
        parents = up.mounts ?? [ROOT_MOUNT];
      }
      for (const parent of parents) {
        if (out.length >= MAX_MOUNTS) break;
        // Koa: a router given a prefix nests what it mounts under it (`router.use('/a', other.routes())`).
        const own = `${ownEntry(factsByPath.get(file)?.routerPrefixes, use.receiver) ?? ''}${use.prefix ?? ''}`;
        out.push({
          prefix: `${parent.prefix}${own}`,
          middleware: [...parent.middleware, ...before, ...use.middleware],
          ...(use.fastify || parent.fastify ? { fastify: true } : {}),
          // Names the project file may map the route by, besides its path without any prefix: with only the innermost prefix (one level, as the scan read it before).
          bare: parent.prefix !== '' && own !== '' ? [own] : [],
          ...(use.keepsBare ? { keepsBare: true as const } : {}),
          ...(use.mountsRouter !== undefined ? { router: use.mountsRouter } : {}),
        });
      }
    }
    inProgress.delete(unit);
    if (!cut) mountMemo.set(unit, out);
    return { mounts: out, cut };
  };
  const mountsOf = (unit: string): Mount[] | undefined => mountsWalk(unit, 0).mounts;
  const globalGuards = files.flatMap((f) => f.globalGuards);
  // Middleware classes by name, and whether each is a key gate: its entry method (Midway's
  // `resolve()`, NestJS's `use(req, res, next)`) is one — in every class of that name.
  const gateClasses = new Map<string, boolean>();
  for (const fn of functions.values()) if (fn.className !== undefined && MIDDLEWARE_ENTRY.test(fn.name)) gateClasses.set(fn.className, (gateClasses.get(fn.className) ?? true) && fn.keyGate === true);
  const accessDecisions = (resource: string, action: string, possession: string): string[] =>
    ac.roles().filter((r) => ac.granted(r, action, possession === 'own' ? 'own' : 'any', resource));

  const routes: CodeRoute[] = [];
  const triggerErasures: Array<{ route: string; stores: string[]; action: DeletionJob['action']; file: string; at: RouteFact['at'] }> = [];
  const routeSites = new Map<CodeRoute, { file: string; at: CodePosition }>();
  const routeAliases: string[] = [];
  // @fastify/rate-limit in the code base: a route's `config: { rateLimit: {…} }` limits its rate.
  const fastifyRateLimit = files.some((f) => f.imports.some((i) => /^(@fastify\/rate-limit|fastify-rate-limit)$/.test(i.from)));
  const routeIds = new Set<string>();
  /** Per base id, the suffix its last duplicate took: ids are only ever added, so every smaller one is still taken. */
  const lastSuffix = new Map<string, number>();
  // NestJS: `app.setGlobalPrefix('api')` in the bootstrap module prefixes every controller route
  // (but those its `exclude` names); the first file setting one, in file order, as Nest keeps one.
  const nestPrefix = files.find((f) => f.globalPrefix !== undefined)?.globalPrefix;
  // Midway's config.default `globalPrefix` and its configuration's global middleware and guards;
  // Egg's config.default middleware (midway-routes.ts, egg-routes.ts).
  const frameworks = frameworkGlobals(files);
  // Next.js: the middleware.ts that logs the caller in, applied to the routes its matcher selects.
  const nextMiddleware = files.find((f) => f.nextMiddleware !== undefined)?.nextMiddleware;
  for (const f of files) {
    for (const route of f.routes) {
      // Egg `router.resources`: only the actions the controller defines are routes.
      if (route.eggResource && functionFor(route.handler).length === 0) continue;
      const unit = unitKey(f.path, route.plugin);
      // A unit reached only through a cycle of registrations has no chain from the root: read as unmounted.
      const found = route.framework === 'nestjs' || route.framework === 'midway' ? undefined : mountsOf(unit)?.filter((m) => m.router === undefined || mountedRouterServes(f, m.router, route.receiver));
      const mounts: Mount[] = found && found.length > 0 ? found : [ROOT_MOUNT];
      for (const mount of mounts) {
        const local = route.receiver
          ? [
              ...f.uses.filter((u) => (u.plugin ?? '') === (route.plugin ?? '') && u.receiver === route.receiver && !u.mounts && u.inline === undefined && (u.line < route.at.line || u.wholeInstance === true) && (!u.prefix || route.path.startsWith(u.prefix))).flatMap((u) => u.middleware),
              // Hooks a fastify-plugin plugin registered on this instance adds (it does not encapsulate).
              ...fpHooksOn(unit, route.receiver),
            ]
          : [];
        // A router this module creates and mounts itself (`const admin = Router(); app.use('/admin', auth, admin)`):
        // its routes take the prefix, and the middleware the app applies before the mount.
        const localMount = route.receiver ? f.uses.find((u) => u.localMount === true && u.mounts === route.receiver && (u.plugin ?? '') === (route.plugin ?? '')) : undefined;
        const outer = localMount
          ? [
              ...f.uses.filter((u) => (u.plugin ?? '') === (localMount.plugin ?? '') && u.receiver === localMount.receiver && !u.mounts && u.inline === undefined && !u.prefix && u.line < localMount.line).flatMap((u) => u.middleware),
              ...localMount.middleware,
            ]
          : [];
        // Koa: the router's own prefix (`new Router({ prefix: '/cs' })`, `router.prefix('/cs')`).
        const routerPrefix = route.receiver ? (ownEntry(f.routerPrefixes, route.receiver) ?? '') : '';
        const outerPrefix = localMount ? `${ownEntry(f.routerPrefixes, localMount.receiver) ?? ''}${localMount.prefix ?? ''}` : '';
        const globalPrefix = route.framework === 'nestjs' && nestPrefix !== undefined && !excludedFromGlobalPrefix(nestPrefix, route.method, route.path) ? nestPrefix.prefix : route.framework === 'midway' ? (frameworks.midwayPrefix ?? '') : '';
        const joined = `${globalPrefix}${mount.prefix}${outerPrefix}${routerPrefix}${route.path}`.replace(/\/+/g, '/') || '/';
        // Hono joins a sub-app's '/' to its mount without the slash (`app.route('/p', sub)`; `sub.get('/')` serves /p).
        const fullPath = route.framework === 'hono' && joined.length > 1 ? joined.replace(/\/$/, '') : joined;
        const chain = [...frameworks.middleware(route.framework, fullPath), ...(route.framework === 'nextjs' ? nextMiddlewareFor(nextMiddleware, route.path) : []), ...mount.middleware, ...outer, ...local, ...route.middleware];
        // A route of a plugin registered with Fastify's register() is Fastify's, whatever the
        // name of its instance; its path before the prefix (and with only the innermost prefix,
        // for a plugin registered by a plugin) stays a name the project file may map (as the scan
        // named it before prefixes were applied).
        const fastify = mount.fastify === true;
        // A Koa router's prefix was not read before either: the path without it stays such a name.
        const withoutRouterPrefix = routerPrefix !== '' ? `${mount.prefix}${outerPrefix}${route.path}`.replace(/\/+/g, '/') || '/' : undefined;
        // A NestJS global prefix was not read before either: the path without it stays such a name.
        const bare = globalPrefix !== '' ? [route.path] : fastify && mount.prefix !== '' ? [route.path, ...mount.bare.map((p) => `${p}${route.path}`.replace(/\/+/g, '/'))] : (mount.keepsBare || localMount?.keepsBare) && fullPath !== route.path ? [route.path] : withoutRouterPrefix !== undefined && withoutRouterPrefix !== fullPath ? [withoutRouterPrefix] : [];
        for (const b of bare) routeAliases.push(`${route.method} ${b}`, b);
        routes.push(buildRoute(fastify && route.framework !== 'fastify' ? { ...route, framework: 'fastify' } : route, f.path, fullPath, chain, bare));
      }
    }
  }

  /**
   * Middleware that limits the rate of requests, by the name it is called or referred to
   * (rateLimit(…), loginLimiter, ratelimit(…), slowDown(…), ThrottlerGuard): never by what its
   * options say, so `express.json({ limit: '2mb' })`, a body-size limit, limits no rate.
   */
  function limitsRate(v: ArgumentValue): boolean {
    if (v.kind === 'array') return v.value.some(limitsRate);
    // Fastify route options `config: { rateLimit: { max, timeWindow } }` (`rateLimit: false` turns it off).
    if (v.kind === 'object' && fastifyRateLimit && v.value.rateLimit !== undefined) return !(v.value.rateLimit.kind === 'boolean' && !v.value.rateLimit.value);
    if ((v.kind === 'ref' || v.kind === 'call') && v.limiter === true) return true;
    return (v.kind === 'ref' || v.kind === 'call') && RATE_LIMITER.test(v.value);
  }

  /**
   * Whether a @SkipThrottle decorator skips the throttler: with no argument it skips the default
   * one; with an object, where every throttler it names is set to true (`{ default: true }`,
   * `{ short: true, long: true }`); `{ default: false }` skips nothing (it re-enables a class's skip).
   */
  function skipsThrottle(d: DecoratorFact): boolean {
    const arg = d.args[0];
    if (!arg) return true;
    if (arg.kind !== 'object') return false;
    // With the throttlers the module configures known, the route skips throttling where every one
    // of them is skipped (`{ short: true }` leaves `long` limiting it; `{ default: true }` skips
    // nothing when every throttler is named); unknown, every throttler the object names.
    if (throttlerNames.size > 0) return [...throttlerNames].every((n) => arg.value[n]?.kind === 'boolean' && arg.value[n]?.value === true);
    const values = Object.values(arg.value);
    return values.length > 0 && values.every((v) => v.kind === 'boolean' && v.value === true);
  }

  function describe(v: ArgumentValue): string {
    if (v.kind === 'call') return `${v.value}(${v.args.map(describe).join(', ')})`;
    if (v.kind === 'string') return `'${v.value}'`;
    if (v.kind === 'array') return `[${v.value.map(describe).join(', ')}]`;
    if (v.kind === 'object') return `{${Object.keys(v.value).join(', ')}}`;
    return String(v.value);
  }

  /**
   * Every function of the code base by that name (at most three, as calls are followed) is a key
   * gate, or returns one (a factory called in the chain); or the name is a middleware class whose
   * entry method is one (`@Controller('/open', { middleware: [PartnerKeyMiddleware] })`).
   */
  function isKeyGate(ref: string): boolean {
    const name = ref.split('.').pop() ?? ref;
    if (gateClasses.get(name) === true) return true;
    const fns = byName.get(name) ?? [];
    return fns.length > 0 && fns.length <= 3 && fns.every((f) => f.keyGate === true);
  }
  function buildRoute(route: RouteFact, file: string, path: string, chain: ArgumentValue[], bare: string[]): CodeRoute {
    const roleNamesFound: string[] = [];
    let guarded = false;
    let isPublic = false;
    let rateLimited = false;
    let authorized = false;
    const middleware: string[] = [];
    for (const m of chain) {
      const text = describe(m);
      middleware.push(text);
      const limiter = limitsRate(m);
      if (GUARD.test(text) && !RATE_LIMITER.test(text) && !(limiter && m.kind !== 'array')) guarded = true;
      // A middleware of the code base refusing a request whose key a lookup does not find authenticates, whatever its name.
      if ((m.kind === 'ref' || m.kind === 'call') && isKeyGate(m.value)) guarded = true;
      if ((m.kind === 'ref' || m.kind === 'call') && AUTHORIZATION.test(m.value)) authorized = true;
      if (limiter) rateLimited = true;
      if (m.kind === 'call' && ROLE_MIDDLEWARE.test(m.value)) roleNamesFound.push(...m.args.flatMap(resolve));
    }
    if (route.framework === 'nestjs') {
      let throttled = false;
      // `@Public()` is metadata a guard reads to let the request through: the global guards, and a
      // class's guard where the marker sits on a method below it (the marker is there to exempt
      // that method from it). A guard named at the marker's level or below it (`@Public()` and
      // `@UseGuards(ApiKeyGuard)` on one method, or both on the class) is meant to run regardless.
      let ownGuard = false;
      const method = route.methodDecorators ?? [];
      const cls = route.classDecorators ?? [];
      const kindOf = (d: DecoratorFact) => decoratorKinds.get(d.name) ?? (d.name === 'Roles' ? 'roles' : PUBLIC_DECORATOR.test(d.name) ? 'public' : d.name === 'UseRoles' ? 'permissions' : 'other');
      const publicOnMethod = method.some((d) => kindOf(d) === 'public');
      // Reflector.getAllAndOverride: the method's roles win over the class's.
      const rolesOn = (list: DecoratorFact[]) => list.filter((d) => kindOf(d) === 'roles').flatMap((d) => d.args.flatMap(resolve));
      const methodRoles = rolesOn(method);
      roleNamesFound.push(...(methodRoles.length > 0 ? methodRoles : rolesOn(cls)));
      for (const d of [...cls, ...method]) {
        const text = `${d.name}(${d.args.map(describe).join(', ')})`;
        middleware.push(`@${text}`);
        if (d.name === 'UseGuards' && d.args.some((a) => GUARD.test(describe(a)) && !RATE_LIMITER.test(describe(a)))) {
          guarded = true;
          if (method.includes(d) || !publicOnMethod) ownGuard = true;
        }
        if (d.name === 'UseGuards' && d.args.some((a) => (a.kind === 'ref' || a.kind === 'call') && AUTHORIZATION.test(a.value))) authorized = true;
        if (kindOf(d) === 'roles' || kindOf(d) === 'permissions' || d.name === 'UseRoles' || /^(CheckPolicies|CheckAbilities|RequirePermissions?|Permissions?)$/.test(d.name)) authorized = true;
        if (d.name === 'UseGuards' && /Throttler/.test(text)) throttled = true;
        if (d.name === 'Throttle') throttled = true;
        if (kindOf(d) === 'public') isPublic = true;
        if (kindOf(d) === 'roles') guarded = true;
        if (d.name === 'UseRoles' || kindOf(d) === 'permissions') {
          guarded = true;
          for (const arg of d.args) {
            if (arg.kind !== 'object') continue;
            const resource = resolve(arg.value.resource)[0];
            const action = resolve(arg.value.action)[0];
            const possession = resolve(arg.value.possession)[0] ?? 'any';
            if (resource && action) roleNamesFound.push(...accessDecisions(resource, action.toLowerCase(), possession));
          }
        }
      }
      if (globalGuards.length > 0) {
        middleware.unshift(...globalGuards.map((g) => `global ${g}`));
        if (globalGuards.some((g) => GUARD.test(g) && !RATE_LIMITER.test(g))) guarded = true;
        if (globalGuards.some((g) => /Throttler/.test(g))) throttled = true;
        // A global roles guard decides only where a route names roles (the decorators above).
      }
      // @SkipThrottle() opts the route out of every ThrottlerGuard (a global one included), and a
      // @Throttle override then limits nothing; the handler's own @SkipThrottle wins over its
      // class's (the guard reads it with getAllAndOverride), so `{ default: false }` re-enables it.
      const skipOf = (list: DecoratorFact[]) => {
        const d = list.filter((x) => x.name === 'SkipThrottle').pop();
        return d ? skipsThrottle(d) : undefined;
      };
      if (throttled && (skipOf(method) ?? skipOf(cls) ?? false)) throttled = false;
      if (throttled) rateLimited = true;
      if (isPublic && !ownGuard) guarded = false;
    }
    const keys = functionFor(route.handler);
    // A handler that refuses, before anything else, a request whose key does not match authenticates it itself.
    if (keys.some((k) => functions.get(k)?.keyGate === true)) {
      guarded = true;
      if (!middleware.includes(HANDLER_KEY_CHECK)) middleware.push(HANDLER_KEY_CHECK);
    }
    const reachedQueries = keys.flatMap(reach);
    const login = route.method.includes('POST') && (LOGIN_PATH.test(path) || keys.some((k) => checksPassword.get(k)));
    const answered = answering(keys);
    const read = reachedQueries.map(({ query, file: qf, check }) => ({ query, entries: queryEntries(query, qf, check, answered) }));
    linkJoinedTables(read, includedWith);
    const queries = read.flatMap((r) => r.entries);
    linkIncluded(queries, includedWith);
    // The route erases the caller's own records: it deletes or blanks rows selected by the
    // logged-in user alone (`AppUser.update({ phone: null }, { where: { id: req.user.id } })` on
    // POST /account/close). That is a deletion run when the event happens, not on a schedule: an
    // on-trigger job, which counts for a store whose retention starts at account closure.
    if (!/^(GET|HEAD|OPTIONS)$/.test(route.method)) {
      const erasing = reachedQueries.filter(({ query }) => (query.operation === 'delete' || (query.operation === 'update' && query.blanks === true)) && query.conditions.length > 0 && query.conditions.every((c) => !c.alternative && c.origin === 'user'));
      const storeIds = [...new Set(erasing.map(({ query }) => stores.match(query.model)?.id).filter((x): x is string => x !== undefined))].sort();
      if (storeIds.length > 0) triggerErasures.push({ route: `${route.method} ${path}`, stores: storeIds, action: erasing.every(({ query }) => query.operation === 'delete') ? 'delete' : 'anonymise', file, at: route.at });
    }
    const interfaceId = mapping.routes?.[`${route.method} ${path}`] ?? mapping.routes?.[path] ?? bare.map((b) => mapping.routes?.[`${route.method} ${b}`] ?? mapping.routes?.[b]).find((x) => x !== undefined);
    const baseId = idFrom(`${route.method}:${path}`);
    let id = baseId;
    let n = lastSuffix.get(baseId) ?? 1;
    while (routeIds.has(id)) id = `${baseId}@${++n}`;
    if (n > 1) lastSuffix.set(baseId, n);
    routeIds.add(id);
    const roles = [...new Set(roleNamesFound.map((r) => roleId(r, file, route.at)))].sort();
    if (roles.length > 0) authorized = true;
    const entity: CodeRoute = {
      id,
      codeBase: codeBaseId,
      framework: route.framework,
      method: route.method,
      path,
      ...(route.handler.name ? { handler: route.handler.name } : {}),
      ...(interfaceId ? { interface: interfaceId } : {}),
      ...(roles.length > 0 ? { roles } : {}),
      guarded,
      public: isPublic,
      login,
      rateLimited,
      authorized,
      ...(middleware.length > 0 ? { middleware } : {}),
      queries,
      ...(keys.length > 0 ? { loggedFields: loggedBy(keys) } : {}),
    };
    place(entity, file, route.at, 'route');
    routeSites.set(entity, { file, at: route.at });
    if (!interfaceId && queries.length > 0) note(file, route.at, 'route', `${route.method} ${path}`, 'route reaches a store but is not mapped to a manifest interface (add it to mapping.routes)', '路由可触及存储，但未映射到清单中的接口（请在 mapping.routes 中映射）');
    return entity;
  }

  // Grants the routes show: a route restricted to roles whose handler reads a store gives each of
  // those roles (mapped to a manifest role) a read of the store, on the route's interface when it
  // is mapped to one of that store, with the scope the query's own filter gives. Where the role
  // already holds a read of the store at least as wide (in the manifest or another source), the
  // route states that same grant (one cause, citing both); where it holds only narrower ones, the
  // route adds none.
  const interfaceStore = new Map(declared.interfaces.map((i) => [i.id, i.store]));
  const declaredRoles = new Map(declared.roles.map((r) => [r.id, r]));
  const heldGrants = (roleId: string): Grant[] => {
    const out: Grant[] = [];
    const seen = new Set<string>();
    const queue = [roleId];
    while (queue.length > 0 && seen.size < 64) {
      const id = queue.shift() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const role = declaredRoles.get(id);
      out.push(...(role?.grants ?? []), ...(codeGrants.get(id) ?? []));
      queue.push(...(role?.inherits ?? []));
    }
    return out;
  };
  // Grants this code base's permission definitions give (accesscontrol, CASL) are stated too.
  const codeGrants = new Map<string, Grant[]>();
  for (const a of grantAdditions) codeGrants.set(a.role, [...(codeGrants.get(a.role) ?? []), a.grant]);
  const storeOf = (g: Grant) => g.store ?? (g.interface !== undefined ? interfaceStore.get(g.interface) : undefined);
  for (const route of routes) {
    const site = routeSites.get(route);
    if (!site || !route.roles || route.roles.length === 0) continue;
    const given = new Set<string>();
    for (const q of route.queries) {
      if (!('store' in q) || (q.operation !== 'find-one' && q.operation !== 'find-many')) continue;
      const scope = queryScope.get(q) ?? 'any';
      const target: Pick<Grant, 'store' | 'interface'> = route.interface !== undefined && interfaceStore.get(route.interface) === q.store ? { interface: route.interface } : { store: q.store };
      for (const roleId of route.roles) {
        if (!declaredRoles.has(roleId) || newRoles.has(roleId)) continue;
        const reads = heldGrants(roleId).filter((g) => storeOf(g) === q.store && g.codeRoute === undefined && g.actions.some((a) => a === 'read' || a === 'manage'));
        const stated = reads.find((g) => scopeOrder(g.scope) >= scopeOrder(scope));
        // A narrower read stated elsewhere (a Casbin policy, the manifest) may be enforced where the
        // scan cannot see: the code's wider reading is left to the code query rules, which judge
        // the query itself against it (PIPL-CODE-001, -011), not added as a second grant.
        if (!stated && reads.length > 0) continue;
        const key = `${roleId}\0${stated ? `stated:${heldGrants(roleId).indexOf(stated)}` : `${target.interface ?? ''}\0${target.store ?? ''}\0${scope}`}`;
        if (given.has(key)) continue;
        given.add(key);
        const grant: Grant = stated ? { ...stated, codeRoute: route.id } : { ...target, actions: ['read'], scope, codeRoute: route.id };
        place(grant, site.file, site.at, 'route-grant');
        grantAdditions.push({ role: roleId, grant, place: places.get(grant) as SourceRef });
      }
    }
  }

  // Credential-handling sites. A literal key is identified by its value across the code base: every
  // site given the same key (signing and verifying, or two files sharing one constant) carries the
  // keyId of the first, named by its constant and where its literal is written.
  const sites: CodeCredentialSite[] = [];
  const keyIds = new Map<string, string>();
  // The system's own names (id, name, operator): a password built on them is guessed first.
  const ownWords = systemWords(declared.system);
  for (const f of files) {
    for (const fact of f.credentials) {
      // A key given by an imported constant: its value is defined in another file of the code
      // base (a literal, or `process.env.X || 'literal'`), found through the file's imports; a
      // name no import leads to is looked up among every file's literal constants.
      let c: typeof fact = fact;
      let imported: string | undefined;
      let keyFile = f.path;
      // Egg: a key read from `app.config.<path>` is the value config/config.default writes there.
      const eggPath = fact.kind === 'key' && fact.keyRef?.startsWith(EGG_CONFIG_REF) ? fact.keyRef.slice(EGG_CONFIG_REF.length) : undefined;
      const eggHeld = eggPath !== undefined ? eggConfigValue(files, eggPath) : undefined;
      if (eggPath !== undefined && eggHeld) {
        const { value } = eggHeld;
        c = { ...fact, keySource: value.source, name: `config.${eggPath}`, keyConstant: `config.${eggPath}`, ...(value.literal !== undefined ? { literal: value.literal } : {}), ...(value.encoding ? { encoding: value.encoding } : {}), ...(value.at ? { keyAt: value.at } : {}) };
        if (value.at) keyFile = eggHeld.file;
      }
      if (fact.kind === 'key' && fact.keySource === 'unknown' && fact.keyRef !== undefined) {
        const def = definitionOf(f, fact.keyRef, (x, n) => ownEntry(x.constants, n) !== undefined || ownEntry(x.keyConstants, n) !== undefined);
        const held = (def ? ownEntry(def.facts.keyConstants, def.name) : undefined);
        if (def && held) {
          c = { ...fact, keySource: held.source, name: fact.keyRef, ...(held.literal !== undefined ? { literal: held.literal } : {}), ...(held.encoding ? { encoding: held.encoding } : {}), ...(held.at ? { keyAt: held.at } : {}) };
          if (held.literal !== undefined) imported = held.literal;
          if (held.at) keyFile = def.facts.path;
        } else {
          imported = def ? ownEntry(def.facts.constants, def.name) : (constants[fact.keyRef] ?? constants[fact.keyRef.split('.').pop() ?? '']);
          if (imported !== undefined) c = { ...fact, keySource: 'literal' as const, literal: imported, name: fact.keyRef ?? fact.name };
        }
      }
      // A cipher's algorithm given by an imported constant ('aes-256-gcm', or
      // `process.env.CIPHER || 'aes-256-cbc'`): its mode, through the file's imports only.
      if (fact.kind === 'key' && fact.cipherMode === undefined && fact.cipherAlgorithmRef !== undefined) {
        const def = definitionOf(f, fact.cipherAlgorithmRef, (x, n) => ownEntry(x.constants, n) !== undefined || ownEntry(x.keyConstants, n) !== undefined);
        const held = def ? ownEntry(def.facts.keyConstants, def.name) : undefined;
        const literal = def ? (ownEntry(def.facts.constants, def.name) ?? (held?.source === 'literal' || held?.source === 'fallback-literal' ? held.literal : undefined)) : undefined;
        const mode = literal === undefined ? undefined : modeOfAlgorithm(literal);
        if (mode) c = { ...c, cipherMode: mode };
      }
      // A JWT lifetime given by an imported constant ('30d', 3600).
      if (fact.kind === 'jwt' && fact.expiresRef !== undefined) {
        const def = definitionOf(f, fact.expiresRef, (x, n) => ownEntry(x.constants, n) !== undefined);
        const seconds = def ? constantDuration(ownEntry(def.facts.constants, def.name) ?? '') : undefined;
        if (seconds !== undefined) c = { ...c, expiresInSeconds: seconds };
      }
      const site: CodeCredentialSite = {
        id: idFrom(`${codeBaseId}:${withinRoot(f.path)}:${c.at.line}:${c.at.column}`),
        codeBase: codeBaseId,
        kind: c.kind,
        ...(c.algorithm ? { algorithm: c.algorithm as CodeCredentialSite['algorithm'] } : {}),
        ...(c.salted !== undefined ? { salted: c.salted } : {}),
        ...(c.cost !== undefined ? { cost: c.cost } : {}),
        ...(c.iterations !== undefined ? { iterations: c.iterations } : {}),
        ...(c.name !== undefined ? { name: c.name } : {}),
        ...(c.expiresInSeconds !== undefined ? { expiresInSeconds: c.expiresInSeconds } : {}),
        // The roles the token is signed for, as route roles name them (a role mapped in
        // mapping.roles, else the code's own name as its id), so that the routes it opens are found.
        ...(c.signedRoles !== undefined ? { signedRoles: [...new Set(c.signedRoles.map((r) => roleNames.match(r)?.id ?? idFrom(r)))].sort() } : {}),
        ...(c.httpOnly !== undefined ? { httpOnly: c.httpOnly } : {}),
        ...(c.secure !== undefined ? { secure: c.secure } : {}),
      };
      if (c.kind === 'key') {
        if (c.keyUse) site.keyUse = c.keyUse;
        if (c.keySource) site.keySource = c.keySource;
        if (c.cipherMode) site.cipherMode = c.cipherMode;
        if (c.keySource === 'literal' || c.keySource === 'fallback-literal') site.hardCoded = true;
        else if (c.keySource === 'environment' || c.keySource === 'file' || c.keySource === 'random') site.hardCoded = false;
        if (c.literal !== undefined) {
          site.keyPreview = maskKey(c.literal);
          site.keyBytes = keyBytes(c.literal, c.encoding);
          let keyId = keyIds.get(c.literal);
          if (keyId === undefined) {
            const written = c.keyAt ?? c.at;
            const constant = imported !== undefined ? fact.keyRef : c.keyConstant;
            keyId = `${constant ?? 'literal'}@${withinRoot(keyFile)}:${written.line}:${written.column}`;
            keyIds.set(c.literal, keyId);
          }
          site.keyId = keyId;
        }
      }
      if (c.literal !== undefined) {
        // zxcvbn's cost grows with length: a key is rated on its first 64 characters.
        const rating = ratePassword(c.kind === 'key' ? c.literal.slice(0, 64) : c.literal, ownWords);
        site.strengthScore = rating.score;
        site.guessesLog10 = rating.guessesLog10;
      }
      place(site, f.path, c.at, 'credential');
      sites.push(site);
    }
  }

  // Scheduled jobs that delete or anonymise a store.
  const deletionJobs: DeletionJob[] = [];
  for (const f of files) {
    for (const s of f.schedules) {
      let refs: Array<{ key?: string; name?: string }> = [s.job];
      if (s.job.agendaJob) refs = files.flatMap((x) => x.agendaJobs.filter((j) => j.name === s.job.agendaJob).map((j) => j.job));
      if (s.job.queue) {
        const queueName = files.map((x) => ownEntry(x.queues, s.job.queue ?? '')).find((q) => q !== undefined) ?? s.job.queue;
        refs = files.flatMap((x) => x.bullWorkers.filter((w) => w.queue === queueName).map((w) => w.job));
      }
      const queries = refs.flatMap(functionFor).flatMap(reach);
      const deleting = queries.filter(({ query }) => query.operation === 'delete' || (query.operation === 'update' && query.blanks === true));
      const storeIds = [...new Set(deleting.map(({ query, file }) => stores.match(query.model)?.id ?? (note(file, query.at, 'model', query.model, `${query.model} is deleted on a schedule but not mapped to a manifest store`, `${query.model} 有定时删除，但未映射到清单中的存储`), undefined)).filter((x) => x !== undefined))].sort();
      if (storeIds.length === 0) continue;
      const job: DeletionJob = {
        id: idFrom(`${codeBaseId}:${withinRoot(f.path)}:${s.at.line}`),
        stores: storeIds,
        schedule: s.schedule || 'unknown',
        action: deleting.every(({ query }) => query.operation === 'delete') ? 'delete' : 'anonymise',
        // A job the code states does not run (Egg.js `disable: true`) deletes nothing.
        enabled: s.disabled !== true,
        codeBase: codeBaseId,
      };
      place(job, f.path, s.at, 'job');
      deletionJobs.push(job);
    }
  }

  // Cache entries written with an expiry: the cache deletes each when it expires, a deletion
  // mechanism for the cache store the key is mapped to (its period the longest expiry written).
  // A key the mapping and the loose id match leave unmatched is the cache store whose id starts
  // with the key's name, where exactly one cache store does (`sms:login:…` → `sms-codes`).
  const expiries = new Map<string, { seconds: number | undefined; file: string; at: CodePosition }>();
  const cacheStoreIds = declared.stores.filter((s) => s.kind === 'cache').map((s) => s.id);
  const expiryNoted = new Set<string>();
  for (const f of files) {
    for (const e of f.cacheExpiries ?? []) {
      const matched = stores.match(e.key)?.id ?? cacheStoreByKeyPrefix(e.key, cacheStoreIds);
      if (matched === undefined) {
        if (!expiryNoted.has(e.key)) {
          expiryNoted.add(e.key);
          note(f.path, e.at, 'cache-key', e.key, `${e.key} is written to a cache with an expiry but not mapped to a manifest cache store (map it under mapping.stores)`, `${e.key} 写入缓存时设置了过期时间，但未映射到清单中的缓存存储（请在 mapping.stores 中映射）`);
        }
        continue;
      }
      if (!cacheStoreIds.includes(matched)) continue;
      const seen = expiries.get(matched);
      if (seen === undefined) expiries.set(matched, { seconds: e.seconds, file: f.path, at: e.at });
      else if (seen.seconds !== undefined && (e.seconds === undefined || e.seconds > seen.seconds)) expiries.set(matched, { seconds: e.seconds, file: f.path, at: e.at });
    }
  }
  for (const [storeId, e] of [...expiries].sort(([a], [b]) => a.localeCompare(b))) {
    const job: DeletionJob = { id: idFrom(`${codeBaseId}:expiry:${storeId}`), stores: [storeId], schedule: e.seconds !== undefined ? `PT${e.seconds}S` : 'unknown', action: 'delete', enabled: true, codeBase: codeBaseId, runsIn: 'code' };
    place(job, e.file, e.at, 'job');
    deletionJobs.push(job);
  }

  for (const e of triggerErasures) {
    const job: DeletionJob = { id: idFrom(`${codeBaseId}:${e.route}`), stores: e.stores, schedule: e.route, action: e.action, enabled: true, codeBase: codeBaseId, onTrigger: true };
    place(job, e.file, e.at, 'job');
    deletionJobs.push(job);
  }

  const codeBase = { id: codeBaseId, root: input.root, files: files.length, ...(input.skipped > 0 ? { skipped: input.skipped } : {}) };
  const firstFile = files[0]?.path;
  if (firstFile) place(codeBase, firstFile, { line: 1, column: 1 }, 'base');
  const manifest: Manifest = {
    apiVersion: 'pipl-audit/v1',
    codeBases: [codeBase],
    codeRoutes: routes,
    codeCredentialSites: sites,
    deletionJobs,
    roles: [...newRoles.values()],
  };
  return { manifest, places, grants: grantAdditions, locators: [...tables.values()], coverage, routeAliases };
}

/** A scope's rank, narrowest first (the views' order). */
function scopeOrder(scope: Grant['scope']): number {
  return scopeRank(scope) ?? SCOPE_ORDER.length;
}

/** How many Fastify plugins up a route's prefixes and hooks are followed (a plugin registering a plugin …). */
const MAX_PLUGIN_DEPTH = 8;

/** How many re-exports (`export { default as admin } from './admin'`) a mount is followed through. */
const MAX_REEXPORTS = 4;

/** The file a relative module specifier names within the code base, as linking resolves imports. */
function moduleFile(byBase: Map<string, string>, from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), spec)).replace(/\.(m|c)?js$/, '');
  return byBase.get(base) ?? byBase.get(`${base}/index`);
}

/**
 * Decides each `app.use('/p', …, x)` by what x is: a mount when x is a router the module creates
 * (`const admin = Router()`), or is imported from a module of the code base that exports a router
 * by that name (followed through re-exports), or is a call of a router factory one exports. A
 * module whose exports are not recognised as routers but that declares routes is still mounted
 * (a router built by a helper of its own); one that exports recognised routers, none by the name
 * imported, is not (its other export is middleware). Anything else — a package's middleware, a
 * local middleware function, an API-key check — is middleware, whatever it is called; a relative
 * import the scan did not read keeps the name rule the scan used before (`/router|routes|api/i`).
 */
export function resolveMounts(files: FileFacts[]): FileFacts[] {
  if (!files.some((f) => f.uses.some((u) => u.mountCandidate !== undefined))) return files;
  const byBase = new Map<string, string>();
  for (const f of files) byBase.set(f.path.replace(/\.(tsx?|m?js|cjs|jsx)$/, ''), f.path);
  const byPath = new Map(files.map((f) => [f.path, f]));
  type Kind = { kind: 'mount'; file: string; router?: string } | { kind: 'local' } | { kind: 'middleware' } | undefined;
  /** mount (with the module defining the router) / local (a router of this module) / middleware / undefined (not resolvable). */
  const kindOf = (file: string, name: string, depth: number, viaImport: boolean): Kind => {
    const facts = byPath.get(file);
    if (!facts) return undefined;
    const imp = facts.imports.find((i) => i.local === name);
    if (!imp) return !viaImport && facts.routers?.local.includes(name) ? { kind: 'local' } : { kind: 'middleware' };
    if (!imp.from.startsWith('.')) return { kind: 'middleware' };
    const target = moduleFile(byBase, file, imp.from);
    const t = target !== undefined ? byPath.get(target) : undefined;
    if (!t || target === undefined) return undefined;
    // A CommonJS require of the whole module takes what `module.exports = router` binds.
    const exportName = imp.commonJs ? 'default' : imp.imported;
    if (t.routers?.exported.includes(exportName)) {
      // Of a module creating several routers, the one this export is.
      const router = t.routers.exportedAs?.find((b) => b.exported === exportName)?.local;
      return { kind: 'mount', file: target, ...(router !== undefined ? { router } : {}) };
    }
    // Passed on from another module (`export { default as adminRouter } from './admin'`).
    if (depth < MAX_REEXPORTS && t.imports.some((i) => i.local === imp.imported)) {
      const next = kindOf(target, imp.imported, depth + 1, true);
      if (next !== undefined) return next.kind === 'mount' ? next : { kind: 'middleware' };
    }
    if ((t.routers?.exported.length ?? 0) > 0) return { kind: 'middleware' };
    return t.routes.length > 0 || t.uses.some((u) => u.mounts !== undefined || u.mountCandidate !== undefined) ? { kind: 'mount', file: target } : { kind: 'middleware' };
  };
  return files.map((f) => {
    if (!f.uses.some((u) => u.mountCandidate !== undefined)) return f;
    const uses = f.uses.map((u): UseFact => {
      if (u.mountCandidate === undefined) return u;
      const { mountCandidate, ...rest } = u;
      const found = kindOf(f.path, mountCandidate, 0, false);
      const mount = found?.kind === 'mount' || found?.kind === 'local' || (found === undefined && /router|routes|api/i.test(mountCandidate));
      if (!mount) return rest;
      return {
        ...rest,
        middleware: rest.middleware.slice(0, -1),
        mounts: mountCandidate,
        ...(found?.kind === 'local' ? { localMount: true as const } : {}),
        ...(found?.kind === 'mount' ? { mountsFile: found.file, ...(found.router !== undefined ? { mountsRouter: found.router } : {}) } : {}),
        // Mounted now but not by the name rule the scan used before: the route's in-file path stays a name a project file may map it by.
        ...(found !== undefined && !/router|routes|api/i.test(mountCandidate) ? { keepsBare: true as const } : {}),
      };
    });
    return { ...f, uses };
  });
}
/**
 * Marks the middleware that is a rate limiter by what its name is bound to, not by the name:
 * `loginLimit` where this module, or the module of the code base it is imported from (one
 * step), binds it to a call of a rate-limiting package (`export const loginLimit =
 * ratelimit({…})`, see callsLimiter), and a call of such a package's export made in place
 * (`router.post('/login', limit({…}), h)` with `import limit from 'koa-ratelimit'`), and an Egg.js
 * middleware (`middleware.smsLimit()`) whose file `app/middleware/sms_limit.ts` exports one (a
 * factory returning a function that consumes a rate-limiter-flexible limiter). A name resolved to
 * nothing keeps the name rule (RATE_LIMITER).
 */
export function resolveLimiters(files: FileFacts[]): FileFacts[] {
  const anyLimiter = files.some((f) => f.limiters !== undefined || f.imports.some((i) => LIMITER_MODULES.test(i.from)));
  if (!anyLimiter) return files;
  const byBase = new Map<string, string>();
  for (const f of files) byBase.set(f.path.replace(/\.(tsx?|m?js|cjs|jsx)$/, ''), f.path);
  const byPath = new Map(files.map((f) => [f.path, f]));
  // Egg.js middleware files whose export is a limiter (a factory returning a function that
  // consumes one): a route's `middleware.smsLimit()` names it by the file's Egg name.
  const eggLimiters = new Set<string>();
  for (const f of files) {
    const egg = f.limiters?.includes('default') ? eggMiddlewareName(f.path) : undefined;
    if (egg !== undefined) eggLimiters.add(egg);
  }
  return files.map((f) => {
    const names = new Set<string>();
    for (const n of f.limiters ?? []) if (!f.imports.some((i) => i.local === n)) names.add(n);
    const packages = new Set<string>();
    for (const i of f.imports) {
      if (LIMITER_MODULES.test(i.from)) packages.add(i.local);
      const target = moduleFile(byBase, f.path, i.from);
      const made = target !== undefined ? byPath.get(target)?.limiters : undefined;
      if (made?.includes(i.imported)) names.add(i.local);
      // The whole module (`import * as limits`, CommonJS `const limits = require('./limits')`):
      // `limits.loginLimit` is its limiter; a required module that is one (`module.exports = rateLimit(…)`), itself.
      if (made !== undefined && i.imported === '*') {
        if (i.commonJs && made.includes('default')) names.add(i.local);
        for (const n of made) names.add(`${i.local}.${n}`);
      }
    }
    if (names.size === 0 && packages.size === 0 && eggLimiters.size === 0) return f;
    const mark = (v: ArgumentValue): ArgumentValue => {
      if (v.kind === 'array') return { ...v, value: v.value.map(mark) };
      if (v.kind !== 'ref' && v.kind !== 'call') return v;
      const root = v.value.split('.')[0] ?? '';
      if (v.kind === 'ref' ? names.has(v.value) || names.has(root) : packages.has(root)) return { ...v, limiter: true };
      const egg = eggMiddlewareRef(v.value);
      if (egg !== undefined && eggLimiters.has(egg)) return { ...v, limiter: true };
      return v;
    };
    return {
      ...f,
      routes: f.routes.map((r) => ({ ...r, middleware: r.middleware.map(mark) })),
      uses: f.uses.map((u) => ({ ...u, middleware: u.middleware.map(mark) })),
    };
  });
}

/**
 * A SQL statement's joined table answered in the rows of its leading table (`SELECT u.name,
 * o.address FROM users u JOIN orders o …`): the joined table's read travels in the leading one's,
 * as a Prisma include does, so what the rows answer with beyond an interface is judged once, on
 * the leading read (the code-query view, PIPL-CODE-012).
 */
function linkJoinedTables(read: Array<{ query: QueryFact; entries: CodeQueryEntry[] }>, includedWith: WeakMap<CodeQueryEntry, CodeQueryEntry>): void {
  for (const { query, entries } of read) {
    const joined = entries[0];
    if (query.joinedTo === undefined || joined === undefined || !('store' in joined)) continue;
    const leading = read.find(
      (r) => r.query.library === 'sql' && r.query.joinedTo === undefined && r.query.model === query.joinedTo && r.query.answeredBy === query.answeredBy && r.query.at.line === query.at.line && r.query.at.column === query.at.column,
    )?.entries[0];
    if (leading !== undefined && 'store' in leading && leading.store !== joined.store) includedWith.set(joined, leading);
  }
}

/** How many steps the walk over plugin registrations takes in one code base, at most. */
const MAX_MOUNT_CALLS = 20_000;
const ROOT_MOUNT: { prefix: string; middleware: ArgumentValue[]; bare: string[] } = { prefix: '', middleware: [], bare: [] };
/** The most mounts one file or plugin is given (one per chain of registrations leading to it). */
const MAX_MOUNTS = 16;

/** How many files an imported name is followed through (import, re-export, …) to its definition. */
const MAX_IMPORT_HOPS = 4;

/** Tried in this order when no driver names the dialect (docs/code-scanning.md). */
const FALLBACK_DIALECTS: SqlDialect[] = ['MySQL', 'PostgreSQL'];

/** The queries one SQL statement makes: one per table it reads or writes, or one unreadable. */
function sqlQueries(statement: SqlTextFact, dialects: SqlDialect[]): QueryFact[] {
  // With no driver known, each dialect of FALLBACK_DIALECTS is tried in turn; the first one's reason is kept.
  let reading = readSqlStatement(statement.text, dialects[0] ?? 'MySQL', statement.bindings);
  for (const d of dialects.slice(1)) {
    if (reading.ok) break;
    const next = readSqlStatement(statement.text, d, statement.bindings);
    if (next.ok) reading = next;
  }
  if (!reading.ok) {
    const computed = statement.source === 'template' ? '; a ${…} in the template may stand for a table or column name' : '';
    return [{ library: 'sql', model: '', operation: 'find-many', conditions: [], where: false, limited: false, unreadable: `${reading.reason}${computed}`, at: statement.at }];
  }
  const leading = reading.accesses.find((a) => a.leading)?.table;
  return reading.accesses.map((a) => ({
    library: 'sql',
    model: a.table,
    operation: a.operation,
    conditions: a.conditions.map((c) => ({
      field: c.field,
      origin: c.origin,
      ...(c.alternative ? { alternative: true as const } : {}),
      ...(c.partial ? { partial: true as const } : {}),
      // A condition on a column qualified with another table (`u.org_id` for orders joined to users) is that table's.
      ...(c.table !== undefined && c.table !== a.table ? { otherTable: true as const } : {}),
    })),
    where: a.where,
    limited: a.limited || a.operation === 'find-one' || a.operation === 'count',
    ...(a.blanks ? { blanks: true } : {}),
    ...(a.conditions.some((c) => c.olderThan) ? { olderThan: true } : {}),
    ...(a.operation === 'find-one' || a.operation === 'find-many' ? { columns: a.columns, ...(a.unqualifiedColumns ? { unqualifiedColumns: a.unqualifiedColumns } : {}) } : {}),
    ...(a.groupRows && (a.operation === 'find-one' || a.operation === 'find-many') ? { groupRows: a.groupRows } : {}),
    // Rows answered unchanged carry the columns of each table of the SELECT's FROM and JOINs (a
    // sub-query's table only looks rows up); a joined table's travel in the leading table's rows.
    ...(statement.answeredBy !== undefined && a.answers ? { answeredBy: statement.answeredBy } : {}),
    ...(statement.answeredBy !== undefined && a.answers && leading !== undefined && a.table !== leading ? { joinedTo: leading } : {}),
    joins: a.joins,
    ...(statement.check ? { check: statement.check } : {}),
    at: statement.at,
  }));
}
