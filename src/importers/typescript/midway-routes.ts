// Midway.js (v3, and v2's @midwayjs/decorator): controller classes as routes, the middleware and
// guards they name, the global prefix of the web framework's config, and the middleware and guards
// the configuration class applies to every route. Midway's decorators are known by the module they
// are imported from, never by their names alone (NestJS has a `@Controller` too).
import { nameTable } from './name-table.js';
import { ts } from './typescript-parser.js';
import { argumentValue, dottedName, importedFrom, positionOf, propertyName } from './ast-values.js';
import { decoratorsOf } from './extract-routes.js';
import type { ArgumentValue, DecoratorFact, RouteFact } from './code-facts.js';
import { fileScopedMap } from './file-scoped-cache.js';

/** The modules Midway's web decorators come from. */
export const MIDWAY_MODULES = /^@midwayjs\/(core|decorator)$/;
const MIDWAY_VERBS: Readonly<Record<string, string>> = nameTable({ Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Del: 'DELETE', Delete: 'DELETE', All: 'ALL', Head: 'HEAD', Options: 'OPTIONS' });
/** A role decorator a Midway guard reads (`@Role(['admin'])`, as Midway's guard documentation writes it). */
const ROLE_DECORATOR = /^Roles?$/;

/** Whether a decorator of this file is Midway's (imported from @midwayjs/core or @midwayjs/decorator). */
function isMidway(file: ts.SourceFile, name: string): boolean {
  const from = importedFrom(file, name.split('.')[0] ?? name);
  return from !== undefined && MIDWAY_MODULES.test(from);
}

const namesMidway = fileScopedMap<ts.SourceFile, boolean>();

/** Whether the class is a Midway controller (`@Controller` imported from Midway). */
export function isMidwayController(cls: ts.ClassDeclaration, file: ts.SourceFile): boolean {
  let known = namesMidway.get(file);
  if (known === undefined) namesMidway.set(file, (known = file.text.includes('@midwayjs/')));
  if (!known) return false;
  return (ts.getDecorators(cls) ?? []).some((d) => {
    const callee = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
    return ts.isIdentifier(callee) && callee.text === 'Controller' && isMidway(file, callee.text);
  });
}

/** The middleware a route option object names (`{ middleware: [AuthMiddleware] }`). */
function optionMiddleware(v: ArgumentValue | undefined): ArgumentValue[] {
  if (v?.kind !== 'object') return [];
  const m = v.value.middleware;
  return m === undefined ? [] : m.kind === 'array' ? m.value : [m];
}

/** The guards `@UseGuard(AuthGuard)` / `@UseGuard([A, B])` names, and a role decorator as a role requirement. */
function guardsOf(decorators: DecoratorFact[]): ArgumentValue[] {
  const out: ArgumentValue[] = [];
  for (const d of decorators) {
    if (d.name === 'UseGuard') for (const a of d.args) out.push(...(a.kind === 'array' ? a.value : [a]));
    else if (ROLE_DECORATOR.test(d.name) && d.args.length > 0) out.push({ kind: 'call', value: d.name, args: d.args });
  }
  return out;
}

/**
 * Midway: each method of a `@Controller(prefix, { middleware })` class decorated with
 * `@Get/@Post/@Put/@Patch/@Del/@All(path, { middleware })` is a route; its chain is the
 * controller's middleware, the class's `@UseGuard` guards, then the method's middleware and guards
 * (Midway runs controller middleware before route middleware; guards run after both, before the
 * handler — all before it, which is what the chain records).
 */
export function midwayRoutes(cls: ts.ClassDeclaration, file: ts.SourceFile, path: string): RouteFact[] {
  const classDecorators = decoratorsOf(cls, file);
  const controller = classDecorators.find((d) => d.name === 'Controller');
  if (!controller) return [];
  const first = controller.args[0];
  const prefix = first?.kind === 'string' ? first.value : '';
  const classChain = [...optionMiddleware(controller.args[1]), ...guardsOf(classDecorators)];
  const out: RouteFact[] = [];
  for (const member of cls.members) {
    if (!ts.isMethodDeclaration(member) || !member.name) continue;
    const methodDecorators = decoratorsOf(member, file);
    for (const verb of methodDecorators) {
      const method = MIDWAY_VERBS[verb.name];
      if (method === undefined || !isMidway(file, verb.name)) continue;
      const sub = verb.args[0]?.kind === 'string' ? verb.args[0].value : '';
      const full = `/${[prefix, sub].filter((s) => s).join('/')}`.replace(/\/+/g, '/');
      out.push({
        framework: 'midway',
        method,
        path: full.length > 1 ? full.replace(/\/$/, '') : full,
        middleware: [...classChain, ...optionMiddleware(verb.args[1]), ...guardsOf(methodDecorators)],
        handler: { key: `${path}@${member.pos}` },
        at: positionOf(member.name, file),
      });
    }
  }
  return out;
}

/** Config files of a Midway app (`src/config/config.default.ts`, `config.prod.ts` …). */
const MIDWAY_CONFIG = /(^|\/)config\/config\.[\w-]+\.[cm]?[jt]s$/;

/**
 * The global prefix a Midway web framework's config gives every route: `koa: { globalPrefix:
 * '/api' }` (also `express:` and `egg:`), in `export default {…}` or a function returning it.
 * Only config.default (what every environment starts from) is read.
 */
export function midwayGlobalPrefix(file: ts.SourceFile, path: string): string | undefined {
  if (!MIDWAY_CONFIG.test(path) || !/config\.default\./.test(path) || !file.text.includes('globalPrefix')) return undefined;
  let found: string | undefined;
  const visit = (n: ts.Node): void => {
    if (found !== undefined) return;
    if (ts.isPropertyAssignment(n) && propertyName(n.name) === 'globalPrefix' && ts.isStringLiteralLike(n.initializer)) {
      const owner = n.parent.parent;
      if (owner && ts.isPropertyAssignment(owner) && /^(koa|express|egg)$/.test(propertyName(owner.name) ?? '')) {
        const p = n.initializer.text.replace(/^\/*/, '/').replace(/\/+$/, '');
        if (p !== '' && p !== '/') found = p;
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}

/**
 * What a Midway configuration applies to every route: `this.app.useMiddleware([A, B])` and
 * `this.app.useGuard([G])` (a class or an array), on an application (`this.app`, `app`, a framework).
 */
/** The callee names midwayGlobalFromCall reads. */
export const MIDWAY_GLOBAL_CALLS: ReadonlySet<string> = new Set(['useMiddleware', 'useGuard']);

export function midwayGlobalFromCall(call: ts.CallExpression, file: ts.SourceFile): ArgumentValue[] | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const name = call.expression.name.text;
  if (!MIDWAY_GLOBAL_CALLS.has(name)) return undefined;
  const receiver = dottedName(call.expression.expression) ?? '';
  if (!/(^|\.)(app|application|\w*[Ff]ramework)$/.test(receiver) || !file.text.includes('@midwayjs/')) return undefined;
  const out: ArgumentValue[] = [];
  for (const a of call.arguments) {
    const v = argumentValue(a, file);
    out.push(...(v.kind === 'array' ? v.value : [v]));
  }
  return out;
}
