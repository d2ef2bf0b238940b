// SQL written in code, read with a maintained SQL parser (node-sql-parser) in the dialect of the
// driver in use: each table a statement reads or writes, the columns it selects (`*` for all),
// the columns its WHERE clause looks rows up by and where each compared value comes from, the
// tables it joins, whether it returns only aggregates, and whether its rows are capped. Nothing
// is executed; a statement the parser cannot read is returned with the parser's reason.
import { ownEntry } from './name-table.js';
import { createRequire } from 'node:module';
import type { Parser } from 'node-sql-parser';
import { requireWithCodeCache } from '../../cache/code-cache.js';
import type { ValueOrigin } from './code-facts.js';

/** node-sql-parser's names for the dialects a driver implies. */
export type SqlDialect = 'MySQL' | 'MariaDB' | 'PostgreSQL' | 'Sqlite' | 'TransactSQL';
export const DEFAULT_SQL_DIALECT: SqlDialect = 'MySQL';

export interface SqlCondition {
  field: string;
  origin: ValueOrigin;
  /** The condition is one alternative of an OR (or optional, a MyBatis `<if>`): it does not restrict every row. */
  alternative?: true;
  /** Compares with `<`/`<=` (records older than …). */
  olderThan?: true;
  /** A fragment match (`LIKE`, `ILIKE`, a regex `~`). */
  partial?: true;
  /** The table the column is qualified with (`u.org_id` → users): the condition keys that table's rows. Absent for an unqualified column. */
  table?: string;
}

export interface SqlTableAccess {
  table: string;
  operation: 'find-one' | 'find-many' | 'count' | 'create' | 'update' | 'delete';
  /** Columns of this table the statement returns; `*` for every column. Empty for writes and aggregates. */
  columns: string[];
  /**
   * Columns the SELECT list names without a table in a statement of several tables: this table's or
   * another's, as the tables' fields tell (SQL itself refuses a name two of them hold). Not in `columns`.
   */
  unqualifiedColumns?: string[];
  /** The table's rows make up the result: a table of the SELECT's own FROM or JOIN (not a sub-query's), or the statement's only table. */
  answers: boolean;
  /** Of a SELECT's result tables, the first of its FROM: the rows the others are joined to. */
  leading?: true;
  /**
   * The SELECT list has aggregates beside columns (`SELECT dept, COUNT(*) … GROUP BY dept`): each row
   * is a group. `keys`: every plain column the statement selects, of any of its tables (`table`
   * undefined when unqualified in a statement of several); `aggregated`: this table's columns an
   * aggregate returns a value of (`MAX(a.risk_level)`). Groups of people (a key is a person's field)
   * return each person's values; other groups return counts.
   */
  groupRows?: { keys: Array<{ table: string | undefined; column: string }>; aggregated: string[] };
  /** Every condition of the statement: the rows of each table it reads are found by all of them. */
  conditions: SqlCondition[];
  /** The other tables of the statement (joins, sub-queries). */
  joins: string[];
  where: boolean;
  limited: boolean;
  blanks: boolean;
}

export type SqlReading = { ok: true; accesses: SqlTableAccess[] } | { ok: false; reason: string };

/** Where the value bound to each parameter comes from: by position (`?`, `$1`) and by name (`:userId`). */
export interface SqlBindings {
  positional: ValueOrigin[];
  named: Record<string, ValueOrigin>;
  /** Named parameters that are optional filters (inside a MyBatis `<if>`). */
  optional?: string[];
}

// The AST is node-sql-parser's; its types are loose (`any` in places), so it is walked as data.
type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

// node-sql-parser's build of every dialect is one 2.5 MB CommonJS file. Imported through Node's ESM
// loader it was compiled to tell CommonJS from ESM and lexed for its export names before it ran
// (~0.4 s of CPU in every audit that scanned code, SQL or not); it is required directly, on the
// first statement read, its compilation from V8's code cache when an earlier process left one
// (src/cache/code-cache.ts). The same parser, the same build: only how it is loaded differs.
let parser: Parser | undefined;
function sqlParser(): Parser {
  if (parser) return parser;
  const file = createRequire(import.meta.url).resolve('node-sql-parser');
  const { Parser: ParserClass } = requireWithCodeCache(file) as { Parser: new () => Parser };
  return (parser = new ParserClass());
}

export function readSqlStatement(text: string, dialect: SqlDialect, bindings: SqlBindings): SqlReading {
  const reader = sqlParser();
  let ast: unknown;
  try {
    ast = reader.astify(dialect === 'PostgreSQL' ? numberedPlaceholders(text) : text, { database: dialect });
  } catch (error) {
    return { ok: false, reason: `${dialect} parser: ${parserMessage(error)}` };
  }
  const statements = (Array.isArray(ast) ? ast : [ast]).filter(isNode);
  const accesses: SqlTableAccess[] = [];
  for (const statement of statements) accesses.push(...readStatement(statement, bindings));
  if (accesses.length === 0) return { ok: false, reason: 'the statement names no table' };
  return { ok: true, accesses };
}

/**
 * Query builders write `?` whatever the database (knex.raw, sequelize replacements); PostgreSQL's
 * own form is `$1`, `$2` …, which is what its grammar reads. Quoted text and `??` (an identifier
 * binding) are left alone.
 */
function numberedPlaceholders(text: string): string {
  let out = '';
  let n = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?' && text[i + 1] === '?') {
      out += '??';
      i++;
    } else if (ch === '?') out += `$${++n}`;
    else out += ch;
  }
  return out;
}

/** The parser's complaint, short: where it stopped and what it found there (not the list of what it expected). */
function parserMessage(error: unknown): string {
  const e = error as { found?: unknown; location?: { start?: { line?: number; column?: number } }; message?: unknown };
  const start = e.location?.start;
  if (start && typeof start.line === 'number') {
    const found = typeof e.found === 'string' ? `unexpected "${e.found}"` : 'unexpected end';
    return `${found} at line ${start.line}, column ${start.column ?? 0} of the statement`;
  }
  const message = typeof e.message === 'string' ? e.message : String(error);
  return message.length > 160 ? `${message.slice(0, 160)}…` : message;
}

interface Walk {
  /** alias or name → table, for this statement and its sub-queries. */
  aliases: Map<string, string>;
  tables: string[];
  conditions: SqlCondition[];
  bindings: SqlBindings;
  positional: number;
  cteNames: Set<string>;
}

function readStatement(statement: Node, bindings: SqlBindings): SqlTableAccess[] {
  const type = String(statement.type ?? '').toLowerCase();
  const walk: Walk = { aliases: new Map(), tables: [], conditions: [], bindings, positional: 0, cteNames: new Set() };
  for (const cte of asArray(statement.with)) {
    const name = nameOf(cte.name);
    if (name) walk.cteNames.add(name.toLowerCase());
    const inner = subStatement(cte.stmt);
    if (inner) collectFrom(inner, walk);
  }
  if (type === 'select') {
    collectFrom(statement, walk);
    const columns = selectedColumns(statement, walk);
    const aggregate = asArray(statement.columns).length > 0 && asArray(statement.columns).every((c) => returnsNoRowValue(c.expr));
    const grouped = !aggregate && asArray(statement.columns).some((c) => isAggregate(c.expr)) && !columns.some((c) => c.column === '*');
    const aggregated = grouped ? asArray(statement.columns).flatMap((c) => aggregatedColumns(c.expr)).map((c) => ({ table: c.table ? (walk.aliases.get(c.table.toLowerCase()) ?? c.table) : walk.tables.length === 1 ? walk.tables[0] : undefined, column: c.column })) : [];
    const limit = limitOf(statement);
    const where = statement.where !== null && statement.where !== undefined;
    const several = walk.tables.length > 1;
    const resultTables = several ? fromTables(statement, walk) : walk.tables;
    const unqualified = several && !aggregate ? [...new Set(columns.filter((c) => c.table === undefined).map((c) => c.column))].sort() : [];
    return walk.tables.map((table) => ({
      table,
      operation: aggregate ? 'count' : limit === 1 ? 'find-one' : 'find-many',
      columns: aggregate ? [] : [...new Set(columns.filter((c) => c.table === table || (!several && c.table === undefined)).map((c) => c.column))].sort(),
      ...(unqualified.length > 0 && resultTables.includes(table) ? { unqualifiedColumns: unqualified } : {}),
      answers: resultTables.includes(table),
      ...(several && resultTables[0] === table ? { leading: true as const } : {}),
      ...(grouped ? { groupRows: { keys: columns.filter((c) => c.column !== '*'), aggregated: [...new Set(aggregated.filter((c) => c.table === table || (!several && c.table === undefined)).map((c) => c.column))].sort() } } : {}),
      conditions: walk.conditions,
      joins: walk.tables.filter((t) => t !== table),
      where,
      limited: aggregate || limit !== undefined,
      blanks: false,
    }));
  }
  if (type === 'insert' || type === 'replace') {
    for (const t of asArray(statement.table)) addTable(t, walk);
    const source = subStatement(statement.values) ?? (isNode(statement.select) ? statement.select : undefined);
    if (source) collectFrom(source, walk);
    const target = walk.tables[0];
    return walk.tables.map((table) => ({ table, operation: table === target ? 'create' : 'find-many', columns: [], answers: false, conditions: walk.conditions, joins: walk.tables.filter((t) => t !== table), where: false, limited: false, blanks: false }));
  }
  if (type === 'update' || type === 'delete') {
    for (const t of asArray(statement.table)) addTable(t, walk);
    for (const t of asArray(statement.from)) addTable(t, walk);
    // SET values come before WHERE: their `?` are bound first.
    for (const s of asArray(statement.set)) valueOrigin(s.value, walk);
    if (statement.where) readWhere(statement.where, walk, false);
    const blanks = type === 'update' && asArray(statement.set).some((s) => isBlank(s.value));
    const targets = new Set(asArray(statement.table).map((t) => tableName(t)).filter((t): t is string => t !== undefined).map((t) => walk.aliases.get(t.toLowerCase()) ?? t));
    return walk.tables.map((table) => ({
      table,
      operation: targets.has(table) ? (type === 'update' ? 'update' : 'delete') : 'find-many',
      columns: [],
      answers: false,
      conditions: walk.conditions,
      joins: walk.tables.filter((t) => t !== table),
      where: statement.where !== null && statement.where !== undefined,
      limited: limitOf(statement) !== undefined,
      blanks,
    }));
  }
  return [];
}

function asArray(v: unknown): Node[] {
  return Array.isArray(v) ? v.filter(isNode) : isNode(v) ? [v] : [];
}

/** A sub-query as node-sql-parser nests it: `{ ast }`, `{ tableList, columnList, ast }` or the statement itself. */
function subStatement(v: unknown): Node | undefined {
  if (!isNode(v)) return undefined;
  if (isNode(v.ast)) return v.ast;
  if (typeof v.type === 'string' && v.type.toLowerCase() === 'select') return v;
  return undefined;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isNode(v)) {
    if (typeof v.value === 'string') return v.value;
    if (isNode(v.expr)) return nameOf(v.expr);
  }
  return undefined;
}

function tableName(t: Node): string | undefined {
  return typeof t.table === 'string' ? t.table : undefined;
}

function addTable(t: Node, walk: Walk): void {
  const name = tableName(t);
  if (name !== undefined) {
    if (walk.cteNames.has(name.toLowerCase())) return;
    const qualified = typeof t.db === 'string' && t.db.length > 0 ? `${t.db}.${name}` : name;
    if (!walk.tables.includes(qualified)) walk.tables.push(qualified);
    walk.aliases.set(name.toLowerCase(), qualified);
    walk.aliases.set(qualified.toLowerCase(), qualified);
    if (typeof t.as === 'string') walk.aliases.set(t.as.toLowerCase(), qualified);
  } else {
    const inner = subStatement(t.expr);
    if (inner) collectFrom(inner, walk);
  }
  if (t.on) readWhere(t.on, walk, false, true);
}

/** The tables of a SELECT's own FROM and JOINs (and of each SELECT of its UNION), as the walk names them: the tables whose rows it returns. */
function fromTables(select: Node, walk: Walk): string[] {
  const out: string[] = [];
  for (let s: Node | undefined = select, hops = 0; s && hops < 64; s = isNode(s._next) ? s._next : undefined, hops++) {
    for (const t of asArray(s.from)) {
      const name = tableName(t);
      const table = name === undefined ? undefined : walk.aliases.get(name.toLowerCase());
      if (table !== undefined && walk.tables.includes(table) && !out.includes(table)) out.push(table);
    }
  }
  return out;
}

/** FROM, JOIN and WHERE of a SELECT (and of its sub-queries), into the walk. */
function collectFrom(select: Node, walk: Walk): void {
  for (const t of asArray(select.from)) addTable(t, walk);
  if (select.where) readWhere(select.where, walk, false);
  if (select.having) readWhere(select.having, walk, false);
  // UNION: the next statement of the set.
  if (isNode(select._next)) collectFrom(select._next, walk);
}

function columnOf(ref: Node): { table: string | undefined; column: string } | undefined {
  if (ref.type !== 'column_ref') return undefined;
  const column = nameOf(ref.column);
  if (column === undefined) return undefined;
  return { table: typeof ref.table === 'string' ? ref.table : undefined, column };
}

function selectedColumns(select: Node, walk: Walk): Array<{ table: string | undefined; column: string }> {
  const out: Array<{ table: string | undefined; column: string }> = [];
  const columns = select.columns;
  if (columns === '*' || (Array.isArray(columns) && columns.length === 0)) return walk.tables.map((table) => ({ table, column: '*' }));
  for (const c of asArray(columns)) {
    const expr = isNode(c.expr) ? c.expr : undefined;
    if (!expr) continue;
    for (const ref of columnRefs(expr)) {
      const table = ref.table ? (walk.aliases.get(ref.table.toLowerCase()) ?? ref.table) : walk.tables.length === 1 ? walk.tables[0] : undefined;
      out.push({ table, column: ref.column });
    }
  }
  return out;
}

/** Column references inside an expression (a function of columns returns their values too). */
function columnRefs(expr: Node): Array<{ table: string | undefined; column: string }> {
  const direct = columnOf(expr);
  if (direct) return [direct];
  if (expr.type === 'aggr_func' || subStatement(expr)) return [];
  const out: Array<{ table: string | undefined; column: string }> = [];
  for (const value of Object.values(expr)) {
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) out.push(...columnRefs(child));
  }
  return out;
}

const AGGREGATE_FUNCTIONS = /^(count|sum|avg|min|max|exists|bool_or|bool_and|every|any_value)$/i;

/** An aggregate (count, sum, exists …) or a constant returns no row's values. */
function returnsNoRowValue(expr: unknown): boolean {
  if (!isNode(expr)) return false;
  if (expr.type === 'aggr_func') return true;
  if (expr.type === 'function') return AGGREGATE_FUNCTIONS.test(functionName(expr) ?? '');
  return ['number', 'bool', 'boolean', 'null', 'single_quote_string', 'string', 'double_quote_string'].includes(String(expr.type)) || expr.type === 'star';
}

/** An aggregate function (count, sum, exists …), not a window over rows (`COUNT(*) OVER (…)` returns every row). */
function isAggregate(expr: unknown): boolean {
  if (!isNode(expr) || isNode(expr.over)) return false;
  if (expr.type === 'aggr_func') return true;
  return expr.type === 'function' && AGGREGATE_FUNCTIONS.test(functionName(expr) ?? '');
}

/** Columns whose values an aggregate returns a value of (`MAX(a.risk_level)`, `SUM(o.amount)`); a count returns none of its column's. */
function aggregatedColumns(expr: unknown): Array<{ table: string | undefined; column: string }> {
  if (!isNode(expr)) return [];
  if (isAggregate(expr)) return /^count$/i.test(expr.type === 'aggr_func' ? String(expr.name ?? '') : (functionName(expr) ?? '')) ? [] : allColumnRefs(expr);
  const out: Array<{ table: string | undefined; column: string }> = [];
  for (const value of Object.values(expr)) for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) out.push(...aggregatedColumns(child));
  return out;
}

/** Every column reference under an expression, aggregates included. */
function allColumnRefs(expr: Node): Array<{ table: string | undefined; column: string }> {
  const direct = columnOf(expr);
  if (direct) return [direct];
  if (subStatement(expr)) return [];
  const out: Array<{ table: string | undefined; column: string }> = [];
  for (const value of Object.values(expr)) for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) out.push(...allColumnRefs(child));
  return out;
}

function functionName(expr: Node): string | undefined {
  const name = expr.name;
  if (typeof name === 'string') return name;
  if (isNode(name) && Array.isArray(name.name)) return name.name.map((n) => nameOf(n) ?? '').join('.');
  return undefined;
}

function limitOf(statement: Node): number | undefined {
  const limit = statement.limit;
  if (isNode(limit) && Array.isArray(limit.value) && limit.value.length > 0) {
    const values = limit.value.filter(isNode);
    // LIMIT offset, count (MySQL) or LIMIT count OFFSET n: the count is the last with ',' and the first otherwise.
    const count = limit.seperator === ',' ? values[values.length - 1] : values[0];
    return count && typeof count.value === "number" ? count.value : Number.MAX_SAFE_INTEGER;
  }
  if (isNode(statement.top) && typeof statement.top.value === 'number') return statement.top.value;
  return undefined;
}

function isBlank(v: unknown): boolean {
  if (!isNode(v)) return false;
  if (v.type === 'null') return true;
  return typeof v.value === 'string' && /^(|\*+|anonymi[sz]ed|deleted|redacted)$/i.test(v.value);
}

const COMPARISONS = new Set(['=', '==', '<=>', '<', '<=', '>', '>=', '<>', '!=', 'LIKE', 'ILIKE', 'NOT LIKE', 'IN', 'NOT IN', 'BETWEEN', 'NOT BETWEEN', 'IS', 'IS NOT', '@>', '~', '~*']);

/** The conditions of a WHERE (or ON) expression; under OR (or NOT) each is an alternative. */
function readWhere(expr: unknown, walk: Walk, alternative: boolean, join = false): void {
  if (!isNode(expr)) return;
  const inner = subStatement(expr);
  if (inner) {
    // EXISTS (SELECT …) / IN (SELECT …): the sub-query's tables and conditions select these rows.
    collectFrom(inner, walk);
    return;
  }
  if (expr.type === 'binary_expr') {
    const op = String(expr.operator ?? '').toUpperCase();
    if (op === 'AND') {
      readWhere(expr.left, walk, alternative, join);
      readWhere(expr.right, walk, alternative, join);
      return;
    }
    if (op === 'OR' || op === 'XOR') {
      readWhere(expr.left, walk, true, join);
      readWhere(expr.right, walk, true, join);
      return;
    }
    if (COMPARISONS.has(op)) {
      const left = isNode(expr.left) ? columnOf(expr.left) : undefined;
      const right = isNode(expr.right) ? columnOf(expr.right) : undefined;
      // col = col (a join condition) compares no value.
      if (left && right) return;
      const column = left ?? right;
      const valueNode = left ? expr.right : expr.left;
      if (!column) {
        readWhere(expr.left, walk, alternative, join);
        readWhere(expr.right, walk, alternative, join);
        return;
      }
      const sub = subStatement(valueNode);
      if (sub) collectFrom(sub, walk);
      const { origin, optional } = valueOrigin(valueNode, walk);
      if (!sub) {
        const table = column.table === undefined ? undefined : (walk.aliases.get(column.table.toLowerCase()) ?? column.table);
        walk.conditions.push({
          field: column.column,
          ...(table !== undefined ? { table } : {}),
          origin,
          ...(alternative || optional ? { alternative: true as const } : {}),
          ...(op === 'LIKE' || op === 'ILIKE' || op === '~' || op === '~*' ? { partial: true as const } : {}),
          ...((op === '<' || op === '<=') && !join ? { olderThan: true as const } : {}),
        });
      }
      return;
    }
    readWhere(expr.left, walk, alternative, join);
    readWhere(expr.right, walk, alternative, join);
    return;
  }
  if (expr.type === 'unary_expr') {
    readWhere(expr.expr, walk, true, join);
    return;
  }
  if (expr.type === 'function') {
    for (const arg of asArray(isNode(expr.args) ? expr.args.value : undefined)) readWhere(arg, walk, alternative, join);
    return;
  }
  if (expr.type === 'expr_list') for (const v of asArray(expr.value)) readWhere(v, walk, alternative, join);
}

/** Where a compared value comes from: a bound parameter's value, a constant, or the database itself. */
function valueOrigin(v: unknown, walk: Walk): { origin: ValueOrigin; optional: boolean } {
  if (!isNode(v)) return { origin: 'constant', optional: false };
  const { bindings } = walk;
  if (v.type === 'origin' && v.value === '?') {
    const origin = bindings.positional[walk.positional++] ?? 'variable';
    return { origin, optional: false };
  }
  if (v.type === 'var' && v.prefix === '$' && typeof v.name === 'number') return { origin: bindings.positional[v.name - 1] ?? 'variable', optional: false };
  if (v.type === 'param' && typeof v.value === 'string') return { origin: ownEntry(bindings.named, v.value) ?? 'variable', optional: (bindings.optional ?? []).includes(v.value) };
  if (v.type === 'column_ref') {
    // SQL Server's @name is read as a column: a parameter.
    const name = nameOf(v.column);
    if (name?.startsWith('@')) return { origin: ownEntry(bindings.named, name.slice(1)) ?? 'variable', optional: false };
    return { origin: 'constant', optional: false };
  }
  if (v.type === 'expr_list') {
    const origins = asArray(v.value).map((x) => valueOrigin(x, walk));
    return { origin: widestOrigin(origins.map((o) => o.origin)), optional: origins.some((o) => o.optional) };
  }
  if (v.type === 'binary_expr' || v.type === 'function') {
    const parts = [...asArray(v.left), ...asArray(v.right), ...asArray(isNode(v.args) ? v.args.value : undefined)].map((x) => valueOrigin(x, walk));
    return { origin: widestOrigin(parts.map((o) => o.origin)), optional: parts.some((o) => o.optional) };
  }
  return { origin: 'constant', optional: false };
}

/** The origin that matters most: a value from the request, then an untraced one, then the user's, then a constant. */
function widestOrigin(origins: ValueOrigin[]): ValueOrigin {
  for (const o of ['request', 'variable', 'user'] as const) if (origins.includes(o)) return o;
  return 'constant';
}
