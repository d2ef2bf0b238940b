// Parses MySQL/MariaDB account statements into accounts, privileges and role grants. There is
// no embedded MySQL to ask, so this follows the GRANT grammar of the MySQL 8.0 / MariaDB 10.x
// manuals: privilege lists with column lists, ON *.* / db.* / db.tbl / FUNCTION|PROCEDURE
// targets, quoted ('…', `…`, "…") or bare names, user@host with '%' hosts, WITH GRANT OPTION,
// roles (GRANT r TO u, SET DEFAULT ROLE), IDENTIFIED WITH plugin AS 'hash' / BY PASSWORD '*HEX'.
import { InputError } from '../../inventory/diagnostic.js';
import type { GrantStatement } from './grant-lines.js';

export interface MysqlAccount {
  user: string;
  host: string;
  line: number;
  plugin?: string;
  authString?: string;
  /** The statement that set the password (or left it empty). */
  passwordLine?: number;
  plaintext?: boolean;
}

export interface MysqlPrivilege {
  account: string;
  privileges: string[];
  /** Column lists by privilege (SELECT (a, b)). */
  columns: Map<string, string[]>;
  level: 'global' | 'database' | 'table' | 'routine';
  database?: string;
  table?: string;
  grantOption: boolean;
  line: number;
}

export interface MysqlGrants {
  accounts: Map<string, MysqlAccount>;
  privileges: MysqlPrivilege[];
  /** account → roles granted to it, with the line. */
  roles: Map<string, Array<{ role: string; line: number }>>;
}

const NAME = String.raw`(?:'(?:[^'\\]|\\.|'')*'|\x60(?:[^\x60]|\x60\x60)*\x60|"(?:[^"\\]|\\.)*"|[A-Za-z0-9_$.\-%]+)`;
const ACCOUNT = String.raw`${NAME}(?:\s*@\s*${NAME})?`;
const ACCOUNT_RE = new RegExp(ACCOUNT, 'g');

export function accountKey(user: string, host: string): string {
  return `${user}@${host}`;
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

/** `SELECT (a, b), INSERT, ALL PRIVILEGES` → privileges and their column lists. */
function privilegeList(text: string): { privileges: string[]; columns: Map<string, string[]> } {
  const privileges: string[] = [];
  const columns = new Map<string, string[]>();
  for (const m of text.matchAll(/([A-Za-z][A-Za-z ]*?)\s*(?:\(([^)]*)\))?\s*(?:,|$)/g)) {
    const name = (m[1] ?? '').trim().toUpperCase().replace(/\s+/g, ' ');
    if (!name) continue;
    const priv = name === 'ALL' ? 'ALL PRIVILEGES' : name;
    privileges.push(priv);
    if (m[2] !== undefined) columns.set(priv, m[2].split(',').map((c) => unquote(c.trim())));
  }
  return { privileges, columns };
}

export function parseGrants(statements: GrantStatement[], file: string): MysqlGrants {
  const accounts = new Map<string, MysqlAccount>();
  const privileges: MysqlPrivilege[] = [];
  const roles = new Map<string, Array<{ role: string; line: number }>>();
  const ensure = (key: string, line: number) => {
    let a = accounts.get(key);
    if (!a) {
      const [user, host] = [key.slice(0, key.lastIndexOf('@')), key.slice(key.lastIndexOf('@') + 1)];
      accounts.set(key, (a = { user, host, line }));
    }
    return a;
  };
  const identified = (account: MysqlAccount, rest: string, line: number) => {
    let m = /IDENTIFIED\s+WITH\s+('?[A-Za-z0-9_]+'?)(?:\s+(AS|BY)\s+('(?:[^'\\]|\\.|'')*'))?/i.exec(rest);
    if (m) {
      account.plugin = unquote(m[1] as string);
      account.authString = m[3] === undefined ? '' : unquote(m[3]);
      account.plaintext = (m[2] ?? '').toUpperCase() === 'BY';
      account.passwordLine = line;
      return;
    }
    m = /IDENTIFIED\s+BY\s+(PASSWORD\s+)?('(?:[^'\\]|\\.|'')*')/i.exec(rest);
    if (m) {
      account.authString = unquote(m[2] as string);
      account.plaintext = m[1] === undefined;
      account.passwordLine = line;
    }
  };
  for (const { text, line } of statements) {
    if (/^GRANT\s+PROXY\s+ON\b/i.test(text)) continue; // proxy users: not a data privilege
    let m = new RegExp(String.raw`^(?:CREATE|ALTER)\s+USER\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?(${ACCOUNT})([\s\S]*)$`, 'i').exec(text);
    if (m) {
      const account = ensure(accountKey(...parseAccount(m[1] as string)), line);
      identified(account, m[2] as string, line);
      if (/^CREATE/i.test(text) && account.passwordLine === undefined && !/IDENTIFIED/i.test(m[2] as string)) {
        account.passwordLine = line;
        account.authString = '';
      }
      continue;
    }
    m = new RegExp(String.raw`^GRANT\s+([\s\S]+?)\s+ON\s+(?:(TABLE|FUNCTION|PROCEDURE)\s+)?(\*|${NAME})(?:\.(\*|${NAME}))?\s+TO\s+([\s\S]+?)(\s+(?:IDENTIFIED|REQUIRE|WITH|AS)\b[\s\S]*)?$`, 'i').exec(text);
    if (m) {
      const { privileges: privs, columns } = privilegeList(m[1] as string);
      const first = m[3] as string;
      const second = m[4];
      const routine = /FUNCTION|PROCEDURE/i.test(m[2] ?? '');
      const [database, table] = second === undefined ? [undefined, first] : [first, second];
      const level = routine ? 'routine' : database === '*' || (database === undefined && table === '*') ? 'global' : table === '*' ? 'database' : 'table';
      const tail = m[6] ?? '';
      for (const key of accountList(m[5] as string)) {
        ensure(key, line);
        privileges.push({
          account: key,
          privileges: privs,
          columns,
          level,
          ...(database !== undefined && database !== '*' ? { database: unquote(database) } : {}),
          ...(level === 'table' || level === 'routine' ? { table: unquote(table as string) } : {}),
          grantOption: /WITH\s+GRANT\s+OPTION/i.test(tail) || privs.includes('GRANT OPTION'),
          line,
        });
        if (/IDENTIFIED/i.test(tail)) identified(ensure(key, line), tail, line);
      }
      continue;
    }
    m = /^GRANT\s+([\s\S]+?)\s+TO\s+([\s\S]+?)(?:\s+WITH\s+ADMIN\s+OPTION)?$/i.exec(text);
    if (m && !/\sON\s/i.test(` ${m[1]} `)) {
      const granted = accountList(m[1] as string);
      for (const key of accountList(m[2] as string)) {
        ensure(key, line);
        for (const role of granted) {
          ensure(role, line);
          roles.set(key, [...(roles.get(key) ?? []), { role, line }]);
        }
      }
      continue;
    }
    if (/^(SET\s+DEFAULT\s+ROLE|REVOKE|CREATE\s+ROLE|DROP\s+USER|FLUSH)\b/i.test(text)) {
      const created = /^CREATE\s+ROLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([\s\S]+)$/i.exec(text);
      if (created) for (const key of accountList(created[1] as string)) ensure(key, line);
      continue;
    }
    throw new InputError([{ severity: 'error', file, line, message: `cannot read this statement: ${text.slice(0, 80)}`, expected: 'GRANT, CREATE USER or ALTER USER as SHOW GRANTS or pt-show-grants print them' }]);
  }
  return { accounts, privileges, roles };
}

/** How the account's password is stored, from its plugin and authentication string. */
export function mysqlPasswordStorage(account: MysqlAccount): string | undefined {
  if (account.passwordLine === undefined) return undefined;
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
