// The importers' titles (src/importers/*/index.ts `title`) in Chinese, for the messages that
// name the kind of export expected (`存在的 … 文件或文件夹`). tests/input-error-zh.test.ts checks
// every registered importer has one.
export const IMPORTER_TITLE_ZH: Record<string, string> = {
  'pipl-audit system manifest (YAML or JSON)': 'pipl-audit 系统清单（YAML 或 JSON）',
  'Keycloak realm export (JSON, Keycloak 3.x to 26)': 'Keycloak 域导出（JSON，Keycloak 3.x 至 26）',
  'Casbin model (.conf) and policy (.csv)': 'Casbin 模型（.conf）和策略（.csv）',
  'JeecgBoot MySQL dump (sys_user, sys_role, sys_permission with data rules, sys_depart)': 'JeecgBoot 的 MySQL 导出（sys_user、sys_role、含数据规则的 sys_permission、sys_depart）',
  'PostgreSQL pg_dump / pg_dumpall (plain SQL)': 'PostgreSQL 的 pg_dump / pg_dumpall 导出（纯 SQL）',
  'RuoYi (若依) system tables in a MySQL dump': 'MySQL 导出中的若依（RuoYi）系统表',
  'MySQL / MariaDB SHOW GRANTS, SHOW CREATE USER or pt-show-grants output': 'MySQL / MariaDB 的 SHOW GRANTS、SHOW CREATE USER 或 pt-show-grants 输出',
  'MySQL / MariaDB dump (mysqldump, mariadb-dump: CREATE TABLE and INSERT)': 'MySQL / MariaDB 导出（mysqldump、mariadb-dump：CREATE TABLE 和 INSERT）',
  'TypeScript/JavaScript source (a folder with tsconfig.json or package.json)': 'TypeScript/JavaScript 源代码（含 tsconfig.json 或 package.json 的文件夹）',
  'Alibaba Cloud RAM / Tencent Cloud CAM policy bundle (JSON of aliyun ram / tccli cam responses)': '阿里云 RAM / 腾讯云 CAM 策略包（aliyun ram / tccli cam 响应的 JSON）',
  'HR staff list (花名册): XLSX, or CSV in UTF-8 or GBK': 'HR 花名册：XLSX，或 UTF-8、GBK 编码的 CSV',
};
