// RuoYi's system tables read from dump rows into typed records: users, roles, departments,
// menus (with their permission strings), posts, the link tables, configuration keys, and the
// export entries of the operation log. Column names are RuoYi-Vue's (also RuoYi, RuoYi-Cloud and
// RuoYi-Vue-Plus, which keep them; Plus adds tenant_id and uses del_flag '1' in later versions).
import type { CellValue, DumpRow, DumpTable } from '../mysql-dump/dump-tables.js';
import { noEndDateColumn } from '../mysql-dump/no-end-date-column.js';

export const RUOYI_TABLES = ['sys_user', 'sys_role', 'sys_user_role', 'sys_dept', 'sys_role_dept', 'sys_menu', 'sys_role_menu', 'sys_post', 'sys_user_post', 'sys_config', 'sys_oper_log', 'sys_logininfor'] as const;
/** Log tables: read up to the row limit, the rest counted. */
export const LOG_TABLES = new Set(['sys_oper_log', 'sys_logininfor']);

export interface Placed {
  line: number;
  /** The file the record was read from, when not the source's first (a console export beside the dump). */
  file?: string;
}

export interface RuoyiUser extends Placed {
  id: string;
  deptId: string | undefined;
  userName: string;
  nickName: string | undefined;
  password: string | undefined;
  /** '0' normal, '1' disabled. */
  status: string;
  /** '0' present, '2' deleted. */
  delFlag: string;
  loginDate: string | undefined;
  /** sys_user.phonenumber and email, kept only to join the account with a staff list. */
  phone?: string | undefined;
  email?: string | undefined;
}

export interface RuoyiRole extends Placed {
  id: string;
  name: string;
  key: string;
  /** '1'…'5'; the column's default '1' (all data) when the row leaves it out. */
  dataScope: string;
  status: string;
  delFlag: string;
}

export interface RuoyiDept extends Placed {
  id: string;
  parentId: string;
  /** Comma-separated ids of the ancestors, root first ('0,100,101'). */
  ancestors: string[];
  name: string;
  status: string;
  delFlag: string;
}

export interface RuoyiMenu extends Placed {
  id: string;
  name: string;
  parentId: string;
  /** M directory, C menu (a screen), F button. */
  menuType: string;
  perms: string;
  status: string;
}

export interface OperLogEntry extends Placed {
  title: string;
  businessType: number;
  operName: string;
  operUrl: string;
  operTime: string | undefined;
}

export interface RuoyiData {
  users: RuoyiUser[];
  roles: RuoyiRole[];
  depts: Map<string, RuoyiDept>;
  menus: Map<string, RuoyiMenu>;
  posts: Map<string, { code: string; name: string }>;
  userRoles: Map<string, string[]>;
  userPosts: Map<string, string[]>;
  roleMenus: Map<string, string[]>;
  roleDepts: Map<string, string[]>;
  /**
   * sys_role_menu (role_id, menu_id) and sys_user_role (user_id, role_id) have no column for when a
   * grant or an assignment ends, in every RuoYi-Vue version: true where the dump's CREATE TABLE of
   * both shows none (a fork's expire_time leaves it false), so a grant states expires none.
   */
  grantsWithoutEndDate: boolean;
  config: Map<string, { value: string; line: number }>;
  exports: OperLogEntry[];
  /** Business types the operation log holds rows of. */
  operTypes: Set<number>;
  /** The operation log holds a GET request logged as business type 0 (OTHER): a read, logged by @Log on a query method. */
  readsLogged: boolean;
  /**
   * A row of the operation log carries request parameters (`oper_param`: RuoYi's @Log saves them by
   * default, isSaveRequestData): the record an edit, deletion or export names (`{"userId":3,…}`,
   * a path's `{userIds}`) - the person concerned.
   */
  paramsLogged: boolean;
  /** Operation-log rows read, and rows (or whole INSERT statements) left unread past the limit. */
  operLogRows: number;
  operLogSkipped: number;
  /** sys_logininfor: the latest successful login per user name (when the table has rows). */
  lastLogins: Map<string, string>;
  /** Tables the dump defines or fills. */
  present: Set<string>;
}

function str(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'number' ? String(value) : value;
}

function get(row: DumpRow, column: string): string | undefined {
  return str(row.values.get(column));
}

/** A datetime column as YYYY-MM-DD, when it holds a date literal (sysdate() and the like are not stated). */
function dateOf(value: string | undefined): string | undefined {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

function links(table: DumpTable | undefined, from: string, to: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of table?.rows ?? []) {
    const a = get(row, from);
    const b = get(row, to);
    if (a === undefined || b === undefined) continue;
    const list = out.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    out.set(a, list);
  }
  return out;
}

/** No tables: the start of data read from console exports. */
export function emptyRuoyiData(): RuoyiData {
  return { users: [], roles: [], depts: new Map(), menus: new Map(), posts: new Map(), userRoles: new Map(), userPosts: new Map(), roleMenus: new Map(), roleDepts: new Map(), grantsWithoutEndDate: false, config: new Map(), exports: [], operTypes: new Set(), readsLogged: false, paramsLogged: false, operLogRows: 0, operLogSkipped: 0, lastLogins: new Map(), present: new Set() };
}

export function readRuoyiTables(tables: Map<string, DumpTable>): RuoyiData {
  const rows = (name: string) => tables.get(name)?.rows ?? [];
  const users: RuoyiUser[] = rows('sys_user').flatMap((row) => {
    const id = get(row, 'user_id');
    const userName = get(row, 'user_name');
    if (id === undefined || userName === undefined) return [];
    return [{ id, deptId: get(row, 'dept_id'), userName, nickName: get(row, 'nick_name'), password: get(row, 'password'), status: get(row, 'status') ?? '0', delFlag: get(row, 'del_flag') ?? '0', loginDate: dateOf(get(row, 'login_date')), phone: get(row, 'phonenumber'), email: get(row, 'email'), line: row.line }];
  });
  const roles: RuoyiRole[] = rows('sys_role').flatMap((row) => {
    const id = get(row, 'role_id');
    const key = get(row, 'role_key');
    if (id === undefined || key === undefined) return [];
    return [{ id, name: get(row, 'role_name') ?? key, key, dataScope: get(row, 'data_scope') ?? '1', status: get(row, 'status') ?? '0', delFlag: get(row, 'del_flag') ?? '0', line: row.line }];
  });
  const depts = new Map<string, RuoyiDept>();
  for (const row of rows('sys_dept')) {
    const id = get(row, 'dept_id');
    if (id === undefined) continue;
    const ancestors = (get(row, 'ancestors') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    depts.set(id, { id, parentId: get(row, 'parent_id') ?? '0', ancestors, name: get(row, 'dept_name') ?? id, status: get(row, 'status') ?? '0', delFlag: get(row, 'del_flag') ?? '0', line: row.line });
  }
  const menus = new Map<string, RuoyiMenu>();
  for (const row of rows('sys_menu')) {
    const id = get(row, 'menu_id');
    if (id === undefined) continue;
    menus.set(id, { id, name: get(row, 'menu_name') ?? id, parentId: get(row, 'parent_id') ?? '0', menuType: get(row, 'menu_type') ?? '', perms: (get(row, 'perms') ?? '').trim(), status: get(row, 'status') ?? '0', line: row.line });
  }
  const posts = new Map<string, { code: string; name: string }>();
  for (const row of rows('sys_post')) {
    const id = get(row, 'post_id');
    if (id !== undefined) posts.set(id, { code: get(row, 'post_code') ?? id, name: get(row, 'post_name') ?? id });
  }
  const config = new Map<string, { value: string; line: number }>();
  for (const row of rows('sys_config')) {
    const key = get(row, 'config_key');
    if (key !== undefined) config.set(key, { value: get(row, 'config_value') ?? '', line: row.line });
  }
  const exports: OperLogEntry[] = [];
  const operTypes = new Set<number>();
  let readsLogged = false;
  let paramsLogged = false;
  for (const row of rows('sys_oper_log')) {
    const businessType = Number(get(row, 'business_type') ?? '0');
    operTypes.add(businessType);
    if (!/^\s*(|\{\s*\}|\[\s*\]|null)\s*$/i.test(get(row, 'oper_param') ?? '')) paramsLogged = true;
    if (businessType === 0 && (get(row, 'request_method') ?? '').toUpperCase() === 'GET') readsLogged = true;
    if (businessType !== 5) continue; // BusinessType.EXPORT
    exports.push({ title: get(row, 'title') ?? '', businessType, operName: get(row, 'oper_name') ?? '', operUrl: get(row, 'oper_url') ?? '', operTime: dateOf(get(row, 'oper_time')), line: row.line });
  }
  const lastLogins = new Map<string, string>();
  for (const row of rows('sys_logininfor')) {
    const name = get(row, 'user_name');
    const date = dateOf(get(row, 'login_time'));
    if (name === undefined || date === undefined || (get(row, 'status') ?? '0') !== '0') continue;
    const seen = lastLogins.get(name);
    if (seen === undefined || seen < date) lastLogins.set(name, date);
  }
  return {
    users,
    roles,
    depts,
    menus,
    posts,
    userRoles: links(tables.get('sys_user_role'), 'user_id', 'role_id'),
    userPosts: links(tables.get('sys_user_post'), 'user_id', 'post_id'),
    roleMenus: links(tables.get('sys_role_menu'), 'role_id', 'menu_id'),
    roleDepts: links(tables.get('sys_role_dept'), 'role_id', 'dept_id'),
    grantsWithoutEndDate: noEndDateColumn([tables.get('sys_role_menu'), tables.get('sys_user_role')]),
    config,
    exports,
    operTypes,
    readsLogged,
    paramsLogged,
    operLogRows: rows('sys_oper_log').length,
    operLogSkipped: (tables.get('sys_oper_log')?.skippedRows ?? 0) + (tables.get('sys_oper_log')?.skippedStatements ?? 0),
    lastLogins,
    present: new Set(tables.keys()),
  };
}
