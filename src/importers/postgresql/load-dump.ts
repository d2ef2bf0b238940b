// Runs the statements of one or more dump files in a fresh PGlite (embedded PostgreSQL, no
// server): statements that shape roles, objects and privileges only. A statement PostgreSQL
// rejects as a syntax error stops the import with its file and line; one that fails otherwise
// (a role that already exists, an extension PGlite lacks) becomes a warning and the load goes on.
import { PGlite } from '@electric-sql/pglite';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import type { SourceInput } from '../../sources/source-input.js';
import { splitStatements, type SqlStatement } from './split-statements.js';
import { StatementLines } from './statement-lines.js';
import { statementKind } from './statement-kind.js';

export interface LoadedDump {
  db: PGlite;
  lines: StatementLines;
  warnings: Diagnostic[];
}

const SYNTAX_ERROR = '42601';
const MYSQL_MARKERS = /^-- MySQL dump|\bENGINE\s*=\s*(InnoDB|MyISAM)\b|^CREATE TABLE `|\bON\s+\*\.\*\s+TO\b|^-- Grants for /im;

/** The statements of a file that belong to `database` (all of them when it is not given). */
function selectStatements(input: SourceInput, database: string | undefined): SqlStatement[] {
  const text = input.text();
  const { statements, metaCommands } = splitStatements(text, input.path);
  if (statements.length === 0) throw new InputError([{ severity: 'error', file: input.path, line: 1, message: 'no SQL statements found', expected: 'pg_dump or pg_dumpall --roles-only output (plain SQL)' }]);
  const mysql = MYSQL_MARKERS.exec(text);
  if (mysql) {
    const line = text.slice(0, mysql.index).split('\n').length;
    throw new InputError([{ severity: 'error', file: input.path, line, message: 'this is a MySQL/MariaDB dump or grant listing, not a PostgreSQL dump', expected: 'type: mysql for MySQL sources' }]);
  }
  const connects = metaCommands.filter((m) => m.name === 'connect' || m.name === 'c').map((m) => ({ line: m.line, database: firstWord(m.argument) }));
  const created = statements.map((s) => ({ s, m: /^CREATE\s+DATABASE\s+("(?:[^"]|"")+"|\S+)/i.exec(s.text) })).filter((x) => x.m);
  if (database !== undefined) {
    const named = [...connects.map((c) => c.database), ...created.map((c) => unquote(c.m?.[1] ?? ''))].filter((d) => d !== 'template1' && d !== 'postgres' || d === database);
    if (named.length > 0 && !named.includes(database)) {
      const line = created[0]?.s.line ?? connects[0]?.line ?? 1;
      throw new InputError([{ severity: 'error', file: input.path, line, message: `the dump is of database ${[...new Set(named)].map((d) => `"${d}"`).join(', ')}, not "${database}"`, expected: `a dump of database "${database}" (options.database)` }]);
    }
  }
  if (connects.length === 0) return statements;
  // pg_dumpall: roles come before the first \connect; then one section per database.
  return statements.filter((s) => {
    let current: string | undefined;
    for (const c of connects) if (c.line < s.line) current = c.database;
    return current === undefined || database === undefined || current === database;
  });
}

export async function loadDump(inputs: SourceInput[], database: string | undefined): Promise<LoadedDump> {
  const selected = inputs.map((input) => ({ input, statements: selectStatements(input, database) }));
  const db = new PGlite();
  const warnings: Diagnostic[] = [];
  const lines = new StatementLines();
  try {
    for (const { input, statements } of selected) {
      for (const statement of statements) {
        const kind = statementKind(statement.text);
        if (kind === 'data' || kind === 'ignore') continue;
        const at = { file: input.path, line: statement.line };
        if (kind === 'unknown') {
          warnings.push({ severity: 'warning', ...at, message: `statement not loaded: ${firstWords(statement.text)}`, expected: 'statements that define roles, tables, grants and policies' });
          continue;
        }
        try {
          await db.exec(statement.text);
          lines.note(statement.text, at);
        } catch (error) {
          const e = error as { code?: string; message?: string };
          if (e.code === SYNTAX_ERROR) {
            throw new InputError([{ severity: 'error', ...at, message: `SQL does not parse: ${e.message ?? String(error)}`, expected: 'SQL that PostgreSQL accepts' }]);
          }
          if (e.code === undefined) throw error;
          // The statement may still say where a role's properties were set (ALTER ROLE postgres …).
          if (e.code === '42710' && /^CREATE\s+(ROLE|USER|GROUP)\b/i.test(statement.text)) {
            lines.note(statement.text, at);
            // Every pg_dumpall creates the bootstrap superuser, which the embedded cluster already has.
            if (/^CREATE\s+ROLE\s+"?postgres"?\s*;?$/i.test(statement.text.trim())) continue;
          }
          warnings.push({ severity: 'warning', ...at, message: `statement failed in PGlite and was skipped (${e.code}): ${e.message ?? ''}` });
        }
      }
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, lines, warnings };
}

function firstWord(text: string): string {
  return unquote(text.split(/\s+/)[0] ?? '');
}

function unquote(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.startsWith("'") ? name.slice(1, -1) : name.replace(/;$/, '');
}

function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 4).join(' ');
}
