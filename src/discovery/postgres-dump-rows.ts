// The first rows of each table in a PostgreSQL dump, for PI discovery: the data lines after
// COPY … FROM stdin (pg_dump's default, text format) and the VALUES of INSERT statements
// (pg_dump --inserts / --column-inserts, hand-written SQL). Statements are parsed with the real
// PostgreSQL parser (libpg-query, parse only — nothing is executed, and the statement allow-list
// of the import is not involved: these statements are read, never run); only constants are
// taken. At most `maxRows` rows per table are read; the rest of a table's data is skipped
// without being decoded.
import { parseSync } from 'libpg-query';
import type { SqlStatement } from '../importers/postgresql/split-statements.js';

type Node = Record<string, unknown>;

export interface DumpRows {
  /** Column names as the statement lists them (undefined: every column in table order). */
  columns?: string[];
  rows: Array<Array<string | null>>;
}

/** Longest INSERT statement parsed for its values; pg_dump writes one row per INSERT by default. */
const MAX_INSERT_CHARS = 1_000_000;

export function postgresDumpRows(files: ReadonlyArray<{ text: string; statements: readonly SqlStatement[] }>, maxRows: number): Map<string, DumpRows> {
  const out = new Map<string, DumpRows>();
  if (maxRows <= 0) return out;
  // pg_dump --inserts writes one INSERT per row: once a table has its rows, statements with the
  // same text up to their values (the same table and column list, as parsed before) are passed
  // over without being parsed again.
  const full = new Set<string>();
  for (const file of files) {
    for (const statement of file.statements) {
      const head = statement.text.slice(0, 7).toUpperCase();
      if (head.startsWith('COPY') && statement.copyData) readCopy(statement, file.text, maxRows, out);
      else if (head.startsWith('INSERT') && statement.text.length <= MAX_INSERT_CHARS && !full.has(insertHead(statement.text))) {
        const key = readInsert(statement, maxRows, out);
        if (key !== undefined && (out.get(key)?.rows.length ?? 0) >= maxRows) full.add(insertHead(statement.text));
      }
    }
  }
  return out;
}

/** The text of an INSERT before its first parenthesis (table, or table and column list). */
function insertHead(text: string): string {
  const paren = text.indexOf('(');
  return text.slice(0, paren < 0 ? 200 : Math.min(paren, 200));
}

function parsed(text: string): Node | undefined {
  try {
    const tree = parseSync(text) as { stmts?: Array<{ stmt: Node }> };
    return tree.stmts?.[0]?.stmt;
  } catch {
    return undefined;
  }
}

function relationKey(relation: Node | undefined): string | undefined {
  if (!relation || typeof relation.relname !== 'string') return undefined;
  return `${typeof relation.schemaname === 'string' ? relation.schemaname : 'public'}.${relation.relname}`;
}

function target(out: Map<string, DumpRows>, key: string, columns: string[] | undefined, maxRows: number): DumpRows | undefined {
  let entry = out.get(key);
  if (!entry) out.set(key, (entry = { ...(columns ? { columns } : {}), rows: [] }));
  // Rows of later statements with another column list are left out rather than misaligned.
  if (String(entry.columns) !== String(columns) || entry.rows.length >= maxRows) return undefined;
  return entry;
}

function readCopy(statement: SqlStatement, text: string, maxRows: number, out: Map<string, DumpRows>): void {
  const copy = parsed(statement.text)?.CopyStmt as Node | undefined;
  if (!copy || copy.is_from !== true || copy.options !== undefined) return; // only the default text format
  const key = relationKey(copy.relation as Node | undefined);
  if (!key) return;
  const columns = Array.isArray(copy.attlist) ? (copy.attlist as Node[]).map((a) => String((a.String as Node | undefined)?.sval ?? '')) : undefined;
  const entry = target(out, key, columns, maxRows);
  if (!entry || !statement.copyData) return;
  let at = statement.copyData.start;
  while (at < statement.copyData.end && entry.rows.length < maxRows) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > statement.copyData.end) end = statement.copyData.end;
    const line = text.slice(at, end).replace(/\r$/, '');
    at = end + 1;
    if (line === '\\.') break;
    entry.rows.push(line.split('\t').map(copyField));
  }
}

/** A field of COPY's text format: \N is NULL; backslash escapes as PostgreSQL writes them. */
function copyField(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  return field.replace(/\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' } as Record<string, string>)[e] ?? e;
  });
}

function readInsert(statement: SqlStatement, maxRows: number, out: Map<string, DumpRows>): string | undefined {
  const insert = parsed(statement.text)?.InsertStmt as Node | undefined;
  if (!insert) return undefined;
  const key = relationKey(insert.relation as Node | undefined);
  if (!key) return undefined;
  const columns = Array.isArray(insert.cols) ? (insert.cols as Node[]).map((c) => String((c.ResTarget as Node | undefined)?.name ?? '')) : undefined;
  const values = ((insert.selectStmt as Node | undefined)?.SelectStmt as Node | undefined)?.valuesLists;
  if (!Array.isArray(values)) return undefined;
  const entry = target(out, key, columns, maxRows);
  if (!entry) return key;
  for (const list of values as Node[]) {
    if (entry.rows.length >= maxRows) break;
    const items = ((list.List as Node | undefined)?.items ?? []) as Node[];
    entry.rows.push(items.map(constantText));
  }
  return key;
}

/** A constant's text ('…', 123, 1.5, true, NULL, '…'::type); anything computed is left unread (null). */
function constantText(node: Node): string | null {
  const cast = node.TypeCast as Node | undefined;
  if (cast) return constantText(cast.arg as Node);
  const c = node.A_Const as Node | undefined;
  if (!c || c.isnull === true) return null;
  const pick = (key: string, inner: string) => (c[key] as Node | undefined)?.[inner];
  const value = pick('sval', 'sval') ?? pick('ival', 'ival') ?? pick('fval', 'fval') ?? pick('boolval', 'boolval') ?? pick('bsval', 'bsval');
  if (value === undefined) return c.ival !== undefined ? '0' : null;
  return String(value);
}
