// A value a request carries in a header: where a comparison takes one (`timingSafeEqual` of a
// token header with a configured secret, `bcrypt.compare` of an API-key header with a stored hash),
// a machine caller presents its key; a person's password comes in the body (credential-proof.ts).
import { ts } from './typescript-parser.js';
import { bindingAt } from './request-bindings.js';

/** The request, or its part holding the headers: `req`, `ctx`, `ctx.request`, Hono's `c.req`, `this.ctx`. */
const REQUEST_TEXT = /^(this\.)?(req|request|ctx|context)(\.(request|req))?$|\.req$/;
/** The headers object: `req.headers`, Koa's `ctx.header`, `ctx.request.headers`, or a name ending so (`headers`). */
const HEADERS_TEXT = /(^|\.)headers?$/;
/** Methods that only convert a value (`token.trim()`, `token.toString()`): the value stays the header's, as through `String(…)` and `Buffer.from(…)`. */
const CONVERSION = /^(toString|trim|toLowerCase|toUpperCase|normalize)$/;
/** Parameter decorators binding a header's value: NestJS / Midway `@Headers('x-token')`, routing-controllers `@HeaderParam('x-token')`. */
const HEADER_DECORATOR = /^(Headers|HeaderParam)$/;
/** How many locals a value is followed through (`const a = Buffer.from(token)`, `const token = req.get(…)`). */
const STEPS = 3;

/**
 * Whether a value is a request header's, through conversions (`Buffer.from(String(req.headers['x-token']))`,
 * `token ?? ''`) and locals: `req.headers['x-token']`, `req.headers.authorization`, the Fetch API's
 * `req.headers.get('x-token')`, `req.get('X-Token')`, `req.header(…)`, Koa's `ctx.get(…)`, Hono's
 * `c.req.header(…)`, a name destructured from the headers, a parameter a header decorator binds.
 * A value computed from a header by any other call (`loadHash(req.headers['x-tenant'])`) is not.
 */
export function readFromRequestHeader(node: ts.Expression, file: ts.SourceFile, depth = 0): boolean {
  let e = node;
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
    else if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) e = e.left;
    else if (ts.isCallExpression(e) && e.arguments.length > 0 && ts.isIdentifier(e.expression) && e.expression.text === 'String') e = e.arguments[0] as ts.Expression;
    else if (ts.isCallExpression(e) && e.arguments.length > 0 && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'from' && e.expression.expression.getText(file) === 'Buffer') e = e.arguments[0] as ts.Expression;
    else if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && CONVERSION.test(e.expression.name.text) && e.arguments.length === 0) e = e.expression.expression;
    else break;
  }
  // req.headers['x-token'], req.headers.authorization, ctx.header.x
  if ((ts.isElementAccessExpression(e) || ts.isPropertyAccessExpression(e)) && HEADERS_TEXT.test(e.expression.getText(file))) return true;
  // req.get('X-Token'), req.header('X-Token'), ctx.get(…), c.req.header(…), req.headers.get('x-token')
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && /^(get|header)$/.test(e.expression.name.text) && e.arguments[0] !== undefined && ts.isStringLiteralLike(e.arguments[0])) {
    const receiver = e.expression.expression.getText(file);
    return REQUEST_TEXT.test(receiver) || (e.expression.name.text === 'get' && HEADERS_TEXT.test(receiver));
  }
  if (!ts.isIdentifier(e) || depth >= STEPS) return false;
  const binding = bindingAt(e.text, e.getStart(file), file);
  if (!binding) return false;
  if ('parameter' in binding) return headerParameter(binding.parameter);
  // const { 'x-token': token } = req.headers
  const init = binding.initializer;
  return HEADERS_TEXT.test(init.getText(file)) || readFromRequestHeader(init, file, depth + 1);
}

function headerParameter(p: ts.ParameterDeclaration): boolean {
  return (ts.canHaveDecorators(p) ? (ts.getDecorators(p) ?? []) : []).some((d) => {
    const e = d.expression;
    return ts.isCallExpression(e) && ts.isIdentifier(e.expression) && HEADER_DECORATOR.test(e.expression.text) && e.arguments.length > 0;
  });
}
