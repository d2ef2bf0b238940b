// RuoYi (若依) back offices — RuoYi-Vue, RuoYi, RuoYi-Cloud and RuoYi-Vue-Plus shapes — read
// from a MySQL dump of their system tables (mysqldump output or the project's own sql/ry_*.sql
// schema-and-seed script): users, roles with their data scope, departments, menus and their
// permission strings, posts, configuration, and the operation and login logs. See
// docs/sources/ruoyi.md. Detected before the MySQL grants reader: a dump that creates or fills
// sys_user, sys_role and sys_menu is a RuoYi database.
import { IMPORTER_NOTES } from '../../i18n/coverage-note-text.js';
import { Type } from '@sinclair/typebox';
import type { SourceInput } from '../../sources/source-input.js';
import type { Importer, ImportResult } from '../importer.js';
import { DEFAULT_DUMP_LIMITS, readDumpTables, type DumpLimits } from '../mysql-dump/dump-tables.js';
import { buildRuoyiInventory, type RuoyiOptions } from './ruoyi-to-inventory.js';
import { readDeptMapping, readPermMapping, RuoyiMappingSchema, type RuoyiMapping } from './ruoyi-mapping.js';
import { LOG_TABLES, emptyRuoyiData, readRuoyiTables, RUOYI_TABLES, type RuoyiData } from './ruoyi-tables.js';
import { readFileSync } from 'node:fs';
import type { CoverageNote } from '../importer.js';
import { readApplicationConfig } from './application-config.js';
import { isConsoleCsv, readConsoleCsv, readConsoleXlsx, rolesOf, usersOf, type ExportRow } from './console-export.js';

const optionsSchema = Type.Object(
  {
    system: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', description: 'prefix of the ids of the roles, accounts and policy read (default: ruoyi); needed when several RuoYi sources are audited together' })),
    passwordRules: Type.Optional(
      Type.Object(
        {
          minLength: Type.Integer({ minimum: 0, description: 'shortest password the deployment accepts' }),
          characterClasses: Type.Integer({ minimum: 0, maximum: 4, description: 'character classes it requires' }),
        },
        { additionalProperties: false, description: "the password rules the deployment's code applies, when changed from RuoYi-Vue's own (5 to 20 characters, no character classes)" },
      ),
    ),
    lockout: Type.Optional(
      Type.Object(
        { threshold: Type.Integer({ minimum: 1 }), durationMinutes: Type.Optional(Type.Integer({ minimum: 0 })) },
        { additionalProperties: false, description: "failed logins before a lockout and its length: application.yml's user.password.maxRetryCount and lockTime (not in the database)" },
      ),
    ),
    mfa: Type.Optional(Type.Unsafe<'all' | 'privileged' | 'none'>({ type: 'string', enum: ['all', 'privileged', 'none'], description: 'who must use a second factor, when the deployment added one (RuoYi ships none: default none)' })),
    limits: Type.Optional(
      Type.Object(
        {
          statementChars: Type.Optional(Type.Integer({ minimum: 1000, description: `longest statement read (default ${DEFAULT_DUMP_LIMITS.maxStatementChars})` })),
          rows: Type.Optional(Type.Integer({ minimum: 1, description: `most rows read per table (default ${DEFAULT_DUMP_LIMITS.maxRows}); log tables stop there, other tables are an error` })),
        },
        { additionalProperties: false, description: 'bounds on reading the dump' },
      ),
    ),
  },
  { additionalProperties: false },
);

type Options = { system?: string; mfa?: RuoyiOptions['mfa']; passwordRules?: RuoyiOptions['passwordRules']; lockout?: RuoyiOptions['lockout']; limits?: { statementChars?: number; rows?: number } };

/** A statement creating or filling the table, by name (backquoted or not, with or without a database). */
function namesTable(text: string, table: string): boolean {
  return new RegExp(`\\b(create\\s+table(\\s+if\\s+not\\s+exists)?|insert\\s+(ignore\\s+)?into)\\s+(\`?\\w+\`?\\.)?\`?${table}\`?[\\s(]`, 'i').test(text);
}

export const ruoyiImporter = {
  format: 'ruoyi',
  title: 'RuoYi (若依) system tables in a MySQL dump',
  extensions: ['.sql', '.csv'],
  supplies: ['roles', 'accounts', 'credentialPolicies', 'auditLogging'],
  optionsSchema,
  mappingSchema: RuoyiMappingSchema,
  detect(input: SourceInput) {
    // The console's CSV exports of users or roles (UTF-8 or GBK); its XLSX exports are named in a project file.
    if (/\.csv$/i.test(input.path)) return isConsoleCsv(readFileSync(input.fsPath));
    if (!/sys_/i.test(input.head) && input.size <= 4096) return false;
    let text: string;
    try {
      text = input.text();
    } catch {
      return false;
    }
    return namesTable(text, 'sys_user') && namesTable(text, 'sys_role') && namesTable(text, 'sys_menu');
  },
  async load(inputs, context): Promise<ImportResult> {
    const options = context.options as Options;
    const limits: DumpLimits = { maxStatementChars: options.limits?.statementChars ?? DEFAULT_DUMP_LIMITS.maxStatementChars, maxRows: options.limits?.rows ?? DEFAULT_DUMP_LIMITS.maxRows };
    // The application's Spring configuration (application.yml), when the source names it.
    const configs = inputs.filter((i) => /\.ya?ml$/i.test(i.path));
    const appConfig = configs[0] ? readApplicationConfig(configs[0]) : undefined;
    const dumps = inputs.filter((i) => !/\.(csv|xlsx|ya?ml)$/i.test(i.path));
    const exports = inputs.filter((i) => /\.(csv|xlsx)$/i.test(i.path));
    const dump = dumps[0];
    const extra: CoverageNote[] = [];
    for (const other of configs.slice(1)) extra.push({ file: other.path, line: 1, kind: 'file', name: other.path, note: IMPORTER_NOTES.ruoyiSecondConfig(configs[0]?.path ?? '').en, noteZh: IMPORTER_NOTES.ruoyiSecondConfig(configs[0]?.path ?? '').zh });
    for (const other of dumps.slice(1)) extra.push({ file: other.path, line: 1, kind: 'file', name: other.path, note: `a second dump in one RuoYi source: only ${dump?.path} is read; give each database a source of its own`, noteZh: `同一 RuoYi 源中的第二个数据库转储：只读取 ${dump?.path}；每个数据库请单独配置一个源` });
    let data: RuoyiData;
    let tableLines = new Map<string, number>();
    if (dump) {
      const tables = readDumpTables(dump.text(), dump.path, new Set(RUOYI_TABLES), LOG_TABLES, limits);
      data = readRuoyiTables(tables);
      tableLines = new Map([...tables].map(([name, t]) => [name, t.line]));
      for (const e of exports) extra.push({ file: e.path, line: 1, kind: 'file', name: e.path, note: `a console export beside the dump ${dump.path}: the dump is read, the export adds nothing to it`, noteZh: `转储 ${dump.path} 旁的控制台导出文件：读取的是转储，该导出文件不增加任何内容` });
    } else {
      data = emptyRuoyiData();
      for (const e of exports) {
        const read = /\.xlsx$/i.test(e.path) ? await readConsoleXlsx(e.fsPath, e.path) : readConsoleCsv(readFileSync(e.fsPath), e.path);
        addExport(data, read.kind, read.rows, e.path);
      }
    }
    const file = dump?.path ?? exports[0]?.path ?? 'ruoyi';
    const mapping = context.mapping as RuoyiMapping;
    const knownPerms = new Set([...data.menus.values()].flatMap((m) => m.perms.split(',').map((p) => p.trim()).filter((p) => p !== '')));
    const perms = readPermMapping(mapping, context.declared, data.present.has('sys_menu') ? knownPerms : undefined, context.mappingPlace, file);
    const units = readDeptMapping(mapping, [...data.depts.values()], context.mappingPlace, file);
    const result = buildRuoyiInventory({
      data,
      file,
      perms,
      units,
      declared: context.declared,
      tableLines,
      options: { system: options.system ?? 'ruoyi', ...(options.passwordRules ? { passwordRules: options.passwordRules } : {}), mfa: options.mfa ?? 'none', ...(options.lockout ? { lockout: options.lockout } : {}), ...(appConfig ? { appConfig } : {}) },
    });
    return extra.length > 0 ? { ...result, coverage: [...(result.coverage ?? []), ...extra] } : result;
  },
} satisfies Importer;

/** Users or roles of a console export into the tables' records: departments by name, no perms, no role holders. */
function addExport(data: RuoyiData, kind: 'users' | 'roles', rows: ExportRow[], file: string): void {
  if (kind === 'users') {
    data.present.add('sys_user');
    for (const user of usersOf(rows)) {
      data.users.push({ ...user, file });
      if (user.deptId !== undefined && !data.depts.has(user.deptId)) data.depts.set(user.deptId, { id: user.deptId, parentId: '?', ancestors: [], name: user.deptId.slice(5), status: '0', delFlag: '0', line: user.line, file });
    }
  } else {
    data.present.add('sys_role');
    for (const role of rolesOf(rows)) data.roles.push({ ...role, file });
  }
}
