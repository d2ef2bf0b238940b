// Where in the dump each fact was stated: the CREATE ROLE / ALTER ROLE lines of a role (and the
// line setting each property), each GRANT by object and grantee, each membership, CREATE TABLE,
// row-level security and policies, default privileges. Read from the statement text with a few
// anchored patterns; the privileges themselves come from the catalog, not from these patterns.
import type { SourceLine } from '../database/database-facts.js';
import { NAME_TOKEN, nameParts, qualifiedName } from './sql-names.js';

// Built once (not per statement: a dump has tens of thousands). None is used with lastIndex:
// exec() of a non-global pattern starts at 0, and matchAll() works on a copy.
const ROLE_STATEMENT = new RegExp(String.raw`^(CREATE|ALTER)\s+(?:ROLE|USER|GROUP)\s+(${NAME_TOKEN})([\s\S]*)$`, 'i');
const GRANT_ON_TABLE = new RegExp(String.raw`^GRANT\s+([\s\S]+?)\s+ON\s+(?:TABLE\s+)?(${NAME_TOKEN})\s+TO\s+([\s\S]+?)(?:\s+WITH\s+GRANT\s+OPTION)?(?:\s+GRANTED\s+BY\s+\S+)?$`, 'i');
const GRANT_ON_SCHEMA = new RegExp(String.raw`^GRANT\s+[\s\S]+?\s+ON\s+SCHEMA\s+(${NAME_TOKEN})\s+TO\s+([\s\S]+?)(?:\s+WITH\s+GRANT\s+OPTION)?$`, 'i');
const CREATE_RELATION = new RegExp(String.raw`^CREATE\s+(?:(?:GLOBAL|LOCAL)\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\s+)?(?:TABLE|VIEW|MATERIALIZED\s+VIEW|OR\s+REPLACE\s+VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(${NAME_TOKEN})`, 'i');
const ROW_SECURITY = new RegExp(String.raw`^ALTER\s+TABLE\s+(?:ONLY\s+)?(${NAME_TOKEN})\s+(?:ENABLE|FORCE)\s+ROW\s+LEVEL\s+SECURITY`, 'i');
const DEFAULT_PRIVILEGES = new RegExp(String.raw`^ALTER\s+DEFAULT\s+PRIVILEGES\s+(?:FOR\s+(?:ROLE|USER)\s+(${NAME_TOKEN})\s+)?(?:IN\s+SCHEMA\s+(${NAME_TOKEN})\s+)?GRANT\s+[\s\S]+?\s+TO\s+([\s\S]+?)(?:\s+WITH\s+GRANT\s+OPTION)?$`, 'i');
const NAME_TOKENS = new RegExp(NAME_TOKEN, 'g');

export interface RoleStatements {
  at?: SourceLine;
  superuser?: SourceLine;
  bypassRls?: SourceLine;
  grantOption?: SourceLine;
  password?: SourceLine;
  passwordLiteral?: string | null;
  validUntil?: SourceLine;
  validUntilLiteral?: string;
}

export class StatementLines {
  readonly roles = new Map<string, RoleStatements>();
  /** `${object}\0${grantee}` → the GRANT line (objects: schema.table, role:NAME, schema:NAME). */
  readonly grants = new Map<string, SourceLine>();
  readonly tables = new Map<string, SourceLine>();
  readonly rls = new Map<string, SourceLine>();
  /** `${forRole}\0${schema}\0${grantee}` → the ALTER DEFAULT PRIVILEGES line. */
  readonly defaults = new Map<string, SourceLine>();

  note(text: string, at: SourceLine): void {
    let m = ROLE_STATEMENT.exec(text);
    if (m) return this.noteRole((m[1] as string).toUpperCase() === 'CREATE', nameParts(m[2] as string)[0] ?? '', m[3] as string, at);
    m = GRANT_ON_TABLE.exec(text);
    if (m && !/^(SCHEMA|SEQUENCE|FUNCTION|DATABASE|ALL\s)/i.test(m[2] as string)) {
      for (const grantee of granteeList(m[3] as string)) remember(this.grants, `${qualifiedName(m[2] as string)}\0${grantee}`, at);
      return;
    }
    m = GRANT_ON_SCHEMA.exec(text);
    if (m) {
      for (const grantee of granteeList(m[2] as string)) remember(this.grants, `schema:${nameParts(m[1] as string)[0]}\0${grantee}`, at);
      return;
    }
    m = /^GRANT\s+([\s\S]+?)\s+TO\s+([\s\S]+?)(?:\s+WITH\s+[\s\S]*)?(?:\s+GRANTED\s+BY\s+\S+)?$/i.exec(text);
    if (m && !/\bON\b/i.test(m[1] as string)) {
      for (const role of granteeList(m[1] as string)) for (const member of granteeList(m[2] as string)) remember(this.grants, `role:${role}\0${member}`, at);
      return;
    }
    m = CREATE_RELATION.exec(text);
    if (m) return remember(this.tables, qualifiedName(m[1] as string), at);
    m = ROW_SECURITY.exec(text);
    if (m) return remember(this.rls, qualifiedName(m[1] as string), at);
    m = DEFAULT_PRIVILEGES.exec(text);
    if (m) {
      const forRole = m[1] ? (nameParts(m[1])[0] ?? '') : '';
      const schema = m[2] ? (nameParts(m[2])[0] ?? '') : '';
      for (const grantee of granteeList(m[3] as string)) remember(this.defaults, `${forRole}\0${schema}\0${grantee}`, at);
    }
  }

  private noteRole(create: boolean, name: string, options: string, at: SourceLine): void {
    let role = this.roles.get(name);
    if (!role) this.roles.set(name, (role = {}));
    if (create || !role.at) role.at ??= at;
    if (/\bSUPERUSER\b/i.test(options)) role.superuser = at;
    if (/\bBYPASSRLS\b/i.test(options)) role.bypassRls = at;
    if (/\bCREATEROLE\b/i.test(options)) role.grantOption = at;
    const password = /\bPASSWORD\s+(NULL\b|'((?:[^']|'')*)')/i.exec(options);
    if (password) {
      role.password = at;
      role.passwordLiteral = password[2] === undefined ? null : password[2].replace(/''/g, "'");
    }
    const valid = /\bVALID\s+UNTIL\s+'([^']*)'/i.exec(options);
    if (valid) {
      role.validUntil = at;
      role.validUntilLiteral = valid[1];
    }
  }
}

function remember(map: Map<string, SourceLine>, key: string, at: SourceLine): void {
  if (!map.has(key)) map.set(key, at);
}

/** `a, "B", PUBLIC` → ['a', 'B', 'PUBLIC'] (PUBLIC kept upper case, GROUP keyword dropped). */
function granteeList(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_TOKENS)) {
    const token = m[0];
    if (/^GROUP$/i.test(token)) continue;
    out.push(/^PUBLIC$/i.test(token) ? 'PUBLIC' : (nameParts(token)[0] ?? token));
  }
  return out;
}

/** md5, SCRAM or plaintext, from the literal a dump gives (pg_authid would show a plaintext one hashed). */
export function passwordStorage(literal: string | null | undefined): string {
  if (literal === undefined || literal === null) return 'none';
  if (/^md5[0-9a-f]{32}$/i.test(literal)) return 'md5';
  if (/^SCRAM-SHA-256\$/.test(literal)) return 'scram-sha-256';
  return 'plaintext';
}
