// RuoYi's tables → inventory entities: a role per live RuoYi role with a grant per mapped
// interface (scope from its data_scope), an account per user that is not deleted, the password
// policy its configuration and framework state, and — when the dump holds log rows — what the
// operation log records and who can delete it. What the mapping does not tie to the manifest
// (permissions that look like screens of personal information, departments, disabled roles,
// deleted users, exports in the operation log) becomes coverage notes.
import { dataScopeReasonText } from '../../i18n/ruoyi-data-scope-text.js';
import type { RuoyiAppConfig } from './application-config.js';
import type { Diagnostic } from '../../inventory/diagnostic.js';
import type { Account, AuditLogging, CredentialPolicy, Grant, Manifest, PasswordStorageEntry, Role } from '../../inventory/manifest-schema.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { SourceRef } from '../../inventory/provenance.js';
import { markAssumed } from '../../inventory/assumed-facts.js';
import { escapeSegment } from '../../sources/json-pointer.js';
import { PointerTable } from '../../sources/locator.js';
import type { CoverageNote, ImportResult } from '../importer.js';
import { phoneDigest } from '../hr-roster/phone-number.js';
import { safeId } from '../keycloak/realm-to-inventory.js';
import { roleScope } from './data-scope.js';
import { DEMO_ACCOUNTS, SHIPPED_DEMO_HASH, storageOf } from './password-hash.js';
import type { PermTarget } from './ruoyi-mapping.js';
import type { RuoyiData, RuoyiRole } from './ruoyi-tables.js';

export interface RuoyiOptions {
  system: string;
  /** The password rules the deployment's code applies, when the project states them (else RuoYi-Vue's own, 5–20 characters and no classes, for a dump with its configuration). */
  passwordRules?: { minLength: number; characterClasses: number };
  lockout?: { threshold: number; durationMinutes?: number };
  /** What the application's application.yml states (options.lockout, given, wins over it). */
  appConfig?: RuoyiAppConfig;
  /** Who must use a second factor: RuoYi ships none (a captcha only). */
  mfa: 'all' | 'privileged' | 'none';
}

export interface BuildInput {
  data: RuoyiData;
  file: string;
  perms: Map<string, PermTarget>;
  units: Map<string, string>;
  options: RuoyiOptions;
  declared: Inventory;
  /** Lines of the dump, for a table's first row when no row is cited. */
  tableLines: Map<string, number>;
}

/** Words of perm strings and menu names of screens that show people's data. */
const PI_WORDS = /user|member|customer|client|waybill|order|patient|phone|mobile|address|idcard|identity|contact|employee|staff|student|resident|consignee|receiver|recipient|sender|express|parcel|deliver|visitor|person|people|face|用户|会员|客户|运单|订单|患者|病人|手机|电话|地址|身份证|员工|人员|学生|收件|寄件|快递|包裹|访客|人脸|姓名|病历|住户|业主/i;

const HASH_RANK: Record<string, number> = { plaintext: 0, md5: 1, sha1: 2, sha256: 3, sha512: 3, sm3: 3, 'pbkdf2-sha1': 4, 'pbkdf2-sha256': 5, 'pbkdf2-sha512': 5, bcrypt: 6, scrypt: 6, argon2i: 6, argon2id: 6 };

/** RuoYi's super administrator: role id 1 (SysRole.isAdmin) or role key admin (PermissionService's SUPER_ADMIN). */
function isAdminRole(role: RuoyiRole): boolean {
  return role.key === 'admin' || role.id === '1';
}

function perms(value: string): string[] {
  return value.split(',').map((p) => p.trim()).filter((p) => p !== '');
}

export function buildRuoyiInventory(input: BuildInput): ImportResult {
  const { data, file, options } = input;
  const tables = new Map<string, PointerTable>();
  const places = new Map<object, SourceRef>();
  const coverage: CoverageNote[] = [];
  const at = (pointer: string, line: number, where: string = file): SourceRef => {
    let table = tables.get(where);
    if (!table) tables.set(where, (table = new PointerTable(where)));
    table.record(pointer, { line, column: 1 });
    return { file: where, pointer };
  };
  const prefix = options.system;
  const liveUsers = data.users.filter((u) => u.delFlag !== '2');
  const enabledUsers = liveUsers.filter((u) => u.status === '0');
  const liveRoles = data.roles.filter((r) => r.delFlag !== '2');
  const liveMenus = [...data.menus.values()].filter((m) => m.status === '0');
  // Every permission (*:*:*) is every perm the menus hold and every perm mapping.perms maps: a
  // console export holds no menus, yet the mapping states which interfaces the console serves.
  const allPerms = new Set([...liveMenus.flatMap((m) => perms(m.perms)), ...input.perms.keys()]);

  // Role ids: the role key, made unique by the role id when two live roles share a key.
  const keyCount = new Map<string, number>();
  for (const r of liveRoles) keyCount.set(r.key, (keyCount.get(r.key) ?? 0) + 1);
  const roleIdOf = new Map<string, string>();
  for (const r of liveRoles) roleIdOf.set(r.id, `${prefix}/${safeId((keyCount.get(r.key) ?? 0) > 1 ? `${r.key}+${r.id}` : r.key)}`);

  const holdersOf = new Map<string, typeof enabledUsers>();
  for (const user of enabledUsers) for (const roleId of data.userRoles.get(user.id) ?? []) holdersOf.set(roleId, [...(holdersOf.get(roleId) ?? []), user]);

  const permsOfRole = (role: RuoyiRole): string[] => {
    if (isAdminRole(role)) return [...allPerms];
    const out = new Set<string>();
    for (const menuId of data.roleMenus.get(role.id) ?? []) {
      const menu = data.menus.get(menuId);
      if (menu && menu.status === '0') for (const p of perms(menu.perms)) out.add(p);
    }
    return [...out].sort();
  };

  // Grants of a perm set at one scope: one per interface, the actions of its perms together.
  const grantsOf = (held: string[], scope: Pick<Grant, 'scope' | 'units'> & { reason: { en: string }; undecided?: string }, enforced: boolean): Grant[] => {
    const byInterface = new Map<string, Set<Grant['actions'][number]>>();
    for (const p of held) {
      const target = input.perms.get(p);
      if (!target) continue;
      const actions = byInterface.get(target.interface) ?? new Set();
      for (const a of target.actions) actions.add(a);
      byInterface.set(target.interface, actions);
    }
    return [...byInterface].sort(([a], [b]) => a.localeCompare(b)).map(([itf, actions]) => ({
      interface: itf,
      actions: [...actions].sort() as Grant['actions'],
      scope: scope.scope,
      ...(scope.units !== undefined ? { units: scope.units } : {}),
      ...(scope.undecided !== undefined ? { scopeUndecided: scope.undecided } : {}),
      ...(enforced ? {} : { scopeEnforced: false }),
      ...(input.data.grantsWithoutEndDate ? { expires: 'none' as const } : {}),
      reason: scope.reason.en,
    }));
  };

  const roles: Role[] = [];
  // Administration: changing users, roles, menus, departments or configuration, or deleting the
  // operation and log-in logs (RuoYi's monitor:operlog:remove, monitor:logininfor:remove).
  const privilegedPerm = (p: string) => (/^system:(user|role|menu|dept|config):/.test(p) && !/:(list|query)$/.test(p)) || /^monitor:(operlog|logininfor):remove$/.test(p);
  // A business module's permission (outside RuoYi's own system, monitor and tool modules) that the
  // mapping ties to a manifest interface: a role holding one is (also) a business role.
  const businessPerm = (p: string) => !/^(system|monitor|tool):/.test(p) && input.perms.has(p);
  for (const role of liveRoles) {
    const id = roleIdOf.get(role.id) as string;
    const place = at(`/sys_role/${escapeSegment(role.id)}`, role.line, role.file);
    if (role.status !== '0') {
      coverage.push({ file: place.file, pointer: place.pointer, kind: 'role', name: `${role.key} (${role.name})`, note: 'disabled (status 1): RuoYi gives its holders none of its permissions or data scope; not imported', noteZh: '已停用（status 1）：RuoYi 不授予其持有者任何权限或数据范围；未导入' });
      continue;
    }
    const held = permsOfRole(role);
    const admin = isAdminRole(role);
    const scope = admin ? { scope: 'any' as const, reason: dataScopeReasonText({ kind: 'super-admin' }) } : roleScope(role, data, (holdersOf.get(role.id) ?? []).map((u) => u.deptId));
    const grants = grantsOf(held, scope, admin || scope.scope === 'any');
    if (grants.length === 0) coverage.push({ file: place.file, pointer: place.pointer, kind: 'role', name: `${role.key} (${role.name})`, note: `${scope.reason.en}; ${held.length} permission${held.length === 1 ? '' : 's'}, none mapped to a manifest interface in mapping.perms, so what the role reaches is not in the inventory`, noteZh: `${scope.reason.zh}；${held.length} 项权限均未在 mapping.perms 中映射到清单中的接口，因此该角色可触及的内容不在清单中` });
    // A role (other than the built-in administrator) holding administration permissions and a
    // business module's permissions combines both duties in one role (PIPL-QRY-008).
    const administers = !admin && held.some(privilegedPerm);
    const duties = administers && held.some(businessPerm) ? { duties: ['admin' as const, 'business' as const] } : {};
    const entity: Role = { id, name: role.name, ...(admin ? { kind: 'admin' as const, privileged: true } : administers ? { privileged: true, ...duties } : {}), ...(grants.length > 0 ? { grants } : {}) };
    roles.push(entity);
    places.set(entity, place);
    for (const g of grants) places.set(g, place);
  }
  // User id 1 is the super administrator whatever roles it holds (SysUser.isAdmin): *:*:*, no data
  // filter. When it holds an enabled admin role that already says so, no second role is made (one
  // finding per cause).
  const userOne = liveUsers.find((u) => u.id === '1');
  const holdsAdminRole = (data.userRoles.get('1') ?? []).some((id) => liveRoles.some((r) => r.id === id && r.status === '0' && isAdminRole(r)));
  const superUser = userOne && !holdsAdminRole ? userOne : undefined;
  const superRoleId = `${prefix}/super-admin`;
  if (superUser) {
    const grants = grantsOf([...allPerms], { scope: 'any', reason: { en: 'user id 1 (SysUser.isAdmin): every permission (*:*:*) and no data filter' } }, true);
    const entity: Role = { id: superRoleId, name: { zh: '超级管理员（用户 ID 1）', en: 'super administrator (user id 1)' }, kind: 'admin', privileged: true, ...(grants.length > 0 ? { grants } : {}) };
    roles.push(entity);
    const place = at(`/sys_user/${escapeSegment(superUser.id)}`, superUser.line, superUser.file);
    places.set(entity, place);
    for (const g of grants) places.set(g, place);
  }

  // Accounts.
  const phoneOf = (phone: string | undefined): { phone?: string } => {
    const digest = phone ? phoneDigest(phone) : undefined;
    return digest ? { phone: digest } : {};
  };
  const policyId = `${prefix}/password-policy`;
  const accounts: Account[] = [];
  const storages: PasswordStorageEntry[] = [];
  const accountIds = new Set<string>();
  for (const user of liveUsers) {
    let id = `${prefix}/${safeId(user.userName)}`;
    for (let n = 2; accountIds.has(id); n++) id = `${prefix}/${safeId(user.userName)}+${n}`;
    accountIds.add(id);
    const demo = DEMO_ACCOUNTS.has(user.userName) && user.password === SHIPPED_DEMO_HASH;
    const account: Account = {
      id,
      type: demo ? 'default' : 'personal',
      holders: [user.nickName ?? user.userName],
      status: user.status === '0' ? 'active' : 'disabled',
      credentialPolicy: policyId,
      // What sys_user states about the holder, to join a staff list: the log-in name, the e-mail
      // and a digest of the phone number (never the number).
      identifiers: { username: user.userName, ...(user.email ? { email: user.email.toLowerCase() } : {}), ...(phoneOf(user.phone)) },
    };
    if (!demo) markAssumed(account, ['type', 'holders']);
    else markAssumed(account, ['holders']);
    if (demo) account.defaultPassword = true;
    // RuoYi's log-in asks for a password (and a captcha) only: where the deployment added no
    // second factor (the `mfa` option, default none), no account has one. An overlay may say otherwise.
    if (options.mfa === 'none') {
      account.mfa = false;
      markAssumed(account, ['mfa']);
    }
    const dept = user.deptId !== undefined ? data.depts.get(user.deptId) : undefined;
    const unit = user.deptId !== undefined ? (input.units.get(user.deptId) ?? dept?.name ?? (user.deptId.startsWith('name:') ? user.deptId.slice(5) : undefined)) : undefined;
    if (unit !== undefined) account.unit = unit;
    const lastLogin = user.loginDate ?? data.lastLogins.get(user.userName);
    if (lastLogin) account.lastLogin = lastLogin;
    const held = new Set<string>();
    for (const roleId of data.userRoles.get(user.id) ?? []) {
      const r = data.roles.find((x) => x.id === roleId);
      if (r && r.delFlag !== '2' && r.status === '0') held.add(roleIdOf.get(r.id) as string);
    }
    if (user === superUser) held.add(superRoleId);
    // The super administrator holds every permission (*:*:*); with no perm mapped to a manifest
    // interface, which screens those are is not stated: what the account reaches is unknown.
    const superAdmin = user === superUser || (data.userRoles.get(user.id) ?? []).some((rid) => liveRoles.some((r) => r.id === rid && r.status === '0' && isAdminRole(r)));
    if (superAdmin && input.perms.size === 0) account.rolesUnknown = 'the super administrator holds every permission (*:*:*), but mapping.perms ties none to a manifest interface: which screens of personal information the console serves is not stated';
    // Without sys_user_role (a console user export, a dump of sys_user alone) which roles the
    // account holds is not stated: unknown, not none (overlays cannot set roles: the accounts listed with their roles in the manifest's accounts[], instead of this export, state them).
    if (held.size === 0 && !data.present.has('sys_user_role')) account.rolesUnknown = data.present.has('sys_menu') ? 'the dump has no sys_user_role (which roles each user holds)' : "the console's user export (用户管理 → 导出) carries no role assignment: dump the system tables with sys_user_role (mysqldump of sys_user, sys_role, sys_user_role), or list the accounts with their roles in the manifest's accounts[] instead of this export (an overlay cannot set roles)";
    // sys_user_role states the roles the account holds, none too (an empty list: the account view
    // reads a left-out key as unstated). Left out where rolesUnknown says it is not stated.
    else account.roles = [...held].sort();
    const storage = storageOf(user.password);
    const place = at(`/sys_user/${escapeSegment(user.id)}`, user.line, user.file);
    if (storage) {
      account.passwordStorage = storage;
      places.set(storage, place);
      if (user.status === '0') storages.push(storage);
    }
    accounts.push(account);
    places.set(account, place);
  }
  const deleted = data.users.filter((u) => u.delFlag === '2');
  if (deleted.length > 0) {
    coverage.push({ file, line: deleted[0]?.line, kind: 'user', name: `${deleted.length} deleted user${deleted.length === 1 ? '' : 's'}`, note: `del_flag 2 (e.g. ${deleted.slice(0, 3).map((u) => u.userName).join(', ')}): RuoYi refuses their login; not imported as accounts`, noteZh: `del_flag 2（如 ${deleted.slice(0, 3).map((u) => u.userName).join('、')}）：RuoYi 拒绝其登录；未作为账号导入` });
  }

  // The password policy: configuration keys, the framework's own rules, the hashes seen. A source
  // holding no configuration (console exports, a dump without sys_config) and no stored password
  // states no policy: the framework's rules are then no fact about the deployment, the accounts
  // name no policy, and the manifest's default policy (if any) governs them.
  const manifest: Manifest = { apiVersion: 'pipl-audit/v1', roles, accounts };
  const warnings: Diagnostic[] = [];
  const configured = data.present.has('sys_config');
  const statesPolicy = configured || options.passwordRules !== undefined || options.lockout !== undefined || options.appConfig !== undefined || storages.some((st) => st.algorithm !== 'unknown');
  if (!statesPolicy) for (const account of accounts) delete account.credentialPolicy;
  if (statesPolicy) {
    // The password rules: the project's options; else, where the manifest's default policy states
    // them, the manifest's (RuoYi's own rule is what unchanged code applies, an assumption the
    // manifest's statement about the deployment replaces, with a warning naming both); else
    // RuoYi's own for a source with its configuration (a dump); else unstated.
    const manifestDefault = input.declared.credentialPolicies.find((p) => p.default === true);
    const fromManifest = options.passwordRules === undefined && manifestDefault !== undefined && (manifestDefault.minLength !== undefined || manifestDefault.characterClasses !== undefined);
    const rules = options.passwordRules ?? (fromManifest ? { minLength: manifestDefault?.minLength, characterClasses: manifestDefault?.characterClasses } : configured ? { minLength: 5, characterClasses: 0 } : {});
    const policy: CredentialPolicy = { id: policyId, ...(rules.minLength !== undefined ? { minLength: rules.minLength } : {}), ...(rules.characterClasses !== undefined ? { characterClasses: rules.characterClasses } : {}), mfa: options.mfa };
    if (fromManifest && manifestDefault && (manifestDefault.minLength !== 5 || manifestDefault.characterClasses !== 0)) {
      const place = input.declared.provenance.of(manifestDefault);
      warnings.push({
        severity: 'warning',
        file: place?.file ?? file,
        ...(place ? { pointer: place.pointer } : {}),
        message: `the RuoYi accounts of ${file} are governed by ${policyId}, whose password rules (minLength ${manifestDefault.minLength ?? '-'}, characterClasses ${manifestDefault.characterClasses ?? '-'}) are taken from the manifest's default policy ${manifestDefault.id}, not RuoYi's own rule (5 characters, no character classes)`,
        expected: "options.passwordRules of the RuoYi source when the deployment's code applies other rules than the manifest states",
      });
    }
    // The policy sits at the sys_config table; a fact read from one key cites that key's row.
    const policyPointer = '/password-policy';
    const policyPlace = at(policyPointer, input.tableLines.get('sys_config') ?? input.tableLines.get('sys_user') ?? 1);
    if (data.present.has('sys_config')) {
      const days = data.config.get('sys.account.passwordValidateDays');
      const n = days === undefined ? 0 : Number.parseInt(days.value, 10);
      // Versions without the key have no password expiry at all; 0 is "never expires".
      policy.rotationDays = Number.isFinite(n) && n > 0 ? n : 'none';
      if (days) at(`${policyPointer}/rotationDays`, days.line);
    }
    if (options.lockout) policy.lockout = options.lockout;
    else if (options.appConfig?.lockout) {
      policy.lockout = options.appConfig.lockout.fact;
      if (typeof policy.lockout === 'object') places.set(policy.lockout, options.appConfig.lockout.place);
    }
    if (options.appConfig?.idleTimeoutMinutes) policy.idleTimeoutMinutes = options.appConfig.idleTimeoutMinutes.fact;
    // The initial password new and reset accounts get: no manifest fact holds it, so it is listed.
    const initial = data.config.get('sys.user.initPassword') ?? data.config.get('sys.account.initPassword');
    if (initial !== undefined) {
      const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(initial.value)).length;
      coverage.push({ file, line: initial.line, kind: 'config', name: 'sys.user.initPassword', note: `the initial password given to new and reset accounts has ${initial.value.length} characters of ${classes} character class${classes === 1 ? '' : 'es'}; accounts still using it are not known from the dump (state defaultPassword in an overlay)`, noteZh: `新建和重置账号的初始口令有 ${initial.value.length} 个字符、${classes} 类字符；转储中看不出哪些账号仍在使用它（请在 overlay 中说明 defaultPassword）` });
    }
    // The policy's hashing is the scheme the deployment stores passwords with: the one most active
    // accounts' passwords are in (the weaker on a tie). An account stored otherwise (a password
    // migrated from an older system as MD5) is that account's finding (PIPL-IDP-002), not the policy's.
    const schemeKey = (s: PasswordStorageEntry) => `${s.algorithm}\0${s.cost ?? ''}\0${s.iterations ?? ''}`;
    const uses = new Map<string, number>();
    for (const s of storages) if (s.algorithm !== 'unknown') uses.set(schemeKey(s), (uses.get(schemeKey(s)) ?? 0) + 1);
    const weakest = storages.reduce<PasswordStorageEntry | undefined>((w, s) => {
      if (s.algorithm === 'unknown') return w;
      if (!w) return s;
      const us = uses.get(schemeKey(s)) ?? 0;
      const uw = uses.get(schemeKey(w)) ?? 0;
      if (us !== uw) return us > uw ? s : w;
      const rs = HASH_RANK[s.algorithm] ?? 6;
      const rw = HASH_RANK[w.algorithm] ?? 6;
      return rs < rw || (rs === rw && (s.cost ?? 99) < (w.cost ?? 99)) ? s : w;
    }, undefined);
    if (weakest) policy.hashing = { ...weakest };
    manifest.credentialPolicies = [policy];
    places.set(policy, policyPlace);
    // Cite the row of a user whose password is stored in that scheme.
    const weakestUser = storages.find((st) => st.algorithm === weakest?.algorithm && st.cost === weakest?.cost);
    if (policy.hashing) places.set(policy.hashing, (weakestUser && places.get(weakestUser)) ?? policyPlace);
  }

  // The operation log: what it records, who can delete it, who exported what.
  if (data.operLogRows > 0 && !input.declared.auditLogging) {
    const events = new Set<AuditLogging['events'][number]>();
    if (data.present.has('sys_logininfor')) events.add('login');
    if (data.readsLogged) events.add('read');
    for (const type of data.operTypes) {
      const event = OPER_EVENTS[type];
      if (event) events.add(event);
    }
    const removers = roles.filter((r) => r.kind === 'admin' || liveRoles.some((lr) => roleIdOf.get(lr.id) === r.id && permsOfRole(lr).some((p) => /^monitor:(operlog|logininfor):(remove|clean)$/.test(p)))).map((r) => r.id);
    // Rows carrying request parameters (oper_param) record the record each operation names - the
    // person concerned (subject); a log whose rows carry none does not say whose record it was.
    const fields: AuditLogging['fields'] = ['event', 'ip', 'outcome', ...(data.paramsLogged ? (['subject'] as const) : []), 'time', 'user'];
    const logging: AuditLogging = { events: [...events].sort(), fields, alterableBy: { roles: removers.sort() } };
    manifest.auditLogging = logging;
    places.set(logging, at('/sys_oper_log', input.tableLines.get('sys_oper_log') ?? 1));
  }
  const exportsBy = new Map<string, { count: number; line: number; last: string | undefined }>();
  for (const e of data.exports) {
    const key = `${e.operName}\0${e.title}`;
    const seen = exportsBy.get(key) ?? { count: 0, line: e.line, last: undefined };
    seen.count++;
    if (e.operTime !== undefined && (seen.last === undefined || seen.last < e.operTime)) seen.last = e.operTime;
    exportsBy.set(key, seen);
  }
  for (const [key, seen] of [...exportsBy].sort(([a], [b]) => a.localeCompare(b))) {
    const [who, title] = key.split('\0') as [string, string];
    coverage.push({ file, line: seen.line, kind: 'export', name: `${who}: ${title}`, note: `${seen.count} export${seen.count === 1 ? '' : 's'} in sys_oper_log (business_type 5)${seen.last ? `, the last on ${seen.last}` : ''}`, noteZh: `sys_oper_log 中有 ${seen.count} 次导出（business_type 5）${seen.last ? `，最近一次在 ${seen.last}` : ''}` });
  }
  if (data.operLogSkipped > 0) coverage.push({ file, line: input.tableLines.get('sys_oper_log'), kind: 'table', name: 'sys_oper_log', note: `rows past the row limit were not read (${data.operLogSkipped} rows or INSERT statements; options.limits.rows): the exports it records are those of the first ${data.operLogRows} rows` , noteZh: `超过行数上限的行未读取（${data.operLogSkipped} 行或 INSERT 语句；options.limits.rows）：所记录的导出只来自前 ${data.operLogRows} 行` });

  // Permissions the mapping leaves out: those that look like screens of personal information one
  // by one, the rest counted.
  const holders = new Map<string, string[]>();
  for (const role of liveRoles) {
    if (role.status !== '0') continue;
    for (const p of permsOfRole(role)) holders.set(p, [...(holders.get(p) ?? []), role.key]);
  }
  let otherUnmapped = 0;
  for (const menu of liveMenus.sort((a, b) => a.line - b.line || a.id.localeCompare(b.id))) {
    const parent = data.menus.get(menu.parentId);
    for (const p of perms(menu.perms)) {
      if (input.perms.has(p)) continue;
      if (!PI_WORDS.test(p) && !PI_WORDS.test(menu.name) && !(parent && PI_WORDS.test(parent.name))) {
        otherUnmapped++;
        continue;
      }
      const by = holders.get(p) ?? [];
      coverage.push({
        file,
        pointer: at(`/sys_menu/${escapeSegment(menu.id)}`, menu.line).pointer,
        kind: 'perm',
        name: `${p} (${menu.name})`,
        note: `looks like a screen of personal information${by.length > 0 ? `, held by role${by.length === 1 ? '' : 's'} ${by.join(', ')}` : ''}; map it to the manifest interface it is in mapping.perms`,
        noteZh: `看起来是个人信息界面${by.length > 0 ? `，由角色 ${by.join('、')} 持有` : ''}；请在 mapping.perms 中将其映射到清单中对应的接口`,
      });
    }
  }
  if (otherUnmapped > 0) coverage.push({ file, line: input.tableLines.get('sys_menu'), kind: 'perm', name: `${otherUnmapped} other permission${otherUnmapped === 1 ? '' : 's'}`, note: 'not mapped in mapping.perms and not named like a screen of personal information', noteZh: '未在 mapping.perms 中映射，名称也不像个人信息界面' });

  // Departments: the units accounts are in; those the mapping does not name keep their dept_name.
  const unnamed = [...data.depts.values()].filter((d) => d.delFlag !== '2' && !input.units.has(d.id));
  if (unnamed.length > 0 && input.units.size > 0) coverage.push({ file, line: input.tableLines.get('sys_dept'), kind: 'dept', name: `${unnamed.length} department${unnamed.length === 1 ? '' : 's'}`, note: `not in mapping.depts (e.g. ${unnamed.slice(0, 3).map((d) => d.name).join(', ')}): their accounts' unit is the dept_name`, noteZh: `不在 mapping.depts 中（如 ${unnamed.slice(0, 3).map((d) => d.name).join('、')}）：其账号的单位取 dept_name` });

  return { manifest, places, locators: [...tables.values()], warnings, coverage };
}

/** sys_oper_log.business_type (RuoYi's BusinessType) → the audit event it records. */
const OPER_EVENTS: Record<number, AuditLogging['events'][number] | undefined> = { 1: 'update', 2: 'update', 3: 'delete', 4: 'permission-change', 5: 'export', 6: 'update', 7: 'admin', 8: 'admin', 9: 'delete' };
