// Values a logger call writes: `console.log('verify', realName, idCardNo)`,
// `logger.info({ phone: ctx.request.body.phone })`, `this.logger.warn(\`…${user.idCardNo}\`)`. Read
// as the names the values are held under (a request field, a record's property, a variable); what
// category each name is, and whether it is PI, is decided against the stores' fields when the
// routes are viewed (src/views/code-route-view.ts). A value passed through a call (`mask(phone)`,
// `hash(idCardNo)`) is transformed and not recorded; a string is never a value.
import { ts } from './typescript-parser.js';
import { dottedName, positionOf } from './ast-values.js';

export interface LoggedValue {
  /** The name the value is held under: a request field (`phone` of `req.body.phone`), a record's property, a variable. */
  field: string;
  /** `request`: read from the request (`req.body.x`, `ctx.request.body.x`, `ctx.query.x`, `req.params.x`); `code`: a record's property or a variable. */
  source: 'request' | 'code';
  line: number;
}

/** The logger methods loggedValues reads (the callee's last name): nothing else is a log line. */
export const LOG_METHODS: ReadonlySet<string> = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly']);
/** console, a logger instance (pino, winston, log4js, bunyan …) by its usual names, and the request-bound loggers of Koa, Fastify and pino-http. */
const LOGGER = /^(console|logger|log|\w+Logger|\w+Log|this\.(logger|log|\w+Logger)|(ctx|context|req|request|app|fastify|server)\.(log|logger))$/;
const REQUEST_FIELD = /^(?:req|request|ctx|context)(?:\.request)?\.(?:body|query|params)\.(\w+)$/;
/** How many values of one call are read, at most (an object of a hundred properties is not a log line). */
const MAX_VALUES = 64;

export function loggedValues(call: ts.CallExpression, file: ts.SourceFile): LoggedValue[] | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !LOG_METHODS.has(callee.name.text)) return undefined;
  const receiver = dottedName(callee.expression);
  // An audit log records whose data was read (the subject: PIPL-LOG-003 asks for it); it is not an application log.
  if (receiver === undefined || !LOGGER.test(receiver) || /audit/i.test(receiver) || call.arguments.length === 0) return undefined;
  const line = positionOf(call, file).line;
  const out: LoggedValue[] = [];
  let budget = MAX_VALUES;
  const visit = (node: ts.Node, depth: number): void => {
    if (budget <= 0 || depth > 4) return;
    let n = node;
    while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n)) n = n.expression;
    if (ts.isTemplateExpression(n)) for (const span of n.templateSpans) visit(span.expression, depth + 1);
    else if (ts.isObjectLiteralExpression(n)) {
      for (const p of n.properties) {
        if (ts.isPropertyAssignment(p)) visit(p.initializer, depth + 1);
        else if (ts.isShorthandPropertyAssignment(p)) visit(p.name, depth + 1);
      }
    } else if (ts.isArrayLiteralExpression(n)) for (const e of n.elements) visit(e, depth + 1);
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      visit(n.left, depth + 1);
      visit(n.right, depth + 1);
    } else if (ts.isConditionalExpression(n)) {
      visit(n.whenTrue, depth + 1);
      visit(n.whenFalse, depth + 1);
    } else if (ts.isIdentifier(n)) {
      budget--;
      out.push({ field: n.text, source: 'code', line });
    } else if (ts.isPropertyAccessExpression(n)) {
      const name = dottedName(n);
      if (name === undefined) return;
      budget--;
      const request = REQUEST_FIELD.exec(name);
      out.push(request ? { field: request[1] as string, source: 'request', line } : { field: n.name.text, source: 'code', line });
    }
  };
  for (const a of call.arguments) visit(a, 0);
  return out.length > 0 ? out : undefined;
}
