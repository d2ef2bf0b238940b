// JeecgBoot from a MySQL dump (the shipped jeecgboot-mysql-5.7.sql or a mysqldump of a running
// system): users, roles, menus with data rules (数据权限), departments; accounts with their
// roles, unit, identifiers (work number, phone digest, e-mail) and password storage, and grants on
// the manifest interfaces the project file maps menus to, scoped by the role's data rules
// (docs/sources/jeecg.md). Detected by content: the tables sys_permission_data_rule / sys_depart.
import { Type } from '@sinclair/typebox';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import { markAssumed } from '../../inventory/assumed-facts.js';
import { Action, Id, type Account, type Grant, type Manifest } from '../../inventory/manifest-schema.js';
import type { SourceRef } from '../../inventory/provenance.js';
import { PointerTable } from '../../sources/locator.js';
import type { SourceInput } from '../../sources/source-input.js';
import type { CoverageNote, Importer, ImportResult, RoleGrantAddition } from '../importer.js';
import { phoneDigest } from '../hr-roster/phone-number.js';
import { DEFAULT_DUMP_LIMITS, readDumpTables, type CellValue } from '../mysql-dump/dump-tables.js';
import { noEndDateColumn } from '../mysql-dump/no-end-date-column.js';

type SqlValue = CellValue;
/** A row of the dump as this reader uses it: values by lower-case column name. */
interface DumpRow {
  line: number;
  values: Record<string, SqlValue>;
}

// The users seeded by the SQL JeecgBoot ships, with the stored ciphertext and salt of their
// published password (123456): an account still holding them has never had it changed.
const SHIPPED_SEED_PASSWORDS: ReadonlyMap<string, { password: string; salt: string }> = new Map([
  ['admin', { password: 'cb362cfeefbf3d8d', salt: 'RCGTeGiH' }],
  ['jeecg', { password: '58a714412072f0b9', salt: 'mIgiYJow' }],
]);
import { combinedScope, type DataRule } from './data-rule-scope.js';

const TABLES = ['sys_user', 'sys_role', 'sys_user_role', 'sys_permission', 'sys_role_permission', 'sys_permission_data_rule', 'sys_depart'];

const mappingSchema = Type.Object(
  {
    roles: Type.Optional(Type.Record(Type.String(), Type.Union([Id, Type.Array(Id, { minItems: 1 })]), { description: 'JeecgBoot role_code → manifest role id(s)' })),
    permissions: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object({ interface: Id, actions: Type.Optional(Type.Array(Action, { minItems: 1 })) }, { additionalProperties: false }),
        { description: 'a JeecgBoot menu or button (its perms, url or id) → the manifest interface it shows, and what it allows (default read)' },
      ),
    ),
  },
  { additionalProperties: false },
);

type Mapping = { roles?: Record<string, string | string[]>; permissions?: Record<string, { interface: string; actions?: Grant['actions'] }> };

/** A sys_user column that holds a second factor (a fork's TOTP secret, a U-key serial). */
function isSecondFactorColumn(column: string): boolean {
  const c = column.toLowerCase();
  return c.split(/_+/).some((t) => ['totp', 'hotp', 'otp', 'mfa', '2fa', 'authenticator', 'ukey', 'usbkey'].includes(t)) || /two_?factor|second_?factor|google_?(auth|secret)|otp_?secret/.test(c);
}

const str = (v: SqlValue | undefined) => (v === null || v === undefined ? undefined : String(v).trim() || undefined);
const safe = (s: string) => s.replace(/[^A-Za-z0-9\u4e00-\u9fff._:/@+%-]/g, '_');

export const jeecgImporter = {
  format: 'jeecg',
  title: 'JeecgBoot MySQL dump (sys_user, sys_role, sys_permission with data rules, sys_depart)',
  extensions: ['.sql'],
  supplies: ['accounts', 'roles'],
  mappingSchema,
  detect(input: SourceInput) {
    if (!/\b(CREATE TABLE|INSERT INTO)\b/i.test(input.head) && input.size <= 4096) return false;
    try {
      return /(CREATE TABLE|INSERT INTO)\s+`?sys_(permission_data_rule|depart)`?[\s(]/i.test(input.text());
    } catch {
      return false; // not UTF-8 text: another format's file, not this one's to claim
    }
  },
  load(inputs, context): ImportResult {
    const mapping = context.mapping as Mapping;
    const manifest: Manifest = { apiVersion: 'pipl-audit/v1', accounts: [] };
    const places = new Map<object, SourceRef>();
    const warnings: Diagnostic[] = [];
    const coverage: CoverageNote[] = [];
    const grants: RoleGrantAddition[] = [];
    const locators: PointerTable[] = [];
    const declaredRoles = new Set(context.declared.roles.map((r) => r.id));
    const declaredInterfaces = new Set(context.declared.interfaces.map((i) => i.id));
    const mappingError = (pointer: string, message: string, expected: string): never => {
      throw new InputError([{ severity: 'error', file: context.mappingPlace?.file ?? inputs[0]?.path ?? 'jeecg', ...(context.mappingPlace ? { pointer: `${context.mappingPlace.pointer}${pointer}` } : {}), message, expected }]);
    };
    for (const [code, ids] of Object.entries(mapping.roles ?? {})) for (const id of [ids].flat()) if (!declaredRoles.has(id)) mappingError(`/roles/${code}`, `role "${id}" is not defined by the manifest`, 'a role id of the manifest');
    for (const [key, entry] of Object.entries(mapping.permissions ?? {})) if (!declaredInterfaces.has(entry.interface)) mappingError(`/permissions/${key}`, `interface "${entry.interface}" is not defined by the manifest`, 'an interface id of the manifest');

    for (const input of inputs) {
      const file = input.path;
      const tables = readDumpTables(input.text(), file, new Set(TABLES), new Set(), DEFAULT_DUMP_LIMITS);
      const rowsOf = new Map([...tables].map(([name, table]) => [name, table.rows.map((r): DumpRow => ({ line: r.line, values: Object.fromEntries(r.values) }))]));
      const rows = (t: string) => rowsOf.get(t) ?? [];
      const locator = new PointerTable(file);
      locators.push(locator);
      const place = (table: string, i: number, row: DumpRow): SourceRef => {
        const pointer = `/${table}/${i}`;
        locator.record(pointer, { line: row.line, column: 1 });
        return { file, pointer };
      };
      if (rows('sys_user').length === 0) throw new InputError([{ severity: 'error', file, line: 1, message: 'no sys_user rows in the dump', expected: 'a JeecgBoot dump with INSERT INTO sys_user' }]);

      const departs = new Map(rows('sys_depart').map((r) => [str(r.values.org_code) ?? '', str(r.values.depart_name) ?? '']));
      const roleCode = new Map(rows('sys_role').map((r) => [str(r.values.id) ?? '', str(r.values.role_code) ?? '']));
      const rolesOf = new Map<string, string[]>();
      for (const r of rows('sys_user_role')) {
        const user = str(r.values.user_id) ?? '';
        rolesOf.set(user, [...(rolesOf.get(user) ?? []), roleCode.get(str(r.values.role_id) ?? '') ?? '']);
      }
      const mappedRoles = (code: string) => [mapping.roles?.[code] ?? []].flat();
      // JeecgBoot's log-in (LoginController /sys/login) checks a graphic captcha and the password
      // and issues the token; /sys/phoneLogin an SMS code alone: it has no second factor, and
      // sys_user no column for one. Where the dump's sys_user shows none, an account that has a
      // password can log in with it alone: mfa false, an assumption an overlay may replace (a
      // deployment behind an SSO with a second factor). A column for a second factor (a fork's
      // TOTP secret) leaves it unstated.
      const userColumns = tables.get('sys_user')?.columns ?? [];
      const secondFactorColumn = userColumns.find(isSecondFactorColumn);
      const noSecondFactor = userColumns.length > 0 && secondFactorColumn === undefined;

      // Accounts.
      rows('sys_user').forEach((r, i) => {
        const v = r.values;
        const username = str(v.username);
        if (!username || String(v.del_flag ?? '0') === '1') return;
        const codes = (rolesOf.get(str(v.id) ?? '') ?? []).filter((c) => c !== '');
        const roles = [...new Set(codes.flatMap(mappedRoles))].sort();
        const orgCode = str(v.org_code);
        const phone = str(v.phone);
        const digest = phone ? phoneDigest(phone) : undefined;
        const identifiers: NonNullable<Account['identifiers']> = { username, ...(str(v.work_no) ? { employeeId: str(v.work_no)! } : {}), ...(str(v.email) ? { email: str(v.email)!.toLowerCase() } : {}), ...(digest ? { phone: digest } : {}) };
        // A seed row of the SQL JeecgBoot ships (jeecgboot-mysql-5.7.sql) still holding its
        // ciphertext and salt has the published password; the ciphertext is keyed by the username,
        // so the pair is compared with the seed user of the same name. Such a row is the vendor's
        // default account as shipped (as RuoYi's demo accounts are): not a person's account, so a
        // staff list it matches no row of says nothing of who holds it (its e-mail, phone and work
        // number are the seed's too).
        const seed = SHIPPED_SEED_PASSWORDS.get(username);
        const shipped = seed !== undefined && str(v.password) === seed.password && str(v.salt) === seed.salt;
        const account: Account = {
          id: `jeecg:${safe(username)}`,
          type: shipped ? 'default' : 'personal',
          holders: [username],
          // sys_user.status 2 is 冻结 (frozen): set by an administrator, refused at log-in until an
          // administrator unfreezes it — a disabled account, not a lockout that lapses by itself.
          status: String(v.status ?? '1') === '2' ? 'disabled' : 'active',
          identifiers,
          ...(orgCode ? { unit: departs.get(orgCode) || orgCode } : {}),
        };
        // JeecgBoot's PasswordUtil: PBEWithMD5AndDES keyed by the username, salt beside it — reversible.
        if (str(v.password) !== undefined) {
          account.passwordStorage = { algorithm: 'pbe-md5-des', salted: str(v.salt) !== undefined };
          places.set(account.passwordStorage, place('sys_user', i, r));
          if (noSecondFactor) account.mfa = false;
        }
        if (shipped) account.defaultPassword = true;
        // sys_user does not say whether a person or a team uses the account: the type is the
        // importer's reading (a seed row as shipped is the vendor's default account), which an
        // overlay naming its holders replaces.
        markAssumed(account, account.mfa === false ? ['type', 'holders', 'mfa'] : ['type', 'holders']);
        // A dump without sys_user_role does not say which roles the user holds: unknown, not none.
        if (roles.length === 0 && !tables.has('sys_user_role')) account.rolesUnknown = 'the dump has no sys_user_role (which roles each user holds)';
        // Otherwise the roles it holds, none too (the account view reads a left-out key as unstated).
        else account.roles = roles;
        manifest.accounts!.push(account);
        places.set(account, place('sys_user', i, r));
        const unmapped = codes.filter((c) => mappedRoles(c).length === 0);
        for (const c of unmapped) coverage.push({ file, pointer: `/sys_user/${i}`, kind: 'role', name: c, note: `held by ${username} but not mapped to a manifest role; add it to mapping.roles if it reaches personal information`, noteZh: `由 ${username} 持有，但未映射到清单中的角色；如能触及个人信息，请在 mapping.roles 中映射` });
      });

      // Grants: each role's menus mapped to interfaces, scoped by the role's data rules there.
      const permissions = new Map(rows('sys_permission').map((r) => [str(r.values.id) ?? '', r]));
      const dataRules = new Map<string, DataRule>();
      for (const r of rows('sys_permission_data_rule')) {
        if (String(r.values.status ?? '1') !== '1') continue;
        dataRules.set(str(r.values.id) ?? '', { id: str(r.values.id) ?? '', name: str(r.values.rule_name) ?? '', column: str(r.values.rule_column) ?? '', condition: str(r.values.rule_conditions) ?? '', value: str(r.values.rule_value) ?? '', line: r.line });
      }
      const mappedPermission = (p: DumpRow) => {
        const keys = [str(p.values.perms), str(p.values.url), str(p.values.id)].filter((k): k is string => k !== undefined);
        const key = keys.find((k) => mapping.permissions?.[k] !== undefined);
        return key === undefined ? undefined : mapping.permissions![key]!;
      };
      // JeecgBoot grants a menu to a role with a sys_role_permission row (id, role_id,
      // permission_id, data_rule_ids, operate_date, operate_ip) and a role to a user with a
      // sys_user_role row (id, user_id, role_id, tenant_id): neither has an end date, in 2.x or
      // 3.x, so a grant lasts until someone deletes the row: expires none. Stated only where the
      // dump's CREATE TABLE of both shows no column that could hold one (a fork's expire_time);
      // otherwise, or without the definitions, left unstated.
      const noGrantExpiry = noEndDateColumn([tables.get('sys_role_permission'), tables.get('sys_user_role')]);
      rows('sys_role_permission').forEach((r, i) => {
        const code = roleCode.get(str(r.values.role_id) ?? '');
        const permission = permissions.get(str(r.values.permission_id) ?? '');
        if (!code || !permission || String(permission.values.del_flag ?? '0') === '1') return;
        const target = mappedPermission(permission);
        const roleIds = mappedRoles(code);
        if (!target || roleIds.length === 0) return;
        const at = place('sys_role_permission', i, r);
        const ruleIds = (str(r.values.data_rule_ids) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
        const rules = String(permission.values.rule_flag ?? '0') === '1' ? ruleIds.map((id) => dataRules.get(id)).filter((d): d is DataRule => d !== undefined) : [];
        const scope = combinedScope(rules);
        const menu = str(permission.values.name) ?? str(permission.values.perms) ?? '';
        // The data rules filter rows; they are not a pattern the grant is given by (a menu is granted
        // as itself), so the grant states no `pattern`: its evidence is the sys_role_permission row.
        // A data rule the reader cannot decide leaves this grant's scope unknown, and only this
        // grant's: the rules that need the scope say NOT_EVALUATED on it, quoting the rule; the
        // rest of the dump (accounts, passwords, other grants) is still judged.
        if (scope.undecided !== undefined) {
          warnings.push({ severity: 'warning', file, line: r.line, message: `role ${code} on menu "${menu}" (interface ${target.interface}): the data rule cannot be decided: ${scope.undecided}; what needs this grant's scope is not evaluated`, expected: 'data rules on the user (#{sys_user_code}) or the department (#{sys_org_code}), or the scope stated in the manifest' });
        }
        for (const role of roleIds) {
          const grant: Grant = {
            interface: target.interface,
            actions: target.actions ?? ['read'],
            scope: scope.scope,
            ...(scope.undecided !== undefined ? { scopeUndecided: scope.undecided } : {}),
            ...(noGrantExpiry ? { expires: 'none' as const } : {}),
          };
          grants.push({ role, grant, place: at });
        }
      });
      for (const [id, p] of permissions) {
        if (String(p.values.rule_flag ?? '0') === '1' && !mappedPermission(p)) coverage.push({ file, pointer: '/sys_permission', kind: 'menu', name: str(p.values.name) ?? id, note: 'has data rules (rule_flag 1) but is not mapped to a manifest interface (mapping.permissions)', noteZh: '有数据规则（rule_flag 1），但未映射到清单中的接口（mapping.permissions）' });
      }
    }
    return { manifest, places, grants, warnings, coverage, locators };
  },
} satisfies Importer;
