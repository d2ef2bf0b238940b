// The rows of chosen tables of a MySQL dump: each CREATE TABLE's columns (with their defaults) and
// each INSERT's rows (several per statement in mysqldump's extended form), with the line of the
// statement. Statements are split by split-dump.ts and parsed by node-sql-parser's MySQL grammar;
// only CREATE TABLE and INSERT/REPLACE statements on the chosen tables are parsed, the rest (SET,
// LOCK TABLES, DROP, other tables) is skipped after reading its first words.
import { createRequire } from 'node:module';
import { InputError } from '../../inventory/diagnostic.js';
import { splitDump, type DumpStatement } from './split-dump.js';

/** The MySQL-only build (the full package loads every dialect's grammar), loaded when a dump is read, not at start-up. */
let mysqlParser: import('node-sql-parser').Parser | undefined;
function parserOf(): import('node-sql-parser').Parser {
  if (!mysqlParser) {
    const { Parser } = createRequire(import.meta.url)('node-sql-parser/build/mysql') as typeof import('node-sql-parser');
    mysqlParser = new Parser();
  }
  return mysqlParser;
}

export type CellValue = string | number | null;

export interface DumpRow {
  /** Values by column name (lower case); a column the INSERT leaves out holds the table's default. */
  values: Map<string, CellValue>;
  line: number;
}

export interface DumpTable {
  name: string;
  /** Columns in table order, when a CREATE TABLE was read. */
  columns: string[];
  defaults: Map<string, CellValue>;
  /** Line of the CREATE TABLE (or of the first INSERT when the dump has none). */
  line: number;
  rows: DumpRow[];
  /** Rows left unread past `maxRows` (limited tables only), in the statement that reached it. */
  skippedRows: number;
  /** Later statements of a limited table, not parsed at all. */
  skippedStatements: number;
}

export interface DumpLimits {
  maxStatementChars: number;
  /** Most rows read per table. */
  maxRows: number;
}

export const DEFAULT_DUMP_LIMITS: DumpLimits = { maxStatementChars: 4_000_000, maxRows: 200_000 };

/** The first words of a statement (identifiers, unquoted from `…`), lower case. */
function leadingWords(text: string, count: number): string[] {
  const words: string[] = [];
  let i = 0;
  while (words.length < count && i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) break;
      let name = text.slice(i + 1, end);
      i = end + 1;
      // db.`table` or `db`.`table`: keep the last part.
      while (text[i] === '.') {
        const next = text[i + 1] === '`' ? text.indexOf('`', i + 2) : -1;
        if (next < 0) break;
        name = text.slice(i + 2, next);
        i = next + 1;
      }
      words.push(name.toLowerCase());
      continue;
    }
    let j = i;
    while (j < text.length && /[A-Za-z0-9_$.]/.test(text[j] as string)) j++;
    if (j === i) break;
    const word = text.slice(i, j).toLowerCase();
    words.push(word.includes('.') ? (word.split('.').pop() as string) : word);
    i = j;
  }
  return words;
}

/** The table a statement creates or inserts into, if it is one of those kinds. */
function targetOf(text: string): { kind: 'create' | 'insert'; table: string } | undefined {
  const words = leadingWords(text, 6);
  let k = 0;
  const next = () => words[k++];
  const first = next();
  if (first === 'create') {
    if (words[k] === 'temporary') k++;
    if (next() !== 'table') return undefined;
    if (words[k] === 'if' && words[k + 1] === 'not' && words[k + 2] === 'exists') k += 3;
    const table = next();
    return table ? { kind: 'create', table } : undefined;
  }
  if (first === 'insert' || first === 'replace') {
    while (words[k] === 'low_priority' || words[k] === 'delayed' || words[k] === 'high_priority' || words[k] === 'ignore') k++;
    if (words[k] === 'into') k++;
    const table = next();
    return table ? { kind: 'insert', table } : undefined;
  }
  return undefined;
}

/** MySQL's backslash escapes in a single- or double-quoted string (node-sql-parser keeps them raw). */
export function unescapeMysql(raw: string): string {
  if (!raw.includes('\\') && !raw.includes("''") && !raw.includes('""')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === '\\' && i + 1 < raw.length) {
      const d = raw[++i] as string;
      // \% and \_ keep their backslash outside LIKE patterns (MySQL reference manual, String Literals).
      if (d === '%' || d === '_') {
        out += `\\${d}`;
        continue;
      }
      out += d === 'n' ? '\n' : d === 'r' ? '\r' : d === 't' ? '\t' : d === '0' ? '\0' : d === 'b' ? '\b' : d === 'Z' ? '\x1a' : d;
      continue;
    }
    if ((c === "'" || c === '"') && raw[i + 1] === c) i++;
    out += c;
  }
  return out;
}

interface AstValue {
  type?: string;
  value?: unknown;
  prefix?: string | null;
  name?: unknown;
  args?: unknown;
}

/** A literal's value; functions (sysdate(), now()) and other expressions are not values a dump states: null. */
function literal(node: unknown): CellValue {
  const v = node as AstValue;
  switch (v?.type) {
    case 'single_quote_string':
    case 'double_quote_string':
    case 'string':
    case 'natural_string':
      return unescapeMysql(String(v.value ?? ''));
    case 'number':
      return typeof v.value === 'number' ? v.value : Number(v.value);
    case 'bool':
    case 'boolean':
      return v.value === true ? 1 : 0;
    case 'full_hex_string':
    case 'hex_string':
      return Buffer.from(String(v.value ?? ''), 'hex').toString('latin1');
    case 'bit_string':
      return parseInt(String(v.value ?? '0'), 2);
    case 'unary_expr': {
      const inner = literal((node as { expr?: unknown }).expr);
      return typeof inner === 'number' && (node as { operator?: string }).operator === '-' ? -inner : inner;
    }
    default:
      return null;
  }
}


function parse(statement: DumpStatement, file: string): Record<string, unknown> {
  try {
    const ast = parserOf().astify(statement.text, { database: 'MySQL' });
    return (Array.isArray(ast) ? ast[0] : ast) as unknown as Record<string, unknown>;
  } catch (error) {
    const e = error as { message?: string; location?: { start?: { line?: number; column?: number } } };
    const at = e.location?.start;
    const line = at?.line !== undefined ? statement.line + at.line - 1 : statement.line;
    const column = at?.column !== undefined ? (at.line === 1 ? statement.column + at.column - 1 : at.column) : statement.column;
    const first = (e.message ?? 'syntax error').split('\n')[0] ?? 'syntax error';
    throw new InputError([{ severity: 'error', file, line, column, message: `SQL that does not parse: ${first.length > 200 ? `${first.slice(0, 200)}…` : first}`, expected: 'a MySQL CREATE TABLE or INSERT statement as mysqldump writes it' }]);
  }
}

/**
 * Reads the rows of `wanted` tables (lower-case names). Tables named in `limited` stop at
 * `maxRows` quietly (a log table); any other table over `maxRows` is an input error.
 */
export function readDumpTables(text: string, file: string, wanted: ReadonlySet<string>, limited: ReadonlySet<string>, limits: DumpLimits): Map<string, DumpTable> {
  const tables = new Map<string, DumpTable>();
  const tableOf = (name: string, line: number) => {
    let t = tables.get(name);
    if (!t) tables.set(name, (t = { name, columns: [], defaults: new Map(), line, rows: [], skippedRows: 0, skippedStatements: 0 }));
    return t;
  };
  splitDump(text, file, { maxStatementChars: limits.maxStatementChars }, (statement) => {
    const target = targetOf(statement.text);
    if (!target || !wanted.has(target.table)) return;
    const table = tableOf(target.table, statement.line);
    if (target.kind === 'create') {
      const ast = parse(statement, file);
      table.line = statement.line;
      table.columns = [];
      table.defaults = new Map();
      for (const def of (ast.create_definitions as Array<Record<string, unknown>> | undefined) ?? []) {
        if (def.resource !== 'column') continue;
        const column = String((def.column as { column?: unknown })?.column ?? '').toLowerCase();
        table.columns.push(column);
        const dflt = (def.default_val as { value?: unknown } | undefined)?.value;
        if (dflt !== undefined) table.defaults.set(column, literal(dflt));
      }
      return;
    }
    if (table.skippedRows > 0 || table.rows.length >= limits.maxRows) {
      // A log table past its limit: its further statements are not even parsed (counted as statements).
      if (limited.has(target.table)) {
        table.skippedStatements++;
        return;
      }
      throw new InputError([{ severity: 'error', file, line: statement.line, column: statement.column, message: `table ${target.table} holds more than ${limits.maxRows} rows`, expected: `at most ${limits.maxRows} rows per table (options.limits.rows)` }]);
    }
    const ast = parse(statement, file);
    const named = ((ast.columns as unknown[] | null) ?? []).map((c) => String(typeof c === 'string' ? c : ((c as { value?: unknown; column?: unknown }).column ?? (c as { value?: unknown }).value ?? '')).toLowerCase());
    const columns = named.length > 0 ? named : table.columns;
    const valueLists = ((ast.values as { values?: unknown[] } | undefined)?.values ?? []) as Array<{ value?: unknown[] }>;
    if (valueLists.length === 0) return; // INSERT … SELECT or SET: no literal rows
    if (columns.length === 0) throw new InputError([{ severity: 'error', file, line: statement.line, column: statement.column, message: `INSERT into ${target.table} without a column list, before any CREATE TABLE ${target.table}`, expected: 'the CREATE TABLE before its INSERTs, or INSERT with a column list' }]);
    for (const list of valueLists) {
      if (table.rows.length >= limits.maxRows) {
        if (!limited.has(target.table)) throw new InputError([{ severity: 'error', file, line: statement.line, column: statement.column, message: `table ${target.table} holds more than ${limits.maxRows} rows`, expected: `at most ${limits.maxRows} rows per table (options.limits.rows)` }]);
        table.skippedRows++;
        continue;
      }
      const cells = list.value ?? [];
      if (cells.length !== columns.length) throw new InputError([{ severity: 'error', file, line: statement.line, column: statement.column, message: `INSERT into ${target.table} gives ${cells.length} values for ${columns.length} columns`, expected: `${columns.length} values per row (${columns.join(', ')})` }]);
      const values = new Map(table.defaults);
      cells.forEach((cell, k) => values.set(columns[k] as string, literal(cell)));
      table.rows.push({ values, line: statement.line });
    }
  });
  return tables;
}
