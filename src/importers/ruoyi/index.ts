// RuoYi (若依) back offices — RuoYi-Vue, RuoYi, RuoYi-Cloud and RuoYi-Vue-Plus shapes — read
// from a MySQL dump of their system tables (mysqldump output or the project's own sql/ry_*.sql
// schema-and-seed script): users, roles with their data scope, departments, menus and their
// permission strings, posts, configuration, and the operation and login logs. See
// docs/sources/ruoyi.md. Detected before the MySQL grants reader: a dump that creates or fills
// sys_user, sys_role and sys_menu is a RuoYi database.
import { Type } from '@sinclair/typebox';
import type { SourceInput } from '../../sources/source-input.js';
import type { Importer, ImportResult } from '../importer.js';
import { DEFAULT_DUMP_LIMITS, readDumpTables, type DumpLimits } from './dump-tables.js';
import { buildRuoyiInventory, type RuoyiOptions } from './ruoyi-to-inventory.js';
import { readDeptMapping, readPermMapping, RuoyiMappingSchema, type RuoyiMapping } from './ruoyi-mapping.js';
import { LOG_TABLES, readRuoyiTables, RUOYI_TABLES } from './ruoyi-tables.js';

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
  extensions: ['.sql'],
  supplies: ['roles', 'accounts', 'credentialPolicies', 'auditLogging'],
  optionsSchema,
  mappingSchema: RuoyiMappingSchema,
  detect(input: SourceInput) {
    if (!/sys_/i.test(input.head) && input.size <= 4096) return false;
    let text: string;
    try {
      text = input.text();
    } catch {
      return false;
    }
    return namesTable(text, 'sys_user') && namesTable(text, 'sys_role') && namesTable(text, 'sys_menu');
  },
  load(inputs, context): ImportResult {
    const options = context.options as Options;
    const limits: DumpLimits = { maxStatementChars: options.limits?.statementChars ?? DEFAULT_DUMP_LIMITS.maxStatementChars, maxRows: options.limits?.rows ?? DEFAULT_DUMP_LIMITS.maxRows };
    const input = inputs[0] as SourceInput;
    const tables = readDumpTables(input.text(), input.path, new Set(RUOYI_TABLES), LOG_TABLES, limits);
    const data = readRuoyiTables(tables);
    const mapping = context.mapping as RuoyiMapping;
    const knownPerms = new Set([...data.menus.values()].flatMap((m) => m.perms.split(',').map((p) => p.trim()).filter((p) => p !== '')));
    const perms = readPermMapping(mapping, context.declared, knownPerms, context.mappingPlace, input.path);
    const units = readDeptMapping(mapping, [...data.depts.values()], context.mappingPlace, input.path);
    return buildRuoyiInventory({
      data,
      file: input.path,
      perms,
      units,
      declared: context.declared,
      tableLines: new Map([...tables].map(([name, t]) => [name, t.line])),
      options: { system: options.system ?? 'ruoyi', passwordRules: options.passwordRules ?? { minLength: 5, characterClasses: 0 }, mfa: options.mfa ?? 'none', ...(options.lockout ? { lockout: options.lockout } : {}) },
    });
  },
} satisfies Importer;
