// Drizzle ORM (drizzle-orm): the SQL-like builder (`db.select().from(users).where(eq(users.phone,
// x)).limit(20)`, `db.update(t).set({…}).where(…)`, `db.delete(t).where(…)`, `db.insert(t).values(…)`)
// and the relational query API (`db.query.users.findMany({ where, limit, columns, with })`), read
// from the syntax tree alone. Tables are named by their variable here; the variable is resolved to
// the table name its `pgTable('users', …)` declares when the code base is linked (`drizzleTables`).
import { nameTable } from './name-table.js';
import { ts } from './typescript-parser.js';
import { importedFrom, positionOf, propertyName, valueOrigin } from './ast-values.js';
import { selectedFields } from './extract-queries.js';
import type { QueryFact, ValueOrigin } from './code-facts.js';

/** The table builders of drizzle-orm's dialect modules, and `pgSchema('s').table(…)`. */
const TABLE_BUILDERS = new Set(['pgTable', 'mysqlTable', 'sqliteTable', 'singlestoreTable', 'gelTable', 'table']);
/** Roots of a builder chain: what a Drizzle database object runs. */
const CHAIN_ROOTS = new Set(['select', 'selectDistinct', 'selectDistinctOn', 'update', 'delete', 'insert', '$count']);
/** Drizzle's filter operators: each compares a column (the first argument) with a value. */
const COMPARISONS = new Set(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'inArray', 'notInArray', 'between', 'notBetween', 'isNull', 'isNotNull', 'arrayContains', 'arrayContained', 'arrayOverlaps']);
const PARTIAL = new Set(['like', 'ilike', 'notLike', 'notIlike']);
/** Aggregate helpers (drizzle-orm): a select of only these returns no row's values. */
const AGGREGATES = new Set(['count', 'countDistinct', 'sum', 'sumDistinct', 'avg', 'avgDistinct', 'min', 'max']);
/** The calls that run a TypeORM query builder: a chain ending in one is not Drizzle's. */
const TYPEORM_RUNNERS = /^(getMany|getOne|getOneOrFail|getRawMany|getRawOne|getCount|getManyAndCount|getRawAndEntities|getExists|stream)$/;
/** How many links of a chain are followed, at most. */
const MAX_LINKS = 32;

type Conditions = { list: QueryFact['conditions']; olderThan: boolean; unread: boolean; /** The query call: the functions around it bind the names its values use. */ anchor: ts.Node };

/** Whether the file names drizzle-orm (an import from it, or of a `drizzle` module of the code base). */
export function namesDrizzle(text: string): boolean {
  return text.includes('drizzle');
}

/**
 * `export const users = pgTable('app_users', {…})`: variable → table name, for the module-level
 * declarations of a file (the builder known by the module it is imported from: drizzle-orm/*).
 */
export function drizzleTablesOf(file: ts.SourceFile): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const st of file.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer || !ts.isCallExpression(d.initializer)) continue;
      const call = d.initializer;
      const callee = call.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      if (name === undefined || !TABLE_BUILDERS.has(name)) continue;
      // pgTable imported from drizzle-orm/pg-core; `schema.table('x', …)` on a pgSchema.
      if (ts.isIdentifier(callee) && !/^drizzle-orm/.test(importedFrom(file, callee.text) ?? '')) continue;
      if (!ts.isIdentifier(callee) && name !== 'table') continue;
      const first = call.arguments[0];
      if (first && ts.isStringLiteralLike(first)) (out ??= nameTable())[d.name.text] = first.text;
    }
  }
  return out;
}

/** `users.phone` (a column of a table variable) → phone; `users.profile.phone` is not a column. */
function columnName(node: ts.Expression): string | undefined {
  let e = node;
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) return e.name.text;
  return undefined;
}

/** Flattens a Drizzle filter: `and(…)` contributes every condition, `or(…)` each as an alternative. */
function readFilter(node: ts.Expression | undefined, file: ts.SourceFile, out: Conditions, alternative: boolean, depth = 0): void {
  if (!node || depth > 8) return;
  let e = node;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  // The relational API's callback: `where: (users, { eq }) => eq(users.phone, phone)`.
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) {
    const body = ts.isBlock(e.body) ? e.body.statements.find(ts.isReturnStatement)?.expression : e.body;
    return readFilter(body, file, out, alternative, depth + 1);
  }
  // The relational API v2's object filter: `where: { phone, id: 5 }`, `{ OR: [...] }`.
  if (ts.isObjectLiteralExpression(e)) {
    for (const p of e.properties) {
      if (ts.isShorthandPropertyAssignment(p)) out.list.push({ field: p.name.text, origin: originOf(p.name, file, out.anchor), ...(alternative ? { alternative: true as const } : {}) });
      else if (ts.isPropertyAssignment(p)) {
        const key = propertyName(p.name);
        if (key === undefined) continue;
        if (key === 'OR' || key === 'AND' || key === 'NOT') {
          const list = ts.isArrayLiteralExpression(p.initializer) ? [...p.initializer.elements] : [p.initializer];
          for (const el of list) readFilter(el, file, out, alternative || key !== 'AND', depth + 1);
        } else if (ts.isObjectLiteralExpression(p.initializer)) {
          const ops = p.initializer.properties.filter(ts.isPropertyAssignment);
          const origins = ops.map((o) => originOf(o.initializer, file, out.anchor));
          const partial = ops.some((o) => PARTIAL.has(propertyName(o.name) ?? ''));
          out.list.push({ field: key, origin: strongest(origins), ...(alternative ? { alternative: true as const } : {}), ...(partial ? { partial: true as const } : {}) });
        } else out.list.push({ field: key, origin: originOf(p.initializer, file, out.anchor), ...(alternative ? { alternative: true as const } : {}) });
      }
    }
    return;
  }
  if (!ts.isCallExpression(e)) {
    // sql`…` or a variable holding a filter: a condition the scan cannot read.
    out.unread = true;
    return;
  }
  const callee = e.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  if (name === 'and' || name === 'or' || name === 'not') {
    for (const a of e.arguments) readFilter(a, file, out, alternative || name !== 'and', depth + 1);
    return;
  }
  if (COMPARISONS.has(name) || PARTIAL.has(name)) {
    const field = e.arguments[0] ? columnName(e.arguments[0]) : undefined;
    if (field === undefined) {
      out.unread = true;
      return;
    }
    const value = e.arguments[1];
    const origin: ValueOrigin = value === undefined ? 'constant' : ts.isArrayLiteralExpression(value) ? strongest(value.elements.map((v) => originOf(v, file, out.anchor))) : originOf(value, file, out.anchor);
    out.list.push({ field, origin, ...(alternative ? { alternative: true as const } : {}), ...(PARTIAL.has(name) ? { partial: true as const } : {}) });
    if (name === 'lt' || name === 'lte') out.olderThan = true;
    return;
  }
  out.unread = true;
}

/**
 * Where a filter value comes from: as valueOrigin reads it, and for a name the enclosing function
 * binds with `const` (`const payload = c.get('jwtPayload')`, `const { id } = await req.json()`),
 * where its initializer comes from, when that is the caller or the request.
 */
function originOf(value: ts.Expression, file: ts.SourceFile, anchor: ts.Node): ValueOrigin {
  const direct = valueOrigin(value, file);
  if (direct !== 'variable') return direct;
  // `%${q}%`: what the template holds.
  if (ts.isTemplateExpression(value)) return strongest(value.templateSpans.map((span) => originOf(span.expression, file, anchor)));
  let root: ts.Expression = value;
  for (;;) {
    if (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isNonNullExpression(root) || ts.isParenthesizedExpression(root) || ts.isAsExpression(root)) root = root.expression;
    else if (ts.isCallExpression(root) && root.arguments.length === 1 && ts.isIdentifier(root.expression) && /^(Number|String|parseInt|BigInt)$/.test(root.expression.text)) root = root.arguments[0] as ts.Expression;
    else break;
  }
  if (!ts.isIdentifier(root)) return direct;
  const name = root.text;
  let found: ValueOrigin | undefined;
  // The functions around the query call, innermost first (the value's own parents are not set
  // yet: the walk sets them on its way down, and the call is read when it is reached).
  let fn: ts.Node | undefined = anchor.parent;
  for (let level = 0; level < 4 && found === undefined; level++) {
    while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
    if (!fn) break;
    const scope: ts.SignatureDeclaration = fn as ts.SignatureDeclaration;
    const body = ts.isFunctionDeclaration(scope) || ts.isArrowFunction(scope) || ts.isFunctionExpression(scope) || ts.isMethodDeclaration(scope) ? (scope as ts.FunctionLikeDeclaration).body : undefined;
    // A parameter of that name shadows anything further out.
    if ((scope as ts.SignatureDeclaration).parameters.some((p) => ts.isIdentifier(p.name) ? p.name.text === name : ts.isObjectBindingPattern(p.name) && p.name.elements.some((el) => ts.isIdentifier(el.name) && el.name.text === name))) break;
    const visit = (n: ts.Node): void => {
      if (found !== undefined || (ts.isFunctionLike(n) && n !== scope)) return;
      if (ts.isVariableDeclaration(n) && n.initializer && ts.isVariableDeclarationList(n.parent) && (n.parent.flags & ts.NodeFlags.Const) !== 0) {
        const binds = ts.isIdentifier(n.name) ? n.name.text === name : ts.isObjectBindingPattern(n.name) && n.name.elements.some((el) => ts.isIdentifier(el.name) && el.name.text === name);
        if (binds) {
          const o = valueOrigin(n.initializer, file);
          if (o === 'user' || o === 'request') found = o;
        }
      }
      ts.forEachChild(n, visit);
    };
    if (body) ts.forEachChild(body, visit);
    fn = scope.parent;
  }
  return found ?? direct;
}

function strongest(origins: ValueOrigin[]): ValueOrigin {
  return origins.includes('user') ? 'user' : origins.includes('request') ? 'request' : origins.includes('variable') ? 'variable' : 'constant';
}

function property(obj: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propertyName(p.name) === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
}

/** A table argument: `users`, `schema.users` → its variable name. */
function tableName(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) return node.name.text;
  return undefined;
}

/**
 * The fields a `select({ … })` returns: each value a column of a table (`name: users.name` → name);
 * `only aggregates` when every value is one (`{ total: count() }`, `sql<number>\`count(*)\``); none
 * when the selection holds anything else (an expression: unknown).
 */
function selection(arg: ts.Expression | undefined): { columns?: string[]; aggregate: boolean } {
  if (arg === undefined) return { columns: ['*'], aggregate: false };
  if (!ts.isObjectLiteralExpression(arg) || arg.properties.length === 0) return { aggregate: false };
  const columns: string[] = [];
  let aggregates = 0;
  for (const p of arg.properties) {
    if (!ts.isPropertyAssignment(p)) return { aggregate: false };
    const v = p.initializer;
    const col = columnName(v);
    if (col !== undefined) columns.push(col);
    else if (ts.isCallExpression(v) && ts.isIdentifier(v.expression) && AGGREGATES.has(v.expression.text)) aggregates++;
    else if (ts.isTaggedTemplateExpression(v) && /^\s*(count|sum|avg|min|max)\s*\(/i.test(v.template.getText().replace(/^`/, ''))) aggregates++;
    else return { aggregate: false };
  }
  if (columns.length === 0) return { aggregate: aggregates > 0 };
  return { columns: aggregates > 0 ? undefined : columns, aggregate: false };
}

function fact(model: string, operation: QueryFact['operation'], conditions: Conditions, where: boolean, limited: boolean, at: ts.Node, file: ts.SourceFile): QueryFact {
  return {
    library: 'drizzle',
    model,
    operation,
    conditions: conditions.list,
    where,
    limited: limited || operation === 'find-one' || operation === 'count',
    ...(conditions.olderThan ? { olderThan: true } : {}),
    at: positionOf(at, file),
  };
}

/**
 * A Drizzle query made by `call`; `null` for a call that is a link of a Drizzle chain other than its
 * outermost (the outermost call reports the whole chain, so no other reader takes the link for a
 * query of its own: `db.delete(users)` is not a TypeORM repository's delete); undefined otherwise.
 */
export function queryFromDrizzle(call: ts.CallExpression, file: ts.SourceFile): QueryFact | null | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const op = call.expression.name.text;
  // Relational API: db.query.users.findMany({ … }) / findFirst({ … }).
  if (op === 'findMany' || op === 'findFirst') {
    const receiver = call.expression.expression;
    if (!ts.isPropertyAccessExpression(receiver) || !ts.isPropertyAccessExpression(receiver.expression) || receiver.expression.name.text !== 'query') return undefined;
    const model = receiver.name.text;
    const options = call.arguments[0];
    const conditions: Conditions = { list: [], olderThan: false, unread: false, anchor: call };
    if (call.arguments.length > 0 && (!options || !ts.isObjectLiteralExpression(options))) {
      // Options the scan cannot read (a variable): what the query filters and returns is unknown.
      return { ...fact(model, op === 'findFirst' ? 'find-one' : 'find-many', conditions, true, op === 'findFirst', call, file) };
    }
    const where = options && ts.isObjectLiteralExpression(options) ? property(options, 'where') : undefined;
    readFilter(where, file, conditions, false);
    const limit = options && ts.isObjectLiteralExpression(options) ? property(options, 'limit') : undefined;
    const columnsOption = options && ts.isObjectLiteralExpression(options) ? property(options, 'columns') : undefined;
    const base = fact(model, op === 'findFirst' ? 'find-one' : 'find-many', conditions, where !== undefined, limit !== undefined, call, file);
    const columns = selectedFields(columnsOption);
    const relations: NonNullable<QueryFact['relations']> = [];
    const withOption = options && ts.isObjectLiteralExpression(options) ? property(options, 'with') : undefined;
    if (withOption && ts.isObjectLiteralExpression(withOption)) {
      for (const p of withOption.properties) {
        if (!ts.isPropertyAssignment(p) || p.initializer.kind === ts.SyntaxKind.FalseKeyword) continue;
        const name = propertyName(p.name);
        if (name !== undefined && relations.length < 16) relations.push({ name, at: positionOf(p, file) });
      }
    }
    return { ...base, ...(columns !== undefined ? { columns } : {}), ...(relations.length > 0 ? { relations } : {}) };
  }
  // A builder chain: read at its outermost call.
  const links: Array<{ name: string; call: ts.CallExpression }> = [];
  let node: ts.Expression = call;
  while (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && links.length < MAX_LINKS) {
    links.unshift({ name: node.expression.name.text, call: node });
    node = node.expression.expression;
  }
  const root = links[0];
  if (!root || !CHAIN_ROOTS.has(root.name)) return undefined;
  // The database object: an identifier or `this.db` (not a call: `knex('t').select()` is knex's).
  if (!(ts.isIdentifier(node) || (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword))) return undefined;
  const from = links.find((l) => l.name === 'from');
  let model: string | undefined;
  let operation: QueryFact['operation'];
  let columns: string[] | undefined;
  if (root.name === 'select' || root.name === 'selectDistinct' || root.name === 'selectDistinctOn') {
    // A table given to `from` by its variable, alone: a string is knex's (`.from('users')`), an
    // entity with an alias TypeORM's query builder's (`qb.select('u.name').from(User, 'u')`), whose
    // select takes strings where Drizzle's takes an object; a chain run by getMany() is TypeORM's.
    if (!from || from.call.arguments.length !== 1) return undefined;
    const selectArg = root.call.arguments[root.name === 'selectDistinctOn' ? 1 : 0];
    if (selectArg !== undefined && !ts.isObjectLiteralExpression(selectArg)) return undefined;
    if (links.some((l) => TYPEORM_RUNNERS.test(l.name)) || (file.text.includes('typeorm') && !namesDrizzle(file.text))) return undefined;
    model = tableName(from.call.arguments[0]);
    if (model === undefined) return undefined;
    const sel = selection(selectArg);
    operation = sel.aggregate ? 'count' : 'find-many';
    columns = sel.columns;
  } else if (root.name === '$count') {
    model = tableName(root.call.arguments[0]);
    if (model === undefined) return undefined;
    operation = 'count';
  } else {
    if (!namesDrizzle(file.text)) return undefined;
    model = tableName(root.call.arguments[0]);
    if (model === undefined) return undefined;
    operation = root.name === 'insert' ? 'create' : root.name === 'update' ? 'update' : 'delete';
  }
  // Only the outermost link reports; the links inside it are no query of their own.
  const outer = call.parent;
  if (outer && ts.isPropertyAccessExpression(outer) && outer.expression === call && outer.parent && ts.isCallExpression(outer.parent) && outer.parent.expression === outer) return null;
  const conditions: Conditions = { list: [], olderThan: false, unread: false, anchor: call };
  let where = false;
  let limited = false;
  let blanks = false;
  for (const l of links) {
    if (l.name === 'where') {
      where = true;
      readFilter(l.call.arguments[0], file, conditions, false);
    } else if (l.name === 'limit') limited = true;
    else if (l.name === 'set' && l.call.arguments[0] && ts.isObjectLiteralExpression(l.call.arguments[0])) {
      blanks = l.call.arguments[0].properties.some((p) => ts.isPropertyAssignment(p) && (p.initializer.kind === ts.SyntaxKind.NullKeyword || (ts.isStringLiteralLike(p.initializer) && /^(|\*+|anonymi[sz]ed|deleted|redacted)$/i.test(p.initializer.text))));
    }
  }
  if (root.name === '$count' && root.call.arguments[1]) {
    where = true;
    readFilter(root.call.arguments[1], file, conditions, false);
  }
  const q = fact(model, operation, conditions, where, limited, call, file);
  return { ...q, ...(blanks ? { blanks } : {}), ...(columns !== undefined && operation === 'find-many' ? { columns } : {}) };
}

/**
 * The code base's Drizzle tables, variable → table name; a variable declared with two different
 * table names (two schema files) is left out: its queries keep the variable's name.
 */
export function drizzleTableNames(files: ReadonlyArray<{ drizzleTables?: Record<string, string> }>): Map<string, string> {
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const f of files) {
    if (!f.drizzleTables) continue;
    for (const variable of Object.keys(f.drizzleTables)) {
      const table = f.drizzleTables[variable] as string;
      const before = out.get(variable);
      if (before !== undefined && before !== table) ambiguous.add(variable);
      else out.set(variable, table);
    }
  }
  for (const v of ambiguous) out.delete(v);
  return out;
}

/**
 * A Drizzle query's model: the table name its variable declares when that names a store (or the
 * variable names none), else the variable (which `mapping.stores` may map).
 */
export function drizzleModel(variable: string, tables: ReadonlyMap<string, string>, matches: (name: string) => boolean): string {
  const table = tables.get(variable);
  return table !== undefined && (matches(table) || !matches(variable)) ? table : variable;
}
