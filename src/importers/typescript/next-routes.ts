// Next.js route handlers, read from where the files are (the path is the route) and what they
// export: App Router `app/**/route.ts` exporting GET/POST/PUT/PATCH/DELETE (functions or consts),
// Pages Router `pages/api/**` default-exported handlers, and `middleware.ts` with its
// `config.matcher`. A session check in the handler (`getServerSession(authOptions)`, next-auth's
// `auth()`, Clerk's `auth()`/`currentUser()`) followed by an exit when it finds none is the route's
// log-in check; so is a key or signature the handler compares and refuses on (credential-proof.ts).
import { ts } from './typescript-parser.js';
import { argumentValue, calleeName, dottedName, positionOf } from './ast-values.js';
import type { ArgumentValue, RouteFact } from './code-facts.js';
import { HANDLER_KEY_CHECK, rejectsUnknownKey } from './credential-proof.js';

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const APP_ROUTE = /^(?:.*\/)?app\/((?:[^/]+\/)*)route\.(?:ts|tsx|js|jsx|mts|mjs)$/;
const PAGES_API = /^(?:.*\/)?pages\/api\/((?:[^/]+\/)*[^/]+)\.(?:ts|tsx|js|jsx|mts|mjs)$/;
const MIDDLEWARE_FILE = /(?:^|\/)(?:src\/)?middleware\.(?:ts|js|mts|mjs)$/;
/** Session look-ups of next-auth (v4 `getServerSession`, v5 `auth`), @auth/nextjs, Clerk and next-auth/jwt `getToken`. */
const SESSION_CALLS = new Set(['getServerSession', 'auth', 'getSession', 'getToken', 'currentUser', 'getAuth', 'getUser', 'validateRequest']);
/** Middleware (middleware.ts) that logs the caller in, by the helpers it calls or wraps. */
const AUTH_MIDDLEWARE = /\b(auth|withAuth|getToken|clerkMiddleware|authMiddleware|NextAuth|getServerSession|updateSession|getSession)\b/;

/** The route path of a file: `app/api/orders/[id]/route.ts` → /api/orders/:id; undefined when it is no route file. */
export function nextRoutePath(file: string): { path: string; router: 'app' | 'pages' } | undefined {
  const app = APP_ROUTE.exec(file);
  if (app) return { path: segmentsToPath((app[1] ?? '').split('/').filter((s) => s !== '')), router: 'app' };
  const pages = PAGES_API.exec(file);
  if (pages) {
    const segs = ['api', ...(pages[1] ?? '').split('/')];
    if (segs[segs.length - 1] === 'index') segs.pop();
    return { path: segmentsToPath(segs), router: 'pages' };
  }
  return undefined;
}

function segmentsToPath(segments: string[]): string {
  const out: string[] = [];
  for (const s of segments) {
    // Route groups `(admin)` and parallel-route slots `@modal` are not part of the URL.
    if (/^\(.*\)$/.test(s) || s.startsWith('@')) continue;
    const catchAll = /^\[\[?\.\.\.([^\]]+)\]\]?$/.exec(s);
    const dynamic = /^\[([^\].]+)\]$/.exec(s);
    out.push(catchAll ? `:${catchAll[1]}*` : dynamic ? `:${dynamic[1]}` : s);
  }
  return `/${out.join('/')}`;
}

/**
 * The function a handler export names: an inline function, or the last argument of a wrapper
 * (`withAuth(async (req) => …)`), whose name then stands in the middleware chain.
 */
function unwrap(init: ts.Expression, file: ts.SourceFile): { fn?: ts.FunctionLikeDeclaration; name?: string; wrappers: ArgumentValue[] } {
  const wrappers: ArgumentValue[] = [];
  let e = init;
  for (let i = 0; i < 8; i++) {
    while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return { fn: e, wrappers };
    if (ts.isIdentifier(e)) return { name: e.text, wrappers };
    if (!ts.isCallExpression(e) || e.arguments.length === 0) return { wrappers };
    const callee = dottedName(e.expression);
    if (callee === undefined) return { wrappers };
    wrappers.push({ kind: 'call', value: callee, args: e.arguments.slice(0, -1).map((a) => argumentValue(a, file)) });
    e = e.arguments[e.arguments.length - 1] as ts.Expression;
  }
  return { wrappers };
}

/**
 * A session look-up bound to a name and an exit when it finds none: `const session = await
 * getServerSession(authOptions); if (!session) return …` (also `!session?.user`, `!userId` of
 * `const { userId } = auth()`), or a look-up that throws by itself (none known). The callee's name.
 */
export function sessionCheck(fn: ts.FunctionLikeDeclaration): string | undefined {
  if (!fn.body || !ts.isBlock(fn.body)) return undefined;
  const bound = new Map<string, string>();
  let found: string | undefined;
  const visit = (n: ts.Node): void => {
    if (found !== undefined || (ts.isFunctionLike(n) && n !== fn)) return;
    if (ts.isVariableDeclaration(n) && n.initializer) {
      let init: ts.Expression = n.initializer;
      while (ts.isAwaitExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      const callee = ts.isCallExpression(init) ? calleeName(init) : undefined;
      if (callee !== undefined && SESSION_CALLS.has(callee)) {
        if (ts.isIdentifier(n.name)) bound.set(n.name.text, callee);
        else if (ts.isObjectBindingPattern(n.name)) for (const el of n.name.elements) if (ts.isIdentifier(el.name)) bound.set(el.name.text, callee);
      }
    }
    if (ts.isIfStatement(n) && exits(n.thenStatement)) {
      const names = negatedNames(n.expression);
      for (const name of names) {
        const callee = bound.get(name);
        if (callee !== undefined) found = callee;
      }
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return found;
}

/** `!x`, `!x?.user`, `!x.user?.id`, `x == null`, in an `||`: the root names tested for absence. */
function negatedNames(e: ts.Expression): string[] {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken) return [...negatedNames(e.left), ...negatedNames(e.right)];
  let operand: ts.Expression | undefined;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) operand = e.operand;
  else if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken || e.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken) && (e.right.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e.right) && e.right.text === 'undefined'))) operand = e.left;
  if (!operand) return [];
  while (ts.isPropertyAccessExpression(operand) || ts.isParenthesizedExpression(operand) || ts.isNonNullExpression(operand)) operand = operand.expression;
  return ts.isIdentifier(operand) ? [operand.text] : [];
}

/** A statement that leaves the handler: return or throw, alone or last in a block. */
function exits(st: ts.Statement): boolean {
  if (ts.isReturnStatement(st) || ts.isThrowStatement(st)) return true;
  if (ts.isBlock(st)) {
    const last = st.statements[st.statements.length - 1];
    return last !== undefined && (ts.isReturnStatement(last) || ts.isThrowStatement(last));
  }
  return false;
}

/** Pages Router: the methods a handler branches on (`req.method === 'POST'`, `switch (req.method) { case 'GET': … }`). */
function branchedMethods(fn: ts.FunctionLikeDeclaration, file: ts.SourceFile): string[] {
  const out = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || n.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken)) {
      const [a, b] = [n.left, n.right];
      const lit = ts.isStringLiteralLike(b) ? b : ts.isStringLiteralLike(a) ? a : undefined;
      const other = lit === b ? a : b;
      if (lit && /\.method$/.test(other.getText(file)) && HTTP_METHODS.has(lit.text)) out.add(lit.text);
    }
    if (ts.isSwitchStatement(n) && /\.method$/.test(n.expression.getText(file))) {
      for (const c of n.caseBlock.clauses) if (ts.isCaseClause(c) && ts.isStringLiteralLike(c.expression) && HTTP_METHODS.has(c.expression.text)) out.add(c.expression.text);
    }
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  return [...out].sort();
}

/** The routes a Next.js route file declares (the file's parent pointers set: called after the walk). */
export function nextRoutes(file: ts.SourceFile, path: string): RouteFact[] {
  const where = nextRoutePath(path);
  if (!where) return [];
  const out: RouteFact[] = [];
  const functions = new Map<string, ts.FunctionLikeDeclaration>();
  for (const st of file.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) functions.set(st.name.text, st);
    else if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) functions.set(d.name.text, d.initializer);
  }
  const route = (method: string, init: ts.Expression | ts.FunctionLikeDeclaration, at: ts.Node): void => {
    const { fn: inline, name, wrappers } = ts.isFunctionDeclaration(init) ? { fn: init, name: undefined, wrappers: [] } : unwrap(init as ts.Expression, file);
    const fn = inline ?? (name !== undefined ? functions.get(name) : undefined);
    // A pages/api default export is a Next.js handler where the file names Next.js (NextApiRequest,
    // an import from next) or the function takes (req, res): not any default export under a pages folder.
    if (method === 'default' && !/\bnext\b|NextApi/.test(file.text) && !(fn !== undefined && fn.parameters.length >= 2)) return;
    const check = fn ? sessionCheck(fn) : undefined;
    // Else a key or signature the handler checks itself: `if (req.headers.get('x-api-key') !==
    // process.env.PARTNER_KEY) return NextResponse.json(…, { status: 401 })`, an HMAC of the body
    // compared with a signature header, refused with 403.
    const keyCheck = fn !== undefined && check === undefined && rejectsUnknownKey(fn, file);
    const middleware: ArgumentValue[] = [...wrappers, ...(check !== undefined ? [{ kind: 'ref' as const, value: `auth check: ${check}()` }] : []), ...(keyCheck ? [{ kind: 'ref' as const, value: HANDLER_KEY_CHECK }] : [])];
    const handler = fn ? { key: `${path}@${fn.pos}` } : name !== undefined ? { name } : {};
    const methods = method === 'default' ? (fn ? branchedMethods(fn, file) : []) : [method];
    for (const m of methods.length > 0 ? methods : ['ALL']) out.push({ framework: 'nextjs', method: m, path: where.path, middleware, handler, at: positionOf(at, file) });
  };
  const exported = (st: ts.Statement) => ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (st: ts.Statement) => ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  for (const st of file.statements) {
    if (where.router === 'app') {
      if (ts.isFunctionDeclaration(st) && st.name && exported(st) && HTTP_METHODS.has(st.name.text)) route(st.name.text, st, st);
      else if (ts.isVariableStatement(st) && exported(st)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && HTTP_METHODS.has(d.name.text) && d.initializer) route(d.name.text, d.initializer, d);
      } else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
        // export { handler as GET, handler as POST } (next-auth's route file).
        for (const el of st.exportClause.elements) if (HTTP_METHODS.has(el.name.text)) route(el.name.text, (el.propertyName ?? el.name) as ts.Identifier, el);
      }
    } else {
      if (ts.isFunctionDeclaration(st) && exported(st) && isDefault(st)) route('default', st, st);
      else if (ts.isExportAssignment(st) && !st.isExportEquals) route('default', st.expression, st);
    }
  }
  return out;
}

/** `middleware.ts`: whether it logs the caller in, and the paths its `config.matcher` selects (undefined: every path). */
export interface NextMiddlewareFact {
  name: string;
  /** Matchers read (path patterns); undefined: no matcher, every route; an empty list: none the scan can read. */
  matchers?: string[];
  at: { line: number; column: number };
}

export function nextMiddlewareOf(file: ts.SourceFile, path: string): NextMiddlewareFact | undefined {
  if (!MIDDLEWARE_FILE.test(path) || !AUTH_MIDDLEWARE.test(file.text)) return undefined;
  const found = AUTH_MIDDLEWARE.exec(file.text);
  let matchers: string[] | undefined;
  let at = { line: 1, column: 1 };
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.name.text !== 'config' || !d.initializer || !ts.isObjectLiteralExpression(d.initializer)) continue;
      at = positionOf(d, file);
      const m = d.initializer.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'matcher');
      if (!m) continue;
      const list = ts.isArrayLiteralExpression(m.initializer) ? [...m.initializer.elements] : [m.initializer];
      matchers = [];
      for (const el of list) {
        if (ts.isStringLiteralLike(el)) matchers.push(el.text);
        else if (ts.isObjectLiteralExpression(el)) {
          const src = el.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'source');
          if (src && ts.isStringLiteralLike(src.initializer)) matchers.push(src.initializer.text);
        }
      }
    }
  }
  return { name: `middleware.ts auth (${found?.[1] ?? ''})`, ...(matchers !== undefined ? { matchers } : {}), at };
}

/**
 * Whether a matcher selects a route path, for the forms read: a literal path, named parameters
 * (`:id`, `:path*` zero or more segments, `:path+` one or more, `:id?`), and the exclusion form
 * Next.js documents (`/((?!api|_next/static|favicon.ico).*)`: every path but those starting with
 * one of the alternatives). Any other pattern is not read: no route is matched (no regular
 * expression from scanned code is ever compiled).
 */
export function matcherSelects(matcher: string, path: string): boolean {
  const exclusion = /^\/\(\(\?!([^()]*)\)\.\*\)$/.exec(matcher);
  if (exclusion) {
    const rest = path.replace(/^\//, '');
    return !(exclusion[1] ?? '').split('|').some((alt) => alt !== '' && rest.startsWith(alt));
  }
  if (/[()[\]{}\\|^$]/.test(matcher)) return false;
  const m = matcher.split('/').filter((s) => s !== '');
  const p = path.split('/').filter((s) => s !== '');
  const match = (i: number, j: number): boolean => {
    if (i === m.length) return j === p.length;
    const seg = m[i] as string;
    const param = /^:[\w$]+([*+?]?)$/.exec(seg);
    if (param?.[1] === '*' || param?.[1] === '+') {
      for (let k = param[1] === '+' ? j + 1 : j; k <= p.length; k++) if (match(i + 1, k)) return true;
      return false;
    }
    if (param?.[1] === '?') return match(i + 1, j) || (j < p.length && match(i + 1, j + 1));
    if (j >= p.length) return false;
    return (param !== null || seg === p[j]) && match(i + 1, j + 1);
  };
  return m.length <= 32 && match(0, 0);
}

/** The middleware.ts log-in check that applies to a Next.js route, as a middleware entry. */
export function nextMiddlewareFor(mw: NextMiddlewareFact | undefined, path: string): ArgumentValue[] {
  if (!mw) return [];
  const applies = mw.matchers === undefined || mw.matchers.some((m) => matcherSelects(m, path));
  return applies ? [{ kind: 'ref', value: mw.name }] : [];
}
