// HTTP routes: Express/Koa routers (`router.get('/p', mw…, handler)`), Fastify (`app.get(path,
// opts, handler)`, `app.route({…})`), `use` middleware and mounts, and NestJS controllers.
import { nameTable } from './name-table.js';
import { ts } from './typescript-parser.js';
import { argumentValue, dottedName, importedFrom, positionOf, propertyName } from './ast-values.js';
import type { ArgumentValue, DecoratorFact, RouteFact, UseFact } from './code-facts.js';

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options']);
/** The callee names routeFromCall (a method or `route`), useFromCall (`use`), fastifyUseFromCall (`addHook`, `register`) and nestGlobalPrefixFromCall read. */
export const ROUTE_CALL_NAMES: ReadonlySet<string> = new Set([...METHODS, 'route', 'use', 'addHook', 'register', 'setGlobalPrefix']);
const NEST_METHODS: Record<string, string> = nameTable({ Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', All: 'ALL', Head: 'HEAD', Options: 'OPTIONS' });
const ROUTER_RECEIVER = /^(app|router|api|server|fastify|instance|r|routes?|\w*Router|\w*router|\w*App|\w*app|\w*Api)$/;

/** A reference to the handler: an inline function by position, or a name. */
export function handlerRef(node: ts.Expression, path: string): { key?: string; name?: string } {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return { key: `${path}@${node.pos}` };
  // asyncHandler(fn), wrap(controller.method)
  if (ts.isCallExpression(node) && node.arguments.length > 0) return handlerRef(node.arguments[node.arguments.length - 1] as ts.Expression, path);
  const name = dottedName(node);
  if (name !== undefined) return { name: name.split('.').pop() ?? name };
  return {};
}

function methodOf(name: string): string {
  return name === 'del' ? 'DELETE' : name.toUpperCase();
}

export function routeFromCall(call: ts.CallExpression, file: ts.SourceFile, path: string, pluginParam?: string, routers?: ReadonlySet<string>): RouteFact | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  // Every form below is a route method or `route`: any other call is no route, whatever its receiver.
  if (method !== 'route' && !METHODS.has(method)) return undefined;
  const receiverNode = call.expression.expression;
  // router.route('/p').get(handler)
  if (METHODS.has(method) && ts.isCallExpression(receiverNode) && ts.isPropertyAccessExpression(receiverNode.expression) && receiverNode.expression.name.text === 'route') {
    const p = receiverNode.arguments[0];
    if (!p || !ts.isStringLiteralLike(p)) return undefined;
    const args = [...call.arguments];
    const handler = args.pop();
    if (!handler) return undefined;
    return { framework: 'express', method: methodOf(method), path: p.text, receiver: dottedName(receiverNode.expression.expression) ?? '', middleware: args.map((a) => argumentValue(a, file)), handler: handlerRef(handler, path), at: positionOf(call, file) };
  }
  const receiver = dottedName(receiverNode);
  if (receiver === undefined) return undefined;
  const last = receiver.split('.').pop() ?? receiver;
  // fastify.route({ method, url, preHandler, handler })
  if (method === 'route' && call.arguments[0] && ts.isObjectLiteralExpression(call.arguments[0])) {
    const o = argumentValue(call.arguments[0], file);
    if (o.kind !== 'object') return undefined;
    const m = o.value.method;
    const url = o.value.url ?? o.value.path;
    const handlerProp = call.arguments[0].properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === 'handler');
    if (!url || url.kind !== 'string' || !handlerProp) return undefined;
    const methods = m?.kind === 'string' ? [m.value] : m?.kind === 'array' ? m.value.filter((v) => v.kind === 'string').map((v) => v.value as string) : ['ALL'];
    const middleware = [o.value.preHandler, o.value.onRequest, o.value.preValidation, o.value.config].flatMap((v) => (v === undefined ? [] : v.kind === 'array' ? v.value : [v]));
    return { framework: 'fastify', method: methods.map((x) => x.toUpperCase()).join(','), path: url.value, receiver, middleware, handler: handlerRef(handlerProp.initializer, path), at: positionOf(call, file) };
  }
  if (!METHODS.has(method) || (receiver !== pluginParam && !ROUTER_RECEIVER.test(last) && routers?.has(receiver) !== true)) return undefined;
  const [first, ...rest] = call.arguments;
  if (!first || !ts.isStringLiteralLike(first) || !first.text.startsWith('/') || rest.length === 0) return undefined;
  // Fastify: app.get(path, { preValidation: fastify.authenticate, handler }) — the options object
  // is the only argument after the path and names the handler as its `handler` property.
  const only = rest.length === 1 && rest[0] && ts.isObjectLiteralExpression(rest[0]) ? rest[0] : undefined;
  const optionsHandler = only?.properties.find((p): p is ts.PropertyAssignment | ts.ShorthandPropertyAssignment => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propertyName(p.name) === 'handler');
  const handler = (optionsHandler === undefined ? rest[rest.length - 1] : ts.isPropertyAssignment(optionsHandler) ? optionsHandler.initializer : optionsHandler.name) as ts.Expression;
  let middleware: ArgumentValue[] = rest.slice(0, -1).map((a) => argumentValue(a, file));
  // Fastify: app.get(path, { preHandler: [...] }, handler)
  const optionsNode = optionsHandler !== undefined ? only : rest.length === 2 && rest[0] && ts.isObjectLiteralExpression(rest[0]) ? rest[0] : undefined;
  const fastifyOptions = optionsNode ? argumentValue(optionsNode, file) : undefined;
  let framework: RouteFact['framework'] = /koa/i.test(receiver) ? 'koa' : 'express';
  if (fastifyOptions && fastifyOptions.kind === 'object') {
    framework = 'fastify';
    middleware = [fastifyOptions.value.preHandler, fastifyOptions.value.onRequest, fastifyOptions.value.preValidation, fastifyOptions.value.config].flatMap((v) => (v === undefined ? [] : v.kind === 'array' ? v.value : [v]));
  } else if (/fastify|instance|server/i.test(receiver) || receiver === pluginParam) framework = 'fastify';
  const handlerNode = ts.isArrowFunction(handler) || ts.isFunctionExpression(handler) ? handler : handler;
  const firstParam = (ts.isArrowFunction(handlerNode) || ts.isFunctionExpression(handlerNode)) ? handlerNode.parameters[0]?.name.getText(file) : undefined;
  if (framework === 'express' && firstParam === 'ctx') framework = 'koa';
  return { framework, method: methodOf(method), path: first.text, receiver, middleware, handler: handlerRef(handler, path), at: positionOf(call, file) };
}

export function useFromCall(call: ts.CallExpression, file: ts.SourceFile, routers?: ReadonlySet<string>): UseFact | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'use') return undefined;
  const receiver = dottedName(call.expression.expression);
  if (receiver === undefined || !(ROUTER_RECEIVER.test(receiver.split('.').pop() ?? '') || routers?.has(receiver) === true)) return undefined;
  const args = [...call.arguments];
  const prefixNode = args[0] && ts.isStringLiteralLike(args[0]) ? args.shift() : undefined;
  const values = args.map((a) => argumentValue(a, file));
  // The last argument may be a router being mounted (`app.use('/api', auth, router)`,
  // `app.use('/p', makeRouter(deps))`): whether it is one is decided by what it is when the code
  // base is linked (a router this module creates, or one another module exports), not by its
  // name. Koa's `router.routes()` is one by the API.
  const lastArg = values[values.length - 1];
  const lastNode = args[args.length - 1];
  // Koa's `x.routes()` may be followed by `x.allowedMethods()` (`router.use('/a', x.routes(), x.allowedMethods())`).
  const routesAt = lastArg?.kind === 'call' && /\.allowedMethods$/.test(lastArg.value) && values.length > 1 ? values.length - 2 : values.length - 1;
  const routesArg = values[routesAt];
  const koa = routesArg?.kind === 'call' && /\.routes$/.test(routesArg.value) ? routesArg.value.replace(/\.routes$/, '') : undefined;
  const candidate = lastNode && ts.isIdentifier(lastNode) ? lastNode.text : lastNode && ts.isCallExpression(lastNode) && ts.isIdentifier(lastNode.expression) ? lastNode.expression.text : undefined;
  return {
    receiver,
    ...(prefixNode && ts.isStringLiteralLike(prefixNode) ? { prefix: prefixNode.text } : {}),
    middleware: koa ? values.slice(0, routesAt) : values,
    ...(koa ? { mounts: koa } : candidate !== undefined ? { mountCandidate: candidate } : {}),
    line: positionOf(call, file).line,
  };
}

/** Fastify hooks that run before the handler and so can refuse a request (guards, limiters). */
const REQUEST_HOOKS = new Set(['onRequest', 'preParsing', 'preValidation', 'preHandler']);
const FASTIFY_RATE_LIMIT = /^(@fastify\/rate-limit|fastify-rate-limit)$/;

/**
 * Fastify: `app.addHook('preHandler' | 'onRequest' | 'preValidation' | 'preParsing', fn)` applies fn
 * to every route the same instance (plugin) declares, as Express `router.use(fn)` does to later
 * ones (Fastify builds a plugin's routes after its function has run, so order does not matter);
 * `app.register(plugin, { prefix })` mounts an imported plugin's routes under the prefix, after
 * the hooks its parent added before (encapsulation: a child inherits its parent's hooks);
 * `app.register(rateLimit, {…})` with `@fastify/rate-limit` and without `global: false` limits
 * every route declared after it on that instance and in the plugins it registers later.
 */
export function fastifyUseFromCall(call: ts.CallExpression, file: ts.SourceFile, pluginParam?: string): UseFact | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  if (method !== 'addHook' && method !== 'register') return undefined;
  const receiver = dottedName(call.expression.expression);
  if (receiver === undefined || (receiver !== pluginParam && !ROUTER_RECEIVER.test(receiver.split('.').pop() ?? ''))) return undefined;
  const line = positionOf(call, file).line;
  const [first, second] = call.arguments;
  if (method === 'addHook') {
    if (!first || !ts.isStringLiteralLike(first) || !REQUEST_HOOKS.has(first.text) || !second) return undefined;
    return { receiver, middleware: [argumentValue(second, file)], fastify: true, wholeInstance: true, line };
  }
  const options = second ? argumentValue(second, file) : undefined;
  const prefixOf = () => (options?.kind === 'object' && options.value.prefix?.kind === 'string' ? options.value.prefix.value : undefined);
  // An inline plugin (`register(async (f) => {…}, { prefix })`), or one wrapped in fastify-plugin
  // (`register(fp(async (f) => {…}))`, which does not encapsulate).
  const inline = first ? inlinePlugin(first, file) : undefined;
  if (inline) {
    const prefix = prefixOf();
    return { receiver, ...(prefix !== undefined ? { prefix } : {}), middleware: [], inline: inline.key, ...(inline.skipOverride ? { skipOverride: true as const } : {}), fastify: true, line };
  }
  if (!first || !ts.isIdentifier(first)) return undefined;
  // A plugin held in a local of this file (`const admin = async (app) => {…}`), or declared in it.
  const local = localPlugin(call, first.text, file);
  if (local) {
    const prefix = prefixOf();
    return { receiver, ...(prefix !== undefined ? { prefix } : {}), middleware: [], inline: local.key, ...(local.skipOverride ? { skipOverride: true as const } : {}), fastify: true, line };
  }
  const from = importedFrom(file, first.text);
  if (from !== undefined && FASTIFY_RATE_LIMIT.test(from)) {
    const global = options?.kind === 'object' ? options.value.global : undefined;
    if (global?.kind === 'boolean' && !global.value) return undefined;
    return { receiver, middleware: [{ kind: 'ref', value: 'fastifyRateLimit' }], fastify: true, line };
  }
  // Only a plugin of the code base (a relative import) has routes to mount.
  if (from === undefined || !from.startsWith('.')) return undefined;
  const prefix = prefixOf();
  return { receiver, ...(prefix !== undefined ? { prefix } : {}), middleware: [], mounts: first.text, fastify: true, line };
}

const FASTIFY_PLUGIN = /^(fastify-plugin)$/;

/** A call of fastify-plugin's wrapper (`fp(fn)`, `fastifyPlugin(fn)`, by the module it is imported from). */
export function isFastifyPluginCall(node: ts.Node, file: ts.SourceFile): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return false;
  const from = importedFrom(file, node.expression.text);
  return from !== undefined && FASTIFY_PLUGIN.test(from);
}

/**
 * The plugin function a register() argument defines in place: an arrow or function expression,
 * or one wrapped in fastify-plugin. Its key is the function's position, as the parse names it.
 */
export function inlinePlugin(arg: ts.Expression, file: ts.SourceFile): { key: string; skipOverride: boolean } | undefined {
  let e = arg;
  let skipOverride = false;
  if (isFastifyPluginCall(e, file) && e.arguments[0]) {
    skipOverride = true;
    e = e.arguments[0];
  }
  if (!ts.isArrowFunction(e) && !ts.isFunctionExpression(e)) return undefined;
  return { key: String(e.pos), skipOverride };
}

/**
 * The plugin a name passed to register() is bound to in this file: a `const` given an arrow or
 * function expression (or one wrapped in fastify-plugin), or a function declaration, in a block
 * around the call (the nearest first). Keyed as the parse keys the function it visits.
 */
function localPlugin(call: ts.Node, name: string, file: ts.SourceFile): { key: string; skipOverride: boolean } | undefined {
  for (let p: ts.Node | undefined = call.parent; p; p = p.parent) {
    if (!ts.isBlock(p) && !ts.isSourceFile(p)) continue;
    for (const st of p.statements) {
      if (ts.isFunctionDeclaration(st) && st.name?.text === name) return { key: String(st.pos), skipOverride: false };
      if (!ts.isVariableStatement(st) || (st.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return inlinePlugin(d.initializer, file);
      }
    }
  }
  return undefined;
}

export function decoratorsOf(node: ts.HasDecorators, file: ts.SourceFile): DecoratorFact[] {
  return (ts.getDecorators(node) ?? []).flatMap((d) => {
    const e = d.expression;
    if (ts.isCallExpression(e)) return [{ name: dottedName(e.expression) ?? '', args: e.arguments.map((a) => argumentValue(a, file)), at: positionOf(d, file) }];
    const name = dottedName(e);
    return name ? [{ name, args: [], at: positionOf(d, file) }] : [];
  });
}

/** NestJS: each decorated method of a `@Controller` class is a route. */
export function nestRoutes(cls: ts.ClassDeclaration, file: ts.SourceFile, path: string): RouteFact[] {
  const classDecorators = decoratorsOf(cls, file);
  const controller = classDecorators.find((d) => d.name === 'Controller');
  if (!controller) return [];
  const first = controller.args[0];
  const prefix = first?.kind === 'string' ? first.value : first?.kind === 'object' && first.value.path?.kind === 'string' ? first.value.path.value : '';
  const out: RouteFact[] = [];
  for (const member of cls.members) {
    if (!ts.isMethodDeclaration(member) || !member.name) continue;
    const methodDecorators = decoratorsOf(member, file);
    const verb = methodDecorators.find((d) => NEST_METHODS[d.name]);
    if (!verb) continue;
    const sub = verb.args[0]?.kind === 'string' ? verb.args[0].value : '';
    const full = `/${[prefix, sub].filter((s) => s).join('/')}`.replace(/\/+/g, '/');
    out.push({
      framework: 'nestjs',
      method: NEST_METHODS[verb.name] ?? 'ALL',
      path: full,
      middleware: [],
      handler: { key: `${path}@${member.pos}` },
      classDecorators,
      methodDecorators,
      at: positionOf(member.name, file),
    });
  }
  return out;
}

/** A string literal, or an identifier naming a string constant of the module (`constants`, a table without prototype). */
function stringOrConstant(e: ts.Expression | undefined, constants: Readonly<Record<string, string>>): string | undefined {
  if (e === undefined) return undefined;
  if (ts.isStringLiteralLike(e)) return e.text;
  return ts.isIdentifier(e) && Object.hasOwn(constants, e.text) ? constants[e.text] : undefined;
}

/**
 * Koa (@koa/router, koa-router): the prefix a router of this module is given, on every route it
 * declares and every router it nests — `const router = new Router({ prefix: '/cs' })` (a string,
 * or a string constant of the module) or `router.prefix('/cs')`. Only module-level routers
 * (`routers`, from routersOf) are read; a later `prefix()` replaces an earlier one, as in Koa.
 */
export function routerPrefixFromCall(call: ts.CallExpression | ts.NewExpression, routers: ReadonlySet<string>, constants: Readonly<Record<string, string>>): { router: string; prefix: string } | undefined {
  const first = call.arguments?.[0];
  if (!first || routers.size === 0) return undefined;
  const text = (e: ts.Expression | undefined): string | undefined => stringOrConstant(e, constants);
  if (ts.isCallExpression(call)) {
    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'prefix' && ts.isIdentifier(callee.expression) && routers.has(callee.expression.text) && call.arguments.length === 1) {
      const prefix = text(first);
      return prefix !== undefined && prefix.startsWith('/') ? { router: callee.expression.text, prefix } : undefined;
    }
  }
  if (!ts.isObjectLiteralExpression(first)) return undefined;
  const decl = call.parent;
  if (!decl || !ts.isVariableDeclaration(decl) || decl.initializer !== call || !ts.isIdentifier(decl.name) || !routers.has(decl.name.text)) return undefined;
  const option = first.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === 'prefix');
  const prefix = option ? text(option.initializer) : undefined;
  return prefix !== undefined && prefix.startsWith('/') ? { router: decl.name.text, prefix } : undefined;
}

/** Packages whose export, called, makes rate-limiting middleware (or, rate-limiter-flexible, a limiter a middleware consumes). */
export const LIMITER_MODULES = /^(koa-ratelimit|koa2-ratelimit|koa-ratelimit-lru|koa-simple-ratelimit|koa-better-ratelimit|koa-limit|express-rate-limit|express-slow-down|express-limiter|express-brute|@fastify\/rate-limit|fastify-rate-limit|rate-limiter-flexible)$/;
/** Whether a file's text names one of LIMITER_MODULES at all (checked before any import is looked up). */
export const NAMES_LIMITER_MODULE = /ratelimit|rate-limit|slow-down|express-limiter|express-brute|koa-limit|rate-limiter-flexible/;

/**
 * Whether an initializer calls what a rate-limiting package exports, by the module the callee's
 * root is imported (or required) from, never by a name: `ratelimit({ driver: 'redis', … })`
 * (koa-ratelimit), `rateLimit({ windowMs, max })` (express-rate-limit), `RateLimit.middleware({…})`
 * (koa2-ratelimit), `new RateLimiterRedis({…})` (rate-limiter-flexible).
 */
export function callsLimiter(init: ts.Expression, file: ts.SourceFile): boolean {
  let e = init;
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
  if (!ts.isCallExpression(e) && !ts.isNewExpression(e)) return false;
  let callee: ts.Expression = e.expression;
  for (let depth = 0; depth < 4 && ts.isPropertyAccessExpression(callee); depth++) callee = callee.expression;
  if (!ts.isIdentifier(callee)) return false;
  const from = importedFrom(file, callee.text);
  return from !== undefined && LIMITER_MODULES.test(from);
}

/** Modules whose export creates a router: Express's `Router`, koa-router, express-promise-router. */
const ROUTER_MODULES = /^(express|koa-router|@koa\/router|express-promise-router|router)$/;
/** Text a file creating a router contains: `Router`, one of ROUTER_MODULES, or an escape that may spell either. */
const ROUTER_TEXT = /router|express|\\/i;

/**
 * Whether an expression creates a router: `Router()`, `express.Router()`, `new Router()` (koa),
 * `PromiseRouter()`, by the module the callee is imported from (`import { Router } from 'express'`,
 * `const express = require('express')`), never by the variable's name. `Router` and `X.Router`
 * not imported at all (a global in a script) are read as Express's.
 */
export function createsRouter(node: ts.Expression, file: ts.SourceFile): boolean {
  let e = node;
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
  if (!ts.isCallExpression(e) && !ts.isNewExpression(e)) return false;
  const callee = e.expression;
  if (ts.isIdentifier(callee)) {
    const from = importedFrom(file, callee.text);
    return from !== undefined ? ROUTER_MODULES.test(from) : callee.text === 'Router';
  }
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'Router' && ts.isIdentifier(callee.expression)) {
    const from = importedFrom(file, callee.expression.text);
    return from === undefined || from === 'express';
  }
  return false;
}

/** The identifier a function returns, when every `return` it has returns that one identifier. */
function returnedName(fn: ts.FunctionLikeDeclaration): string | undefined {
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return ts.isIdentifier(fn.body) ? fn.body.text : undefined;
  const names = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n)) return;
    if (ts.isReturnStatement(n)) names.add(n.expression && ts.isIdentifier(n.expression) ? n.expression.text : '');
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return names.size === 1 ? [...names][0] || undefined : undefined;
}

/** Whether a function creates a router and returns it (a router factory: `export function makeRouter(deps) { const r = Router(); …; return r; }`). */
function returnsRouter(fn: ts.FunctionLikeDeclaration, file: ts.SourceFile): boolean {
  const name = returnedName(fn);
  if (name === undefined || !fn.body) return false;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || (ts.isFunctionLike(n) && n !== fn)) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer && createsRouter(n.initializer, file)) found = true;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return found;
}

/**
 * The routers a module defines, by what they are rather than what they are called: `local` the
 * module-level variables created by a router constructor (and functions returning one, a router
 * factory), `exported` the names other modules import them by (`default` for `export default` and
 * `module.exports =`). `app.use('/p', x)` mounts x when x is one of these (link-code-base.ts).
 * `bindings` names the router each export is (withExportBindings keeps them where it matters).
 */
export function routersOf(file: ts.SourceFile): ModuleRouters & { bindings: RouterExport[] } {
  // createsRouter needs a callee named Router or imported from a router module (each of which
  // names express or router): a file whose text has neither (nor an escape) creates none, and its
  // top-level functions are not walked for one.
  if (!ROUTER_TEXT.test(file.text)) return { local: [], exported: [], bindings: [] };
  const local = new Set<string>();
  const exported = new Set<string>();
  const bindings: RouterExport[] = [];
  const exportAs = (name: string, router: string) => {
    exported.add(name);
    bindings.push({ exported: name, local: router });
  };
  const isExported = (st: ts.Statement) => ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (st: ts.Statement) => ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  for (const st of file.statements) {
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        const init = d.initializer;
        const router = createsRouter(init, file) || ((ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && returnsRouter(init, file));
        if (!router) continue;
        local.add(d.name.text);
        if (isExported(st)) exportAs(d.name.text, d.name.text);
      }
    } else if (ts.isFunctionDeclaration(st) && st.name && returnsRouter(st, file)) {
      local.add(st.name.text);
      if (isExported(st)) exportAs(isDefault(st) ? 'default' : st.name.text, st.name.text);
    }
  }
  for (const st of file.statements) {
    if (ts.isExportAssignment(st)) {
      if (ts.isIdentifier(st.expression) && local.has(st.expression.text)) exportAs('default', st.expression.text);
      else if (createsRouter(st.expression, file)) exported.add('default');
    } else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) if (local.has((el.propertyName ?? el.name).text)) exportAs(el.name.text, (el.propertyName ?? el.name).text);
    } else if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      // module.exports = router; module.exports.adminRouter = router; exports.adminRouter = router
      const target = dottedName(st.expression.left);
      const value = st.expression.right;
      const isRouter = ts.isIdentifier(value) ? local.has(value.text) : createsRouter(value, file);
      if (!isRouter || target === undefined) continue;
      const name = target === 'module.exports' ? 'default' : /^(module\.)?exports\.\w+$/.test(target) ? (target.split('.').pop() as string) : undefined;
      if (name === undefined) continue;
      if (ts.isIdentifier(value)) exportAs(name, value.text);
      else exported.add(name);
    }
  }
  return { local: [...local].sort(), exported: [...exported].sort(), bindings };
}

/** A router a module exports, by the name other modules import it by and the module-level variable it is. */
export interface RouterExport {
  exported: string;
  local: string;
}

/** The routers a module defines and exports (routersOf, honoAppsOf). */
export interface ModuleRouters {
  local: string[];
  exported: string[];
  /**
   * Which router each export is, kept where the module creates more than one: a mount of one
   * export serves that router's routes, not the routes of the module's other routers
   * (`export const workers = new Hono(); export const line = new Hono()`).
   */
  exportedAs?: RouterExport[];
}

/** The module's routers with the routers its exports name, where it has several (one router is what every mount of the module mounts). */
export function withExportBindings(routers: ModuleRouters, bindings: readonly RouterExport[]): ModuleRouters {
  if (routers.local.length < 2 || bindings.length === 0) return routers;
  // A later binding of the same name replaces an earlier one (`module.exports = a; module.exports = b`).
  const byName = new Map<string, string>();
  for (const b of bindings) byName.set(b.exported, b.local);
  const exportedAs = [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([exported, local]) => ({ exported, local }));
  return { ...routers, exportedAs };
}

/** NestJS `app.setGlobalPrefix('api', { exclude })`: the prefix every controller route takes, and the routes it leaves out. */
export interface GlobalPrefixFact {
  prefix: string;
  /** `exclude` entries read: a path (`health`, `auth/(.*)`) and, where given, one method. */
  exclude: Array<{ path: string; method?: string }>;
}

/**
 * `app.setGlobalPrefix('api')` (a string, or a string constant of the module), with a simple
 * `exclude` list (`['health', { path: 'metrics', method: RequestMethod.GET }]`); entries the scan
 * cannot read are left out (the route keeps the prefix, its old name stays mappable).
 */
export function nestGlobalPrefixFromCall(call: ts.CallExpression | ts.NewExpression, constants: Readonly<Record<string, string>>): GlobalPrefixFact | undefined {
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'setGlobalPrefix') return undefined;
  const text = (e: ts.Expression | undefined): string | undefined => stringOrConstant(e, constants);
  const raw = text(call.arguments[0]);
  const trimmed = raw?.replace(/^\/+|\/+$/g, '');
  if (trimmed === undefined || trimmed === '') return undefined;
  const exclude: GlobalPrefixFact['exclude'] = [];
  const options = call.arguments[1];
  const list = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === 'exclude')?.initializer : undefined;
  if (list && ts.isArrayLiteralExpression(list)) {
    for (const e of list.elements) {
      const path = text(e);
      if (path !== undefined) {
        exclude.push({ path });
        continue;
      }
      if (!ts.isObjectLiteralExpression(e)) continue;
      const field = (name: string) => e.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === name)?.initializer;
      const p = text(field('path'));
      const m = field('method');
      const method = m && ts.isPropertyAccessExpression(m) ? m.name.text.toUpperCase() : undefined;
      if (p !== undefined) exclude.push({ path: p, ...(method !== undefined && method !== 'ALL' ? { method } : {}) });
    }
  }
  return { prefix: `/${trimmed}`, exclude };
}

/** Whether a NestJS global prefix's `exclude` leaves the route out (`health`, `/health`, `auth/(.*)`, `auth/*`). */
export function excludedFromGlobalPrefix(prefix: GlobalPrefixFact, method: string, path: string): boolean {
  const bare = (p: string): string => p.replace(/^\/+|\/+$/g, '');
  const route = bare(path);
  return prefix.exclude.some((x) => {
    if (x.method !== undefined && x.method !== method.toUpperCase()) return false;
    const p = bare(x.path);
    const wild = /^(.*?)\/?(?:\(\.\*\)|\*|\{\*[A-Za-z_]*\})$/.exec(p);
    if (wild) return wild[1] === '' || route === wild[1] || route.startsWith(`${wild[1]}/`);
    return route === p;
  });
}
