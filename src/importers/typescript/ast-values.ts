// Reading literal values and names out of the syntax tree, without a type checker: what a
// static scan can know about an argument is its literal form or the name it refers to.
import { nameTable } from './name-table.js';
import { LOCAL_BINDING_STEPS, localBindingOrigin } from './request-bindings.js';
import { ts } from './typescript-parser.js';
import type { ArgumentValue, CodePosition, ValueOrigin } from './code-facts.js';
import { fileScopedMap } from './file-scoped-cache.js';

export function positionOf(node: ts.Node, file: ts.SourceFile): CodePosition {
  const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return { line: line + 1, column: character + 1 };
}

/** `a.b.c` → 'a.b.c'; `this.x` → 'this.x'; anything else → undefined. */
export function dottedName(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(node)) {
    const left = dottedName(node.expression);
    return left === undefined ? undefined : `${left}.${node.name.text}`;
  }
  if (ts.isNonNullExpression(node) || ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return dottedName(node.expression);
  return undefined;
}

/** The last name of a callee: `this.repo.find` → find; `find` → find. */
export function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

export function propertyName(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const inner = name.expression;
    if (ts.isStringLiteralLike(inner)) return inner.text;
    return dottedName(inner) ? `[${dottedName(inner)}]` : undefined;
  }
  return undefined;
}

export function stringValue(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteralLike(node)) return node.text;
  return undefined;
}

/** An argument's literal form; references stay references, to be resolved across files. */
export function argumentValue(node: ts.Expression, file: ts.SourceFile, depth = 0): ArgumentValue {
  if (ts.isStringLiteralLike(node)) return { kind: 'string', value: node.text };
  if (ts.isNumericLiteral(node)) return { kind: 'number', value: Number(node.text) };
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: 'boolean', value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'boolean', value: false };
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node)) return argumentValue(node.expression, file, depth);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return { kind: 'number', value: -Number(node.operand.text) };
  if (depth < 6 && ts.isObjectLiteralExpression(node)) {
    const value: Record<string, ArgumentValue> = nameTable<ArgumentValue>();
    for (const p of node.properties) {
      if (ts.isPropertyAssignment(p)) {
        const key = propertyName(p.name);
        if (key !== undefined) value[key] = argumentValue(p.initializer, file, depth + 1);
      } else if (ts.isShorthandPropertyAssignment(p)) {
        value[p.name.text] = { kind: 'ref', value: p.name.text };
      }
    }
    return { kind: 'object', value };
  }
  if (depth < 6 && ts.isArrayLiteralExpression(node)) {
    return { kind: 'array', value: node.elements.filter((e) => !ts.isSpreadElement(e)).map((e) => argumentValue(e, file, depth + 1)) };
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return { kind: 'function', value: String(node.pos) };
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const name = dottedName(node.expression) ?? '';
    return { kind: 'call', value: name, args: depth < 6 ? (node.arguments ?? []).map((a) => argumentValue(a, file, depth + 1)) : [] };
  }
  const name = dottedName(node);
  if (name !== undefined) return { kind: 'ref', value: name };
  return { kind: 'other', value: node.getText(file).slice(0, 80) };
}

// Also the Fetch API's request (Next.js route handlers: `await req.json()`, `req.nextUrl.searchParams.get('phone')`,
// `new URL(req.url).searchParams.get(…)`) and Hono's context (`c.req.query('phone')`, `c.req.param('id')`, `await c.req.json()`).
const REQUEST_SOURCE = /\b(req|request|ctx|context)\.(query|params|body|request|headers)\b|\brequest\.(query|params|body)\b|\b(req|request)\.(json|formData|text)\(\)|\bsearchParams\.(get|getAll)\(|\b(c|ctx|context)\.req\.(param|query|queries|json|valid|header|parseBody|formData|text)\b/;
/** Next.js: a route handler's (or page's) dynamic segments, `params.id`, `(await params).id` (Next 15), `context.params.id`. */
const NEXT_PARAMS = /(^|[^.\w$])\(?\s*(await\s+)?(params|props\.params|context\.params)\s*\)?\s*\.\s*[\w$]+/;
const NEXT_ROUTE_FILE = /(^|\/)(app\/(.*\/)?route|pages\/api\/.*)\.(ts|tsx|js|jsx|mts|mjs)$/;
// `user.sub`: the JWT subject claim (jsonwebtoken, @fastify/jwt) is the caller's id. Hono's context
// variables `c.get('jwtPayload')` (hono/jwt), `c.get('user')`, `c.var.user` hold the caller (only on
// `c`: Koa's `ctx.get('user')` reads a request header).
const USER_SOURCE = /\b(req|request|ctx|context)\.(user|session|state\.user|auth)\b|\b(ctx|context)\.state\b|\b(res|response)\.locals\b|\bc\.(get\(\s*['"]|var\.)(jwtPayload|user|session|auth)\b|\bcurrentUser\b|\buser\.(id|sub|outlet|unit|org|tenant|dept|station|branch)|\bsession\.|@CurrentUser|\bprincipal\b|\bauthUser\b|\bme\b\./i;

/**
 * Where a condition value comes from: a literal, the logged-in user, or (otherwise) the request.
 * Koa's `ctx.state` and Express's `res.locals` are the namespaces middleware passes values through
 * (the auth middleware sets them from the verified token; a client never does): any value read
 * from them (`ctx.state.communityId`, `res.locals.tenantId`) is the caller's. Hapi's
 * `request.state` (its parsed cookies) is the client's and is not read so.
 */
export function valueOrigin(node: ts.Node, file: ts.SourceFile, depth = 0): ValueOrigin {
  if (ts.isStringLiteralLike(node) || ts.isNumericLiteral(node) || node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return 'constant';
  const text = node.getText(file);
  if (USER_SOURCE.test(text)) return 'user';
  // Enum members and SCREAMING constants are constants.
  if (/^[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9_]*$/.test(text) || /^[A-Z][A-Z0-9_]+$/.test(text)) return 'constant';
  if (REQUEST_SOURCE.test(text)) return 'request';
  if (NEXT_PARAMS.test(text) && NEXT_ROUTE_FILE.test(file.fileName)) return 'request';
  if (decoratedRequestParameter(node, file)) return 'request';
  // A local the handler bound from the request or the user (request-bindings.ts).
  if (depth < LOCAL_BINDING_STEPS) {
    const bound = localBindingOrigin(node, file, (init, f) => valueOrigin(init, f, depth + 1), (t) => (USER_SOURCE.test(t) ? 'user' : REQUEST_SOURCE.test(t) ? 'request' : undefined));
    if (bound) return bound;
  }
  return 'variable';
}

// Handler parameter decorators that bind a request value: NestJS (@nestjs/common),
// routing-controllers and Midway. `@Query('phone') phone`, `@Param('id') id`, `@Body() dto` (and `dto.phone`),
// `@Headers('x-tenant') tenant` are the request's values, as `req.query.phone` is.
const REQUEST_DECORATORS: Readonly<Record<string, ReadonlySet<string>>> = nameTable({
  '@nestjs/common': new Set(['Query', 'Param', 'Body', 'Headers']),
  'routing-controllers': new Set(['QueryParam', 'QueryParams', 'Param', 'Params', 'Body', 'BodyParam', 'HeaderParam', 'HeaderParams']),
  // Midway v3 (@midwayjs/core) and v2 (@midwayjs/decorator): `@Query('phone')`, `@Queries()`, `@Fields()`.
  '@midwayjs/core': new Set(['Query', 'Queries', 'Param', 'Body', 'Headers', 'Fields']),
  '@midwayjs/decorator': new Set(['Query', 'Queries', 'Param', 'Body', 'Headers', 'Fields']),
});

const REQUEST_DECORATOR_TEXT = /@(Query|Queries|Fields|Param|Body|Headers|QueryParams?|Params|BodyParam|HeaderParams?)\s*\(/;
const mentionsRequestDecorator = fileScopedMap<ts.SourceFile, boolean>();

/**
 * The functions enclosing a position, outermost first, found from the file down: the scan sets
 * parent pointers on its way down (parse-code-file.ts), so a node read by an extractor has none yet.
 */
export function functionsAround(file: ts.SourceFile, pos: number): ts.SignatureDeclaration[] {
  const out: ts.SignatureDeclaration[] = [];
  let node: ts.Node = file;
  for (;;) {
    const next: ts.Node | undefined = ts.forEachChild(node, (c) => (c.pos <= pos && pos < c.end ? c : undefined));
    if (next === undefined) return out;
    if (ts.isFunctionLike(next)) out.push(next);
    node = next;
  }
}

/** Whether `node` (`phone`, or `dto.phone` / `dto['phone']`) reads a parameter of the enclosing function that a request decorator binds. */
function decoratedRequestParameter(node: ts.Node, file: ts.SourceFile): boolean {
  let known = mentionsRequestDecorator.get(file);
  if (known === undefined) mentionsRequestDecorator.set(file, (known = REQUEST_DECORATOR_TEXT.test(file.text)));
  if (!known) return false;
  let root: ts.Node = node;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isNonNullExpression(root) || ts.isParenthesizedExpression(root)) root = root.expression;
  if (!ts.isIdentifier(root)) return false;
  const name = root.text;
  const around = functionsAround(file, root.getStart(file));
  for (let i = around.length - 1; i >= 0; i--) {
    const param = (around[i] as ts.SignatureDeclaration).parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
    if (!param) continue;
    // The nearest function declaring the name binds it: decorated or not, look no further.
    return (ts.canHaveDecorators(param) ? (ts.getDecorators(param) ?? []) : []).some((d) => {
      const callee = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
      if (!ts.isIdentifier(callee)) return false;
      const from = importedFrom(file, callee.text);
      return from !== undefined && REQUEST_DECORATORS[from]?.has(callee.text) === true;
    });
  }
  return false;
}

/** `require('m')`: the module it names. */
export function requiredModule(init: ts.Expression): string | undefined {
  if (!ts.isCallExpression(init) || !ts.isIdentifier(init.expression) || init.expression.text !== 'require') return undefined;
  const a = init.arguments[0];
  return a && ts.isStringLiteralLike(a) ? a.text : undefined;
}

/** The module a name of the file is imported from (`import x from 'm'`, `import { x } from 'm'`, `const x = require('m')`). */
export function importedFrom(file: ts.SourceFile, local: string): string | undefined {
  for (const st of file.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteralLike(st.moduleSpecifier)) {
      const c = st.importClause;
      if (!c) continue;
      if (c.name?.text === local) return st.moduleSpecifier.text;
      const nb = c.namedBindings;
      if (nb && ts.isNamespaceImport(nb) && nb.name.text === local) return st.moduleSpecifier.text;
      if (nb && ts.isNamedImports(nb) && nb.elements.some((e) => e.name.text === local)) return st.moduleSpecifier.text;
    }
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const from = ts.isIdentifier(d.name) && d.name.text === local && d.initializer ? requiredModule(d.initializer) : undefined;
        if (from !== undefined) return from;
      }
    }
  }
  return undefined;
}
