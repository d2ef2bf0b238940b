// Egg.js data access: egg-mysql (ali-rds) table calls — `this.app.mysql.get('users', { phone })`,
// `select('users', { where, columns, limit })`, `count`, `insert`, `update`, `delete` — read as the
// SQL they run; and the models egg-sequelize and egg-mongoose load onto the context
// (`ctx.model.User.findAll(…)`), read by the Sequelize and Mongoose readings (extract-queries.ts).
// `app.mysql.query(sql, values)` is SQL written in code, read by find-sql-text.ts.
import { ts } from './typescript-parser.js';
import { dottedName, propertyName } from './ast-values.js';
import { fact, readConditions, selectedFields, type Conditions } from './extract-queries.js';
import type { QueryFact } from './code-facts.js';

/** `ctx.model.User`, `this.ctx.model.User`, `app.model.User`, `this.app.model.admin.User`: the model's name. */
export function eggModelOf(receiver: ts.Expression): string | undefined {
  if (!ts.isPropertyAccessExpression(receiver) || !/^[A-Z]/.test(receiver.name.text)) return undefined;
  const name = dottedName(receiver);
  const m = name !== undefined ? /^(?:this\.)?(?:ctx|app)\.model\.(?:[a-z][\w$]*\.)*([A-Z][\w$]*)$/.exec(name) : null;
  return m?.[1];
}

const MYSQL_OPS: Readonly<Record<string, QueryFact['operation']>> = Object.assign(Object.create(null) as Record<string, QueryFact['operation']>, {
  get: 'find-one', select: 'find-many', count: 'count', insert: 'create', update: 'update', delete: 'delete',
});

/**
 * The egg-mysql client a receiver is: `this.app.mysql`, `app.mysql`, `ctx.app.mysql`, `mysql`
 * (destructured), or one of several clients, `app.mysql.get('db1')`.
 */
function isMysqlClient(e: ts.Expression): boolean {
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'get' && e.arguments.length === 1) return isMysqlClient(e.expression.expression);
  const name = dottedName(e);
  return name !== undefined && /^(?:(?:this\.)?(?:ctx\.)?app\.|this\.)?mysql$/.test(name);
}

function option(obj: ts.Expression | undefined, key: string): ts.Expression | undefined {
  if (!obj || !ts.isObjectLiteralExpression(obj)) return undefined;
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propertyName(p.name) === key) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
  }
  return undefined;
}

/**
 * An egg-mysql table call: `get(table, where, { columns })` (one row), `select(table, { where,
 * columns, orders, limit, offset })` (capped only by `limit`), `count(table, where)`,
 * `insert(table, row)`, `update(table, row, { where })` (by `row.id` without one),
 * `delete(table, where)`. The table must be a literal (a variable names no store). Asked only of
 * files whose text names `mysql` (parse-code-file.ts).
 */
export function eggMysqlQuery(call: ts.CallExpression, file: ts.SourceFile): QueryFact | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const op = call.expression.name.text;
  const operation = MYSQL_OPS[op];
  if (operation === undefined || !isMysqlClient(call.expression.expression)) return undefined;
  const [table, second, third] = call.arguments;
  if (!table || !ts.isStringLiteralLike(table)) return undefined;
  // `app.mysql.get('db1')` (one argument) picks a client, it reads no row.
  if (op === 'get' && call.arguments.length === 1) return undefined;
  const conditions: Conditions = { list: [], olderThan: false };
  let where: ts.Expression | undefined;
  let columns: string[] | undefined = ['*'];
  let limited = false;
  if (op === 'select') {
    where = option(second, 'where');
    limited = option(second, 'limit') !== undefined;
    const cols = option(second, 'columns');
    columns = second !== undefined && !ts.isObjectLiteralExpression(second) ? undefined : cols === undefined ? ['*'] : selectedFields(cols);
  } else if (op === 'get') {
    where = second;
    const cols = option(third, 'columns');
    columns = third !== undefined && !ts.isObjectLiteralExpression(third) ? undefined : cols === undefined ? ['*'] : selectedFields(cols);
  } else if (op === 'count' || op === 'delete') where = second;
  else if (op === 'update') where = option(third, 'where');
  readConditions(where, file, conditions);
  // update(table, row) without options updates the row whose id the row holds.
  if (op === 'update' && where === undefined && second !== undefined && ts.isObjectLiteralExpression(second)) {
    const probe: Conditions = { list: [], olderThan: false };
    readConditions(second, file, probe);
    const id = probe.list.filter((c) => c.field === 'id');
    if (id.length > 0) {
      conditions.list.push(...id);
      where = second;
    }
  }
  const hasWhere = where !== undefined && !(ts.isObjectLiteralExpression(where) && where.properties.length === 0);
  const q = fact('sql', table.text, operation, conditions, hasWhere, limited, call, file, op === 'update' && blanks(second));
  return (operation === 'find-one' || operation === 'find-many') && columns !== undefined ? { ...q, columns } : q;
}

function blanks(row: ts.Expression | undefined): boolean {
  if (!row || !ts.isObjectLiteralExpression(row)) return false;
  return row.properties.some((p) => ts.isPropertyAssignment(p) && (p.initializer.kind === ts.SyntaxKind.NullKeyword || (ts.isStringLiteralLike(p.initializer) && p.initializer.text === '')));
}
