// What an engine-specific import learns from a database export, before it is tied to the
// manifest: logins with their properties and what they can read column by column (and why),
// and tables with PUBLIC exposure, default privileges and row-level security. Each fact keeps
// the file and line it was read from, so findings cite the dump.
import type { DiscoveredTableFacts } from '../../discovery/discover-table.js';

export type DatabaseEngineName = 'postgresql' | 'mysql';

export interface SourceLine {
  file: string;
  line: number;
}

export interface LoginFacts {
  name: string;
  host?: string;
  canLogin: boolean;
  /**
   * Properties at login. undefined (MySQL) when a role granted but not default would give it and
   * whether every granted role is active at login (activate_all_roles_on_login) is not stated.
   */
  superuser: boolean | undefined;
  bypassRls?: boolean;
  readAllData: boolean | undefined;
  grantOption: boolean | undefined;
  /** MySQL: privileges held on *.* (from the account or its active roles); undefined when unknown, as above. */
  globalPrivileges?: string[];
  password?: string;
  validUntil?: string;
  /** Where the login is created, and where each property was set. */
  at: SourceLine;
  propertyAt: Partial<Record<'superuser' | 'bypassRls' | 'readAllData' | 'grantOption' | 'password' | 'validUntil', SourceLine>>;
  /** Per table key: readable columns (or every column, when the engine grants the whole table) with the paths. */
  reads: Map<string, TableRead>;
  /**
   * MySQL: roles granted to the login but not active at login (not default roles), and what they
   * would add — one SET ROLE away. Absent when every granted role is active.
   */
  activatable?: { roles: string[]; superuser: boolean; readAllData: boolean; grantOption: boolean; reads: Map<string, TableRead> };
  /** Why what the login was granted is not in the export (a MySQL account no GRANT names). */
  privilegesUnknown?: string;
}

export interface TableRead {
  /** Column → paths (direct, PUBLIC, role:NAME, superuser …). */
  columns: Map<string, Set<string>>;
  /**
   * Paths that reach every column: MySQL table/database/global grants (whose column list is not in
   * the export); PostgreSQL table-level privileges (then `columns` lists only the columns a column
   * grant adds a path to).
   */
  wholeTable?: Set<string>;
  /** The grant the read comes from, if one statement gives it. */
  at?: SourceLine;
}

export interface DefaultPrivilegeFacts {
  grantee: string;
  privileges: string[];
  forRole: string;
  schema?: string;
  at?: SourceLine;
}

export interface TableFacts {
  /** schema.table (PostgreSQL) or db.table (MySQL). */
  key: string;
  /** Columns, when the export lists them (a pg_dump does; MySQL grants do not). */
  columns?: string[];
  at?: SourceLine;
  publicPrivileges?: string[];
  publicColumns?: string[];
  publicAt?: SourceLine;
  defaultPrivileges?: DefaultPrivilegeFacts[];
  rowLevelSecurity?: { enabled: boolean; forced: boolean; policies: Array<{ name: string; command: 'ALL' | 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE'; permissive: boolean; roles: string[]; using?: string }>; at?: SourceLine };
  /**
   * A view (PostgreSQL): its owner, whether it runs with its reader's rights (`security_invoker`,
   * PG 15+), the relations it reads, and those of them with row-level security that its readers
   * read unfiltered because the view reads them as an owner the policies do not filter, and the
   * tables whose rows reach the view's readers unfiltered (those, and tables without row-level security).
   */
  view?: { owner: string; securityInvoker: boolean; reads: string[]; rowSecurityBypassed: string[]; unfilteredReads: string[] };
}

export interface DatabaseFacts {
  engine: DatabaseEngineName;
  logins: LoginFacts[];
  tables: TableFacts[];
  /** PI discovery: tables whose columns look like PI (src/discovery/), cited at their table's line. */
  discovered?: DiscoveredTableFacts[];
}
