// Which statements of a dump are loaded into PGlite. Only what shapes roles, objects and their
// privileges is run; data (COPY, INSERT), indexes, triggers and anything that would execute code
// (DO blocks, function calls other than pg_dump's own set_config) are skipped.

export type StatementKind = 'load' | 'data' | 'ignore' | 'unknown';

const LOAD = [
  /^(CREATE|ALTER)\s+(ROLE|USER|GROUP)\b/i,
  /^(GRANT|REVOKE)\b/i,
  /^(CREATE|ALTER)\s+SCHEMA\b/i,
  /^CREATE\s+((GLOBAL|LOCAL)\s+)?((TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE\b(?![\s\S]*\bAS\s+(SELECT|WITH|VALUES|TABLE)\b)/i,
  /^CREATE\s+(OR\s+REPLACE\s+)?((TEMP|TEMPORARY|RECURSIVE)\s+)?VIEW\b/i,
  /^CREATE\s+MATERIALIZED\s+VIEW\b[\s\S]*\bWITH\s+NO\s+DATA\s*$/i,
  /^ALTER\s+(TABLE|VIEW|MATERIALIZED\s+VIEW|SEQUENCE|FUNCTION|PROCEDURE|TYPE|DOMAIN)\b/i,
  /^CREATE\s+(SEQUENCE|TYPE|DOMAIN|EXTENSION|POLICY|COLLATION|AGGREGATE|OPERATOR|TEXT\s+SEARCH|CAST|CONVERSION)\b/i,
  /^CREATE\s+(OR\s+REPLACE\s+)?(TRUSTED\s+)?(PROCEDURAL\s+)?(FUNCTION|PROCEDURE|LANGUAGE)\b/i,
  /^ALTER\s+(POLICY|DEFAULT\s+PRIVILEGES|EXTENSION)\b/i,
  /^(SET|RESET)\b(?!\s+(ROLE|SESSION\s+AUTHORIZATION)\b)/i,
  /^SET\s+(ROLE|SESSION\s+AUTHORIZATION)\b/i,
  /^SELECT\s+pg_catalog\.set_config\s*\(\s*'search_path'/i,
];
const DATA = [/^(COPY|INSERT|UPDATE|DELETE|TRUNCATE|MERGE)\b/i, /^SELECT\b/i];
const IGNORE = [
  /^COMMENT\b/i,
  /^CREATE\s+(UNIQUE\s+)?INDEX\b/i,
  /^ALTER\s+INDEX\b/i,
  /^CREATE\s+(OR\s+REPLACE\s+)?(CONSTRAINT\s+)?TRIGGER\b/i,
  /^CREATE\s+(EVENT\s+TRIGGER|RULE|OR\s+REPLACE\s+RULE|STATISTICS|PUBLICATION|SUBSCRIPTION|SERVER|USER\s+MAPPING|FOREIGN|TABLESPACE|DATABASE)\b/i,
  /^ALTER\s+(DATABASE|TABLESPACE|PUBLICATION|SUBSCRIPTION|SERVER|EVENT\s+TRIGGER|STATISTICS|FOREIGN)\b/i,
  /^(DROP|BEGIN|COMMIT|END|START\s+TRANSACTION|ROLLBACK|REFRESH|ANALYZE|VACUUM|CHECKPOINT|SECURITY\s+LABEL|CLUSTER|REINDEX)\b/i,
];

export function statementKind(text: string): StatementKind {
  if (LOAD.some((re) => re.test(text))) return 'load';
  if (DATA.some((re) => re.test(text))) return 'data';
  if (IGNORE.some((re) => re.test(text))) return 'ignore';
  return 'unknown';
}
