// Whether a dump states privileges and owners at all. `pg_dump -x` (`--no-privileges`) writes no
// GRANT, REVOKE or ALTER DEFAULT PRIVILEGES; `pg_dump -O` (`--no-owner`) no `… OWNER TO`. Loaded
// as they are, such a dump reads as "every login reads nothing but what it owns" (or, with -O,
// nothing it owns): a statement left out is not a privilege withheld. The decision is on the
// source as a whole — a dump carrying ACLs for some objects but none for a table does state that
// table owner-only (pg_dump writes only the entries that differ from the owner's default).
import type { Diagnostic } from '../../inventory/diagnostic.js';
import type { DatabaseFacts } from '../database/database-facts.js';

interface DumpFile {
  path: string;
  text: string;
  statements: Array<{ text: string; line: number }>;
}

/** GRANT/REVOKE on an object (not a membership, which names no object) or default privileges. */
const OBJECT_PRIVILEGE = /^(?:(?:GRANT|REVOKE)\s[\s\S]*?\sON\s|ALTER\s+DEFAULT\s+PRIVILEGES\b)/i;
const OWNER_TO = /\sOWNER\s+TO\s/i;
/** pg_dump's table-of-contents comment for a table dumped with -O: it prints the owner as `-`. */
const TABLE_WITHOUT_OWNER = /^-- Name: [^\n]*; Type: TABLE; Schema: [^\n;]*; Owner: -(?:;|$)/m;

export const NO_PRIVILEGES =
  'the dump states no privilege on any object (no GRANT, REVOKE or ALTER DEFAULT PRIVILEGES: pg_dump -x / --no-privileges): beyond what the login owns, what it reads is not stated — dump without -x';
export const NO_OWNERS =
  'the dump states no owner (no … OWNER TO: pg_dump -O / --no-owner): what the login reads as owner of its tables is not stated — dump without -O';

export interface PrivilegesStated {
  privileges: boolean;
  owners: boolean;
}

export function privilegesStated(files: DumpFile[]): PrivilegesStated {
  let privileges = false;
  let owners = false;
  let ownerless = false;
  for (const file of files) {
    if (!ownerless && TABLE_WITHOUT_OWNER.test(file.text)) ownerless = true;
    for (const s of file.statements) {
      if (!privileges && OBJECT_PRIVILEGE.test(s.text)) privileges = true;
      if (!owners && OWNER_TO.test(s.text) && /^ALTER\s/i.test(s.text)) owners = true;
    }
  }
  // A hand-written script names no owner because it runs as whoever loads it: read as it is.
  // pg_dump -O marks itself: its comment before each table prints the owner as "-".
  return { privileges, owners: owners || !ownerless };
}

/**
 * The facts with what the dump does not state left unstated: every login's reach beyond the
 * listed reads (privilegesUnknown; a superuser's is stated by SUPERUSER) and, without privilege
 * statements, each table's PUBLIC and default privileges. With a warning naming the option.
 */
export function withUnstatedPrivileges(facts: DatabaseFacts, stated: PrivilegesStated, files: DumpFile[], warnings: Diagnostic[]): DatabaseFacts {
  if (stated.privileges && stated.owners) return facts;
  const file = files.find((f) => f.statements.length > 0)?.path ?? files[0]?.path ?? '';
  if (!stated.privileges)
    warnings.push({ severity: 'warning', file, message: 'the dump states no privilege on any object (no GRANT, REVOKE or ALTER DEFAULT PRIVILEGES): logins\' reads and PUBLIC exposure are not stated', expected: 'pg_dump without -x (--no-privileges)' });
  if (!stated.owners)
    warnings.push({ severity: 'warning', file, message: 'the dump states no owner (no … OWNER TO): what logins read as owners is not stated', expected: 'pg_dump without -O (--no-owner)' });
  const why = [...(stated.privileges ? [] : [NO_PRIVILEGES]), ...(stated.owners ? [] : [NO_OWNERS])].join('; ');
  return {
    ...facts,
    logins: facts.logins.map((login) => (login.superuser === true ? login : { ...login, privilegesUnknown: login.privilegesUnknown ?? why })),
    tables: stated.privileges
      ? facts.tables
      : facts.tables.map(({ publicPrivileges: _p, publicColumns: _c, publicAt: _a, defaultPrivileges: _d, ...table }) => table),
  };
}
