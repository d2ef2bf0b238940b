// Chinese of the database importers' diagnostics: MySQL grants (src/importers/mysql), MySQL and
// MariaDB dumps (src/importers/mysql-dump), PostgreSQL dumps (src/importers/postgresql) and the
// table mapping they share (src/importers/database). English template → Chinese; see
// src/i18n/input-error-templates.ts. SQL keywords and the parsers' own texts stay as written.
export const DATABASE_ZH: Record<string, string> = {
  // Mapping
  'table "{0}" is mapped to store "{1}", which no manifest declares': '数据表 "{0}" 映射到存储 "{1}"，但没有清单声明该存储',
  'a manifest declaring the store': '声明该存储的清单',
  'login "{0}" is mapped to account "{1}", which no manifest declares': '数据库登录名 "{0}" 映射到账号 "{1}"，但没有清单声明该账号',
  'login "{0}" is mapped to role "{1}", which no manifest declares': '数据库登录名 "{0}" 映射到角色 "{1}"，但没有清单声明该角色',
  'login "{0}" is mapped, but the export has no such login': '映射了数据库登录名 "{0}"，但导出中没有该登录名',

  // MySQL grants
  'cannot read this statement: {0}': '无法读取此语句：{0}',
  'GRANT, REVOKE, CREATE USER, ALTER USER or SET DEFAULT ROLE as SHOW GRANTS, SHOW CREATE USER or pt-show-grants print them':
    'SHOW GRANTS、SHOW CREATE USER 或 pt-show-grants 输出的 GRANT、REVOKE、CREATE USER、ALTER USER 或 SET DEFAULT ROLE 语句',
  'no GRANT, CREATE USER or ALTER USER statement found': '未找到任何 GRANT、CREATE USER 或 ALTER USER 语句',
  'SHOW GRANTS, SHOW CREATE USER or pt-show-grants output': 'SHOW GRANTS、SHOW CREATE USER 或 pt-show-grants 的输出',

  // MySQL / MariaDB dumps
  'statement longer than {0} characters': '语句长度超过 {0} 个字符',
  'statements of at most {0} characters (options.limits.statementChars)': '不超过 {0} 个字符的语句（options.limits.statementChars）',
  'DELIMITER without a delimiter': 'DELIMITER 后没有分隔符',
  'DELIMITER followed by the new statement delimiter': 'DELIMITER 后跟新的语句分隔符',
  'unterminated quoted name starting here': '从此处开始的带引号名称未闭合',
  'unterminated string starting here': '从此处开始的字符串未闭合',
  'a closing {0}': '闭合的 {0}',
  'unterminated comment starting here': '从此处开始的注释未闭合',
  'a closing */': '闭合的 */',
  'SQL that does not parse: {0}': '无法解析的 SQL：{0}',
  'a MySQL CREATE TABLE or INSERT statement as mysqldump writes it': 'mysqldump 写出的 MySQL CREATE TABLE 或 INSERT 语句',
  'table {0} holds more than {1} rows': '数据表 {0} 超过 {1} 行',
  'at most {0} rows per table (options.limits.rows)': '每张数据表不超过 {0} 行（options.limits.rows）',
  'INSERT into {0} without a column list, before any CREATE TABLE {1}': '在任何 CREATE TABLE {1} 之前，出现了不带列清单的 INSERT into {0}',
  'the CREATE TABLE before its INSERTs, or INSERT with a column list': 'CREATE TABLE 位于其 INSERT 之前，或 INSERT 带列清单',
  'INSERT into {0} gives {1} values for {2} columns': 'INSERT into {0} 为 {2} 列给出了 {1} 个值',
  '{0} values per row ({1})': '每行 {0} 个值（{1|list}）',
  'SQL as mysqldump or mariadb-dump writes it': 'mysqldump 或 mariadb-dump 写出的 SQL',
  'unterminated /* comment': '/* 注释未闭合',
  'unterminated quoted identifier': '带引号的标识符未闭合',
  'unterminated quoted string': '带引号的字符串未闭合',
  'CREATE TABLE does not parse': '无法解析 CREATE TABLE',
  'a CREATE TABLE statement MySQL accepts': 'MySQL 能接受的 CREATE TABLE 语句',
  'CREATE VIEW not read: it does not parse': '无法解析此 CREATE VIEW 语句，未读取该视图',
  'a CREATE VIEW statement MySQL accepts': 'MySQL 能接受的 CREATE VIEW 语句',
  'no CREATE TABLE statement found': '未找到任何 CREATE TABLE 语句',
  'a mysqldump or mariadb-dump file with table definitions (SHOW GRANTS output is type: mysql)': '含表定义的 mysqldump 或 mariadb-dump 文件（SHOW GRANTS 的输出请用 type: mysql）',
  'INSERT statement not read for PI discovery: it does not parse': '无法解析此 INSERT 语句，未用于个人信息发现',
  'INSERT … VALUES with literal values': '带字面值的 INSERT … VALUES',

  // PostgreSQL dumps
  'SQL does not parse: {0}': 'SQL 无法解析：{0}',
  'SQL that PostgreSQL accepts': 'PostgreSQL 能接受的 SQL',
  'statement failed in PGlite and was skipped ({0}): {1}': '语句在 PGlite 中执行失败，已跳过（{0}）：{1}',
  'the dump names role "{0}" as an owner but does not create it (a single-database pg_dump leaves roles to pg_dumpall --roles-only): {1} OWNER TO statements naming it were skipped (first: {2}); to include the role, add pg_dumpall --roles-only output to the same source':
    '导出将角色 "{0}" 指定为属主，但没有创建该角色（单个数据库的 pg_dump 不导出角色，角色由 pg_dumpall --roles-only 导出）：{1} 条指定它的 OWNER TO 语句已跳过（第一条：{2}）；如需纳入该角色，请将 pg_dumpall --roles-only 的输出加入同一数据源',
  'the roles the dump names, read with it (pg_dumpall --roles-only output in the same source)': '导出所指定的角色与其一并读取（同一数据源中的 pg_dumpall --roles-only 输出）',
  'SQL as pg_dump or pg_dumpall writes it': 'pg_dump 或 pg_dumpall 写出的 SQL',
  'unterminated dollar-quoted string {0}': '美元符号引用的字符串 {0} 未闭合',
  'no SQL statements found': '未找到任何 SQL 语句',
  'pg_dump or pg_dumpall --roles-only output (plain SQL)': 'pg_dump 或 pg_dumpall --roles-only 的输出（纯 SQL）',
  'this is a MySQL/MariaDB dump or grant listing, not a PostgreSQL dump': '这是 MySQL/MariaDB 导出或授权清单，不是 PostgreSQL 导出',
  'type: mysql for MySQL sources': 'MySQL 源请用 type: mysql',
  'the dump is of database {0}, not "{1}"': '该导出是数据库 {0} 的，而不是 "{1}"',
  'a dump of database "{0}" (options.database)': '数据库 "{0}" 的导出（options.database）',
  'statement skipped: it uses a psql variable ({0} …), which only psql can substitute': '已跳过语句：它使用了只有 psql 能替换的 psql 变量（{0} …）',
  'SQL without psql variables': '不含 psql 变量的 SQL',
  "the dump states no privilege on any object (no GRANT, REVOKE or ALTER DEFAULT PRIVILEGES): logins' reads and PUBLIC exposure are not stated":
    '该导出未声明任何对象上的权限（没有 GRANT、REVOKE 或 ALTER DEFAULT PRIVILEGES）：各登录名可读取的内容及对 PUBLIC 的开放情况均未声明',
  'pg_dump without -x (--no-privileges)': '不带 -x（--no-privileges）的 pg_dump 导出',
  'the dump states no owner (no … OWNER TO): what logins read as owners is not stated': '该导出未声明任何属主（没有 … OWNER TO）：各登录名作为属主可读取的内容未声明',
  'pg_dump without -O (--no-owner)': '不带 -O（--no-owner）的 pg_dump 导出',
  'statement refused, not executed ({0}): {1}': '语句被拒绝，未执行（{0|statementKind}）：{1}',
  'statements that define roles, tables, grants and policies': '定义角色、数据表、授权和策略的语句',
  'loading the PostgreSQL dump exceeded the memory limit of {0} MB; stopped': '加载 PostgreSQL 导出超过了 {0} MB 的内存上限，已终止',
  'a dump that loads within options.limits.memoryMb ({0} MB); raise the limit if the dump is legitimately large': '能在 options.limits.memoryMb（{0} MB）内加载的导出；如果导出确实很大，请调高上限',
  'loading the PostgreSQL dump did not finish within the time limit of {0} s; stopped': '加载 PostgreSQL 导出未能在 {0} 秒的时间上限内完成，已终止',
  'a dump that loads within options.limits.timeSeconds ({0} s); raise the limit if the dump is legitimately large': '能在 options.limits.timeSeconds（{0} 秒）内加载的导出；如果导出确实很大，请调高上限',
  'the process loading the PostgreSQL dump stopped without answering (signal {0}); the dump may exceed the memory limit of {1} MB':
    '加载 PostgreSQL 导出的进程未给出结果即停止（信号 {0}）；该导出可能超过了 {1} MB 的内存上限',
  'the process loading the PostgreSQL dump stopped without answering (exit code {0}); the dump may exceed the memory limit of {1} MB':
    '加载 PostgreSQL 导出的进程未给出结果即停止（退出码 {0}）；该导出可能超过了 {1} MB 的内存上限',
  'a dump that loads within options.limits (memoryMb {0} MB, timeSeconds {1} s)': '能在 options.limits（memoryMb {0} MB，timeSeconds {1} 秒）内加载的导出',
};
