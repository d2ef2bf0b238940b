// Egg.js hands a request's values to services as arguments: a controller reads
// `ctx.query.phone` or `ctx.params.id` and calls `ctx.service.member.find(phone)`; the service's
// query filters by its parameter (`find(phone) { return this.app.mysql.get('members', { phone }) }`).
// Read alone, the parameter is a value the scan cannot trace; read with the call, it is the
// request's (or the logged-in user's, `ctx.service.order.mine(ctx.state.user.id)`).
//
// The scan records, for each service call, where each argument comes from, and for each query of
// a method under app/service/ which of the method's parameters a condition's value is (directly,
// converted — `Number(id)` — or through a local constant holding the filter). When the code base
// is linked, a query reached through such a call takes the origin of the argument passed in the
// parameter's place, where that origin is the request or the logged-in user; any other argument
// (a constant, a value the caller made) leaves the condition as it was.
import { ts } from './typescript-parser.js';
import { functionsAround, propertyName, valueOrigin } from './ast-values.js';
import { localConstantValue } from './local-constant.js';
import type { QueryFact, ValueOrigin } from './code-facts.js';

const EGG_SERVICE_FILE = /(?:^|\/)app\/service\/.+\.[cm]?[jt]s$/;
/** How deep a filter is followed (nested objects, local constants, branches). */
const MAX_DEPTH = 5;

/** Where each argument of an Egg service call comes from. */
export function serviceArgumentOrigins(call: ts.CallExpression, file: ts.SourceFile): ValueOrigin[] {
  return call.arguments.map((a) => valueOrigin(a, file));
}

function stripped(node: ts.Expression): ts.Expression {
  let e = node;
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
    // A conversion keeps the value: Number(id), String(kw), kw.trim().
    else if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && /^(Number|String|parseInt|parseFloat|BigInt)$/.test(e.expression.text) && e.arguments[0]) e = e.arguments[0];
    else if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && /^(trim|toString|toLowerCase|toUpperCase)$/.test(e.expression.name.text) && e.arguments.length === 0) e = e.expression.expression;
    else return e;
  }
}

/** The fields of a filter each given a parameter's value: `{ phone }`, `{ customer_id: Number(customerId) }`, `{ name: { [Op.like]: kw } }`. */
function parameterFields(node: ts.Expression | undefined, params: readonly string[], file: ts.SourceFile, out: Map<string, number | null>, depth: number, field?: string): void {
  if (!node || depth > MAX_DEPTH) return;
  const e = stripped(node);
  const set = (key: string, index: number): void => {
    const had = out.get(key);
    out.set(key, had === undefined || had === index ? index : null);
  };
  if (ts.isIdentifier(e)) {
    const index = params.indexOf(e.text);
    if (index >= 0) {
      if (field !== undefined) set(field, index);
      return;
    }
    parameterFields(localConstantValue(e, file), params, file, out, depth + 1, field);
  } else if (ts.isConditionalExpression(e)) {
    parameterFields(e.whenTrue, params, file, out, depth + 1, field);
    parameterFields(e.whenFalse, params, file, out, depth + 1, field);
  } else if (ts.isArrayLiteralExpression(e)) {
    for (const el of e.elements) parameterFields(el as ts.Expression, params, file, out, depth + 1, field);
  } else if (ts.isObjectLiteralExpression(e)) {
    for (const p of e.properties) {
      if (ts.isShorthandPropertyAssignment(p)) {
        const index = params.indexOf(p.name.text);
        // `{ phone }` of the parameter; `{ where }` of a local constant holding the filter.
        if (index >= 0) set(p.name.text, index);
        else parameterFields(localConstantValue(p.name, file), params, file, out, depth + 1, p.name.text);
      } else if (ts.isPropertyAssignment(p)) {
        const key = propertyName(p.name);
        // An operator's value (`{ [Op.like]: kw }`, `{ $in: ids }`) is the field's it sits under.
        const operator = key === undefined || /^\$|^\[/.test(key) || p.name.kind === ts.SyntaxKind.ComputedPropertyName;
        parameterFields(p.initializer, params, file, out, depth + 1, operator ? field : key);
      }
    }
  }
}

/**
 * A query of an Egg service method, with each condition whose value is one of the method's
 * parameters marked by that parameter's index. Other files' queries are returned as they are.
 */
export function markServiceParameters(q: QueryFact, call: ts.CallExpression, path: string, file: ts.SourceFile): QueryFact {
  if (!EGG_SERVICE_FILE.test(path) || !q.conditions.some((c) => c.origin === 'variable')) return q;
  const around = functionsAround(file, call.getStart(file));
  const fn = around[around.length - 1];
  if (!fn || !ts.isMethodDeclaration(fn)) return q;
  const params = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''));
  if (!params.some((p) => p !== '')) return q;
  const fields = new Map<string, number | null>();
  for (const a of call.arguments) parameterFields(a, params, file, fields, 0);
  if (fields.size === 0) return q;
  let marked = false;
  const conditions = q.conditions.map((c) => {
    const index = c.origin === 'variable' ? fields.get(c.field) : undefined;
    if (index === undefined || index === null) return c;
    marked = true;
    return { ...c, parameter: index };
  });
  return marked ? { ...q, conditions } : q;
}

/**
 * The argument origins of the calls of `callee` a function makes: one list when every call agrees
 * on an argument (a disagreement leaves it untraced), undefined when it makes none.
 */
export function argumentsPassed(calls: ReadonlyArray<{ callee: string; origins: ValueOrigin[] }> | undefined, callee: string): ValueOrigin[] | undefined {
  let out: ValueOrigin[] | undefined;
  for (const c of calls ?? []) {
    if (c.callee !== callee) continue;
    out = out === undefined ? [...c.origins] : out.map((o, i) => (c.origins[i] === o ? o : 'variable'));
  }
  return out;
}

/** A service method's query as reached through a call: parameters given the request's or the caller's value take that origin. */
export function withArgumentOrigins(q: QueryFact, args: readonly ValueOrigin[] | undefined): QueryFact {
  if (args === undefined || !q.conditions.some((c) => c.parameter !== undefined)) return q;
  let changed = false;
  const conditions = q.conditions.map((c) => {
    const passed = c.parameter !== undefined ? args[c.parameter] : undefined;
    if (passed !== 'request' && passed !== 'user') return c;
    changed = true;
    return { ...c, origin: passed };
  });
  return changed ? { ...q, conditions } : q;
}
