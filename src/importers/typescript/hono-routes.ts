// Hono (hono.dev): `const app = new Hono()` (or `new Hono().basePath('/api')`), routes declared
// as `app.get(path, mw…, handler)`, middleware `app.use('/api/*', jwt({ secret }))`, and sub-apps
// mounted with `app.route('/users', users)`. A Hono instance is read as a router (it is one): its
// routes, `use` middleware and mounts go through the Express readers and the linker's mounts.
import { nameTable } from './name-table.js';
import { ts } from './typescript-parser.js';
import { importedFrom, positionOf } from './ast-values.js';
import type { UseFact } from './code-facts.js';
import type { RouterExport } from './extract-routes.js';

/** Modules exporting the Hono class (and @hono/zod-openapi's OpenAPIHono, a Hono subclass). */
const HONO_MODULES = /^(hono|hono\/tiny|hono\/quick|@hono\/zod-openapi)$/;
const HONO_CLASSES = new Set(['Hono', 'OpenAPIHono']);

export interface HonoApps {
  /** Module-level variables bound to a Hono instance. */
  local: string[];
  /** The names other modules import them by (`default` for `export default app`). */
  exported: string[];
  /** Which instance each export is (`export { app as users }`), read as routersOf reads a router's. */
  bindings: RouterExport[];
  /** `new Hono().basePath('/api')`: the prefix every route of that instance takes. */
  basePaths?: Record<string, string>;
}

/** `new Hono()`, `new Hono<Env>()`, `new Hono().basePath('/api')`: the base path ('' when none); undefined when not a Hono instance. */
function honoInstance(init: ts.Expression, file: ts.SourceFile): string | undefined {
  let e = init;
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
  let base = '';
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'basePath') {
    const arg = e.arguments[0];
    if (!arg || !ts.isStringLiteralLike(arg)) return undefined;
    base = arg.text;
    e = e.expression.expression;
  }
  if (!ts.isNewExpression(e) || !ts.isIdentifier(e.expression) || !HONO_CLASSES.has(e.expression.text)) return undefined;
  const from = importedFrom(file, e.expression.text);
  return from !== undefined && HONO_MODULES.test(from) ? base.replace(/\/+$/, '') : undefined;
}

/** The Hono instances a module creates at its top level, and the names it exports them by. */
export function honoAppsOf(file: ts.SourceFile): HonoApps | undefined {
  if (!file.text.includes('hono')) return undefined;
  const local = new Set<string>();
  const exported = new Set<string>();
  const bindings: RouterExport[] = [];
  let basePaths: Record<string, string> | undefined;
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const isExported = (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      const base = honoInstance(d.initializer, file);
      if (base === undefined) continue;
      local.add(d.name.text);
      if (isExported) {
        exported.add(d.name.text);
        bindings.push({ exported: d.name.text, local: d.name.text });
      }
      if (base !== '') (basePaths ??= nameTable())[d.name.text] = base;
    }
  }
  if (local.size === 0) return undefined;
  for (const st of file.statements) {
    if (ts.isExportAssignment(st) && ts.isIdentifier(st.expression) && local.has(st.expression.text)) {
      exported.add('default');
      bindings.push({ exported: 'default', local: st.expression.text });
    } else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) {
        const name = (el.propertyName ?? el.name).text;
        if (!local.has(name)) continue;
        exported.add(el.name.text);
        bindings.push({ exported: el.name.text, local: name });
      }
    }
  }
  return { local: [...local].sort(), exported: [...exported].sort(), bindings, ...(basePaths ? { basePaths } : {}) };
}

/**
 * `app.route('/users', users)`: the sub-app mounted under the prefix (a Hono instance of this
 * module, or one imported from another), read as an Express mount is (decided when linking).
 */
export function honoMountFromCall(call: ts.CallExpression, file: ts.SourceFile, apps: ReadonlySet<string>): UseFact | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'route') return undefined;
  const receiver = call.expression.expression;
  if (!ts.isIdentifier(receiver) || !apps.has(receiver.text)) return undefined;
  const [prefix, sub] = call.arguments;
  if (!prefix || !ts.isStringLiteralLike(prefix) || !sub || !ts.isIdentifier(sub)) return undefined;
  return { receiver: receiver.text, prefix: prefix.text.replace(/\/+$/, ''), middleware: [{ kind: 'ref', value: sub.text }], mountCandidate: sub.text, line: positionOf(call, file).line };
}

/**
 * Hono middleware paths are patterns: `app.use('/api/*', mw)` applies to every route under
 * `/api`, read as the prefix `/api` (a pattern with a parameter or a wildcard inside is kept as
 * written, and applies to no route by prefix).
 */
export function honoUsePrefix(prefix: string): string {
  return prefix.replace(/\/?\*$/, '');
}
