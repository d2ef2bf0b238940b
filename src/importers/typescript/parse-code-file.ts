// One source file to facts: parsed with the TypeScript parser alone (no program, no type checker,
// no module resolution), walked once; each extractor looks at the nodes it knows.
import { nameTable } from './name-table.js';
import { endFileScope } from './file-scoped-cache.js';
import { ts } from './typescript-parser.js';
import { calleeName, dottedName, positionOf, propertyName, requiredModule } from './ast-values.js';
import { emptyFileFacts, type FileFacts, type FunctionFact, type UseFact } from './code-facts.js';
import { caslRawRules, caslRule, grantsFromChain, grantsFromObject } from './extract-access-control.js';
import { credentialFromCall, passwordLiteral } from './extract-credentials.js';
import { passwordConstants, passwordSourceName } from './password-constants.js';
import { comparesPassword, rejectsUnknownKey, returnsKeyGate } from './credential-proof.js';
import { keysFromCall, keyValue } from './extract-keys.js';
import { authMiddlewareSecrets, isAuthMiddlewareSecretOption } from './auth-middleware-secrets.js';
import { enclosingFunction, isAnswered } from './find-response.js';
import { queryFromCall, queryFromKnexChain, queryFromQueryBuilder, repositoryDefinition } from './extract-queries.js';
import { findSqlTextAndCall } from './find-sql-text.js';
import { moduleSqlRuns, type ModuleSqlRun } from './module-sql.js';
import { readByName } from './name-gated-calls.js';
import { loggedValues } from './extract-logging.js';
import { dialectsNamedIn } from './sql-dialect.js';
import { callsLimiter, decoratorsOf, fastifyUseFromCall, handlerRef, nestRoutes, NAMES_LIMITER_MODULE, nestGlobalPrefixFromCall, routeFromCall, routerPrefixFromCall, routersOf, useFromCall, withExportBindings } from './extract-routes.js';
import { eggScheduleOf, scheduleFromCall, scheduleFromDecorator } from './extract-schedules.js';
import { cacheExpiryFromCall } from './extract-cache-expiry.js';
import { isMidwayController, midwayGlobalFromCall, midwayGlobalPrefix, midwayRoutes } from './midway-routes.js';
import { eggGlobalMiddleware, eggNamespaces, eggRoutesFromCall, eggServiceCall, isEggRouterFile } from './egg-routes.js';
import { markServiceParameters, serviceArgumentOrigins } from './egg-service-arguments.js';
import { eggConfigValues } from './egg-config.js';
import { eggMysqlQuery } from './egg-data-access.js';
import { nextMiddlewareOf, nextRoutes } from './next-routes.js';
import { honoAppsOf, honoMountFromCall, honoUsePrefix } from './hono-routes.js';
import { drizzleTablesOf, namesDrizzle, queryFromDrizzle } from './drizzle-queries.js';
import { appendAll } from '../../collections/append-all.js';
import { ASSERT, CallerChecks, THROWING_QUERY, type CheckedRegion } from './find-caller-checks.js';
import { failureMode, returnsCodeRecord, usesValues, verifiedBefore } from './verified-before.js';
import type { CallerCheckFact, QueryFact, SqlTextFact } from './code-facts.js';

const FIRST_NODE = ts.SyntaxKind.FirstNode;
const FIRST_TYPE_NODE = ts.SyntaxKind.FirstTypeNode;
const LAST_TYPE_NODE = ts.SyntaxKind.LastTypeNode;

function scriptKind(path: string): ts.ScriptKind {
  const p = path.toLowerCase();
  if (p.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (p.endsWith('.ts') || p.endsWith('.mts') || p.endsWith('.cts')) return ts.ScriptKind.TS;
  if (p.endsWith('.jsx')) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}

/**
 * The parser alone, without parent pointers: the one walk of scanCodeFile sets each node's parent
 * as it descends, instead of the parser walking the whole tree a second time to set them.
 */
export function parseSource(path: string, text: string): ts.SourceFile {
  // JSDoc comments are not parsed: no extractor reads them (the walk does not reach them, and
  // their errors are kept apart from the syntax errors reported), and by default the parser
  // parses every JSDoc of a JavaScript file.
  return ts.createSourceFile(path, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, scriptKind(path));
}

/** The last name dottedName gives `node` (`a.b.c` → c), without building it; undefined where it gives none. */
function lastName(node: ts.Node): string | undefined {
  let n = node;
  while (ts.isNonNullExpression(n) || ts.isParenthesizedExpression(n) || ts.isAsExpression(n)) n = n.expression;
  if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) return n.text;
  if (n.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(n)) return n.name.text;
  return undefined;
}

/** A module constant that may hold a key: `env.X || 'literal'`, `cond ? env.X : 'literal'`, `process.env.X`. */
const KEYISH_INITIALIZER = (init: ts.Expression): boolean =>
  (ts.isBinaryExpression(init) && (init.operatorToken.kind === ts.SyntaxKind.BarBarToken || init.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) ||
  ts.isConditionalExpression(init) ||
  (ts.isPropertyAccessExpression(init) && /^process\.env\./.test(dottedName(init) ?? ''));

const ROLE_DECORATOR_KEY = /role/i;
/** Decorators injecting a TypeORM repository of an entity: @nestjs/typeorm's, and @midwayjs/typeorm's `@InjectEntityModel(User)`. */
const INJECT_REPOSITORY = /^(InjectRepository|InjectEntityModel)$/;
const PUBLIC_KEY = /public|anonymous|skip_?auth|no_?auth/i;
const PERMISSION_KEY = /permission|polic|abilit|access/i;

function functionName(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): { name: string; className?: string } {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node)) && node.name) {
    const cls = ts.isMethodDeclaration(node) && ts.isClassLike(node.parent) && node.parent.name ? node.parent.name.text : undefined;
    return { name: node.name.getText(file), ...(cls ? { className: cls } : {}) };
  }
  const p = node.parent;
  if (p && ts.isVariableDeclaration(p)) return { name: p.name.getText(file) };
  if (p && ts.isPropertyAssignment(p)) return { name: propertyName(p.name) ?? '' };
  if (p && ts.isPropertyDeclaration(p)) return { name: propertyName(p.name) ?? '' };
  return { name: '' };
}

/** A CommonJS export: `module.exports.x = v` / `exports.x = v` → x; `module.exports = v` → default. */
function commonJsExport(e: ts.Expression): { name: string; value: ts.Expression } | undefined {
  if (!ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const target = dottedName(e.left);
  if (target === 'module.exports') return { name: 'default', value: e.right };
  const m = target !== undefined ? /^(?:module\.)?exports\.([\w$]+)$/.exec(target) : null;
  return m && m[1] ? { name: m[1], value: e.right } : undefined;
}

/** Whether a function body calls `x.consume(…)` on one of the limiters (rate-limiter-flexible), outside nested functions. */
function consumesLimiter(body: ts.Node, limiters: ReadonlySet<string>): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'consume' && ts.isIdentifier(n.expression.expression) && limiters.has(n.expression.expression.text)) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(body);
  return found;
}

/**
 * The facts of one file; a file the parser or the walk cannot get through without exhausting the
 * stack (50,000 nested parentheses, a generated expression thousands of levels deep) yields no
 * facts and says why, so one hostile file never stops the audit of the rest.
 */
export function parseCodeFile(path: string, text: string): FileFacts {
  try {
    return scanCodeFile(path, text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ...emptyFileFacts(path), unreadable: 'nested too deeply to parse (the parser ran out of stack)' };
  } finally {
    // The extractors' per-file caches hold the tree: emptied, so it dies young (file-scoped-cache.ts).
    endFileScope();
  }
}

/** Calls chained after a read that leave its rows as they are (Mongoose, knex). */
const CHAINED_MODIFIERS = new Set(['select', 'limit', 'skip', 'sort', 'lean', 'exec', 'populate', 'orderBy', 'offset']);

/**
 * Properties of a model class left out of a whole-row answer, or possibly changed in it: TypeORM
 * `@Column({ select: false })` (not read unless selected), class-transformer `@Exclude()` (left out
 * by the serializer) and `@Transform(…)` (the value may be masked on the way out).
 */
function hiddenProperties(cls: ts.ClassDeclaration): string[] {
  const out: string[] = [];
  for (const member of cls.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    const hides = (ts.getDecorators(member) ?? []).some((d) => {
      const e = d.expression;
      const callee = ts.isCallExpression(e) ? e.expression : e;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (name === 'Exclude' || name === 'Transform') return true;
      if (!/Column$/.test(name) || !ts.isCallExpression(e)) return false;
      return e.arguments.some((a) => ts.isObjectLiteralExpression(a) && a.properties.some((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'select' && p.initializer.kind === ts.SyntaxKind.FalseKeyword));
    });
    if (hides) out.push(member.name.text);
  }
  return out;
}

/** The throttler names a ThrottlerModule.forRoot argument configures; undefined when not literal. */
function throttlerNames(arg: ts.Expression): string[] | undefined {
  let list: ts.Expression = arg;
  if (ts.isObjectLiteralExpression(arg)) {
    const throttlers = arg.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'throttlers');
    if (!throttlers) return ['default'];
    list = throttlers.initializer;
  }
  if (!ts.isArrayLiteralExpression(list)) return undefined;
  const names: string[] = [];
  for (const el of list.elements) {
    if (!ts.isObjectLiteralExpression(el)) return undefined;
    const n = el.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'name');
    if (n && !ts.isStringLiteralLike(n.initializer)) return undefined;
    names.push(n ? (n.initializer as ts.StringLiteral).text : 'default');
  }
  return names;
}

function scanCodeFile(path: string, text: string): FileFacts {
  const file = parseSource(path, text);
  const facts = emptyFileFacts(path);
  for (const d of (file as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? []) {
    const { line, character } = file.getLineAndCharacterOfPosition(d.start);
    facts.syntaxErrors.push({ message: ts.flattenDiagnosticMessageText(d.messageText, ' '), at: { line: line + 1, column: character + 1 } });
  }
  const moduleFn: FunctionFact = { key: `${path}@module`, name: '', queries: [], sql: [], calls: [], checksPassword: false, decorators: [], at: { line: 1, column: 1 } };
  facts.functions.push(moduleFn);
  const stack: FunctionFact[] = [moduleFn];
  // A callback's queries and calls belong to every function around it (the handler that passes
  // `rows.map(r => …)` reaches what the callback reaches); module level only when outside any.
  // Kept until the stack changes: every call asks for it, and most calls are in the same function as the last.
  let around: FunctionFact[] | undefined;
  const enclosing = (): FunctionFact[] => (around ??= stack.length === 2 ? [stack[1] as FunctionFact] : stack.length > 1 ? stack.slice(1) : stack.slice());
  let caslOrder = 0;
  // Fastify plugins defined in place (`app.register(async (f) => { f.get(…) }, { prefix })`), the
  // innermost last: routes and hooks on their parameter belong to them. fastify-plugin's wrapper
  // is known by the module its local name is imported from.
  const plugins: Array<{ key: string; param?: string }> = [];
  const fastifyPluginNames = new Set<string>();
  // Routers the module creates, whatever their names: their routes and mounts are read as such.
  const { bindings: routerExports, ...moduleRouters } = routersOf(file);
  let routers = moduleRouters;
  // Hono instances are routers too (hono-routes.ts), their base paths the routers' prefixes.
  const hono = honoAppsOf(file);
  const honoApps: ReadonlySet<string> = new Set(hono?.local ?? []);
  const honoMounts = new Set<UseFact>();
  if (hono) {
    routers = { local: [...new Set([...routers.local, ...hono.local])].sort(), exported: [...new Set([...routers.exported, ...hono.exported])].sort() };
    if (hono.basePaths) facts.routerPrefixes = nameTable({ ...hono.basePaths });
  }
  routers = withExportBindings(routers, [...routerExports, ...(hono?.bindings ?? [])]);
  if (routers.local.length > 0) facts.routers = routers;
  const localRouters: ReadonlySet<string> = new Set(routers.local);
  for (const st of file.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteralLike(st.moduleSpecifier) || st.moduleSpecifier.text !== 'fastify-plugin') continue;
    if (st.importClause?.name) fastifyPluginNames.add(st.importClause.name.text);
    const nb = st.importClause?.namedBindings;
    if (nb && ts.isNamedImports(nb)) for (const e of nb.elements) fastifyPluginNames.add(e.name.text);
  }

  // Rate limiters bound to a module-level name, known by the package they come from.
  const readsLimiters = NAMES_LIMITER_MODULE.test(text);
  // Constants first (enum members, string constants), so extractors can resolve references.
  for (const statement of file.statements) {
    if (readsLimiters) {
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer && callsLimiter(d.initializer, file)) (facts.limiters ??= []).push(d.name.text);
      } else if (ts.isExportAssignment(statement) && callsLimiter(statement.expression, file)) (facts.limiters ??= []).push('default');
      else if (ts.isExpressionStatement(statement)) {
        // CommonJS: module.exports.loginLimit = rateLimit({…}); exports.x = …; module.exports = rateLimit({…});
        // module.exports = { loginLimit: rateLimit({…}), other } (a name already a limiter here keeps its export name).
        const exported = commonJsExport(statement.expression);
        if (exported && callsLimiter(exported.value, file)) (facts.limiters ??= []).push(exported.name);
        else if (exported && exported.name === 'default') {
          let v = exported.value;
          while (ts.isParenthesizedExpression(v)) v = v.expression;
          if (ts.isObjectLiteralExpression(v)) {
            for (const p of v.properties) {
              const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? propertyName(p.name) : undefined;
              if (key === undefined) continue;
              if (ts.isPropertyAssignment(p) && (callsLimiter(p.initializer, file) || (ts.isIdentifier(p.initializer) && facts.limiters?.includes(p.initializer.text)))) (facts.limiters ??= []).push(key);
            }
          }
        }
      }
    }
    // CommonJS requires, as imports: const x = require('./m') (the whole module: `x.name` is its
    // export `name`, as a namespace import's), const { a, b: c } = require('./m').
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const from = d.initializer ? requiredModule(d.initializer) : undefined;
        if (from === undefined) continue;
        if (ts.isIdentifier(d.name)) facts.imports.push({ local: d.name.text, imported: '*', from, commonJs: true });
        else if (ts.isObjectBindingPattern(d.name)) {
          for (const el of d.name.elements) {
            if (el.dotDotDotToken || !ts.isIdentifier(el.name)) continue;
            const imported = el.propertyName ? propertyName(el.propertyName) : el.name.text;
            if (imported !== undefined) facts.imports.push({ local: el.name.text, imported, from });
          }
        }
      }
    }
    if (ts.isEnumDeclaration(statement)) {
      let next = 0;
      for (const m of statement.members) {
        const member = propertyName(m.name);
        if (member === undefined) continue;
        const init = m.initializer;
        const value = init && ts.isStringLiteralLike(init) ? init.text : init && ts.isNumericLiteral(init) ? (next = Number(init.text), init.text) : String(next);
        next++;
        facts.constants[`${statement.name.text}.${member}`] = value;
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        let init: ts.Expression = d.initializer;
        while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
        if (ts.isStringLiteralLike(init) || ts.isNumericLiteral(init)) facts.constants[d.name.text] = init.text;
        else if (KEYISH_INITIALIZER(init)) {
          // export const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret': where the value
          // comes from, for a key that another file imports (resolved when the code base is linked).
          const value = keyValue(init, file, facts.constants);
          // A random value made once when the module loads is not fresh per call: left untraced.
          if (value.source !== 'unknown' && value.source !== 'random') (facts.keyConstants ??= nameTable())[d.name.text] = { source: value.source, ...(value.literal !== undefined ? { literal: value.literal } : {}), ...(value.encoding ? { encoding: value.encoding } : {}), ...(value.at ? { at: value.at } : {}) };
        }
        else if (ts.isObjectLiteralExpression(init)) {
          // const Role = { Admin: 'admin' } as const
          for (const p of init.properties) {
            if (ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer)) facts.constants[`${d.name.text}.${propertyName(p.name) ?? ''}`] = p.initializer.text;
          }
        }
      }
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const from = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (clause?.name) facts.imports.push({ local: clause.name.text, imported: 'default', from });
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) facts.imports.push({ local: el.name.text, imported: (el.propertyName ?? el.name).text, from });
      if (bindings && ts.isNamespaceImport(bindings)) facts.imports.push({ local: bindings.name.text, imported: '*', from });
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      // export { JWT_SECRET } from './config': a name this file passes on, followed like an import.
      const from = statement.moduleSpecifier.text;
      for (const el of statement.exportClause.elements) facts.imports.push({ local: el.name.text, imported: (el.propertyName ?? el.name).text, from });
    }
  }
  // rate-limiter-flexible makes a limiter, not middleware: a module-level function consuming one
  // (`async function loginGuard(ctx, next) { await limiter.consume(ctx.ip); … }`) is the limiter.
  if (facts.limiters !== undefined && text.includes('.consume(')) {
    const made = new Set(facts.limiters);
    for (const statement of file.statements) {
      const fns: Array<[string, ts.Node]> = [];
      if (ts.isFunctionDeclaration(statement) && statement.body) {
        if (statement.name) fns.push([statement.name.text, statement.body]);
        if ((ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) fns.push(['default', statement.body]);
      } else if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) fns.push([d.name.text, d.initializer.body]);
      } else {
        // The module's own export is such a function, or a factory returning one (an Egg.js
        // middleware file: `export default () => async function smsLimit(ctx, next) {…}`,
        // `module.exports = (options, app) => async (ctx, next) => {…}`).
        let value = ts.isExportAssignment(statement) ? statement.expression : ts.isExpressionStatement(statement) ? commonJsExport(statement.expression)?.value : undefined;
        const name = ts.isExportAssignment(statement) ? 'default' : ts.isExpressionStatement(statement) ? commonJsExport(statement.expression)?.name : undefined;
        while (value && ts.isParenthesizedExpression(value)) value = value.expression;
        if (value && name !== undefined && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) fns.push([name, value.body]);
      }
      for (const [name, body] of fns) if (consumesLimiter(body, made) && !facts.limiters.includes(name)) facts.limiters.push(name);
    }
  }
  // Grants objects bound to a name, for `new AccessControl(grants)` elsewhere in the file.
  const grantObjects = new Map<string, ts.Expression>();

  // Checks bound to the caller (find-caller-checks.ts): the regions of the file each gate
  // dominates, the query each call made, and per function the calls made behind a check.
  const callerChecks = new CallerChecks(file);
  const regions: CheckedRegion[] = [];
  // Names given to accounts as their password (`password: hash(RESET_PASSWORD, salt)`).
  const passwordSources = new Set<string>();
  const queryOfCall = new Map<ts.Node, QueryFact>();
  const checkedCallSites = new Map<FunctionFact, Map<string, { check: CallerCheckFact; sites: Set<ts.Node> }>>();
  const regionAround = (node: ts.Node, valuesOf?: ts.Node): CheckedRegion | undefined => {
    let found: CheckedRegion | undefined;
    let settled: CheckedRegion | undefined;
    for (const r of regions) {
      if (!(node.pos >= r.start && node.end <= r.end)) continue;
      // A code verified by a call covers what uses a request value it was given (the phone it was sent to).
      if (r.check.verifiedBy && !usesValues(valuesOf ?? node, r.check.verifiedBy.values)) continue;
      if (!found || r.start >= found.start) found = r;
      if (!r.check.verifiedBy && (!settled || r.start >= settled.start)) settled = r;
    }
    // A call judged only when linked may verify nothing: the check around it stands then.
    if (found?.check.verifiedBy && settled) return { ...found, check: { ...found.check, otherwise: settled.check } };
    return found;
  };
  const checkCall = (name: string, site: ts.Node, check: CallerCheckFact): void => {
    for (const fn of enclosing()) {
      let byName = checkedCallSites.get(fn);
      if (!byName) checkedCallSites.set(fn, (byName = new Map()));
      const entry = byName.get(name);
      if (entry) entry.sites.add(site);
      else byName.set(name, { check, sites: new Set([site]) });
    }
  };
  /** The innermost function's fact: a one-time code checked there, leaving as the failure branch does (verified-before.ts). */
  const markVerifies = (found: readonly CheckedRegion[], mode: 'throws' | 'returns-falsy' | undefined): void => {
    const innermost = stack.length > 1 ? (stack[stack.length - 1] as FunctionFact) : undefined;
    if (!innermost || !mode || !found.some((r) => r.check.kind === 'credential-gate' && !r.check.verifiedBy)) return;
    innermost.verifiesCode = innermost.verifiesCode === 'returns-falsy' || mode === 'returns-falsy' ? 'returns-falsy' : 'throws';
  };
  const statementChecks = (statement: ts.IfStatement): void => {
    appendAll(regions, verifiedBefore(statement, file));
    const found = callerChecks.ofStatement(statement);
    if (!found) return;
    markVerifies(found.regions, failureMode(statement.thenStatement));
    appendAll(regions, found.regions);
    for (const { call, check } of found.ownerChecked) {
      const q = queryOfCall.get(call);
      if (q) q.check ??= check;
      // A query through a handle resolved only when the code base is linked may be no query at
      // all (this.usersService.findOneBy(…)): the call is also recorded as checked, as any call is.
      if (!q || (q.handle !== undefined && q.model === '')) {
        const name = calleeName(call);
        if (name) checkCall(name, call, check);
      }
    }
  };
  /** A function's calls all of whose sites are checked: what they reach runs behind the check. */
  const closeFunction = (fn: FunctionFact): void => {
    const byName = checkedCallSites.get(fn);
    if (!byName) return;
    for (const [name, { check, sites }] of byName) {
      let n = 0;
      for (const c of fn.calls) if (c === name) n++;
      if (n === sites.size) (fn.checkedCalls ??= nameTable())[name] = check;
    }
  };

  const K = ts.SyntaxKind;
  const visit = (node: ts.Node): void => {
    let pushed = false;
    let pluginPushed = false;
    // One switch on the node kind: most nodes are none of these and cost one comparison.
    switch (node.kind) {
      case K.IfStatement:
        statementChecks(node as ts.IfStatement);
        break;
      case K.ReturnStatement:
        // A helper's `return expected === code`: it answers false on a mismatch (verified-before.ts).
        if (stack.length > 1 && (callerChecks.returnsCodeMatch(node as ts.Statement) || returnsCodeRecord(node as ts.Statement, file))) (stack[stack.length - 1] as FunctionFact).verifiesCode = 'returns-falsy';
        break;
      case K.FunctionDeclaration:
      case K.MethodDeclaration:
      case K.ArrowFunction:
      case K.FunctionExpression:
      case K.Constructor: {
        const fnNode = node as ts.FunctionLikeDeclaration;
        const { name, className } = ts.isConstructorDeclaration(fnNode) ? { name: 'constructor', className: (fnNode.parent as ts.ClassDeclaration).name?.text } : functionName(fnNode, file);
        const fn: FunctionFact = {
          key: `${path}@${node.pos}`,
          name,
          ...(className ? { className } : {}),
          queries: [],
          sql: [],
          calls: [],
          checksPassword: false,
          decorators: ts.isMethodDeclaration(node) ? decoratorsOf(node, file) : [],
          ...(rejectsUnknownKey(fnNode, file) || returnsKeyGate(fnNode, file) ? { keyGate: true as const } : {}),
          at: positionOf(node, file),
        };
        facts.functions.push(fn);
        functionsByKey.set(fn.key, fn);
        stack.push(fn);
        around = undefined;
        pushed = true;
        if ((node.kind === K.ArrowFunction || node.kind === K.FunctionExpression || node.kind === K.FunctionDeclaration) && isRegisteredInline(node)) {
          const first = fnNode.parameters[0]?.name;
          plugins.push({ key: String(node.pos), ...(first && ts.isIdentifier(first) ? { param: first.text } : {}) });
          pluginPushed = true;
        }
        if (ts.isMethodDeclaration(node)) {
          const schedule = scheduleFromDecorator(node, file, path);
          if (schedule) facts.schedules.push(schedule);
        }
        if (node.kind !== K.FunctionDeclaration && node.kind !== K.Constructor) {
          const schedule = eggScheduleOf(fnNode, file, path);
          if (schedule) facts.schedules.push(schedule);
        }
        if (ts.isFunctionDeclaration(node) && node.name && node.body) {
          // export function Roles(...roles) { return SetMetadata(ROLES_KEY, roles); }
          const ret = node.body.statements.find(ts.isReturnStatement)?.expression;
          if (ret) defineDecorator(node.name.text, ret);
          // function resumeRepo() { return AppDataSource.getRepository(Resume); }
          const model = ret ? repositoryDefinition(ret) : undefined;
          if (model) defineRepository(`${node.name.text}()`, model);
        }
        break;
      }
      case K.ClassDeclaration: {
        const cls = node as ts.ClassDeclaration;
        appendAll(facts.routes, isMidwayController(cls, file) ? midwayRoutes(cls, file, path) : nestRoutes(cls, file, path));
        const hidden = cls.name ? hiddenProperties(cls) : [];
        if (cls.name && hidden.length > 0) (facts.hiddenFields ??= nameTable<string[]>())[cls.name.text] = hidden;
        break;
      }
      case K.CallExpression:
      case K.NewExpression:
        visitCall(node as ts.CallExpression | ts.NewExpression);
        break;
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral:
      case K.TemplateExpression: {
        const { statements, call } = findSqlTextAndCall(node as ts.StringLiteral | ts.TemplateExpression, file);
        // A module-level constant is read where it is run: each call, in its function (below, once the walk is over).
        const runs = statements.length > 0 && stack.length === 1 ? moduleSqlRuns(node, file, statements) : undefined;
        if (runs) appendAll(moduleSqlPending, runs);
        else if (statements.length > 0) {
          // The call running the text, in the function the text is in: its rows may be what the function answers with.
          const innermost = stack.length > 1 ? (stack[stack.length - 1] as FunctionFact) : undefined;
          const runner = call ? enclosingFunction(call) : undefined;
          if (call && innermost && runner && runner === enclosingFunction(node) && innermost.key === `${path}@${runner.pos}`) sqlAnswerSites.push({ call, fn: innermost, statements });
          const region = regions.length > 0 ? regionAround(node, call) : undefined;
          if (region) for (const st of statements) st.check = region.check;
          for (const fn of enclosing()) appendAll(fn.sql, statements);
        }
        break;
      }
      case K.VariableDeclaration: {
        const decl = node as ts.VariableDeclaration;
        if (!decl.initializer) break;
        const name = decl.name.getText(file);
        const literal = passwordLiteral(name, decl.initializer, file, node);
        if (literal) facts.credentials.push(literal);
        if (ts.isObjectLiteralExpression(decl.initializer) || ts.isArrayLiteralExpression(decl.initializer)) grantObjects.set(name, decl.initializer);
        // const resumeRepo = () => AppDataSource.getRepository(Resume); const repo = ds.getRepository(Resume).
        if (ts.isIdentifier(decl.name)) {
          const init = decl.initializer;
          const returned = ts.isArrowFunction(init) || ts.isFunctionExpression(init) ? functionReturn(init) : undefined;
          const model = returned ? repositoryDefinition(returned) : repositoryDefinition(init);
          if (model) defineRepository(returned ? `${name}()` : name, model);
        }
        // const Roles = (...roles) => SetMetadata('roles', roles); const Roles = Reflector.createDecorator<string[]>();
        defineDecorator(name, decl.initializer);
        break;
      }
      case K.PropertyAssignment: {
        const prop = node as ts.PropertyAssignment;
        const name = propertyName(prop.name);
        // An authentication middleware's password option is a credential it checks callers
        // against, read as a key in code with the call (auth-middleware-secrets.ts), not again here.
        if (name !== undefined && !isAuthMiddlewareSecretOption(prop, file)) {
          const literal = passwordLiteral(name, prop.initializer, file, node);
          const source = literal ? undefined : passwordSourceName(name, prop.initializer);
          if (source !== undefined) passwordSources.add(source);
          if (literal) {
            // A default account: { username: 'admin', password: 'admin123' } names its account.
            const account = ts.isObjectLiteralExpression(prop.parent)
              ? prop.parent.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && /^(user(name)?|account|login|email|name)$/i.test(propertyName(p.name) ?? '') && ts.isStringLiteralLike(p.initializer))
              : undefined;
            if (account) literal.name = `${(account.initializer as ts.StringLiteral).text} (${name})`;
            facts.credentials.push(literal);
          }
        }
        break;
      }
      case K.BinaryExpression: {
        const bin = node as ts.BinaryExpression;
        if (bin.operatorToken.kind === K.EqualsToken && ts.isPropertyAccessExpression(bin.left)) {
          const literal = passwordLiteral(bin.left.name.text, bin.right, file, node);
          if (literal) facts.credentials.push(literal);
          const source = literal ? undefined : passwordSourceName(bin.left.name.text, bin.right);
          if (source !== undefined) passwordSources.add(source);
          // this.repo = dataSource.getRepository(Resume) (in a constructor).
          if (bin.left.expression.kind === K.ThisKeyword) {
            const model = repositoryDefinition(bin.right);
            if (model) defineRepository(`this.${bin.left.name.text}`, model);
          }
        }
        break;
      }
      case K.PropertyDeclaration:
      case K.Parameter: {
        // private repo = dataSource.getRepository(Resume); @InjectRepository(Resume) private repo: Repository<Resume>.
        const member = node;
        if (!(ts.isPropertyDeclaration(member) || ts.isParameter(member))) break;
        if (ts.isParameter(member) && !member.modifiers) break; // neither a parameter property nor decorated
        const field = ts.isIdentifier(member.name) ? member.name.text : undefined;
        if (field === undefined) break;
        const injected = ts.canHaveDecorators(member) ? ts.getDecorators(member)?.find((d) => ts.isCallExpression(d.expression) && INJECT_REPOSITORY.test(calleeName(d.expression) ?? '')) : undefined;
        const injectedArg = injected && ts.isCallExpression(injected.expression) ? injected.expression.arguments[0] : undefined;
        const model = injectedArg ? (dottedName(injectedArg) ?? (ts.isStringLiteralLike(injectedArg) ? injectedArg.text : undefined)) : ts.isPropertyDeclaration(member) && member.initializer ? repositoryDefinition(member.initializer) : undefined;
        if (model) defineRepository(`this.${field}`, model);
        break;
      }
    }
    const outer = parent;
    parent = node;
    ts.forEachChild(node, visitChild);
    parent = outer;
    if (pushed) {
      closeFunction(stack.pop() as FunctionFact);
      around = undefined;
    }
    if (pluginPushed) plugins.pop();
  };
  /** The function is the plugin of a `register(…)` call, in place or wrapped in fastify-plugin. */
  const isRegisteredInline = (fn: ts.Node): boolean => {
    let arg: ts.Node = fn;
    let call = fn.parent;
    if (call && ts.isCallExpression(call) && call.arguments[0] === arg && ts.isIdentifier(call.expression) && fastifyPluginNames.has(call.expression.text)) {
      arg = call;
      call = call.parent;
    }
    if (call !== undefined && ts.isCallExpression(call) && call.arguments[0] === arg && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'register') return true;
    // A plugin held in a local and registered by its name in this file (`const admin = async (app)
    // => {…}; app.register(admin, { prefix })`, or a function declaration): a plugin of its own too.
    if (ts.isFunctionDeclaration(fn)) return fn.name !== undefined && registeredNames.has(fn.name.text);
    return call !== undefined && ts.isVariableDeclaration(call) && call.initializer === arg && ts.isIdentifier(call.name) && registeredNames.has(call.name.text) && ts.isVariableDeclarationList(call.parent) && (call.parent.flags & ts.NodeFlags.Const) !== 0;
  };
  // Names passed to register() in this file (read from the text: the declaration usually comes first).
  const registeredNames = new Set<string>();
  if (text.includes('register')) for (const m of text.matchAll(/\.register\(\s*([A-Za-z_$][\w$]*)\s*[,)]/g)) registeredNames.add(m[1] as string);
  // Parent pointers, set on the way down (the parser was asked not to set them): when a node is
  // visited, its ancestors and every sibling subtree before it have theirs, as extractors expect.
  let parent: ts.Node = file;
  // Tokens (identifiers, keywords, literals) have no children and only string literals are read
  // as they are met; type annotations hold nothing any extractor reads. Both get their parent
  // and are not walked: about half of a tree's nodes, and the walk's cost is per node.
  const visitChild = (child: ts.Node): undefined => {
    (child as { parent: ts.Node }).parent = parent;
    const kind = child.kind;
    if (kind < FIRST_NODE ? kind === K.StringLiteral || kind === K.NoSubstitutionTemplateLiteral : kind < FIRST_TYPE_NODE || kind > LAST_TYPE_NODE) visit(child);
    return undefined;
  };

  /** A data-access handle the file defines; one name bound to two models in the file is ambiguous (''). */
  const defineRepository = (handle: string, model: string): void => {
    const repositories = (facts.repositories ??= nameTable());
    const before = repositories[handle];
    repositories[handle] = before === undefined || before === model ? model : '';
  };
  const functionReturn = (fn: ts.FunctionLikeDeclaration): ts.Expression | undefined =>
    fn.body === undefined ? undefined : ts.isBlock(fn.body) ? fn.body.statements.find(ts.isReturnStatement)?.expression : fn.body;

  const defineDecorator = (name: string, init: ts.Expression): void => {
    let body: ts.Node = init;
    if (ts.isArrowFunction(init)) body = init.body;
    if (!ts.isCallExpression(body)) return;
    // Each form below is named by the callee's last name: any other call is none, without building its dotted name.
    const last = lastName(body.expression);
    if (last !== 'SetMetadata' && last !== 'createDecorator' && last !== 'applyDecorators') return;
    const callee = dottedName(body.expression) ?? '';
    let key: string | undefined;
    if (/(^|\.)SetMetadata$/.test(callee)) {
      const k = body.arguments[0];
      key = k && ts.isStringLiteralLike(k) ? k.text : k ? (facts.constants[dottedName(k) ?? ''] ?? dottedName(k)) : undefined;
    } else if (/Reflector\.createDecorator$/.test(callee)) key = name;
    else if (/^applyDecorators$/.test(callee)) key = body.arguments.map((a) => a.getText(file)).join(' ');
    if (key === undefined) return;
    const kind = PUBLIC_KEY.test(key) || PUBLIC_KEY.test(name) ? 'public' : ROLE_DECORATOR_KEY.test(key) || ROLE_DECORATOR_KEY.test(name) ? 'roles' : PERMISSION_KEY.test(key) || PERMISSION_KEY.test(name) ? 'permissions' : 'other';
    facts.decoratorDefinitions.push({ name, key, kind, at: positionOf(init, file) });
  };

  // Egg: the routers of app/router.js (and egg-router-plus namespaces), and service calls by their loaded names.
  const eggNamespacesHere = isEggRouterFile(path) ? eggNamespaces(file) : undefined;
  const mentionsService = text.includes('service.');
  const mentionsMysql = text.includes('mysql');
  const sqlAnswerSites: Array<{ call: ts.CallExpression; fn: FunctionFact; statements: SqlTextFact[] }> = [];
  const moduleSqlPending: ModuleSqlRun[] = [];
  const functionsByKey = new Map<string, FunctionFact>();
  const answerSites: Array<{ call: ts.CallExpression; fn: FunctionFact; query?: QueryFact; name?: string }> = [];
  /** A call whose result, through chained modifiers (`.select(…)`, `.lean()`), the function answers with. */
  const answeredCall = (call: ts.CallExpression): boolean => {
    let node: ts.CallExpression = call;
    while (node.parent && ts.isPropertyAccessExpression(node.parent) && CHAINED_MODIFIERS.has(node.parent.name.text) && node.parent.parent && ts.isCallExpression(node.parent.parent)) node = node.parent.parent;
    return isAnswered(node);
  };

  const visitCall = (call: ts.CallExpression | ts.NewExpression): void => {
    const name = calleeName(call);
    // Whether an extractor gated by the callee's name can read it (name-gated-calls.ts): most
    // calls are named as none of them reads, and skip them all.
    const byName = name !== undefined && readByName(name);
    const callers = enclosing();
    if (ts.isCallExpression(call)) {
      if (name) for (const fn of callers) fn.calls.push(name);
      // Egg: `ctx.service.user.find(id)` is `find` of app/service/user.js, by that name (egg-routes.ts).
      const eggService = mentionsService ? eggServiceCall(call) : undefined;
      if (eggService) {
        const origins = serviceArgumentOrigins(call, file);
        for (const fn of callers) {
          fn.calls.push(eggService);
          if (origins.length > 0) (fn.serviceArguments ??= []).push({ callee: eggService, origins });
        }
      }
      // What the innermost function answers with, unchanged (find-response.ts): a query's rows,
      // or the result of a call (a service method whose own answer may be a query's rows).
      // Decided once the walk is over, when every node has its parent (find-response.ts reads
      // the statements after the call: `const rows = await …; return rows`).
      const innermost = stack.length > 1 ? (stack[stack.length - 1] as FunctionFact) : undefined;
      if (byName && comparesPassword(call, file)) for (const fn of callers) fn.checksPassword = true;
      const logged = byName && stack.length > 1 ? loggedValues(call, file) : undefined;
      if (logged) for (const fn of callers) appendAll((fn.logs ??= []), logged);
      // A Drizzle chain's inner links (null) are no query of any library.
      // An Egg service call (`ctx.service.staff.create(row)`) is a method of the code base, not
      // an ORM delegate: `ctx` would otherwise read as a Prisma transaction client (`tx`).
      const drizzle = queryFromDrizzle(call, file);
      const found = drizzle === null ? undefined : (drizzle ?? (byName && !eggService ? (queryFromCall(call, file) ?? queryFromQueryBuilder(call, file)) : undefined) ?? queryFromKnexChain(call, file) ?? (mentionsMysql ? eggMysqlQuery(call, file) : undefined));
      // A query of an Egg service method: which of its conditions are the method's parameters (egg-service-arguments.ts).
      const q = found ? markServiceParameters(found, call, path, file) : found;
      const region = regions.length > 0 ? regionAround(call) : undefined;
      if (q) {
        for (const fn of callers) fn.queries.push(q);
        queryOfCall.set(call, q);
        if (innermost) answerSites.push({ call, fn: innermost, query: q });
        if (region) q.check = region.check;
      }
      // Also a query's name: a handle resolved only when linked may be a service's method.
      if (innermost && name) answerSites.push({ call, fn: innermost, name });
      if (innermost && eggService) answerSites.push({ call, fn: innermost, name: eggService });
      if (region && name) checkCall(name, call, region.check);
      // The same call under its Egg name: followed by either, it runs behind the check.
      if (region && eggService) checkCall(eggService, call, region.check);
      if (name !== undefined && (THROWING_QUERY.test(name) || ASSERT.test(name))) {
        const gate = callerChecks.ofThrowingCall(call, name);
        if (gate) regions.push(gate);
        if (gate) markVerifies([gate], 'throws');
      }
      // `await verifySmsCode(phone, code);` as a statement of its own: a helper that may throw on a mismatch.
      if (!q && ts.isCallExpression(call) && call.parent && ts.isAwaitExpression(call.parent) && call.parent.parent) {
        const holder = call.parent.parent;
        const statement = ts.isExpressionStatement(holder) ? holder : ts.isVariableDeclaration(holder) && holder.parent?.parent && ts.isVariableStatement(holder.parent.parent) ? holder.parent.parent : undefined;
        if (statement) appendAll(regions, verifiedBefore(statement, file));
      }
      const plugin = plugins[plugins.length - 1];
      const eggRoutes = eggNamespacesHere ? eggRoutesFromCall(call, file, path, eggNamespacesHere) : undefined;
      const route = eggRoutes || !byName ? undefined : routeFromCall(call, file, path, plugin?.param, localRouters);
      if (eggRoutes) appendAll(facts.routes, eggRoutes);
      if (route && route.receiver !== undefined && honoApps.has(route.receiver)) route.framework = 'hono';
      if (route) facts.routes.push(plugin ? { ...route, plugin: plugin.key } : route);
      const midwayGlobal = byName ? midwayGlobalFromCall(call, file) : undefined;
      if (midwayGlobal) appendAll(((facts.midway ??= {}).global ??= []), midwayGlobal);
      const honoMount = honoApps.size > 0 ? honoMountFromCall(call, file, honoApps) : undefined;
      // A sub-app takes the middleware its parent applied before it under a prefix of its own (`app.use('/api/*', jwt(…)); app.route('/api/users', users)`).
      if (honoMount) honoMount.middleware = [...facts.uses.filter((u) => u.receiver === honoMount.receiver && u.prefix !== undefined && u.prefix !== '' && `${honoMount.prefix ?? ''}/`.startsWith(`${u.prefix}/`) && !honoMounts.has(u) && u.mounts === undefined).flatMap((u) => u.middleware), ...honoMount.middleware];
      if (honoMount) honoMounts.add(honoMount);
      const use = honoMount ?? (byName ? (useFromCall(call, file, localRouters) ?? fastifyUseFromCall(call, file, plugin?.param)) : undefined);
      if (use && use !== honoMount && use.prefix !== undefined && honoApps.has(use.receiver)) use.prefix = honoUsePrefix(use.prefix);
      if (use) facts.uses.push(plugin ? { ...use, plugin: plugin.key } : use);
      if (name !== undefined && fastifyPluginNames.has(name) && ts.isIdentifier(call.expression)) facts.skipOverride = true;
      const chain = grantsFromChain(call, file, facts.constants);
      if (chain) appendAll(facts.grants, chain);
      const casl = byName ? caslRule(call, file, facts.constants, caslOrder) : [];
      caslOrder += casl.length;
      appendAll(facts.grants, casl);
      if (name === 'setGrants' && call.arguments[0]) addGrantsObject(call.arguments[0]);
      if ((name === 'createMongoAbility' || name === 'createAliasResolver' || name === 'Ability' || name === 'PureAbility') && call.arguments[0]) {
        const rules = caslRawRules(resolveLocal(call.arguments[0]), file, facts.constants, caslOrder);
        caslOrder += rules.length;
        appendAll(facts.grants, rules);
      }
      if (name === 'useGlobalGuards') appendAll(facts.globalGuards, call.arguments.map((a) => a.getText(file)));
      // @nestjs/throttler's named throttlers: ThrottlerModule.forRoot([{ name: 'short', … }, …]),
      // `{ throttlers: [...] }`, or one unnamed (`{ ttl, limit }`: 'default').
      if (name === 'forRoot' && ts.isPropertyAccessExpression(call.expression) && dottedName(call.expression.expression) === 'ThrottlerModule' && call.arguments[0]) {
        const names = throttlerNames(call.arguments[0]);
        if (names) (facts.throttlers ??= []).push(...names);
      }
      if (name === 'define' && /agenda/i.test(dottedName(call.expression) ?? '') && call.arguments[0] && ts.isStringLiteralLike(call.arguments[0])) {
        const job = call.arguments[call.arguments.length - 1] as ts.Expression;
        facts.agendaJobs.push({ name: call.arguments[0].text, job: handlerRef(job, path) });
      }
    } else {
      if ((name === 'AccessControl' || name === 'RolesBuilder') && call.arguments?.[0]) addGrantsObject(call.arguments[0]);
      if ((name === 'Ability' || name === 'PureAbility') && call.arguments?.[0]) {
        const rules = caslRawRules(resolveLocal(call.arguments[0]), file, facts.constants, caslOrder);
        caslOrder += rules.length;
        appendAll(facts.grants, rules);
      }
      if (name === 'Queue' && call.arguments?.[0] && ts.isStringLiteralLike(call.arguments[0]) && call.parent && ts.isVariableDeclaration(call.parent)) {
        facts.queues[call.parent.name.getText(file)] = call.arguments[0].text;
      }
      if (name === 'Worker' && call.arguments?.[0] && ts.isStringLiteralLike(call.arguments[0]) && call.arguments[1]) {
        facts.bullWorkers.push({ queue: call.arguments[0].text, job: handlerRef(call.arguments[1], path) });
      }
    }
    const routerPrefix = routerPrefixFromCall(call, localRouters, facts.constants);
    if (routerPrefix) (facts.routerPrefixes ??= nameTable())[routerPrefix.router] = routerPrefix.prefix;
    const globalPrefix = facts.globalPrefix === undefined && byName ? nestGlobalPrefixFromCall(call, facts.constants) : undefined;
    if (globalPrefix) facts.globalPrefix = globalPrefix;
    // credentialFromCall also reads a callee without a plain name; keysFromCall any call given an options object.
    const credential = byName || name === undefined ? credentialFromCall(call as ts.CallExpression, file, facts.constants) : undefined;
    if (credential && ts.isCallExpression(call)) facts.credentials.push(credential);
    if (byName || call.arguments?.some(ts.isObjectLiteralExpression)) {
      appendAll(facts.credentials, keysFromCall(call, file, facts.constants));
      appendAll(facts.credentials, authMiddlewareSecrets(call, file, facts.constants));
    }
    const schedule = byName ? scheduleFromCall(call, file, path) : undefined;
    if (schedule) facts.schedules.push(schedule);
    const expiry = ts.isCallExpression(call) ? cacheExpiryFromCall(call, file) : undefined;
    if (expiry) (facts.cacheExpiries ??= []).push(expiry);
  };

  const resolveLocal = (node: ts.Expression): ts.Expression => (ts.isIdentifier(node) ? (grantObjects.get(node.text) ?? node) : node);
  const addGrantsObject = (node: ts.Expression): void => {
    appendAll(facts.grants, grantsFromObject(resolveLocal(node), file, facts.constants));
  };

  visit(file);
  // SQL constants of the module, in the functions that run them, each call with the values it binds.
  for (const run of moduleSqlPending) {
    const runner = enclosingFunction(run.call);
    const region = regions.length > 0 ? regionAround(run.call) : undefined;
    if (region) for (const st of run.statements) st.check = region.check;
    let innermost: FunctionFact | undefined;
    for (let f = runner; f; f = enclosingFunction(f)) {
      const fn = functionsByKey.get(`${path}@${f.pos}`);
      if (!fn) continue;
      innermost ??= fn;
      appendAll(fn.sql, run.statements);
    }
    if (innermost && runner && innermost.key === `${path}@${runner.pos}`) sqlAnswerSites.push({ call: run.call, fn: innermost, statements: run.statements });
  }
  for (const site of answerSites) {
    if (!answeredCall(site.call)) continue;
    if (site.query) site.query.answeredBy = site.fn.key;
    if (site.name) (site.fn.answers ??= []).push(site.name);
  }
  // SQL rows answered unchanged: `res.json(await pool.query(sql))`, `const [rows] = await conn.query(…); return rows`.
  for (const site of sqlAnswerSites) {
    if (!answeredCall(site.call)) continue;
    for (const st of site.statements) st.answeredBy = site.fn.key;
  }
  // Module constants given to accounts as their password (password-constants.ts).
  appendAll(facts.credentials, passwordConstants(file, passwordSources, facts.credentials));
  facts.sqlDialects = dialectsNamedIn(text, facts.imports.map((i) => i.from));
  // Midway's global prefix and Egg's global middleware, from the app's config.default.
  const midwayPrefix = midwayGlobalPrefix(file, path);
  if (midwayPrefix !== undefined) (facts.midway ??= {}).globalPrefix = midwayPrefix;
  const eggMiddleware = eggGlobalMiddleware(file, path);
  if (eggMiddleware) facts.eggMiddleware = eggMiddleware;
  const eggConfig = eggConfigValues(file, path, (value) => keyValue(value, file, facts.constants));
  if (eggConfig) facts.eggConfig = eggConfig;
  // Next.js: routes by the file's place (app/**/route.ts, pages/api/**), middleware.ts.
  appendAll(facts.routes, nextRoutes(file, path));
  const nextMiddleware = nextMiddlewareOf(file, path);
  if (nextMiddleware) facts.nextMiddleware = nextMiddleware;
  const drizzleTables = namesDrizzle(text) ? drizzleTablesOf(file) : undefined;
  if (drizzleTables) facts.drizzleTables = drizzleTables;
  // { provide: APP_GUARD, useClass: JwtAuthGuard }
  if (/APP_GUARD/.test(text)) {
    for (const m of text.matchAll(/provide:\s*APP_GUARD\s*,\s*use(?:Class|Existing)\s*:\s*(\w+)/g)) facts.globalGuards.push(m[1] ?? '');
  }
  return facts;
}
