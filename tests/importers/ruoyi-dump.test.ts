// The RuoYi reader's SQL layer: splitting a mysqldump into statements (quotes, comments,
// conditional comments, DELIMITER) with their lines, and reading the rows of chosen tables with
// node-sql-parser (extended INSERTs, escapes, column lists with defaults), within its bounds.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inventory/diagnostic.js';
import { DEFAULT_DUMP_LIMITS, readDumpTables, unescapeMysql } from '../../src/importers/mysql-dump/dump-tables.js';
import { splitDump, type DumpStatement } from '../../src/importers/mysql-dump/split-dump.js';

function split(text: string, maxStatementChars = 1_000_000): DumpStatement[] {
  const out: DumpStatement[] = [];
  splitDump(text, 'dump.sql', { maxStatementChars }, (s) => out.push(s));
  return out;
}

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('splitDump', () => {
  it('splits on semicolons outside quotes and comments, keeping each statement’s line and column', () => {
    const text = [
      '-- MySQL dump 10.13',
      "/*!40101 SET NAMES utf8mb4 */;",
      'LOCK TABLES `sys_user` WRITE;',
      "INSERT INTO `sys_user` VALUES (1,'a;b','it''s','x\\';y'), (2,\"q;\",'# not a comment','-- nor this');",
      '# a comment; with a semicolon',
      '  /* block; comment */ UNLOCK TABLES;',
    ].join('\n');
    const statements = split(text);
    expect(statements.map((s) => [s.line, s.column, s.text.slice(0, 12)])).toEqual([
      [3, 1, 'LOCK TABLES '],
      [4, 1, 'INSERT INTO '],
      [6, 24, 'UNLOCK TABLE'],
    ]);
    expect(statements[1]?.text).toContain("'x\\';y'");
  });

  it('follows DELIMITER changes (mysqldump --routines)', () => {
    const text = 'DELIMITER ;;\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET @a = 1; END ;;\nDELIMITER ;\nSELECT 1;';
    expect(split(text).map((s) => s.line)).toEqual([2, 4]);
  });

  it('names the line where an unterminated string starts', () => {
    const error = inputError(() => split("SELECT 1;\n\nINSERT INTO t VALUES ('never closed);\nSELECT 2;"));
    expect(error.diagnostics[0]).toMatchObject({ file: 'dump.sql', line: 3, column: 23 });
    expect(error.diagnostics[0]?.message).toMatch(/unterminated string/);
  });

  it('refuses a statement over the size limit, at its line', () => {
    const error = inputError(() => split(`SELECT 1;\nINSERT INTO t VALUES ('${'x'.repeat(5000)}');`, 2000));
    expect(error.diagnostics[0]).toMatchObject({ line: 2 });
    expect(error.diagnostics[0]?.message).toMatch(/longer than 2000 characters/);
  });
});

describe('readDumpTables', () => {
  const wanted = new Set(['sys_role', 'sys_oper_log']);
  const create = `CREATE TABLE \`sys_role\` (
  \`role_id\` bigint NOT NULL AUTO_INCREMENT COMMENT '角色ID',
  \`role_key\` varchar(100) NOT NULL COMMENT '角色权限字符串',
  \`data_scope\` char(1) DEFAULT '1' COMMENT '数据范围',
  \`remark\` varchar(500) DEFAULT NULL,
  PRIMARY KEY (\`role_id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='角色信息表';`;

  it('reads extended INSERTs with escapes, and fills left-out columns with the table’s defaults', () => {
    const text = `${create}\nINSERT INTO \`sys_role\` VALUES (1,'admin','1','it\\'s a \\"test\\"\\\\'),(2,'common','2',NULL);\nINSERT INTO \`sys_role\` (\`role_id\`,\`role_key\`) VALUES (100,'supervisor');\nINSERT INTO \`sys_job\` VALUES (1, 'ignored');`;
    const tables = readDumpTables(text, 'dump.sql', wanted, new Set(), DEFAULT_DUMP_LIMITS);
    const rows = tables.get('sys_role')?.rows ?? [];
    expect(rows.map((r) => [r.line, r.values.get('role_key'), r.values.get('data_scope'), r.values.get('remark')])).toEqual([
      [8, 'admin', '1', 'it\'s a "test"\\'],
      [8, 'common', '2', null],
      [9, 'supervisor', '1', null],
    ]);
    expect(tables.has('sys_job')).toBe(false);
  });

  it('stops a log table at the row limit and counts the rest, but refuses more rows in another table', () => {
    // The statement after the limit is not parsed at all: its syntax error is never seen.
    const log = "CREATE TABLE sys_oper_log (oper_id bigint, business_type int);\nINSERT INTO sys_oper_log VALUES (1,5),(2,5),(3,0);\nINSERT INTO sys_oper_log VALUES (4 5);";
    const limited = readDumpTables(log, 'dump.sql', wanted, new Set(['sys_oper_log']), { ...DEFAULT_DUMP_LIMITS, maxRows: 2 });
    expect(limited.get('sys_oper_log')).toMatchObject({ skippedRows: 1, skippedStatements: 1 });
    expect(limited.get('sys_oper_log')?.rows).toHaveLength(2);
    const error = inputError(() => readDumpTables(`${create}\nINSERT INTO sys_role VALUES (1,'a','1',NULL),(2,'b','1',NULL),(3,'c','1',NULL);`, 'dump.sql', wanted, new Set(), { ...DEFAULT_DUMP_LIMITS, maxRows: 2 }));
    expect(error.diagnostics[0]).toMatchObject({ file: 'dump.sql', line: 8 });
    expect(error.diagnostics[0]?.message).toMatch(/more than 2 rows/);
  });

  it('reports SQL that does not parse with the line inside the statement', () => {
    const error = inputError(() => readDumpTables(`${create}\nINSERT INTO sys_role VALUES\n(1,'a','1',NULL),\n(2,'b' '1' NULL);`, 'dump.sql', wanted, new Set(), DEFAULT_DUMP_LIMITS));
    expect(error.diagnostics[0]).toMatchObject({ file: 'dump.sql', line: 10 });
    expect(error.diagnostics[0]?.message).toMatch(/does not parse/);
  });

  it('refuses a row whose value count differs from the columns', () => {
    const error = inputError(() => readDumpTables(`${create}\n\nINSERT INTO sys_role VALUES (1,'a');`, 'dump.sql', wanted, new Set(), DEFAULT_DUMP_LIMITS));
    expect(error.diagnostics[0]).toMatchObject({ line: 9 });
    expect(error.diagnostics[0]?.message).toMatch(/2 values for 4 columns/);
  });

  it('unescapes MySQL string escapes', () => {
    expect(unescapeMysql("a\\nb\\tc\\'d''e\\\\f\\%")).toBe("a\nb\tc'd'e\\f\\%");
  });
});
