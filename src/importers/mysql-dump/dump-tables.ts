// The rows of chosen tables of a MySQL dump (mysqldump, Navicat, the SQL scripts projects ship):
// each statement is cut out with its first line (quotes, backticks and comments respected), and
// only the CREATE TABLE and INSERT statements of the wanted tables are parsed, with
// node-sql-parser's MySQL grammar, never with regular expressions over SQL. An INSERT without a
// column list takes the column order of its table's CREATE TABLE. A statement that does not parse
// is an input error at its line.
import { createRequire } from 'node:module';
import { InputError } from '../../inventory/diagnostic.js';

export type SqlValue = string | number | null;

export interface DumpRow {
  line: number;
  values: Record<string, SqlValue>;
}

export interface DumpTable {
  name: string;
  columns: string[];
  rows: DumpRow[];
  /** Line of the CREATE TABLE, when the dump has one. */
  line?: number;
}

interface Statement {
  text: string;
  line: number;
}

/** node-sql-parser's MySQL build, loaded when a dump is read, not at start-up. */
let mysqlParser: import('node-sql-parser').Parser | undefined;
function parserOf(): import('node-sql-parser').Parser {
  if (!mysqlParser) {
    const { Parser } = createRequire(import.meta.url)('node-sql-parser/build/mysql') as typeof import('node-sql-parser');
    mysqlParser = new Parser();
  }
  return mysqlParser;
}

/** Statements of a dump, each with the line it starts on. */
export function splitStatements(sql: string): Statement[] {
  const out: Statement[] = [];
  let start = -1;
  let startLine = 1;
  let line = 1;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i]!;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (start < 0) {
      if (c === ' ' || c === '\t' || c === '\r' || c === ';') {
        i++;
        continue;
      }
      // Comments outside statements: -- …, # …, /* … */ (MySQL's /*!40101 … */ too: session settings).
      if ((c === '-' && sql[i + 1] === '-') || c === '#') {
        while (i < n && sql[i] !== '\n') i++;
        continue;
      }
      if (c === '/' && sql[i + 1] === '*') {
        const end = sql.indexOf('*/', i + 2);
        const stop = end < 0 ? n : end + 2;
        for (let k = i; k < stop; k++) if (sql[k] === '\n') line++;
        i = stop;
        continue;
      }
      start = i;
      startLine = line;
    }
    if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < n && sql[i] !== c) {
        if (sql[i] === '\\' && c !== '`') i++;
        else if (sql[i] === '\n') line++;
        i++;
      }
      if (i < n && sql[i + 1] === c) {
        i++;
        continue;
      }
      i++;
      continue;
    }
    if (c === ';') {
      out.push({ text: sql.slice(start, i), line: startLine });
      start = -1;
    }
    i++;
  }
  if (start >= 0 && sql.slice(start).trim() !== '') out.push({ text: sql.slice(start), line: startLine });
  return out;
}

const TARGET = /^\s*(CREATE\s+TABLE(?:\s+IF\s+NOT\s+EXISTS)?|INSERT\s+(?:IGNORE\s+)?INTO|REPLACE\s+INTO)\s+(?:`?[\w$]+`?\.)?`?([\w$]+)`?/i;

function valueOf(node: { type?: string; value?: unknown }): SqlValue {
  if (!node || node.type === 'null') return null;
  if (node.type === 'number') return Number(node.value);
  if (node.type === 'bool' || node.type === 'boolean') return node.value ? 1 : 0;
  if (typeof node.value === 'string') return node.type === 'single_quote_string' || node.type === 'double_quote_string' ? unescapeMysql(node.value) : node.value;
  if (typeof node.value === 'number') return node.value;
  return null;
}

/** The named tables of a dump, with their columns and rows. */
export function readDumpTables(sql: string, file: string, wanted: readonly string[]): Map<string, DumpTable> {
  const tables = new Map<string, DumpTable>();
  const want = new Set(wanted.map((w) => w.toLowerCase()));
  const fail = (line: number, message: string): never => {
    throw new InputError([{ severity: 'error', file, line, message, expected: 'MySQL CREATE TABLE and INSERT statements as mysqldump writes them' }]);
  };
  for (const statement of splitStatements(sql)) {
    const m = TARGET.exec(statement.text);
    if (!m) continue;
    const name = m[2]!.toLowerCase();
    if (!want.has(name)) continue;
    let ast: unknown;
    try {
      ast = parserOf().astify(statement.text, { database: 'MySQL' });
    } catch (error) {
      const e = error as Error & { location?: { start?: { line?: number } } };
      fail(statement.line + (e.location?.start?.line ?? 1) - 1, `${m[1]!.split(/\s+/)[0]!.toUpperCase()} ${name} does not parse: ${e.message.split('\n')[0]}`);
    }
    const node = (Array.isArray(ast) ? ast[0] : ast) as Record<string, unknown>;
    let table = tables.get(name);
    if (!table) tables.set(name, (table = { name, columns: [], rows: [] }));
    if (node.type === 'create') {
      const defs = (node.create_definitions ?? []) as Array<{ resource?: string; column?: { column?: unknown } }>;
      table.columns = defs.filter((d) => d.resource === 'column').map((d) => columnName(d.column?.column));
      table.line = statement.line;
      continue;
    }
    const columns = Array.isArray(node.columns) && node.columns.length > 0 ? (node.columns as unknown[]).map(columnName) : table.columns;
    if (columns.length === 0) fail(statement.line, `INSERT INTO ${name} names no columns and the dump has no CREATE TABLE ${name} before it`);
    const values = node.values as { values?: Array<{ value: unknown[] }> } | Array<{ value: unknown[] }>;
    const list = Array.isArray(values) ? values : (values?.values ?? []);
    for (const tuple of list) {
      const row: Record<string, SqlValue> = {};
      tuple.value.forEach((v, k) => {
        const column = columns[k];
        if (column !== undefined) row[column] = valueOf(v as { type?: string; value?: unknown });
      });
      if (tuple.value.length !== columns.length) fail(statement.line, `INSERT INTO ${name}: a row of ${tuple.value.length} values for ${columns.length} columns`);
      table.rows.push({ line: statement.line, values: row });
    }
  }
  return tables;
}

function columnName(column: unknown): string {
  if (typeof column === 'string') return column.toLowerCase();
  const c = column as { expr?: { value?: unknown }; value?: unknown } | undefined;
  const v = c?.expr?.value ?? c?.value;
  return String(v ?? '').toLowerCase();
}

const ESCAPES: Record<string, string> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a' };

/** A MySQL string literal's text as stored: doubled quotes and backslash escapes resolved. */
function unescapeMysql(text: string): string {
  return text.replace(/''/g, "'").replace(/""/g, '"').replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c);
}
