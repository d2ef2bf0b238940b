// Parses MySQL/MariaDB account statements, in order, into the accounts of one server, their
// privileges (one atom per privilege, level, object and column, so REVOKE can remove exactly what
// MySQL removes), partial revokes, role grants and default roles. There is no embedded MySQL to
// ask, so this follows the grammar of the MySQL 8.0 / MariaDB 10.x manuals: CREATE/ALTER USER with
// several accounts and DEFAULT ROLE, GRANT privilege lists with column lists, ON *.* / db.* /
// db.tbl / FUNCTION|PROCEDURE targets, quoted ('…', `…`, "…") or bare names, user@host with '%'
// hosts, WITH GRANT OPTION, REVOKE at every level (and partial revokes), roles (GRANT r TO u,
// SET DEFAULT ROLE … TO / FOR), IDENTIFIED WITH plugin AS 'hash' / BY PASSWORD '*HEX'.
import { InputError } from '../../inventory/diagnostic.js';
import type { SourceLine } from '../database/database-facts.js';
import type { GrantStatement } from './grant-lines.js';

export interface MysqlAccount {
  user: string;
  host: string;
  at: SourceLine;
  plugin?: string;
  authString?: string;
  /** The statement that set the password (or left it empty). */
  passwordAt?: SourceLine;
  plaintext?: boolean;
  /** Default roles as stated (SET DEFAULT ROLE, … DEFAULT ROLE): role keys, or every granted role. */
  defaultRoles?: { roles: string[] | 'ALL'; at: SourceLine };
  /**
   * A GRANT names the account (GRANT USAGE included: SHOW GRANTS and pt-show-grants print one for
   * every account). Without one, the listing holds only its CREATE / ALTER USER: what it was
   * granted is not in the files, not "nothing".
   */
  grantsListed?: true;
  /** ACCOUNT LOCK (true) or ACCOUNT UNLOCK (false) as the last CREATE/ALTER USER states it: a locked account cannot connect. */
  locked?: boolean;
}

export type PrivilegeLevel = 'global' | 'database' | 'table' | 'routine';

/** One privilege of one account at one level and object (and column, for column privileges). */
export interface PrivilegeAtom {
  account: string;
  /** Upper case; GRANT OPTION is an atom of its own, as in MySQL. */
  privilege: string;
  level: PrivilegeLevel;
  database?: string;
  table?: string;
  column?: string;
  /** ALL PRIVILEGES less what was revoked from it at the same level. */
  except?: Set<string>;
  at: SourceLine;
}

/** A partial revoke (MySQL 8.0.16+, partial_revokes=ON): a global privilege withheld on one database. */
export interface PartialRevoke {
  account: string;
  privilege: string;
  database: string;
  at: SourceLine;
}

export interface MysqlGrants {
  accounts: Map<string, MysqlAccount>;
  atoms: PrivilegeAtom[];
  partialRevokes: PartialRevoke[];
  /** account → roles granted to it, with where. */
  roles: Map<string, Array<{ role: string; at: SourceLine }>>;
  /** Accounts created as roles (CREATE ROLE) or granted to another account. */
  roleKeys: Set<string>;
  /** Where the listing sets activate_all_roles_on_login (every granted role active at login). */
  activateAllRolesOnLogin?: { on: boolean; at: SourceLine };
}

const NAME = String.raw`(?:'(?:[^'\\]|\\.|'')*'|\x60(?:[^\x60]|\x60\x60)*\x60|"(?:[^"\\]|\\.)*"|[A-Za-z0-9_$.\-%]+)`;
const ACCOUNT = String.raw`${NAME}(?:\s*@\s*${NAME})?`;
const ACCOUNT_RE = new RegExp(ACCOUNT, 'g');

export function accountKey(user: string, host: string): string {
  return `${user}@${host}`;
}

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf('@');
  return [key.slice(0, at), key.slice(at + 1)];
}

function unquote(token: string): string {
  const t = token.trim();
  if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'").replace(/\\(.)/g, '$1');
  if (t.startsWith('"')) return t.slice(1, -1).replace(/\\(.)/g, '$1');
  if (t.startsWith('`')) return t.slice(1, -1).replace(/``/g, '`');
  return t;
}

/** 'u'@'h' → [u, h]; a bare user name means any host. */
export function parseAccount(text: string): [string, string] {
  const m = new RegExp(String.raw`^(${NAME})(?:\s*@\s*(${NAME}))?$`).exec(text.trim());
  if (!m) return [unquote(text), '%'];
  return [unquote(m[1] as string), m[2] === undefined ? '%' : unquote(m[2])];
}

function accountList(text: string): string[] {
  return [...text.matchAll(ACCOUNT_RE)].map((m) => accountKey(...parseAccount(m[0])));
}

/** The text with every quoted string's inside replaced by `_`: keywords and commas found in it are outside quotes. */
function mask(text: string): string {
  return text.replace(/'(?:[^'\\]|\\.|'')*'|`(?:[^`]|``)*`|"(?:[^"\\]|\\.)*"/g, (q) => q[0] + '_'.repeat(q.length - 2) + q[0]);
}

/** Splits at commas outside quotes and parentheses. */
function splitTopLevel(text: string): string[] {
  const masked = mask(text);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** `SELECT (a, b), INSERT, ALL PRIVILEGES` → each privilege with its column list (undefined: every column). */
function privilegeList(text: string): Array<{ privilege: string; columns?: string[] }> {
  const out: Array<{ privilege: string; columns?: string[] }> = [];
  for (const part of splitTopLevel(text)) {
    const m = /^([A-Za-z][A-Za-z_ ]*?)\s*(?:\(([\s\S]*)\))?$/.exec(part);
    if (!m) continue;
    const name = (m[1] ?? '').trim().toUpperCase().replace(/\s+/g, ' ');
    const privilege = name === 'ALL' ? 'ALL PRIVILEGES' : name;
    out.push(m[2] === undefined ? { privilege } : { privilege, columns: splitTopLevel(m[2]).map(unquote) });
  }
  return out;
}

// Clauses that end the account list of CREATE/ALTER USER (WITH after IDENTIFIED and PASSWORD
// after BY or RANDOM belong to an account's authentication instead).
const USER_CLAUSE = /\b(DEFAULT\s+ROLE|REQUIRE|WITH|PASSWORD|ACCOUNT|COMMENT|ATTRIBUTE|FAILED_LOGIN_ATTEMPTS|PASSWORD_LOCK_TIME)\b/gi;

function clauseStarts(masked: string): number[] {
  const starts: number[] = [];
  for (const m of masked.matchAll(USER_CLAUSE)) {
    const before = masked.slice(0, m.index).trimEnd().split(/\s+/).pop()?.toUpperCase() ?? '';
    const word = (m[1] as string).toUpperCase();
    if (word === 'WITH' && before === 'IDENTIFIED') continue;
    if (word === 'PASSWORD' && (before === 'BY' || before === 'RANDOM')) continue;
    starts.push(m.index as number);
  }
  return starts;
}

interface Target {
  level: PrivilegeLevel;
  database?: string;
  table?: string;
}

function target(kind: string | undefined, first: string, second: string | undefined): Target {
  const routine = /FUNCTION|PROCEDURE/i.test(kind ?? '');
  const [database, table] = second === undefined ? [undefined, first] : [first, second];
  const level: PrivilegeLevel = routine ? 'routine' : database === '*' || (database === undefined && table === '*') ? 'global' : table === '*' ? 'database' : 'table';
  return {
    level,
    ...(database !== undefined && database !== '*' ? { database: unquote(database) } : {}),
    ...(level === 'table' || level === 'routine' ? { table: unquote(table) } : {}),
  };
}

function sameObject(atom: PrivilegeAtom, t: Target): boolean {
  const eq = (a: string | undefined, b: string | undefined) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
  return atom.level === t.level && eq(atom.database, t.database) && eq(atom.table, t.table);
}

const ON_TARGET = String.raw`\s+ON\s+(?:(TABLE|FUNCTION|PROCEDURE)\s+)?(\*|${NAME})(?:\.(\*|${NAME}))?`;
const GRANT_RE = new RegExp(String.raw`^GRANT\s+([\s\S]+?)${ON_TARGET}\s+TO\s+([\s\S]+?)(\s+(?:IDENTIFIED|REQUIRE|WITH|AS)\b[\s\S]*)?$`, 'i');
const REVOKE_RE = new RegExp(String.raw`^REVOKE\s+(?:IF\s+EXISTS\s+)?([\s\S]+?)${ON_TARGET}\s+FROM\s+([\s\S]+?)(?:\s+IGNORE\s+UNKNOWN\s+USER)?$`, 'i');

export interface FileStatement extends GrantStatement {
  file: string;
}

export function parseGrants(statements: FileStatement[]): MysqlGrants {
  const out: MysqlGrants = { accounts: new Map(), atoms: [], partialRevokes: [], roles: new Map(), roleKeys: new Set() };
  const ensure = (key: string, at: SourceLine) => {
    let a = out.accounts.get(key);
    if (!a) {
      const [user, host] = splitKey(key);
      out.accounts.set(key, (a = { user, host, at }));
    }
    return a;
  };
  for (const { text, line, file } of statements) {
    const at = { file, line };
    const fail = (): never => {
      throw new InputError([{ severity: 'error', file, line, message: `cannot read this statement: ${text.slice(0, 80)}`, expected: 'GRANT, REVOKE, CREATE USER, ALTER USER or SET DEFAULT ROLE as SHOW GRANTS, SHOW CREATE USER or pt-show-grants print them' }]);
    };
    if (/^(GRANT|REVOKE)\s+PROXY\s+ON\b/i.test(text)) continue; // proxy users: not a data privilege
    let m = /^(CREATE|ALTER)\s+USER\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?([\s\S]*)$/i.exec(text);
    if (m) {
      userStatement((m[1] as string).toUpperCase() === 'CREATE', m[2] as string, at, ensure, fail);
      continue;
    }
    m = GRANT_RE.exec(text);
    if (m) {
      const privileges = privilegeList(m[1] as string);
      const t = target(m[2], m[3] as string, m[4]);
      const tail = m[6] ?? '';
      for (const key of accountList(m[5] as string)) {
        const account = ensure(key, at);
        account.grantsListed = true;
        for (const { privilege, columns } of privileges) {
          if (privilege === 'USAGE') continue;
          for (const column of columns ?? [undefined]) out.atoms.push({ account: key, privilege, ...t, ...(column !== undefined ? { column } : {}), at });
        }
        if (/WITH\s+GRANT\s+OPTION/i.test(tail)) out.atoms.push({ account: key, privilege: 'GRANT OPTION', ...t, at });
        if (/IDENTIFIED/i.test(tail)) identified(account, tail, at);
      }
      continue;
    }
    m = REVOKE_RE.exec(text);
    if (m) {
      const privileges = privilegeList(m[1] as string);
      const t = target(m[2], m[3] as string, m[4]);
      for (const key of accountList(m[5] as string)) revoke(out, key, privileges, t, at);
      continue;
    }
    m = /^REVOKE\s+(?:IF\s+EXISTS\s+)?ALL(?:\s+PRIVILEGES)?\s*,\s*GRANT\s+OPTION\s+FROM\s+([\s\S]+)$/i.exec(text);
    if (m) {
      const keys = new Set(accountList(m[1] as string));
      out.atoms = out.atoms.filter((a) => !keys.has(a.account));
      out.partialRevokes = out.partialRevokes.filter((r) => !keys.has(r.account));
      continue;
    }
    m = /^REVOKE\s+(?:IF\s+EXISTS\s+)?([\s\S]+?)\s+FROM\s+([\s\S]+?)(?:\s+IGNORE\s+UNKNOWN\s+USER)?$/i.exec(text);
    if (m) {
      const revoked = new Set(accountList(m[1] as string));
      for (const key of accountList(m[2] as string)) {
        const list = out.roles.get(key);
        if (list) out.roles.set(key, list.filter((r) => !revoked.has(r.role)));
      }
      continue;
    }
    m = /^GRANT\s+([\s\S]+?)\s+TO\s+([\s\S]+?)(?:\s+WITH\s+ADMIN\s+OPTION)?$/i.exec(text);
    if (m && !/\sON\s/i.test(` ${m[1]} `)) {
      const granted = accountList(m[1] as string);
      for (const key of accountList(m[2] as string)) {
        ensure(key, at).grantsListed = true;
        for (const role of granted) {
          ensure(role, at);
          out.roleKeys.add(role);
          out.roles.set(key, [...(out.roles.get(key) ?? []), { role, at }]);
        }
      }
      continue;
    }
    // MySQL: SET DEFAULT ROLE {NONE | ALL | r, …} TO u, …; MariaDB: SET DEFAULT ROLE {r | NONE} FOR u.
    m = /^SET\s+DEFAULT\s+ROLE\s+([\s\S]+?)\s+(?:TO|FOR)\s+([\s\S]+)$/i.exec(text);
    if (m) {
      const roles = defaultRoleList(m[1] as string);
      for (const key of accountList(m[2] as string)) ensure(key, at).defaultRoles = { roles, at };
      continue;
    }
    if (/^SET\s+DEFAULT\s+ROLE\b/i.test(text)) continue; // MariaDB, for the current user: no account named
    m = /^SET\s+(?:GLOBAL\s+|PERSIST\s+|PERSIST_ONLY\s+|@@(?:GLOBAL\.|PERSIST\.)?)?activate_all_roles_on_login\s*=\s*'?(\w+)'?$/i.exec(text);
    if (m) {
      out.activateAllRolesOnLogin = { on: /^(ON|1|TRUE)$/i.test(m[1] as string), at };
      continue;
    }
    m = /^CREATE\s+ROLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([\s\S]+)$/i.exec(text);
    if (m) {
      for (const key of accountList(m[1] as string)) {
        ensure(key, at);
        out.roleKeys.add(key);
      }
      continue;
    }
    m = /^DROP\s+(?:USER|ROLE)\s+(?:IF\s+EXISTS\s+)?([\s\S]+)$/i.exec(text);
    if (m) {
      for (const key of accountList(m[1] as string)) {
        out.accounts.delete(key);
        out.atoms = out.atoms.filter((a) => a.account !== key);
        out.roles.delete(key);
      }
      continue;
    }
    if (/^(FLUSH|SET\s+(?:GLOBAL|PERSIST|SESSION|@@)|SET\s+\w+\s*=)/i.test(text)) continue;
    fail();
  }
  return out;
}

function defaultRoleList(text: string): string[] | 'ALL' {
  const trimmed = text.trim();
  if (/^ALL$/i.test(trimmed)) return 'ALL';
  if (/^NONE$/i.test(trimmed)) return [];
  return accountList(trimmed);
}

/** CREATE/ALTER USER: every account of the list (each with its own authentication), then DEFAULT ROLE. */
function userStatement(create: boolean, rest: string, at: SourceLine, ensure: (key: string, at: SourceLine) => MysqlAccount, fail: () => never): void {
  const masked = mask(rest);
  const starts = clauseStarts(masked);
  const usersEnd = starts[0] ?? rest.length;
  let defaultRoles: string[] | 'ALL' | undefined;
  const defaultAt = starts.find((s) => /^DEFAULT\s+ROLE/i.test(masked.slice(s)));
  if (defaultAt !== undefined) {
    const end = starts.find((s) => s > defaultAt) ?? rest.length;
    defaultRoles = defaultRoleList(rest.slice(defaultAt, end).replace(/^DEFAULT\s+ROLE\s+/i, ''));
  }
  // ACCOUNT LOCK / UNLOCK (masked: not a word inside a quoted password hash or comment).
  const lock = /\bACCOUNT\s+(LOCK|UNLOCK)\b/i.exec(masked.slice(usersEnd));
  const specs = splitTopLevel(rest.slice(0, usersEnd));
  if (specs.length === 0) fail();
  for (const spec of specs) {
    if (/^USER\s*\(\s*\)/i.test(spec)) continue; // ALTER USER USER(): the session's own account
    const m = new RegExp(String.raw`^(${ACCOUNT})([\s\S]*)$`).exec(spec);
    if (!m) fail();
    const account = ensure(accountKey(...parseAccount((m as RegExpExecArray)[1] as string)), at);
    const auth = (m as RegExpExecArray)[2] as string;
    identified(account, auth, at);
    if (create && !/IDENTIFIED/i.test(auth)) {
      // CREATE USER without IDENTIFIED: an empty authentication string, unless an earlier statement set one.
      if (account.passwordAt === undefined) {
        account.passwordAt = at;
        account.authString = '';
      }
    }
    if (defaultRoles !== undefined) account.defaultRoles = { roles: defaultRoles, at };
    if (lock !== null) account.locked = /^LOCK$/i.test(lock[1] as string);
  }
}

function identified(account: MysqlAccount, rest: string, at: SourceLine): void {
  let m = /IDENTIFIED\s+WITH\s+('?[A-Za-z0-9_]+'?)(?:\s+(AS|BY)\s+('(?:[^'\\]|\\.|'')*'|RANDOM\s+PASSWORD))?/i.exec(rest);
  if (m) {
    account.plugin = unquote(m[1] as string);
    account.authString = m[3] === undefined ? '' : /^RANDOM/i.test(m[3]) ? 'random' : unquote(m[3]);
    account.plaintext = (m[2] ?? '').toUpperCase() === 'BY' && !/^RANDOM/i.test(m[3] ?? '');
    account.passwordAt = at;
    return;
  }
  m = /IDENTIFIED\s+BY\s+(PASSWORD\s+)?('(?:[^'\\]|\\.|'')*'|RANDOM\s+PASSWORD)/i.exec(rest);
  if (m) {
    account.authString = /^RANDOM/i.test(m[2] as string) ? 'random' : unquote(m[2] as string);
    account.plaintext = m[1] === undefined && !/^RANDOM/i.test(m[2] as string);
    account.passwordAt = at;
  }
}

/**
 * REVOKE privileges ON target FROM account, as MySQL applies it: what was granted at exactly that
 * level and object goes (column privileges by column; ALL PRIVILEGES takes every privilege and
 * column of the level; one privilege revoked from ALL PRIVILEGES leaves the rest). A privilege held
 * globally and revoked on one database is a partial revoke (MySQL accepts it only with
 * partial_revokes=ON, and SHOW GRANTS then lists it as REVOKE … ON db.* FROM …).
 */
function revoke(out: MysqlGrants, key: string, privileges: Array<{ privilege: string; columns?: string[] }>, t: Target, at: SourceLine): void {
  for (const { privilege, columns } of privileges) {
    if (privilege === 'USAGE') continue;
    const all = privilege === 'ALL PRIVILEGES';
    const before = out.atoms.length;
    out.atoms = out.atoms.filter((a) => {
      if (a.account !== key || !sameObject(a, t)) return true;
      if (columns !== undefined) return !(a.privilege === privilege && a.column !== undefined && columns.some((c) => c.toLowerCase() === a.column?.toLowerCase()));
      if (all) return a.privilege === 'GRANT OPTION';
      if (a.privilege === privilege) return false;
      if (a.privilege === 'ALL PRIVILEGES' && privilege !== 'GRANT OPTION') (a.except ??= new Set()).add(privilege);
      return true;
    });
    const removed = out.atoms.length < before;
    if (!removed && columns === undefined && t.level === 'database' && t.database !== undefined) {
      const heldGlobally = out.atoms.some((a) => a.account === key && a.level === 'global' && (a.privilege === privilege || all || (a.privilege === 'ALL PRIVILEGES' && !a.except?.has(privilege))));
      if (heldGlobally) out.partialRevokes.push({ account: key, privilege, database: t.database, at });
    }
  }
}

/** How the account's password is stored, from its plugin and authentication string. */
export function mysqlPasswordStorage(account: MysqlAccount): string | undefined {
  if (account.passwordAt === undefined) return undefined;
  const plugin = (account.plugin ?? '').toLowerCase();
  const auth = account.authString ?? '';
  if (/socket|ldap|pam|kerberos|gssapi|windows|fido|webauthn/.test(plugin)) return 'external';
  if (auth === '') return 'none';
  if (account.plaintext) return 'plaintext';
  if (plugin === 'caching_sha2_password') return 'caching-sha2';
  if (plugin === 'sha256_password') return 'sha256';
  if (plugin === 'ed25519') return 'ed25519';
  if (/^\*[0-9A-F]{40}$/i.test(auth)) return 'mysql-native-sha1';
  return 'unknown';
}
