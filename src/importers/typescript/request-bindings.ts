// Locals a handler binds from the request (or from the logged-in user), read without a type
// checker. A handler commonly names the request's values before it uses them:
//
//   const { mobile } = request.query as { mobile: string }      // Fastify, a type assertion
//   const { tenantId } = <Params>req.params                      // an old-style assertion
//   const q = request.query as Q; … q.mobile                     // a whole part, read later
//   const { body: { phone } } = req                              // a nested pattern
//   const { phone } = ctx.request.body                           // Koa
//   const { userId } = request.user as JwtUser                   // the caller, not the request
//
// The value's own text (`mobile`, `q.mobile`) does not say where it comes from; its declaration
// does. The origin of such a name is the origin of the path it was read from: the initializer
// (stripped of `as`, `satisfies`, `<X>`, `!` and parentheses — they change the type, not the
// value), then the destructured keys, then the members read off the local. Only a name path
// counts: a call's result (`await prisma.order.findFirst(…)`, `schema.parse(req.body)`), an
// `await`, arithmetic or a template is a value the code made, not the request's, and stays
// untraced. A few steps are followed (`const q = req.query; const { phone } = q`), no more.
// The one exception is a call that is itself how the framework hands the request (or the caller)
// over — Hono's `c.req.query('phone')`, `c.req.param('id')`, `await c.req.json()`,
// `c.get('user')`, the Fetch API's `await req.json()`, `url.searchParams.get('q')` — with a
// default after it (`c.req.query('kw') ?? ''`): those are the request's values, as `req.query.phone` is.
import { ts } from './typescript-parser.js';
import type { ValueOrigin } from './code-facts.js';
import { functionsAround } from './ast-values.js';
import { fileScopedMap } from './file-scoped-cache.js';

/** How many local bindings a value is followed through. */
export const LOCAL_BINDING_STEPS = 3;

/** Declarations of a function's own body (not nested functions'), by the names they bind. */
const declarationsOf = fileScopedMap<ts.Node, Map<string, ts.VariableDeclaration[]>>();

function boundNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) boundNames(el.name, out);
}

function ownDeclarations(fn: ts.SignatureDeclaration): Map<string, ts.VariableDeclaration[]> {
  const cached = declarationsOf.get(fn);
  if (cached) return cached;
  const out = new Map<string, ts.VariableDeclaration[]>();
  declarationsOf.set(fn, out);
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return out;
  const walk = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isVariableDeclaration(n) && n.initializer) {
      const names: string[] = [];
      boundNames(n.name, names);
      for (const name of names) {
        const list = out.get(name) ?? [];
        list.push(n);
        out.set(name, list);
      }
    }
    ts.forEachChild(n, walk);
  };
  ts.forEachChild(body, walk);
  return out;
}

/** Type assertions and parentheses around a value: they change its type, not where it comes from. */
function stripAssertions(node: ts.Expression): ts.Expression {
  let e = node;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
  return e;
}

/** `Number(id)`, `String(id)`, `parseInt(id, 10)`, `id.trim()` → id: a conversion keeps where the value comes from. */
function unconverted(node: ts.Expression): ts.Expression {
  const e = stripAssertions(node);
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && /^(Number|String|BigInt|parseInt|parseFloat)$/.test(e.expression.text) && e.arguments[0]) return stripAssertions(e.arguments[0]);
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && /^(trim|toString|toLowerCase|toUpperCase)$/.test(e.expression.name.text) && e.arguments.length === 0) return stripAssertions(e.expression.expression);
  return e;
}

/** Calls that hand over the request's values (Hono's context, the Fetch API) or the caller (Hono's context variables). */
const REQUEST_ACCESSOR = /^((c|ctx|context)\.req\.(param|query|queries|json|valid|header|parseBody|formData|text)|(req|request)\.(json|formData|text)|([\w$]+\.)*searchParams\.(get|getAll))$/;
const CALLER_ACCESSOR = /^c\.get$/;

/**
 * `c.req.query('kw')`, `await c.req.json()`, `c.req.query('kw') ?? ''`, `c.get('user')`: the text
 * `test` judges for a call that is itself a request (or caller) accessor; undefined for any other value.
 */
function accessorText(init: ts.Expression, file: ts.SourceFile): string | undefined {
  let e = stripAssertions(init);
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) e = stripAssertions(e.left);
  if (ts.isAwaitExpression(e)) e = stripAssertions(e.expression);
  if (!ts.isCallExpression(e)) return undefined;
  const callee = namePath(e.expression)?.join('.');
  if (callee === undefined) return undefined;
  if (REQUEST_ACCESSOR.test(callee)) return e.getText(file);
  const first = e.arguments[0];
  return CALLER_ACCESSOR.test(callee) && first !== undefined && ts.isStringLiteralLike(first) ? e.getText(file) : undefined;
}

/** `a.b['c']!.d` → ['a', 'b', 'c', 'd'] (assertions skipped); anything but a name path → undefined. */
function namePath(node: ts.Expression): string[] | undefined {
  const e = stripAssertions(node);
  if (ts.isIdentifier(e)) return [e.text];
  if (e.kind === ts.SyntaxKind.ThisKeyword) return ['this'];
  if (ts.isPropertyAccessExpression(e)) {
    const left = namePath(e.expression);
    return left && [...left, e.name.text];
  }
  if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression)) {
    const left = namePath(e.expression);
    return left && [...left, e.argumentExpression.text];
  }
  return undefined;
}

/** The keys leading to `name` in a binding pattern (`{ body: { phone } }` → ['body', 'phone']); [] for a plain name. */
function keysTo(pattern: ts.BindingName, name: string): string[] | undefined {
  if (ts.isIdentifier(pattern)) return pattern.text === name ? [] : undefined;
  for (const el of pattern.elements) {
    if (ts.isOmittedExpression(el)) continue;
    const inner = keysTo(el.name, name);
    if (inner === undefined) continue;
    if (ts.isArrayBindingPattern(pattern) || el.dotDotDotToken) return inner;
    const key = el.propertyName ? (ts.isIdentifier(el.propertyName) || ts.isStringLiteralLike(el.propertyName) ? el.propertyName.text : undefined) : ts.isIdentifier(el.name) ? el.name.text : undefined;
    return key === undefined ? inner : [key, ...inner];
  }
  return undefined;
}

/**
 * Where a value read through a local comes from, judged by its declaration in the nearest function
 * declaring the name: `test` judges a name path's text, `origin` (one step further) the initializer
 * itself (a decorated parameter, another local). Undefined when the declaration says nothing.
 */
export function localBindingOrigin(node: ts.Node, file: ts.SourceFile, origin: (init: ts.Expression, file: ts.SourceFile) => ValueOrigin, test: (text: string) => ValueOrigin | undefined): ValueOrigin | undefined {
  if (!ts.isExpression(node)) return undefined;
  const path = namePath(unconverted(node));
  if (!path || path[0] === 'this') return undefined;
  const name = path[0] as string;
  const members = path.slice(1);
  const at = node.getStart(file);
  const around = functionsAround(file, at);
  for (let i = around.length - 1; i >= 0; i--) {
    const fn = around[i] as ts.SignatureDeclaration;
    const decls = ownDeclarations(fn).get(name);
    // A parameter of the name binds it here (a decorated one is judged by valueOrigin).
    if (!decls) {
      if (fn.parameters.some((p) => { const names: string[] = []; boundNames(p.name, names); return names.includes(name); })) return undefined;
      continue;
    }
    // The last declaration before the use.
    let decl: ts.VariableDeclaration | undefined;
    for (const d of decls) if (d.getStart(file) < at) decl = d;
    if (!decl?.initializer) return undefined;
    const keys = keysTo(decl.name, name);
    if (keys === undefined) return undefined;
    const init = stripAssertions(decl.initializer);
    const accessor = accessorText(init, file);
    if (accessor !== undefined) return test(accessor);
    const initPath = namePath(init);
    if (!initPath) return undefined;
    const judged = test([...initPath, ...keys, ...members].join('.'));
    if (judged) return judged;
    const further = origin(init, file);
    return further === 'request' || further === 'user' ? further : undefined;
  }
  return undefined;
}

/**
 * What binds `name` where it is used at `at`, in the nearest function declaring it: the initializer
 * of its last declaration before the use (the whole initializer, for a destructured name), or the
 * parameter of that name. Undefined when no enclosing function binds it.
 */
export function bindingAt(name: string, at: number, file: ts.SourceFile): { initializer: ts.Expression } | { parameter: ts.ParameterDeclaration } | undefined {
  const around = functionsAround(file, at);
  for (let i = around.length - 1; i >= 0; i--) {
    const fn = around[i] as ts.SignatureDeclaration;
    const decls = ownDeclarations(fn).get(name);
    if (!decls) {
      const parameter = fn.parameters.find((p) => { const names: string[] = []; boundNames(p.name, names); return names.includes(name); });
      if (parameter) return { parameter };
      continue;
    }
    let decl: ts.VariableDeclaration | undefined;
    for (const d of decls) if (d.getStart(file) < at) decl = d;
    return decl?.initializer ? { initializer: decl.initializer } : undefined;
  }
  return undefined;
}
