// Egg.js: the routes `app/router.js` (and egg-router-plus's `app/router/**`) declares, the
// controller method each names (`controller.user.show` is `show` of the class in
// `app/controller/user.js`), the service methods a handler calls (`ctx.service.user.find` is
// `find` in `app/service/user.js`), and the middleware the config applies to every request.
// Egg loads controllers and services by their file paths; the scan names them the same way.
import { nameTable } from './name-table.js';
import { ts } from './typescript-parser.js';
import { argumentValue, dottedName, positionOf, propertyName } from './ast-values.js';
import { handlerRef } from './extract-routes.js';
import type { ArgumentValue, FunctionFact, RouteFact } from './code-facts.js';

const EGG_ROUTER_FILE = /(^|\/)app\/router(\.[cm]?[jt]s|\/.+\.[cm]?[jt]s)$/;
const EGG_CONFIG_FILE = /(^|\/)config\/config\.default\.[cm]?[jt]s$/;
const EGG_UNIT_FILE = /(?:^|\/)app\/(controller|service)\/(.+)\.[cm]?[jt]s$/;
const VERBS: Readonly<Record<string, string>> = nameTable({ get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', del: 'DELETE', all: 'ALL', head: 'HEAD', options: 'OPTIONS' });
/** `router.resources(name?, prefix, mw…, controller)`: the seven REST actions and their routes. */
const RESOURCE_ACTIONS: ReadonlyArray<[string, string, string]> = [
  ['index', 'GET', ''], ['new', 'GET', '/new'], ['show', 'GET', '/:id'], ['edit', 'GET', '/:id/edit'],
  ['create', 'POST', ''], ['update', 'PUT', '/:id'], ['destroy', 'DELETE', '/:id'],
];

export const isEggRouterFile = (path: string): boolean => EGG_ROUTER_FILE.test(path);

/** Egg's default `caseStyle: 'camel'`: `user_info` and `user-info` are loaded as `userInfo`. */
const camel = (segment: string): string => segment.replace(/[_-]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());

/** The name a controller or service method is known by across the code base: `egg:controller/admin/user#show`. */
export function eggUnitName(kind: 'controller' | 'service', dotted: string, method: string): string {
  return `egg:${kind}/${dotted.split('.').join('/')}#${method}`;
}

/**
 * The Egg name of a function of the code base: a method of the class a file under
 * `app/controller/` or `app/service/` defines (`app/service/user_info.js` → `egg:service/userInfo#find`).
 */
export function eggFunctionName(path: string, fn: FunctionFact): string | undefined {
  if (fn.className === undefined || fn.name === '') return undefined;
  const m = EGG_UNIT_FILE.exec(path);
  if (!m || !m[1] || !m[2]) return undefined;
  return eggUnitName(m[1] as 'controller' | 'service', m[2].split('/').map(camel).join('.'), fn.name);
}

/**
 * A controller reference: `controller.user.show`, `app.controller.admin.user.show`, or the string
 * `'user.show'`; with `whole`, the controller itself (`controller.coupon`, for `resources`).
 */
function controllerRef(node: ts.Expression, whole = false): string | undefined {
  if (ts.isStringLiteralLike(node)) return (whole ? /^[\w$]+(\.[\w$]+)*$/ : /^[\w$]+(\.[\w$]+)+$/).test(node.text) ? node.text : undefined;
  const name = dottedName(node);
  const m = name !== undefined ? /^(?:this\.)?(?:app\.)?controller\.((?:[\w$]+\.)*[\w$]+)$/.exec(name) : null;
  return m?.[1] !== undefined && (whole || m[1].includes('.')) ? m[1] : undefined;
}

function refHandler(dotted: string): { name: string } {
  const parts = dotted.split('.');
  const method = parts.pop() as string;
  return { name: eggUnitName('controller', parts.join('.'), method) };
}

/** The receivers that are Egg routers in a router file: `router`, `app.router`, and egg-router-plus namespaces with their prefixes and middleware. */
export interface EggNamespaces {
  [name: string]: { prefix: string; middleware: ArgumentValue[] };
}

const isRouterReceiver = (name: string): boolean => /^(?:this\.)?(?:app\.)?router$/.test(name);

/** egg-router-plus: `const sub = app.router.namespace('/sub', mw…)` anywhere in a router file. */
export function eggNamespaces(file: ts.SourceFile): EggNamespaces {
  const out = nameTable<{ prefix: string; middleware: ArgumentValue[] }>() as EggNamespaces;
  if (!file.text.includes('namespace')) return out;
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.isCallExpression(n.initializer)) {
      const c = n.initializer;
      const [p, ...mw] = c.arguments;
      if (ts.isPropertyAccessExpression(c.expression) && c.expression.name.text === 'namespace' && isRouterReceiver(dottedName(c.expression.expression) ?? '') && p && ts.isStringLiteralLike(p)) {
        out[n.name.text] = { prefix: p.text.replace(/\/+$/, ''), middleware: mw.map((a) => argumentValue(a, file)) };
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return out;
}

/**
 * A route of an Egg router file: `router.get([name,] '/p', mw…, controller.user.show)` on `router`
 * (`const { router, controller } = app`), `app.router` or an egg-router-plus namespace (whose
 * prefix and middleware it takes); `router.resources([name,] '/p', mw…, controller.users)` gives
 * the REST actions (kept only where the controller defines the method: `eggResource`).
 */
export function eggRoutesFromCall(call: ts.CallExpression, file: ts.SourceFile, path: string, namespaces: EggNamespaces): RouteFact[] | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const verb = call.expression.name.text;
  const resources = verb === 'resources';
  if (!resources && VERBS[verb] === undefined) return undefined;
  const receiver = dottedName(call.expression.expression);
  if (receiver === undefined) return undefined;
  const ns = Object.hasOwn(namespaces, receiver) ? namespaces[receiver] : undefined;
  if (!ns && !isRouterReceiver(receiver)) return undefined;
  const args = [...call.arguments];
  // A route name first (`router.get('user', '/user/:id', …)`): two strings, the path second.
  if (args.length >= 3 && args[0] && args[1] && ts.isStringLiteralLike(args[0]) && ts.isStringLiteralLike(args[1])) args.shift();
  const [first, ...rest] = args;
  const handler = rest.pop();
  if (!first || !ts.isStringLiteralLike(first) || !handler) return undefined;
  const middleware = [...(ns?.middleware ?? []), ...rest.map((a) => argumentValue(a, file))];
  const base = `${ns?.prefix ?? ''}${first.text}`.replace(/\/+/g, '/');
  const at = positionOf(call, file);
  const ref = controllerRef(handler, resources);
  if (resources) {
    if (ref === undefined) return undefined;
    return RESOURCE_ACTIONS.map(([action, method, suffix]) => ({
      framework: 'egg' as const, method, path: `${base}${suffix}`.replace(/\/+/g, '/') || '/', receiver, middleware,
      handler: { name: eggUnitName('controller', ref, action) }, eggResource: true as const, at,
    }));
  }
  return [{ framework: 'egg', method: VERBS[verb] as string, path: base || '/', receiver, middleware, handler: ref !== undefined ? refHandler(ref) : handlerRef(handler, path), at }];
}

/**
 * The service method a call names: `ctx.service.user.find(id)`, `this.ctx.service.admin.user.find`,
 * `this.service.user.find`, `service.user.find` (destructured from `this` or `ctx`).
 */
export function eggServiceCall(call: ts.CallExpression): string | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  // A name `service` within the callee's first links, before its dotted name is built: most calls have none.
  let e: ts.Expression = call.expression.expression;
  let steps = 0;
  while (ts.isPropertyAccessExpression(e) && e.name.text !== 'service' && steps++ < 8) e = e.expression;
  if (!(ts.isPropertyAccessExpression(e) ? e.name.text === 'service' : ts.isIdentifier(e) && e.text === 'service')) return undefined;
  const name = dottedName(call.expression);
  const m = name !== undefined ? /^(?:this\.)?(?:ctx\.|app\.)?service\.((?:[\w$]+\.)*[\w$]+)\.([\w$]+)$/.exec(name) : null;
  return m?.[1] !== undefined && m[2] !== undefined ? eggUnitName('service', m[1], m[2]) : undefined;
}

/** A middleware the Egg config applies to every request (`config.middleware = ['auth']`), with the paths its `match`/`ignore` give. */
export interface EggGlobalMiddleware {
  name: string;
  /** Path prefixes the middleware runs on only (`match`), or is skipped on (`ignore`); absent: every path. A form the scan cannot read (a regular expression, a function) leaves both absent. */
  match?: string[];
  ignore?: string[];
  /** `enable: false` in its options. */
  disabled?: true;
}

function stringList(e: ts.Expression | undefined): string[] | undefined {
  if (e === undefined) return undefined;
  if (ts.isStringLiteralLike(e)) return [e.text];
  if (ts.isArrayLiteralExpression(e) && e.elements.every(ts.isStringLiteralLike)) return e.elements.map((x) => (x as ts.StringLiteralLike).text);
  return undefined;
}

/**
 * Egg's config.default: `config.middleware = ['auth', 'gzip']` (also `exports.middleware`, or a
 * `middleware: [...]` property of the object the file exports or returns), and each one's options
 * `config.auth = { match: '/api', ignore: ['/api/login'], enable }` (string forms read; a regular
 * expression or a function is not: the middleware is then read as running on every path).
 */
export function eggGlobalMiddleware(file: ts.SourceFile, path: string): EggGlobalMiddleware[] | undefined {
  if (!EGG_CONFIG_FILE.test(path) || !file.text.includes('middleware')) return undefined;
  let names: string[] | undefined;
  const options = new Map<string, ts.ObjectLiteralExpression>();
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = dottedName(n.left);
      const m = target !== undefined ? /^(?:config|exports|module\.exports)\.([\w$]+)$/.exec(target) : null;
      if (m?.[1] === 'middleware') names = stringList(n.right) ?? names;
      else if (m?.[1] !== undefined && ts.isObjectLiteralExpression(n.right)) options.set(m[1], n.right);
    } else if (ts.isPropertyAssignment(n) && ts.isObjectLiteralExpression(n.parent)) {
      const key = propertyName(n.name);
      // Only a top-level property of the config object (not one inside another's options).
      const topLevel = !ts.isPropertyAssignment(n.parent.parent);
      if (key === 'middleware' && topLevel) names = stringList(n.initializer) ?? names;
      else if (key !== undefined && topLevel && ts.isObjectLiteralExpression(n.initializer)) options.set(key, n.initializer);
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  if (names === undefined) return undefined;
  return names.map((name) => {
    const o = options.get(name);
    const prop = (k: string) => o?.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === k)?.initializer;
    const match = stringList(prop('match'));
    const ignore = stringList(prop('ignore'));
    const enable = prop('enable');
    return { name, ...(match ? { match } : {}), ...(ignore ? { ignore } : {}), ...(enable?.kind === ts.SyntaxKind.FalseKeyword ? { disabled: true as const } : {}) };
  });
}

/** Whether an Egg global middleware runs on a path (its `match`/`ignore` prefixes, as egg-path-matching reads a string). */
export function eggMiddlewareApplies(m: EggGlobalMiddleware, path: string): boolean {
  if (m.disabled) return false;
  const under = (p: string) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`) || p === '/';
  if (m.match) return m.match.some(under);
  if (m.ignore) return !m.ignore.some(under);
  return true;
}
