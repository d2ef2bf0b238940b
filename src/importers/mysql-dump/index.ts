// MySQL / MariaDB dumps (mysqldump, mariadb-dump, or hand-written CREATE TABLE + INSERT): the
// tables and their columns (with COMMENT text), the views with the relations they read (a view
// holds no rows of its own: databaseTables[].view), tied to the manifest by the same table mapping
// as the other database sources, and the first rows of each table for PI discovery. Statements
// are parsed with node-sql-parser; nothing is executed (no embeddable MySQL exists). Grants are
// read by the `mysql` source type from SHOW GRANTS output; a dump holds none.
import { Type } from '@sinclair/typebox';
import { createRequire } from 'node:module';
import type { Parser } from 'node-sql-parser';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import type { SourceInput } from '../../sources/source-input.js';
import { discoverTable, DEFAULT_SAMPLE_ROWS, type DiscoveredTableFacts } from '../../discovery/discover-table.js';
import { DiscoveryOptionsSchema } from '../../discovery/discovery-options.js';
import { buildDatabaseInventory } from '../database/build-database-inventory.js';
import type { TableFacts } from '../database/database-facts.js';
import { DatabaseMappingSchema } from '../database/database-mapping.js';
import type { Importer, ImportResult } from '../importer.js';
import { firstRows } from './first-rows.js';
import { splitMysqlDump, type DumpStatement } from './split-mysql-dump.js';

const OptionsSchema = Type.Object(
  {
    database: Type.Optional(Type.String({ description: 'the database the tables belong to when the dump has no USE statement (default: the dump header’s "Database:", else "default")' })),
    server: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', description: 'the server, as it should appear in ids (mysql:SERVER/db.table)' })),
    discovery: Type.Optional(DiscoveryOptionsSchema),
  },
  { additionalProperties: false },
);

const HEADER = /^-- (MySQL|MariaDB) dump \d/m;
const HEADER_DATABASE = /^-- Host: .*\s+Database: (\S+)/m;
/** Backquoted CREATE TABLE with an ENGINE clause: MySQL's shape when the header was cut off. */
const CREATE_TABLE_SHAPE = /^CREATE TABLE (IF NOT EXISTS )?`[^`]+`[\s\S]*\)\s*ENGINE\s*=/m;

type AstNode = Record<string, unknown>;

/** The MySQL build of node-sql-parser, loaded when a dump is read (not at start-up). */
function mysqlParser(): Parser {
  const { Parser: MysqlParser } = createRequire(import.meta.url)('node-sql-parser/build/mysql') as { Parser: new () => Parser };
  return new MysqlParser();
}

export const mysqlDumpImporter = {
  format: 'mysql-dump',
  title: 'MySQL / MariaDB dump (mysqldump, mariadb-dump: CREATE TABLE and INSERT)',
  extensions: ['.sql'],
  supplies: ['databaseTables', 'discoveredTables'],
  optionsSchema: OptionsSchema,
  mappingSchema: DatabaseMappingSchema,
  detect(input: SourceInput) {
    return HEADER.test(input.head) || CREATE_TABLE_SHAPE.test(input.head);
  },
  group(inputs: SourceInput[]) {
    return inputs.length === 0 ? [] : [inputs];
  },
  load(inputs, context): ImportResult {
    const options = context.options as { database?: string; server?: string; discovery?: { sampleRows?: number } };
    const sampleRows = options.discovery?.sampleRows ?? DEFAULT_SAMPLE_ROWS;
    const parser = mysqlParser();
    const warnings: Diagnostic[] = [];
    const tables: TableFacts[] = [];
    // A relation defined again (mysqldump's stand-in for a view, then the view) keeps its last definition.
    const tableIndex = new Map<string, number>();
    const define = (facts: TableFacts) => {
      const at = tableIndex.get(facts.key);
      if (at === undefined) {
        tableIndex.set(facts.key, tables.length);
        tables.push(facts);
      } else tables[at] = { ...facts, columns: facts.columns ?? tables[at]?.columns };
    };
    const views = new Set<string>();
    const columnsOf = new Map<string, Array<{ name: string; comment?: string }>>();
    const rowsOf = new Map<string, Array<Array<string | null>>>();
    // Statements whose text up to the values is that of an INSERT already read into a full table.
    const full = new Set<string>();
    for (const input of inputs) {
      const text = input.text();
      let database = options.database ?? HEADER_DATABASE.exec(text.slice(0, 4096))?.[1] ?? 'default';
      const statements = splitMysqlDump(text, input.path);
      let created = 0;
      for (const statement of statements) {
        const words = firstWords(statement.text);
        if (words[0] === 'USE') {
          const use = astOf(parser, statement.text);
          if (use && typeof use.db === 'string') database = use.db;
        } else if (words[0] === 'CREATE' && (words[1] === 'TABLE' || (words[1] === 'TEMPORARY' && words[2] === 'TABLE'))) {
          const ast = astOf(parser, statement.text);
          if (!ast) throw new InputError([{ severity: 'error', file: input.path, line: statement.line, message: 'CREATE TABLE does not parse', expected: 'a CREATE TABLE statement MySQL accepts' }]);
          const table = tableName(ast.table, database);
          if (!table) continue;
          const columns = ((ast.create_definitions ?? []) as AstNode[]).filter((d) => d.resource === 'column').map(columnOf);
          // A stand-in table older mysqldump writes before a view of the name: the view follows.
          if (views.has(table.key)) continue;
          columnsOf.set(table.key, columns);
          define({ key: table.key, columns: columns.map((c) => c.name), at: { file: input.path, line: statement.line } });
          created++;
        } else if (words[0] === 'CREATE' && VIEW_HEAD.test(statement.text.slice(0, 400))) {
          const view = viewOf(parser, statement.text, database);
          if (!view) {
            warnings.push({ severity: 'warning', file: input.path, line: statement.line, message: 'CREATE VIEW not read: it does not parse', expected: 'a CREATE VIEW statement MySQL accepts' });
            continue;
          }
          views.add(view.key);
          columnsOf.delete(view.key);
          define({ ...view, at: { file: input.path, line: statement.line } });
        } else if ((words[0] === 'INSERT' || words[0] === 'REPLACE') && sampleRows > 0) {
          const head = `${database}\0${statement.text.slice(0, Math.min(200, statement.text.indexOf('(') < 0 ? 200 : statement.text.indexOf('(')))}`;
          if (full.has(head)) continue;
          const key = readRows(parser, statement, database, sampleRows, columnsOf, rowsOf, warnings, input.path);
          if (key !== undefined && (rowsOf.get(key)?.length ?? 0) >= sampleRows) full.add(head);
        }
      }
      if (created === 0) throw new InputError([{ severity: 'error', file: input.path, line: 1, message: 'no CREATE TABLE statement found', expected: 'a mysqldump or mariadb-dump file with table definitions (SHOW GRANTS output is type: mysql)' }]);
    }
    const discovered: DiscoveredTableFacts[] = [];
    for (const table of tables) {
      // A view holds no rows; its columns are its base tables', discovered there.
      if (table.view) continue;
      const found = discoverTable({ key: table.key, name: table.key.split('.').pop() ?? table.key, columns: columnsOf.get(table.key) ?? [], rows: rowsOf.get(table.key) ?? [] });
      if (found.columns.length > 0) discovered.push(found);
    }
    return buildDatabaseInventory({ engine: 'mysql', logins: [], tables, discovered }, context, warnings, options.server);
  },
} satisfies Importer;

/** CREATE [OR REPLACE] [ALGORITHM=…] [DEFINER=…] [SQL SECURITY …] VIEW: what mysqldump and people write. */
const VIEW_HEAD = /^CREATE\s+(?:OR\s+REPLACE\s+)?(?:ALGORITHM\s*=\s*\w+\s+)?(?:DEFINER\s*=\s*(?:`[^`]*`|'[^']*'|[^\s@]+)(?:@(?:`[^`]*`|'[^']*'|\S+))?\s+)?(?:SQL\s+SECURITY\s+\w+\s+)?VIEW\s/i;

/**
 * A view: its name, its columns (its column list, else its select's names; unknown for `*`), its
 * definer and SQL SECURITY, and the relations its query reads. MySQL has no row-level security, so
 * every relation it reads reaches its readers unfiltered.
 */
function viewOf(parser: Parser, sql: string, database: string): TableFacts | undefined {
  const ast = astOf(parser, sql);
  const name = ast?.view as AstNode | undefined;
  if (!ast || ast.keyword !== 'view' || !name || typeof name.view !== 'string') return undefined;
  const key = `${typeof name.db === 'string' && name.db !== '' ? name.db : database}.${name.view}`;
  let reads: string[];
  try {
    reads = [...new Set(parser.tableList(sql, { database: 'MySQL' }).filter((t) => t.startsWith('select::')).map((t) => {
      const [, db, table] = t.split('::');
      return `${db === undefined || db === 'null' || db === '' ? database : db}.${table ?? ''}`;
    }))].filter((r) => r !== key).sort();
  } catch {
    return undefined;
  }
  const listed = Array.isArray(ast.columns) ? (ast.columns as unknown[]).map((c) => (typeof c === 'string' ? c : String((c as AstNode).column ?? (c as AstNode).value ?? ''))) : undefined;
  const selected = ((ast.select as AstNode | undefined)?.columns ?? []) as AstNode[];
  const named = Array.isArray(selected) ? selected.map(selectedName) : [];
  const columns = listed ?? (named.length > 0 && named.every((c): c is string => c !== undefined) ? named : undefined);
  const definer = ast.definer as AstNode | undefined;
  const owner = definerName(definer) ?? 'unknown';
  const securityInvoker = typeof ast.sql_security === 'string' && ast.sql_security.toUpperCase() === 'INVOKER';
  return { key, ...(columns ? { columns } : {}), view: { owner, securityInvoker, reads, rowSecurityBypassed: [], unfilteredReads: reads } };
}

/** The name a select column gives its view column: its alias, else the column's own name; undefined for `*` or an unnamed expression. */
function selectedName(column: AstNode): string | undefined {
  if (typeof column.as === 'string' && column.as !== '') return column.as;
  const expr = column.expr as AstNode | undefined;
  if (expr?.type === 'column_ref') {
    const c = expr.column;
    const value = typeof c === 'string' ? c : ((c as AstNode | undefined)?.expr as AstNode | undefined)?.value;
    return typeof value === 'string' && value !== '*' ? value : undefined;
  }
  return undefined;
}

/** `user@host` of a DEFINER clause as node-sql-parser gives it. */
function definerName(definer: AstNode | undefined): string | undefined {
  const right = definer?.right as AstNode | undefined;
  if (!right) return undefined;
  const part = (node: unknown) => (node && typeof (node as AstNode).value === 'string' ? ((node as AstNode).value as string) : undefined);
  if (right.operator === '@') {
    const user = part(right.left);
    const host = part(right.right);
    return user === undefined ? undefined : host === undefined ? user : `${user}@${host}`;
  }
  return part(right);
}

function firstWords(text: string): string[] {
  return text.slice(0, 40).trimStart().split(/\s+/, 3).map((w) => w.toUpperCase());
}

function astOf(parser: Parser, sql: string): AstNode | undefined {
  try {
    const ast = parser.astify(sql, { database: 'MySQL' }) as unknown;
    return (Array.isArray(ast) ? ast[0] : ast) as AstNode | undefined;
  } catch {
    return undefined;
  }
}

function tableName(list: unknown, database: string): { key: string } | undefined {
  const first = (Array.isArray(list) ? list[0] : list) as AstNode | undefined;
  if (!first || typeof first.table !== 'string') return undefined;
  return { key: `${typeof first.db === 'string' && first.db !== '' ? first.db : database}.${first.table}` };
}

function columnOf(definition: AstNode): { name: string; comment?: string } {
  const ref = definition.column as AstNode | undefined;
  const name = String(ref?.column ?? '');
  const comment = ((definition.comment as AstNode | undefined)?.value as AstNode | undefined)?.value;
  return typeof comment === 'string' ? { name, comment: unescapeMysql(comment) } : { name };
}

function readRows(parser: Parser, statement: DumpStatement, database: string, max: number, columnsOf: Map<string, Array<{ name: string }>>, rowsOf: Map<string, Array<Array<string | null>>>, warnings: Diagnostic[], file: string): string | undefined {
  // The table is known from the statement's own head; rows past the bound are not parsed.
  const probe = firstRows(statement.text, 1);
  if (!probe) return undefined;
  const head = astOf(parser, probe);
  const table = head ? tableName(head.table, database) : undefined;
  if (!head || !table) {
    warnings.push({ severity: 'warning', file, line: statement.line, message: 'INSERT statement not read for PI discovery: it does not parse', expected: 'INSERT … VALUES with literal values' });
    return undefined;
  }
  const have = rowsOf.get(table.key) ?? [];
  if (have.length >= max) return table.key;
  const ast = astOf(parser, firstRows(statement.text, max - have.length) ?? probe);
  const tableColumns = (columnsOf.get(table.key) ?? []).map((c) => c.name);
  const listed = Array.isArray(ast?.columns) ? (ast.columns as unknown[]).map((c) => (typeof c === 'string' ? c : String((c as AstNode).column ?? ''))) : undefined;
  const values = ((ast?.values as AstNode | undefined)?.values ?? []) as AstNode[];
  for (const tuple of values) {
    const cells = ((tuple.value ?? []) as AstNode[]).map(literalText);
    // Rows are kept in the table's column order.
    have.push(listed ? tableColumns.map((c) => (listed.indexOf(c) >= 0 ? (cells[listed.indexOf(c)] ?? null) : null)) : cells);
    if (have.length >= max) break;
  }
  rowsOf.set(table.key, have);
  return table.key;
}

/** A literal's text; anything else (an expression, a function call) is left unread. */
function literalText(node: AstNode): string | null {
  switch (node.type) {
    case 'single_quote_string':
    case 'double_quote_string':
    case 'natural_string':
    case 'string':
      return unescapeMysql(String(node.value));
    case 'number':
    case 'bigint':
      return String(node.value);
    case 'bool':
    case 'boolean':
      return String(node.value);
    default:
      return null;
  }
}

/** MySQL string escapes as node-sql-parser leaves them in the value (\' \\ \n \t \0 …). */
function unescapeMysql(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\(.)/g, (_, e: string) => ({ n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', Z: '\x1a' } as Record<string, string>)[e] ?? e);
}
