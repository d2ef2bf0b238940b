// A one-time code verified before the lookup, in a separate call. An SMS log-in commonly checks
// the code in a helper first and looks the account up afterwards:
//
//   if (!(await verifySmsCode(phone, code))) return reply.code(401).send(…);   // a falsy result ends the handler
//   await this.sms.verify(phone, code);                                        // a helper that throws
//   const member = await prisma.member.findFirst({ where: { mobile: phone } });
//
// The lookup then finds only the account of whoever received the code sent to that phone: it
// proves identity as a code checked in the lookup's own condition does (credential-proof.ts).
// Found here, per call site, is a candidate: a call given request values whose failure ends the
// handler (an `if` on its result that exits, or an awaited call as a statement of its own, outside
// any try with a catch). The called function is followed by name when the code base is linked
// (link-code-base.ts), as calls are elsewhere: it counts only when every function of that name
// (at most three) checks a one-time code itself (a cached code compared with the presented one, a
// one-time-code query, exiting on a mismatch — find-caller-checks.ts) and fails as the call site
// needs: a helper that returns false on a mismatch ends nothing when its result is ignored. The
// lookup must use one of the request values the call was given (the phone the code was sent to):
// a code checked for one phone proves nothing about a lookup by another value.
import { ts } from './typescript-parser.js';
import { calleeName, dottedName, positionOf, valueOrigin } from './ast-values.js';
import type { CallerCheckFact, FunctionFact } from './code-facts.js';
import { bindingBefore, exits, unwrap, type CheckedRegion } from './find-caller-checks.js';
import { queryFromCall, queryFromKnexChain } from './extract-queries.js';
import { provesIdentity } from './credential-proof.js';

/** How the statement a failed check runs leaves the function: by throwing, or by returning a falsy value. */
export function failureMode(statement: ts.Statement): 'throws' | 'returns-falsy' | undefined {
  if (ts.isThrowStatement(statement)) return 'throws';
  if (ts.isReturnStatement(statement)) {
    if (!statement.expression) return 'returns-falsy';
    const e = unwrap(statement.expression);
    const falsy = e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined') || (ts.isNumericLiteral(e) && e.text === '0') || (ts.isStringLiteralLike(e) && e.text === '');
    return falsy ? 'returns-falsy' : undefined;
  }
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last ? failureMode(last) : undefined;
  }
  if (ts.isExpressionStatement(statement)) {
    const e = unwrap(statement.expression);
    return ts.isCallExpression(e) && calleeName(e) === 'throw' ? 'throws' : undefined;
  }
  return undefined;
}

/** The request values a call is given (`phone`, `body.mobile`), by their text. */
function requestValues(call: ts.CallExpression, file: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const a of call.arguments) {
    const name = dottedName(a);
    if (name !== undefined && valueOrigin(a, file) === 'request') out.push(name);
  }
  return out;
}

/** The call a condition tests as failed: `!(await verify(…))`, `!ok` (ok = await verify(…)), `… === false`, in an OR. */
function failedCall(cond: ts.Expression, at: ts.Node, depth = 0): ts.CallExpression | undefined {
  if (depth > 3) return undefined;
  const e = unwrap(cond);
  let tested: ts.Expression | undefined;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) tested = unwrap(e.operand);
  else if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.BarBarToken) return failedCall(e.left, at, depth + 1) ?? failedCall(e.right, at, depth + 1);
    if ((op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken) && e.right.kind === ts.SyntaxKind.FalseKeyword) tested = unwrap(e.left);
  }
  if (tested && ts.isIdentifier(tested)) {
    const bound = bindingBefore(tested.text, at);
    tested = bound ? unwrap(bound) : undefined;
  }
  return tested && ts.isCallExpression(tested) ? tested : undefined;
}

/** Whether the statement runs inside a try block that has a catch (a thrown failure may be swallowed), within its function. */
function insideCaughtTry(statement: ts.Node): boolean {
  let child: ts.Node = statement;
  for (let n: ts.Node | undefined = statement.parent; n && !ts.isFunctionLike(n) && !ts.isSourceFile(n); child = n, n = n.parent) {
    if (ts.isTryStatement(n) && n.tryBlock === child && n.catchClause) return true;
  }
  return false;
}

function candidate(call: ts.CallExpression, needs: 'throws' | 'falsy', file: ts.SourceFile): CallerCheckFact | undefined {
  const callee = calleeName(call);
  if (!callee) return undefined;
  const values = requestValues(call, file);
  if (values.length === 0) return undefined;
  return { kind: 'credential-gate', name: callee, at: positionOf(call, file), verifiedBy: { callee, needs, values } };
}

/**
 * The region behind a call that may verify a one-time code, where its failure ends the handler:
 * `if (!(await verify(phone, code))) return/throw …` (the rest of the block and an else branch),
 * or `await verify(phone, code)` as a statement of its own (or a declaration's value) outside a
 * try with a catch (the rest of the block). Judged when the code base is linked.
 */
export function verifiedBefore(statement: ts.Statement, file: ts.SourceFile): CheckedRegion[] {
  const block = statement.parent;
  if (!block || !(ts.isBlock(block) || ts.isCaseClause(block) || ts.isDefaultClause(block))) return [];
  if (ts.isIfStatement(statement)) {
    if (!exits(statement.thenStatement)) return [];
    const call = failedCall(statement.expression, statement);
    const check = call ? candidate(call, 'falsy', file) : undefined;
    if (!check) return [];
    const out: CheckedRegion[] = [{ start: statement.end, end: block.end, check }];
    if (statement.elseStatement) out.push({ start: statement.elseStatement.pos, end: statement.elseStatement.end, check });
    return out;
  }
  let expression: ts.Expression | undefined;
  if (ts.isExpressionStatement(statement)) expression = statement.expression;
  else if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) expression = statement.declarationList.declarations[0]?.initializer;
  if (!expression || !ts.isAwaitExpression(expression)) return [];
  const call = unwrap(expression);
  if (!ts.isCallExpression(call) || insideCaughtTry(statement)) return [];
  const check = candidate(call, 'throws', file);
  return check ? [{ start: statement.end, end: block.end, check }] : [];
}

/** Whether a node (a query's call, a call of a service) is given one of the values: `mobile: phone`, `findByPhone(body.phone)`. */
export function usesValues(node: ts.Node, values: readonly string[]): boolean {
  let found = false;
  const walk = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) || ts.isPropertyAccessExpression(n)) {
      const name = dottedName(n);
      if (name !== undefined && values.includes(name)) {
        found = true;
        return;
      }
      // `other.phone` is not `phone`: only the receiver is read further.
      if (ts.isPropertyAccessExpression(n)) walk(n.expression);
      return;
    }
    // `{ mobile: other }`: the key names a column, not a value.
    if (ts.isPropertyAssignment(n)) {
      if (ts.isComputedPropertyName(n.name)) walk(n.name);
      walk(n.initializer);
      return;
    }
    ts.forEachChild(n, walk);
  };
  if (ts.isCallExpression(node)) {
    // A query builder's chain (`db('employees').where({ mobile }).first('id')`): the call run is
    // the last link, the condition an earlier one's argument. Every link's arguments are read.
    for (let c: ts.Expression = node; ts.isCallExpression(c); c = ts.isPropertyAccessExpression(c.expression) ? unwrap(c.expression.expression) : c.expression) {
      for (const a of c.arguments) walk(a);
      if (!ts.isPropertyAccessExpression(c.expression) && !ts.isCallExpression(c.expression)) break;
    }
  } else walk(node);
  return found;
}

/**
 * Whether the functions a call of that name reaches (at most three, as calls are followed
 * elsewhere) all check a one-time code and fail as the call site needs: `throws` where the call
 * is a statement of its own, a thrown error or a falsy result where its result is tested.
 */
export function verifiesCode(targets: readonly FunctionFact[] | undefined, needs: 'throws' | 'falsy'): boolean {
  if (!targets || targets.length === 0 || targets.length > 3) return false;
  return targets.every((t) => t.verifiesCode === 'throws' || (needs === 'falsy' && t.verifiesCode === 'returns-falsy'));
}

/**
 * A helper's `return` of a one-time-code record: `return prisma.smsCode.findFirst({ where: { phone,
 * code, … } })`, or the record (or a count) bound first and returned as such, through `!!rec`,
 * `Boolean(rec)`, `rec !== null`, `count > 0`: nothing (a falsy value) when the code does not match.
 * A list (`findMany`) is never falsy and does not count.
 */
export function returnsCodeRecord(statement: ts.Statement, file: ts.SourceFile): boolean {
  if (!ts.isReturnStatement(statement) || !statement.expression) return false;
  let e = unwrap(statement.expression);
  const inner = ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken ? unwrap(e.operand) : undefined;
  if (inner && ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken) e = unwrap(inner.operand);
  else if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'Boolean' && e.arguments[0]) e = unwrap(e.arguments[0]);
  else if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    const right = unwrap(e.right);
    const empty = right.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(right) && right.text === 'undefined');
    if ((op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) && empty) e = unwrap(e.left);
    else if (op === ts.SyntaxKind.GreaterThanToken && ts.isNumericLiteral(right) && right.text === '0') e = unwrap(e.left);
    else return false;
  }
  if (ts.isIdentifier(e)) {
    const bound = bindingBefore(e.text, statement);
    if (!bound) return false;
    e = unwrap(bound);
  }
  // Most returned calls are a service's own queries: only one naming a code is read as a query again.
  if (!ts.isCallExpression(e) || !/code|otp|sms|verif|passcode|token/i.test(e.getText(file))) return false;
  const q = queryFromCall(e, file) ?? queryFromKnexChain(e, file);
  if (!q || q.unreadable !== undefined || (q.operation !== 'find-one' && q.operation !== 'count')) return false;
  return provesIdentity(q.conditions, q.model) !== undefined;
}
