// Ties an engine's database facts to the manifest through the project-file mapping: mapped
// tables become `databaseTables` (with their columns as the store's fields), every login becomes
// a `databaseLogins` entry with the PI it can read per mapped store. Tables and logins the mapping
// does not name are listed as coverage notes with their line, never silently dropped.
import { escapeSegment } from '../../sources/json-pointer.js';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import type { DatabaseLogin, DatabaseRead, DatabaseTable, DiscoveredTable, Store } from '../../inventory/manifest-schema.js';
import { loginDisplayName } from '../../inventory/login-display-name.js';
import type { SourceRef } from '../../inventory/provenance.js';
import { closestName } from '../../schema/closest-name.js';
import { PointerTable } from '../../sources/locator.js';
import type { CoverageNote, ImportContext, ImportResult } from '../importer.js';
import type { DatabaseFacts, LoginFacts, SourceLine, TableFacts, TableRead } from './database-facts.js';
import type { DatabaseMapping, LoginMappingEntry } from './database-mapping.js';

const ID_UNSAFE = /[^A-Za-z0-9\u4e00-\u9fff._:/@+%-]/g;

/**
 * An id the manifest accepts, made from a database name: `mysql:app@%` (the host kept as written;
 * characters an id cannot hold become '_'), `mysql:prod/app@%` when the source names its server.
 */
export function databaseId(engine: string, name: string, server?: string): string {
  return `${engine}:${server === undefined ? '' : `${server.replace(ID_UNSAFE, '_')}/`}${name.replace(ID_UNSAFE, '_')}`;
}


interface MappedTable {
  facts: TableFacts | undefined;
  store: Store;
  /** column → field (null: not PI). */
  fieldOf: (column: string) => string | null | undefined;
  /** Every field the table supplies (for reads of the whole table). */
  allFields: string[];
}

export function buildDatabaseInventory(facts: DatabaseFacts, context: ImportContext, warnings: Diagnostic[], server?: string): ImportResult {
  const mapping = context.mapping as DatabaseMapping;
  const places = new Map<object, SourceRef>();
  const tablesOf = new Map<string, PointerTable>();
  const coverage: CoverageNote[] = [];
  const locate = (object: object, pointer: string, at: SourceLine | undefined, fallback: SourceLine | undefined) => {
    const where = at ?? fallback;
    if (!where) return;
    let table = tablesOf.get(where.file);
    if (!table) tablesOf.set(where.file, (table = new PointerTable(where.file)));
    table.record(pointer, { line: where.line, column: 1 });
    places.set(object, { file: where.file, pointer });
  };
  const record = (pointer: string, at: SourceLine | undefined) => {
    if (!at) return;
    let table = tablesOf.get(at.file);
    if (!table) tablesOf.set(at.file, (table = new PointerTable(at.file)));
    table.record(pointer, { line: at.line, column: 1 });
  };

  const mapped = mapTables(facts, mapping, context, coverage);
  const tables: DatabaseTable[] = [];
  for (const [key, m] of mapped) {
    const f = m.facts;
    if (!f) continue;
    const publicReadFields = unique((f.publicColumns ?? []).map((c) => m.fieldOf(c)).filter((x): x is string => typeof x === 'string'));
    const table: DatabaseTable = {
      id: databaseId(facts.engine, key, server),
      engine: facts.engine,
      name: key,
      store: m.store.id,
      ...(f.publicPrivileges ? { publicPrivileges: f.publicPrivileges } : {}),
      ...(f.publicColumns ? { publicReadFields } : {}),
      ...(f.defaultPrivileges ? { defaultPrivileges: f.defaultPrivileges.map(({ at: _at, ...d }) => d) } : {}),
      ...(f.rowLevelSecurity ? { rowLevelSecurity: { enabled: f.rowLevelSecurity.enabled, forced: f.rowLevelSecurity.forced, policies: f.rowLevelSecurity.policies } } : {}),
      ...(f.view ? { view: f.view } : {}),
    };
    const pointer = `/databaseTables/${tables.length}`;
    locate(table, pointer, f.at, undefined);
    record(`${pointer}/publicPrivileges`, f.publicAt);
    record(`${pointer}/publicReadFields`, f.publicAt);
    record(`${pointer}/rowLevelSecurity`, f.rowLevelSecurity?.at);
    f.defaultPrivileges?.forEach((d, i) => record(`${pointer}/defaultPrivileges/${i}`, d.at));
    if (f.defaultPrivileges?.[0]?.at) record(`${pointer}/defaultPrivileges`, f.defaultPrivileges[0].at);
    tables.push(table);
  }

  // PI discovery: each table with columns that look like PI, with what the mapping ties each
  // column to (a field, null for "no PI", or nothing), cited at the table's CREATE TABLE line.
  const discoveredTables: DiscoveredTable[] = [];
  const tableAt = new Map(facts.tables.map((t) => [t.key, t.at]));
  for (const d of facts.discovered ?? []) {
    const m = mapped.get(d.key);
    const entry: DiscoveredTable = {
      id: databaseId(facts.engine, d.key, server),
      engine: facts.engine,
      name: d.key,
      ...(m ? { store: m.store.id } : {}),
      rowsSampled: d.rowsSampled,
      columns: d.columns.map((c) => {
        const field = m?.fieldOf(c.name);
        return {
          name: c.name,
          categories: c.categories,
          ...(field !== undefined ? { mappedTo: field } : {}),
          ...(c.byName !== undefined ? { byName: c.byName } : {}),
          ...(c.byComment !== undefined ? { byComment: c.byComment } : {}),
          ...(c.byContent ? { byContent: c.byContent.map(({ category: _category, ...e }) => e) } : {}),
        };
      }),
    };
    locate(entry, `/discoveredTables/${discoveredTables.length}`, tableAt.get(d.key), undefined);
    discoveredTables.push(entry);
  }

  const logins: DatabaseLogin[] = [];
  const usedMappings = new Set<string>();
  for (const login of facts.logins) {
    const [mappingKey, entry] = loginMapping(login, mapping) ?? [];
    if (mappingKey) usedMappings.add(mappingKey);
    if (!login.canLogin && !entry) continue;
    const { reads, readAt } = storeReads(login.reads, mapped);
    const latent = login.activatable ? storeReads(login.activatable.reads, mapped) : undefined;
    const entity: DatabaseLogin = {
      id: databaseId(facts.engine, login.host === undefined ? login.name : `${login.name}@${login.host}`, server),
      engine: facts.engine,
      name: login.name,
      ...(login.host !== undefined ? { host: login.host } : {}),
      canLogin: login.canLogin,
      ...(login.superuser !== undefined ? { superuser: login.superuser } : {}),
      ...(login.bypassRls !== undefined ? { bypassRls: login.bypassRls } : {}),
      ...(login.readAllData !== undefined ? { readAllData: login.readAllData } : {}),
      ...(login.grantOption !== undefined ? { grantOption: login.grantOption } : {}),
      ...(login.globalPrivileges !== undefined ? { globalPrivileges: login.globalPrivileges } : {}),
      ...(login.activatable && latent
        ? { activatable: { roles: login.activatable.roles, superuser: login.activatable.superuser, readAllData: login.activatable.readAllData, grantOption: login.activatable.grantOption, reads: latent.reads } }
        : {}),
      ...(login.password ? { password: login.password as DatabaseLogin['password'] } : {}),
      ...(login.validUntil ? { validUntil: login.validUntil } : {}),
      ...(entry?.usedBy ? { usedBy: entry.usedBy } : {}),
      ...(entry?.account ? { account: entry.account } : {}),
      ...(entry?.role ? { role: entry.role } : {}),
      reads,
      ...(login.privilegesUnknown !== undefined ? { privilegesUnknown: login.privilegesUnknown } : {}),
    };
    const pointer = `/databaseLogins/${logins.length}`;
    locate(entity, pointer, login.at, undefined);
    for (const [property, at] of Object.entries(login.propertyAt)) record(`${pointer}/${property}`, at);
    reads.forEach((read, j) => locate(read, `${pointer}/reads/${j}`, readAt[j], login.at));
    latent?.reads.forEach((read, j) => locate(read, `${pointer}/activatable/reads/${j}`, latent.readAt[j], login.at));
    if (!entry && login.canLogin) {
      coverage.push({ file: login.at.file, line: login.at.line, kind: 'login', name: loginDisplayName(login.name, login.host), note: 'not mapped to a manifest account or role: its reads cannot be compared with a role (add it under mapping.logins)', noteZh: '未映射到清单中的账号或角色：无法将其读取权限与角色比较（请在 mapping.logins 中添加）' });
    }
    logins.push(entity);
  }
  checkLoginMappings(mapping, usedMappings, facts.logins, context);
  return {
    manifest: { apiVersion: 'pipl-audit/v1', databaseLogins: logins, databaseTables: tables, ...(facts.discovered ? { discoveredTables } : {}) },
    places,
    locators: [...tablesOf.values()],
    warnings,
    coverage,
  };
}

/** A login's reads of mapped tables, one entry per store (fields in the store's order), with where each comes from. */
function storeReads(tableReads: Map<string, TableRead>, mapped: Map<string, MappedTable>): { reads: DatabaseRead[]; readAt: Array<SourceLine | undefined> } {
  const reads: DatabaseRead[] = [];
  const readAt: Array<SourceLine | undefined> = [];
  for (const [tableKey, read] of [...tableReads].sort(([a], [b]) => a.localeCompare(b))) {
    const m = mapped.get(tableKey);
    if (!m) continue;
    const fieldVia = new Map<string, Set<string>>();
    const add = (field: string | null | undefined, via: Iterable<string>) => {
      if (typeof field !== 'string') return;
      let set = fieldVia.get(field);
      if (!set) fieldVia.set(field, (set = new Set()));
      for (const v of via) set.add(v);
    };
    for (const [column, via] of read.columns) add(m.fieldOf(column), via);
    if (read.wholeTable) for (const field of m.allFields) add(field, read.wholeTable);
    if (fieldVia.size === 0) continue;
    // One entry per store; fields in the store's order.
    const order = m.store.fields.map((f) => f.name);
    const fields = order.filter((f) => fieldVia.has(f));
    const via = unique(fields.flatMap((f) => [...(fieldVia.get(f) ?? [])])).sort();
    const existing = reads.find((r) => r.store === m.store.id);
    if (existing) {
      existing.fields = order.filter((f) => existing.fields.includes(f) || fieldVia.has(f));
      existing.via = unique([...existing.via, ...via]).sort();
    } else {
      reads.push({ store: m.store.id, fields, via });
      readAt.push(read.at);
    }
  }
  return { reads, readAt };
}

function mapTables(facts: DatabaseFacts, mapping: DatabaseMapping, context: ImportContext, coverage: CoverageNote[]): Map<string, MappedTable> {
  const stores = new Map(context.declared.stores.map((s) => [s.id, s]));
  const byKey = new Map(facts.tables.map((t) => [t.key, t]));
  const problems: Diagnostic[] = [];
  const out = new Map<string, MappedTable>();
  const mappingFile = context.mappingPlace?.file ?? 'project file';
  for (const [key, entry] of Object.entries(mapping.tables ?? {})) {
    const pointer = `${context.mappingPlace?.pointer ?? ''}/tables/${escapeSegment(key)}`;
    const store = stores.get(entry.store);
    if (!store) {
      const guess = closestName(entry.store, [...stores.keys()]);
      problems.push({ severity: 'error', file: mappingFile, pointer: `${pointer}/store`, message: `table "${key}" is mapped to store "${entry.store}", which no manifest declares${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: stores.size > 0 ? `one of: ${[...stores.keys()].join(', ')}` : 'a manifest declaring the store' });
      continue;
    }
    const fieldNames = new Set(store.fields.map((f) => f.name));
    const columns = entry.columns ?? {};
    const tableFacts = byKey.get(key);
    // A pg_dump lists every table and its columns: a mapping naming one it does not have is a
    // mistake in the project file. (MySQL grants list no tables, so there is nothing to check.)
    if (!tableFacts && tablesListed(facts)) {
      const guess = closestName(key, [...byKey.keys()]);
      problems.push({ severity: 'error', file: mappingFile, pointer, message: `table "${key}" is mapped, but the export has no such table${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: byKey.size > 0 ? `a table of the export (schema.table), e.g. ${[...byKey.keys()].slice(0, 5).join(', ')}` : 'a table the export defines' });
      continue;
    }
    for (const [column, field] of Object.entries(columns)) {
      const columnPointer = `${pointer}/columns/${escapeSegment(column)}`;
      if (tableFacts?.columns && !tableFacts.columns.includes(column)) {
        const guess = closestName(column, tableFacts.columns);
        problems.push({ severity: 'error', file: mappingFile, pointer: columnPointer, message: `column "${column}" is mapped, but table "${key}" has no such column${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: `one of: ${tableFacts.columns.join(', ')}` });
        continue;
      }
      if (field !== null && !fieldNames.has(field)) {
        const guess = closestName(field, [...fieldNames]);
        problems.push({ severity: 'error', file: mappingFile, pointer: columnPointer, message: `column "${column}" is mapped to field "${field}", which store "${store.id}" does not have${guess ? ` (did you mean "${guess}"?)` : ''}`, expected: `one of: ${[...fieldNames].join(', ')}` });
      }
    }
    const fieldOf = (column: string): string | null | undefined => (column in columns ? columns[column] : fieldNames.has(column) ? column : undefined);
    // A whole-table read reaches every column. When the export lists the table's columns, those
    // are its fields; when it does not (MySQL grants), every field of the store is — whatever the
    // mapping's `columns` happen to list — except fields the mapping places in another table of
    // the same store.
    const elsewhere = new Set(
      Object.entries(mapping.tables ?? {})
        .filter(([other, e]) => other !== key && e.store === entry.store)
        .flatMap(([, e]) => Object.values(e.columns ?? {}))
        .filter((f): f is string => typeof f === 'string' && !Object.values(columns).includes(f)),
    );
    const allFields = tableFacts?.columns
      ? unique(tableFacts.columns.map(fieldOf).filter((f): f is string => typeof f === 'string'))
      : [...fieldNames].filter((f) => !elsewhere.has(f));
    out.set(key, { facts: tableFacts, store, fieldOf, allFields });
    for (const column of tableFacts?.columns ?? []) {
      if (fieldOf(column) === undefined) coverage.push({ file: tableFacts?.at?.file ?? mappingFile, ...(tableFacts?.at ? { line: tableFacts.at.line } : {}), kind: 'column', name: `${key}.${column}`, note: `not mapped to a field of store "${store.id}" (map it under mapping.tables["${key}"].columns, or to null if it holds no PI)`, noteZh: `未映射到存储 "${store.id}" 的字段（请在 mapping.tables["${key}"].columns 中映射；不含个人信息的映射为 null）` });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  for (const table of facts.tables) {
    if (out.has(table.key) || !table.at) continue;
    coverage.push({ file: table.at.file, line: table.at.line, kind: 'table', name: table.key, note: 'not mapped to a manifest store (add it under mapping.tables if it holds PI)', noteZh: '未映射到清单中的存储（如含个人信息，请在 mapping.tables 中添加）' });
  }
  return out;
}

function loginMapping(login: LoginFacts, mapping: DatabaseMapping): [string, LoginMappingEntry] | undefined {
  const logins = mapping.logins ?? {};
  const keys = login.host === undefined ? [login.name] : [`${login.name}@${login.host}`, `'${login.name}'@'${login.host}'`, login.name];
  for (const key of keys) {
    const entry = logins[key];
    if (entry) return [key, entry];
  }
  return undefined;
}

/** A pg_dump lists every table it holds; MySQL grants name no table definitions. */
function tablesListed(facts: DatabaseFacts): boolean {
  return facts.engine === 'postgresql' || facts.tables.length > 0;
}

function checkLoginMappings(mapping: DatabaseMapping, used: Set<string>, logins: readonly LoginFacts[], context: ImportContext): void {
  const accounts = new Set(context.declared.accounts.map((a) => a.id));
  const roles = new Set(context.declared.roles.map((r) => r.id));
  const file = context.mappingPlace?.file ?? 'project file';
  const problems: Diagnostic[] = [];
  for (const [key, entry] of Object.entries(mapping.logins ?? {})) {
    const pointer = `${context.mappingPlace?.pointer ?? ''}/logins/${escapeSegment(key)}`;
    const guess = (name: string, among: Set<string>) => {
      const near = closestName(name, [...among]);
      return near ? ` (did you mean "${near}"?)` : '';
    };
    if (entry.account !== undefined && !accounts.has(entry.account)) problems.push({ severity: 'error', file, pointer: `${pointer}/account`, message: `login "${key}" is mapped to account "${entry.account}", which no manifest declares${guess(entry.account, accounts)}`, expected: 'an account id of the manifest' });
    if (entry.role !== undefined && !roles.has(entry.role)) problems.push({ severity: 'error', file, pointer: `${pointer}/role`, message: `login "${key}" is mapped to role "${entry.role}", which no manifest declares${guess(entry.role, roles)}`, expected: 'a role id of the manifest' });
    if (!used.has(key)) {
      const names = new Set(logins.map((l) => (l.host === undefined ? l.name : `${l.name}@${l.host}`)));
      problems.push({ severity: 'error', file, pointer, message: `login "${key}" is mapped, but the export has no such login${guess(key, names)}`, expected: names.size > 0 ? `a login of the export: ${[...names].sort().slice(0, 10).join(', ')}` : 'a login the export defines' });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
