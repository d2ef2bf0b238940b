// The SQL dialect of a code base, from the driver it uses: the modules a file imports or requires
// (mysql2 or mysql → MySQL, pg → PostgreSQL …) and the client a query builder or ORM is configured
// with (knex({ client: 'pg' }), new Sequelize({ dialect: 'mysql' }), TypeORM `type: 'postgres'`).
// A statement is parsed in its own file's dialect when that file names one driver, else in the
// code base's when every file that names a driver names the same one, else in the project
// file's `sqlDialect`, else in MySQL (the default, documented in docs/code-scanning.md).
import type { SqlDialect } from './read-sql-statement.js';
import { DEFAULT_SQL_DIALECT } from './read-sql-statement.js';

const DRIVER_MODULES: Array<[RegExp, SqlDialect]> = [
  [/^(mysql2?|mysql2\/promise|@mysql\/xdevapi|serverless-mysql|@planetscale\/database)$/, 'MySQL'],
  [/^mariadb$/, 'MariaDB'],
  [/^(pg|pg-promise|postgres|pg-pool|@neondatabase\/serverless|@vercel\/postgres|slonik)$/, 'PostgreSQL'],
  [/^(sqlite3|better-sqlite3|sqlite|@libsql\/client)$/, 'Sqlite'],
  [/^(mssql|tedious)$/, 'TransactSQL'],
];
const CLIENT_NAMES: Array<[RegExp, SqlDialect]> = [
  [/^(mysql2?|mysql)$/, 'MySQL'],
  [/^mariadb$/, 'MariaDB'],
  [/^(pg|postgres|postgresql|pg-native|cockroachdb)$/, 'PostgreSQL'],
  [/^(sqlite3?|better-sqlite3|sqlite)$/, 'Sqlite'],
  [/^(mssql|tedious)$/, 'TransactSQL'],
];
const CLIENT_OPTION = /\b(client|dialect|type|provider)\s*:\s*['"]([\w-]+)['"]/g;
const QUERY_LIBRARY = /knex|sequelize|typeorm|DataSource|createConnection|drizzle|mikro-orm|kysely/i;

/** The dialects a file's imports, requires and client options name. */
export function dialectsNamedIn(text: string, importedModules: readonly string[]): SqlDialect[] {
  const found = new Set<SqlDialect>();
  const modules = text.includes('require(') ? [...importedModules, ...[...text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? '')] : importedModules;
  for (const m of modules) for (const [pattern, dialect] of DRIVER_MODULES) if (pattern.test(m)) found.add(dialect);
  // Only where a query library is configured, not any `type: 'postgres'` in the file. The client
  // options are looked for first: most files have none, and then the test for a query library (a
  // case-insensitive search of the whole text, the slower of the two) is not needed.
  const named: SqlDialect[] = [];
  for (const m of text.matchAll(CLIENT_OPTION)) for (const [pattern, dialect] of CLIENT_NAMES) if (pattern.test(m[2] ?? '')) named.push(dialect);
  if (named.length > 0 && QUERY_LIBRARY.test(text)) for (const dialect of named) found.add(dialect);
  return [...found].sort();
}

export interface DialectChoice {
  dialect: SqlDialect;
  /** Why: the file's driver, the code base's, the project file, or the default. */
  basis: 'file' | 'code-base' | 'project-file' | 'default';
}

export function chooseDialect(fileDialects: readonly SqlDialect[], codeBaseDialects: readonly SqlDialect[], stated: SqlDialect | undefined): DialectChoice {
  if (stated) return { dialect: stated, basis: 'project-file' };
  if (fileDialects.length === 1 && fileDialects[0]) return { dialect: fileDialects[0], basis: 'file' };
  if (codeBaseDialects.length === 1 && codeBaseDialects[0]) return { dialect: codeBaseDialects[0], basis: 'code-base' };
  return { dialect: DEFAULT_SQL_DIALECT, basis: 'default' };
}
