// Whether a value is what a function answers with, unchanged: returned (`return rows`, an arrow's
// body), sent (`res.json(rows)`, `res.send(rows)`, `reply.send(rows)`, `ctx.body = rows`), or one
// property of an object answered so (`return { data: rows, total }`), through `await`, parentheses
// and `as`, directly or through a local bound to it (`const rows = await repo.find(…); return rows`,
// `const [rows, total] = await repo.findAndCount(…)`, `const { rows } = await pool.query(…)`, or
// `result.rows` of a local bound to it, or `(await pool.query(…)).rows`). A value mapped, picked or spread into
// another object (`rows.map(toDto)`, `{ ...user, phone: mask(user.phone) }`) is not answered
// unchanged: what reaches the caller is then not known from the read alone.
import { ts } from './typescript-parser.js';
import { fileScopedMap } from './file-scoped-cache.js';

const SENDERS = new Set(['json', 'send', 'jsonp']);
const FIRST_NODE = ts.SyntaxKind.FirstNode;
const FIRST_TYPE_NODE = ts.SyntaxKind.FirstTypeNode;
const LAST_TYPE_NODE = ts.SyntaxKind.LastTypeNode;

/** Steps up through the wrappers that leave a value as it is. */
function outermost(node: ts.Expression): ts.Expression {
  let e = node;
  while (e.parent && (ts.isAwaitExpression(e.parent) || ts.isParenthesizedExpression(e.parent) || ts.isAsExpression(e.parent) || ts.isNonNullExpression(e.parent) || ts.isSatisfiesExpression(e.parent))) e = e.parent;
  return e;
}

/** `node` (already stepped up) is in a place whose value the function answers with. */
function inResponsePlace(e: ts.Expression, depth = 0): boolean {
  const parent = e.parent;
  if (!parent) return false;
  if (ts.isReturnStatement(parent)) return parent.expression === e;
  if (ts.isArrowFunction(parent)) return parent.body === e;
  if (ts.isCallExpression(parent) && parent.arguments.length === 1 && parent.arguments[0] === e && ts.isPropertyAccessExpression(parent.expression)) return SENDERS.has(parent.expression.name.text);
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === e && ts.isPropertyAccessExpression(parent.left)) return parent.left.name.text === 'body';
  // `{ data: rows, total }` answered as a whole: the rows reach the caller as read.
  if (depth < 2 && (ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) && ts.isObjectLiteralExpression(parent.parent)) {
    if (ts.isPropertyAssignment(parent) && parent.initializer !== e) return false;
    return inResponsePlace(outermost(parent.parent), depth + 1);
  }
  return false;
}

/** The innermost function around a node. */
export function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let p = node.parent; p; p = p.parent) if (ts.isFunctionLike(p)) return p;
  return undefined;
}

/** Names a function answers with (`return rows`, `res.json(rows)`, `{ rows, total }`), once per function. */
const answered = fileScopedMap<ts.Node, Set<string>>();
function answeredNames(fn: ts.SignatureDeclaration): Set<string> {
  let names = answered.get(fn);
  if (names) return names;
  names = new Set();
  const found = names;
  const body = (fn as ts.FunctionLikeDeclaration).body;
  const walk = (n: ts.Node): void => {
    const kind = n.kind;
    // Tokens other than identifiers have no children and answer nothing; type nodes were not
    // walked by the scan, so nothing under them has a parent and none of it is found below.
    if (kind < FIRST_NODE ? kind !== ts.SyntaxKind.Identifier : kind >= FIRST_TYPE_NODE && kind <= LAST_TYPE_NODE) return;
    if (n !== body && ts.isFunctionLike(n)) return; // a nested function answers for itself
    if (ts.isShorthandPropertyAssignment(n)) {
      if (inResponsePlace(outermost(n.parent as ts.ObjectLiteralExpression), 1)) found.add(n.name.text);
    } else if (ts.isPropertyAccessExpression(n) && n.name.text === 'rows' && ts.isIdentifier(n.expression)) {
      // `res.json(result.rows)`: a driver's result (pg) or findAndCountAll's, its rows answered as read.
      if (inResponsePlace(outermost(n))) found.add(n.expression.text);
    } else if (ts.isIdentifier(n) && n.parent && !ts.isPropertyAccessExpression(n.parent) && !ts.isShorthandPropertyAssignment(n.parent) && inResponsePlace(outermost(n))) found.add(n.text);
    ts.forEachChild(n, walk);
  };
  if (body) walk(body);
  answered.set(fn, found);
  return found;
}

/** Whether the value of `node` is what its innermost function answers with, unchanged. */
export function isAnswered(node: ts.Expression): boolean {
  const e = outermost(node);
  if (inResponsePlace(e)) return true;
  const parent = e.parent;
  // `res.json((await pool.query(…)).rows)`: the driver's result's rows, answered where that is.
  if (parent && ts.isPropertyAccessExpression(parent) && parent.expression === e && parent.name.text === 'rows') return isAnswered(parent);
  if (!parent || !ts.isVariableDeclaration(parent) || parent.initializer !== e) return false;
  // Bound to a local: answered when the local is. A `let` may be given another value: not followed.
  const list = parent.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return false;
  const fn = enclosingFunction(parent);
  if (!fn) return false;
  let name: string | undefined;
  if (ts.isIdentifier(parent.name)) name = parent.name.text;
  else if (ts.isArrayBindingPattern(parent.name)) {
    // `const [rows, total] = await repo.findAndCount(…)`: the rows are the first element.
    const first = parent.name.elements[0];
    if (first && ts.isBindingElement(first) && ts.isIdentifier(first.name) && !first.dotDotDotToken) name = first.name.text;
  } else if (ts.isObjectBindingPattern(parent.name)) {
    // `const { rows } = await pool.query(…)` (pg), `const { rows, count } = await Model.findAndCountAll(…)`.
    const rows = parent.name.elements.find((el) => !el.dotDotDotToken && ts.isIdentifier(el.name) && (el.propertyName ? ts.isIdentifier(el.propertyName) && el.propertyName.text === 'rows' : el.name.text === 'rows'));
    if (rows && ts.isIdentifier(rows.name)) name = rows.name.text;
  }
  return name !== undefined && answeredNames(fn).has(name);
}
