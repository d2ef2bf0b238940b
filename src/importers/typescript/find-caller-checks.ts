// Checks bound to the caller that decide, by control flow, whether a query runs or its result
// is returned — read from the syntax tree of one function, without a type checker:
//
//  - a gate: a separate query (or call) that binds the caller's identity to what the request
//    names (`ticket.findFirst({ where: { id: req.query.ticketId, assigneeId: user.sub } })`),
//    followed by a statement that exits when it found nothing (`if (!ticket) return …`, `throw`,
//    `ctx.throw(403)`, `ctx.assert(ticket, 403)`, a `…OrThrow`/`…OrFail` query) — everything after
//    it in the block (or inside `if (ticket) { … }`) runs only for a caller who passed it;
//  - an owner check: the record a query read is compared with the caller and the handler exits
//    on a mismatch (`if (!address || address.customerId !== user.sub) throw new ForbiddenException()`).
//
// A check found here is a candidate: whether a gate query's condition really ties it to the
// caller (the owner, assignee and unit field names are project options) is judged when the code
// base is linked (link-code-base.ts), like the queries' own conditions.
import { ts } from './typescript-parser.js';
import { calleeName, positionOf, propertyName, valueOrigin } from './ast-values.js';
import type { CallerCheckFact, QueryFact } from './code-facts.js';
import { queryFromCall, queryFromKnexChain } from './extract-queries.js';
import { comparesPassword, isPasswordField, isSecretField, isStoredCode, provesIdentity, readsCachedValue } from './credential-proof.js';

/** The part of a block a check dominates, by position in the file. */
export interface CheckedRegion {
  start: number;
  end: number;
  check: CallerCheckFact;
}

/** What a statement establishes: regions it dominates, and records whose result it checks against the caller. */
export interface StatementChecks {
  regions: CheckedRegion[];
  /** Calls (a query, or a function whose result is the record) whose result is compared with the caller. */
  ownerChecked: Array<{ call: ts.CallExpression; check: CallerCheckFact }>;
}

/** Queries that throw when they find nothing, and assertions: a gate by themselves. */
export const THROWING_QUERY = /(OrThrow|OrFail)$/;
export const ASSERT = /^(assert|ok|assertExists|assertFound)$/;
const USER_MEMBER = /^(user|session|auth|principal|currentUser|state)$/;
const CALLER_NAME = /^(current_?user|principal|auth_?user|caller|me|user)$/i;
const CALLER_DECORATOR = /user|principal|auth|session/i;

export function unwrap(node: ts.Expression): ts.Expression {
  let e = node;
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
    else return e;
  }
}

function functionAround(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return n as ts.FunctionLikeDeclaration;
  return undefined;
}

/** The statements of a function body that are not inside a nested function, in order. */
function* ownStatements(node: ts.Node): Generator<ts.Statement> {
  for (const child of ts.isBlock(node) ? node.statements : []) {
    yield child;
    if (ts.isIfStatement(child)) {
      yield* ownStatements(child.thenStatement);
      if (child.elseStatement) yield* ownStatements(child.elseStatement);
    } else if (ts.isTryStatement(child)) yield* ownStatements(child.tryBlock);
    else if (ts.isBlock(child)) yield* ownStatements(child);
  }
}

/**
 * Names in a function that hold the logged-in user: parameters decorated as the user
 * (`@CurrentUser() user`, `@Req() req` is the request instead) or named as one, and local
 * variables given the user (`const user = (req as AuthedRequest).user`, `const { user } = req`).
 */
export class CallerNames {
  private readonly cache = new Map<ts.Node, Set<string>>();

  constructor(private readonly file: ts.SourceFile) {}

  of(fn: ts.FunctionLikeDeclaration | undefined): Set<string> {
    if (!fn) return new Set();
    const cached = this.cache.get(fn);
    if (cached) return cached;
    const names = new Set<string>();
    this.cache.set(fn, names);
    for (const p of fn.parameters) {
      if (!ts.isIdentifier(p.name)) continue;
      const decorated = ts.canHaveDecorators(p) && (ts.getDecorators(p) ?? []).some((d) => CALLER_DECORATOR.test(d.expression.getText(this.file)));
      if (decorated || CALLER_NAME.test(p.name.text)) names.add(p.name.text);
    }
    if (fn.body && ts.isBlock(fn.body)) {
      for (const statement of ownStatements(fn.body)) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const d of statement.declarationList.declarations) {
          if (!d.initializer) continue;
          const init = unwrap(d.initializer);
          if (ts.isIdentifier(d.name)) {
            if (this.derived(init, names)) names.add(d.name.text);
          } else if (ts.isObjectBindingPattern(d.name) && isRequest(init)) {
            // const { user } = req; const { user } = ctx.state
            for (const el of d.name.elements) {
              const key = el.propertyName ? propertyName(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : undefined;
              if (key && USER_MEMBER.test(key) && ts.isIdentifier(el.name)) names.add(el.name.text);
            }
          }
        }
      }
    }
    return names;
  }

  /** The value comes from the logged-in user (through a name above, or read off the request's user). */
  derived(node: ts.Expression, names: Set<string>): boolean {
    if (valueOrigin(node, this.file) === 'user') return true;
    // Down to the root of a member chain: user.sub, String(user.id), (req as X).user.sub, user.id.toString().
    let e = unwrap(node);
    let firstMember: string | undefined;
    for (;;) {
      if (ts.isPropertyAccessExpression(e)) {
        firstMember = e.name.text;
        e = unwrap(e.expression);
      } else if (ts.isElementAccessExpression(e)) {
        firstMember = ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : undefined;
        e = unwrap(e.expression);
      } else if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.arguments.length === 0) {
        e = unwrap(e.expression.expression); // user.id.toString()
        firstMember = undefined;
      } else if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && /^(String|Number|BigInt)$/.test(e.expression.text) && e.arguments.length === 1) {
        e = unwrap(e.arguments[0] as ts.Expression);
        firstMember = undefined;
      } else break;
    }
    if (!ts.isIdentifier(e)) return false;
    if (names.has(e.text)) return true;
    return isRequestName(e.text) && firstMember !== undefined && USER_MEMBER.test(firstMember);
  }
}

function isRequestName(name: string): boolean {
  return name === 'req' || name === 'request' || name === 'ctx' || name === 'context';
}

function isRequest(node: ts.Expression): boolean {
  const e = unwrap(node);
  if (ts.isIdentifier(e)) return isRequestName(e.text);
  return ts.isPropertyAccessExpression(e) && e.name.text === 'state' && isRequest(e.expression);
}

/** The statement always leaves the function (or the request): return, throw, ctx.throw(…), or a block ending in one. */
export function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exits(last);
  }
  if (ts.isExpressionStatement(statement)) {
    const e = unwrap(statement.expression);
    return ts.isCallExpression(e) && calleeName(e) === 'throw';
  }
  if (ts.isIfStatement(statement)) return statement.elseStatement !== undefined && exits(statement.thenStatement) && exits(statement.elseStatement);
  return false;
}

/** The operands a condition tests as empty or failed (`!x`, `x == null`, `x === 0`, `!x.length`, `a || b`). */
function emptyTested(cond: ts.Expression): ts.Expression[] {
  const e = unwrap(cond);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return [stripLength(unwrap(e.operand))];
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.BarBarToken) return [...emptyTested(e.left), ...emptyTested(e.right)];
    const [value, other] = isEmptyValue(e.right) ? [e.left, e.right] : isEmptyValue(e.left) ? [e.right, e.left] : [undefined, undefined];
    if (value && other) {
      const eq = op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsEqualsToken;
      const belowOne = op === ts.SyntaxKind.LessThanToken && other === e.right && ts.isNumericLiteral(other) && other.text === '1';
      const atMostZero = op === ts.SyntaxKind.LessThanEqualsToken && other === e.right && ts.isNumericLiteral(other) && other.text === '0';
      if (eq || belowOne || atMostZero) return [stripLength(unwrap(value))];
    }
    if (op === ts.SyntaxKind.LessThanToken && ts.isNumericLiteral(e.right) && e.right.text === '1') return [stripLength(unwrap(e.left))];
  }
  return [];
}

/** The operands a condition requires to be present (`x`, `x && …`, `x != null`, `x.length > 0`, `count > 0`). */
function presenceTested(cond: ts.Expression): ts.Expression[] {
  const e = unwrap(cond);
  if (ts.isIdentifier(e) || ts.isCallExpression(e) || ts.isPropertyAccessExpression(e)) return [stripLength(e)];
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return [...presenceTested(e.left), ...presenceTested(e.right)];
    if ((op === ts.SyntaxKind.ExclamationEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken) && (isEmptyValue(e.right) || isEmptyValue(e.left))) return [stripLength(unwrap(isEmptyValue(e.right) ? e.left : e.right))];
    if (op === ts.SyntaxKind.GreaterThanToken && ts.isNumericLiteral(e.right) && e.right.text === '0') return [stripLength(unwrap(e.left))];
  }
  return [];
}

function isEmptyValue(node: ts.Expression): boolean {
  const e = unwrap(node);
  return e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined') || (ts.isNumericLiteral(e) && e.text === '0');
}

/** `x.length`, `x?.id` → x: a record or list tested through a member is still that value's test. */
function stripLength(node: ts.Expression): ts.Expression {
  let e = node;
  while (ts.isPropertyAccessExpression(e) && ts.isIdentifier(unwrap(e.expression))) e = unwrap(e.expression);
  return e;
}

/** The initializer of `const name = …` in the statements before `from` (in its block and the blocks around it, within its function). */
export function bindingBefore(name: string, from: ts.Node): ts.Expression | undefined {
  let child: ts.Node = from;
  for (let n: ts.Node | undefined = from.parent; n && !ts.isFunctionLike(n) && !ts.isSourceFile(n); child = n, n = n.parent) {
    if (!ts.isBlock(n)) continue;
    const index = n.statements.indexOf(child as ts.Statement);
    for (let i = index - 1; i >= 0; i--) {
      const st = n.statements[i] as ts.Statement;
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return d.initializer;
    }
  }
  return undefined;
}

export class CallerChecks {
  private readonly names: CallerNames;

  constructor(private readonly file: ts.SourceFile) {
    this.names = new CallerNames(file);
  }

  /**
   * A gate made by a value: a query whose condition holds a value from the caller and one from
   * the request or a variable (the caller tied to what the request names; judged at linking), or
   * a call given both the caller's identity and another value (`canAccess(user.id, req.params.id)`).
   * Loading the caller's own record alone (`staff.findUnique({ where: { id: user.sub } })`) is no gate.
   */
  private gateOf(value: ts.Expression, at: ts.Node): CallerCheckFact | undefined {
    let e = unwrap(value);
    if (ts.isIdentifier(e)) {
      const bound = bindingBefore(e.text, at);
      if (!bound) return undefined;
      e = unwrap(bound);
    }
    if (!ts.isCallExpression(e)) return undefined;
    const fn = functionAround(at);
    const names = this.names.of(fn);
    const query = queryFromCall(e, this.file) ?? queryFromKnexChain(e, this.file);
    if (query && !query.unreadable && (query.operation === 'find-one' || query.operation === 'find-many' || query.operation === 'count')) {
      const conditions = this.callerConditions(e, query, names);
      // A secret the request presents, checked with the value it belongs to: the caller proves who they are.
      if (provesIdentity(conditions, query.model)) return { kind: 'credential-gate', name: query.model, at: positionOf(e, this.file) };
      if (!conditions.some((c) => c.origin === 'user' || c.origin === 'variable')) return undefined;
      return { kind: 'gate-query', name: query.model, conditions, at: positionOf(e, this.file) };
    }
    if (query) return undefined;
    const args = e.arguments.map(unwrap);
    const caller = args.filter((a) => this.names.derived(a, names));
    const other = args.filter((a) => !caller.includes(a) && valueOrigin(a, this.file) !== 'constant');
    if (caller.length === 0 || other.length === 0) return undefined;
    return { kind: 'gate-call', name: calleeName(e) ?? '', at: positionOf(e, this.file) };
  }

  /** The query's conditions, a value from a name holding the caller counted as the caller's. */
  private callerConditions(call: ts.CallExpression, query: QueryFact, names: Set<string>): QueryFact['conditions'] {
    const byCaller = new Set<string>();
    const walk = (node: ts.Node, depth: number): void => {
      if (depth > 6) return;
      if (ts.isPropertyAssignment(node)) {
        const key = propertyName(node.name);
        if (key !== undefined && !ts.isObjectLiteralExpression(node.initializer) && this.names.derived(node.initializer, names)) byCaller.add(key);
      } else if (ts.isShorthandPropertyAssignment(node) && names.has(node.name.text)) byCaller.add(node.name.text);
      ts.forEachChild(node, (child) => walk(child, depth + 1));
    };
    for (const a of call.arguments) walk(a, 0);
    return query.conditions.map((c) => (byCaller.has(c.field) && c.origin !== 'user' ? { ...c, origin: 'user' as const } : c));
  }

  /** The regions a statement dominates as a gate, and the results it compares with the caller. */
  ofStatement(statement: ts.IfStatement): StatementChecks | undefined {
    const block = statement.parent;
    const rest = (check: CallerCheckFact): CheckedRegion | undefined => (block && (ts.isBlock(block) || ts.isCaseClause(block) || ts.isDefaultClause(block)) ? { start: statement.end, end: block.end, check } : undefined);
    if (ts.isIfStatement(statement)) {
      const out: StatementChecks = { regions: [], ownerChecked: [] };
      if (exits(statement.thenStatement)) {
        // if (!ticket) return …: the rest of the block, and an else branch, run only past the gate.
        for (const operand of emptyTested(statement.expression)) {
          const check = this.gateOf(operand, statement);
          if (check) {
            const region = rest(check);
            if (region) out.regions.push(region);
            if (statement.elseStatement) out.regions.push({ start: statement.elseStatement.pos, end: statement.elseStatement.end, check });
            break;
          }
        }
        // if (!address || address.customerId !== user.sub) throw …: the record read is the caller's.
        const fn = functionAround(statement);
        for (const m of this.mismatches(statement.expression, this.names.of(fn))) {
          const bound = bindingBefore(m.record, statement);
          const call = bound ? unwrap(bound) : undefined;
          if (call && ts.isCallExpression(call)) out.ownerChecked.push({ call, check: { kind: 'owner-check', name: m.field, at: positionOf(statement, this.file) } });
        }
        // if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw …: the record
        // read is answered only to whoever presents its password (a log-in).
        for (const m of this.credentialFailures(statement.expression, statement, 0)) {
          const bound = bindingBefore(m.record, statement);
          const call = bound ? unwrap(bound) : undefined;
          if (call && ts.isCallExpression(call)) out.ownerChecked.push({ call, check: { kind: 'credential-check', name: m.field, at: positionOf(statement, this.file) } });
        }
        // if (!expected || expected !== code) ctx.throw(401): a one-time code read from a cache by
        // the phone it was sent to, compared with the code the request presents - everything
        // after runs only for whoever received that code (an SMS log-in).
        const cached = this.cachedCodeFailures(statement.expression, statement, 0)[0];
        if (cached) {
          const region = rest(cached);
          if (region) out.regions.push(region);
          if (statement.elseStatement) out.regions.push({ start: statement.elseStatement.pos, end: statement.elseStatement.end, check: cached });
        }
      }
      if (out.regions.length === 0) {
        // if (ticket) { … }: the branch runs only past the gate.
        for (const operand of presenceTested(statement.expression)) {
          const check = this.gateOf(operand, statement);
          if (check) {
            out.regions.push({ start: statement.thenStatement.pos, end: statement.thenStatement.end, check });
            break;
          }
        }
      }
      return out.regions.length > 0 || out.ownerChecked.length > 0 ? out : undefined;
    }
    return undefined;
  }

  /**
   * A call that throws when it finds nothing, as a statement of its own or a declaration's value:
   * `const ticket = await prisma.ticket.findFirstOrThrow({ … })`, `ctx.assert(ticket, 403)`. Called
   * for calls whose name is one of THROWING_QUERY or ASSERT only.
   */
  ofThrowingCall(call: ts.CallExpression, name: string): CheckedRegion | undefined {
    let statement: ts.Node | undefined = call.parent;
    while (statement && (ts.isAwaitExpression(statement) || ts.isParenthesizedExpression(statement) || ts.isAsExpression(statement) || ts.isNonNullExpression(statement))) statement = statement.parent;
    if (statement && ts.isVariableDeclaration(statement) && ts.isVariableDeclarationList(statement.parent) && statement.parent.declarations.length === 1) statement = statement.parent.parent;
    if (!statement || !(ts.isExpressionStatement(statement) || ts.isVariableStatement(statement))) return undefined;
    const assertion = ASSERT.test(name);
    if (assertion && !ts.isExpressionStatement(statement)) return undefined;
    const gated = assertion ? call.arguments[0] : call;
    const check = gated ? this.gateOf(gated, statement) : undefined;
    const block = statement.parent;
    return check && block && (ts.isBlock(block) || ts.isCaseClause(block) || ts.isDefaultClause(block)) ? { start: statement.end, end: block.end, check } : undefined;
  }

  /**
   * The records a failed password comparison names: `!(await bcrypt.compare(pw, user.passwordHash))`,
   * `!ok` where `ok` is such a comparison, `!(await user.comparePassword(pw))`, `user.password !== hash(pw)`, in an OR.
   */
  private credentialFailures(cond: ts.Expression, at: ts.Node, depth: number): Array<{ record: string; field: string }> {
    if (depth > 3) return [];
    const e = unwrap(cond);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.BarBarToken) return [...this.credentialFailures(e.left, at, depth + 1), ...this.credentialFailures(e.right, at, depth + 1)];
      if (op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) {
        for (const [a, b] of [[e.left, e.right], [e.right, e.left]] as const) {
          const member = recordMember(a);
          if (member && isPasswordField(member.field) && valueOrigin(b, this.file) !== 'constant') return [member];
        }
      }
      return [];
    }
    if (!ts.isPrefixUnaryExpression(e) || e.operator !== ts.SyntaxKind.ExclamationToken) return [];
    let tested = unwrap(e.operand);
    if (ts.isIdentifier(tested)) {
      const bound = bindingBefore(tested.text, at);
      if (!bound) return [];
      tested = unwrap(bound);
    }
    // const ok = member ? await bcrypt.compare(pw, member.hash) : false
    if (ts.isConditionalExpression(tested)) {
      const branch = [tested.whenTrue, tested.whenFalse].map(unwrap).find((b) => ts.isCallExpression(b) && comparesPassword(b, this.file));
      if (branch) tested = branch;
    }
    if (!ts.isCallExpression(tested) || !comparesPassword(tested, this.file)) return [];
    const out: Array<{ record: string; field: string }> = [];
    // user.comparePassword(pw) (a model's own method): the record is the receiver, not a library (bcrypt.compare).
    if (ts.isPropertyAccessExpression(tested.expression) && /password/i.test(tested.expression.name.text)) {
      const receiver = unwrap(tested.expression.expression);
      if (ts.isIdentifier(receiver)) out.push({ record: receiver.text, field: tested.expression.name.text });
    }
    for (const arg of tested.arguments) {
      const member = recordMember(arg);
      if (member) out.push(member);
    }
    return out;
  }

  /**
   * A failed comparison of a one-time code read from a cache with the code the request presents:
   * `expected !== code` where `expected = await redis.get(\`sms:${phone}\`)` (or the read itself,
   * through String()), in an OR. The key must be built from a value (the phone the code was sent
   * to) and the presented value named as a code (`smsCode`, or `code` under an `sms:`/`otp:` key);
   * a captcha keyed by its own id proves nothing about who the caller is.
   */
  private cachedCodeFailures(cond: ts.Expression, at: ts.Node, depth: number, equal = false): CallerCheckFact[] {
    if (depth > 3) return [];
    const e = unwrap(cond);
    if (!ts.isBinaryExpression(e)) return [];
    const op = e.operatorToken.kind;
    // A failure: `!expected || expected !== code`; a match (`equal`, a helper's `return stored === code && …`).
    const joins = equal ? ts.SyntaxKind.AmpersandAmpersandToken : ts.SyntaxKind.BarBarToken;
    if (op === joins) return [...this.cachedCodeFailures(e.left, at, depth + 1, equal), ...this.cachedCodeFailures(e.right, at, depth + 1, equal)];
    const compares = equal ? op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken : op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    if (!compares) return [];
    for (const [a, b] of [[e.left, e.right], [e.right, e.left]] as const) {
      let read = stripString(a);
      let holder = '';
      // entry.code, where entry = JSON.parse(await redis.get(key)) or a Map's { code, expiresAt }.
      if (ts.isPropertyAccessExpression(read) && ts.isIdentifier(unwrap(read.expression))) {
        holder = read.name.text;
        read = unwrap(read.expression);
      }
      for (let step = 0; step < 2 && !ts.isCallExpression(read); step++) {
        if (!ts.isIdentifier(read)) break;
        holder = `${read.text} ${holder}`.trim();
        const bound = bindingBefore(read.text, at);
        if (!bound) break;
        read = stripString(bound);
        if (ts.isCallExpression(read) && ts.isPropertyAccessExpression(read.expression) && dottedNameOf(read.expression) === 'JSON.parse' && read.arguments[0]) read = stripString(read.arguments[0]);
      }
      if (!ts.isCallExpression(read)) continue;
      const found = readsCachedValue(read, this.file) ?? this.codeRecordRead(read);
      if (!found) continue;
      // A key kept in a local first (`const key = \`sms:${phone}\``): its text says what the value is.
      const keyBound = /^[A-Za-z_$][\w$]*$/.test(found.key) ? bindingBefore(found.key, at) : undefined;
      const cache = keyBound ? { ...found, key: `${found.key} ${keyBound.getText(this.file)}` } : found;
      const presented = stripString(b);
      const name = ts.isIdentifier(presented) ? presented.text : ts.isPropertyAccessExpression(presented) ? presented.name.text : undefined;
      const origin = valueOrigin(presented, this.file);
      if (!name || origin === 'constant' || origin === 'user') continue;
      if (isStoredCode(name, cache.key, cache.store, holder)) return [{ kind: 'credential-gate', name: cache.store, at: positionOf(read, this.file) }];
    }
    return [];
  }

  /**
   * A one-time-code record read by a value (`prisma.smsCode.findFirst({ where: { phone } })`, a
   * model named as one-time codes: SmsCode, OtpToken, VerificationCode): its `code` compared with
   * the presented one is a stored code, as a cached one is.
   */
  private codeRecordRead(call: ts.CallExpression): { store: string; key: string } | undefined {
    const q = queryFromCall(call, this.file) ?? queryFromKnexChain(call, this.file);
    if (!q || q.unreadable !== undefined || q.operation !== 'find-one' || !isSecretField('code', q.model)) return undefined;
    const keys = q.conditions.filter((c) => !c.alternative && c.origin !== 'constant').map((c) => c.field);
    return keys.length > 0 ? { store: q.model, key: keys.join(' ') } : undefined;
  }

  /**
   * A helper's `return expected === code` (also in an AND, through String()): a one-time code
   * read from a store by a value, compared with the presented code — the helper answers a falsy
   * value on a mismatch (verified-before.ts).
   */
  returnsCodeMatch(statement: ts.Statement): boolean {
    return ts.isReturnStatement(statement) && statement.expression !== undefined && this.cachedCodeFailures(statement.expression, statement, 0, true).length > 0;
  }

  /** `record.field !== caller` (or `!=`, either side, through String()/toString()), `!record.field.equals(caller)`, in an OR. */
  private mismatches(cond: ts.Expression, names: Set<string>): Array<{ record: string; field: string }> {
    const e = unwrap(cond);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.BarBarToken) return [...this.mismatches(e.left, names), ...this.mismatches(e.right, names)];
      if (op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) {
        for (const [a, b] of [[e.left, e.right], [e.right, e.left]] as const) {
          const member = recordMember(a);
          if (member && !names.has(member.record) && this.names.derived(b, names)) return [member];
        }
      }
    }
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
      const inner = unwrap(e.operand);
      if (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'equals' && inner.arguments[0]) {
        const member = recordMember(inner.expression.expression);
        if (member && this.names.derived(inner.arguments[0], names)) return [member];
      }
    }
    return [];
  }
}

function dottedNameOf(e: ts.PropertyAccessExpression): string | undefined {
  return ts.isIdentifier(e.expression) ? `${e.expression.text}.${e.name.text}` : undefined;
}

/** `String(x)`, `x.toString()`, `await x` → x. */
function stripString(node: ts.Expression): ts.Expression {
  let e = unwrap(node);
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'String' && e.arguments[0]) e = unwrap(e.arguments[0]);
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toString' && e.arguments.length === 0) e = unwrap(e.expression.expression);
  return e;
}

/** `address.customerId`, `String(order.userId)`, `doc.owner.toString()` → the record's name and the field compared. */
function recordMember(node: ts.Expression): { record: string; field: string } | undefined {
  let e = unwrap(node);
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && /^(String|Number)$/.test(e.expression.text) && e.arguments[0]) e = unwrap(e.arguments[0]);
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.arguments.length === 0) e = unwrap(e.expression.expression);
  if (!ts.isPropertyAccessExpression(e)) return undefined;
  const field = e.name.text;
  let root: ts.Expression = unwrap(e.expression);
  while (ts.isPropertyAccessExpression(root)) root = unwrap(root.expression);
  return ts.isIdentifier(root) ? { record: root.text, field } : undefined;
}
