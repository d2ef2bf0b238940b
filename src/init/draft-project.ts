// The text of a drafted project: `pipl-audit.yaml` with a source for every export detected, and a
// draft manifest with what the exports already name — a store per table PI discovery found PI
// in (fields with their categories), a role per identity-provider role and Casbin subject no
// mapping ties yet — and a commented `# TODO key: …` for every fact no export states. The text is
// YAML written by hand so that it carries the comments; it is parsed and validated against the
// project and manifest schemas before it is returned (tests/init.test.ts).
import type { CoverageNote, ImportResult } from '../importers/importer.js';
import type { DiscoveredTable } from '../inventory/manifest-schema.js';
import { countTodoMarkers } from '../inventory/todo-markers.js';
import { scalar, YamlLines } from './yaml-text.js';
import type { DetectedSource } from './detect-exports.js';

export const PROJECT_FILE = 'pipl-audit.yaml';
export const DRAFT_MANIFEST_FILE = 'manifest.yaml';

export interface ImportedSource {
  source: DetectedSource;
  result: ImportResult;
}

export interface DraftProject {
  projectText: string;
  manifestText: string;
  /** TODO markers written, both files: the facts still to state. */
  todos: number;
  stores: number;
  roles: number;
}

interface RoleDraft {
  id: string;
  name: string;
  from: string;
}

const BACKUP_NAME = /(^|[_.-])(bak|backup|copy|archive|history|old|his)([_.-]|$)|[_-](19|20)\d{2}([_-]|$)/i;

/** What manifests already in the folder declare: used as they are, not declared a second time. */
export interface AlreadyDeclared {
  system: boolean;
  stores: ReadonlySet<string>;
  roles: ReadonlySet<string>;
}

const NOTHING_DECLARED: AlreadyDeclared = { system: false, stores: new Set(), roles: new Set() };

export function draftProject(systemId: string, manifests: readonly string[], imported: readonly ImportedSource[], declared: AlreadyDeclared = NOTHING_DECLARED): DraftProject {
  const storeIds = new Map<string, string>();
  const usedIds = new Set<string>();
  const uniqueId = (wanted: string) => {
    let id = wanted.replace(/[^A-Za-z0-9\u4e00-\u9fff._:/@+%-]/g, '-').replace(/^[^A-Za-z0-9\u4e00-\u9fff]+/, '') || 'item';
    for (let n = 2; usedIds.has(id); n++) id = `${wanted}-${n}`;
    usedIds.add(id);
    return id;
  };
  const tables: Array<{ table: DiscoveredTable; storeId: string }> = [];
  for (const { result } of imported) {
    for (const table of result.manifest.discoveredTables ?? []) {
      const short = table.name.split('.').pop() ?? table.name;
      // A store a manifest already declares under the table's name is the table's store.
      const storeId = declared.stores.has(short) ? short : uniqueId(short);
      storeIds.set(`${table.engine}\0${table.name}`, storeId);
      if (!declared.stores.has(storeId)) tables.push({ table, storeId });
    }
  }
  const roleIds = new Set<string>();
  const rolesBySource = new Map<DetectedSource, Map<string, string>>();
  const roles: RoleDraft[] = [];
  for (const { source, result } of imported) {
    const kind = source.importer.format === 'casbin' ? 'subject' : 'role';
    const mapped = new Map<string, string>();
    rolesBySource.set(source, mapped);
    // Only a source whose mapping ties its roles to manifest roles gets roles drafted: RuoYi,
    // JeecgBoot and cloud policies bring their roles into the inventory themselves.
    if (roleMappingKey(source) === undefined) continue;
    for (const note of result.coverage ?? []) {
      if (note.kind !== kind || /built-in/.test(note.note)) continue;
      const name = note.name.includes(': ') ? note.name.slice(note.name.indexOf(': ') + 2) : note.name;
      if (mapped.has(name)) continue;
      const id = name.replace(/[^A-Za-z0-9\u4e00-\u9fff._:@+%-]/g, '-').replace(/^[^A-Za-z0-9\u4e00-\u9fff]+/, '') || 'role';
      if (!roleIds.has(id) && !declared.roles.has(id)) {
        roleIds.add(id);
        roles.push({ id, name, from: `${source.importer.format} ${source.paths[0] ?? ''}` });
      }
      mapped.set(name, id);
    }
  }

  const manifest = draftManifest(systemId, tables, roles, imported, declared.system);
  const project = new YamlLines();
  project
    .add('# Drafted by `pipl-audit init`: every export found here, tied to the draft manifest. Fill in each')
    .add('# TODO (a key to state), then run `pipl-audit audit .`; facts left unstated are NOT_EVALUATED.')
    .add('# 由 pipl-audit init 生成：请补全每个 TODO 后运行 pipl-audit audit .')
    .add('version: 1')
    .add(`manifests: [${[DRAFT_MANIFEST_FILE, ...manifests].map(scalar).join(', ')}]`)
    .add('sources:');
  for (const { source, result } of imported) {
    project.add(`  - type: ${scalar(source.importer.format)}`);
    const paths = sourcePaths(source);
    project.add(paths.length === 1 ? `    path: ${scalar(paths[0] as string)}` : `    path: [${paths.map(scalar).join(', ')}]`);
    const mappingLines = sourceMapping(source, result, storeIds, rolesBySource.get(source) ?? new Map());
    if (mappingLines.some((l) => !l.trimStart().startsWith('#'))) project.add('    mapping:');
    for (const line of mappingLines) project.add(line);
  }
  if (imported.length === 0) project.todo('  ', 'sources: no export was recognised here; add entries as `- { type: keycloak, path: realm-export.json }` (see docs/init.md)');
  const projectText = project.text();
  const manifestText = manifest.text();
  return { projectText, manifestText, todos: countTodoMarkers(projectText) + countTodoMarkers(manifestText), stores: tables.length, roles: roles.length };
}

/** A source's `path`: its one file, the folder holding all its files, or the list of files. */
function sourcePaths(source: DetectedSource): string[] {
  if (source.paths.length === 1) return source.paths;
  if (source.importer.format === 'typescript' || source.importer.format === 'casbin') {
    const folders = source.paths.map((p) => p.split('/').slice(0, -1));
    const first = folders[0] ?? [];
    let n = 0;
    while (n < first.length && folders.every((f) => f[n] === first[n])) n++;
    return [first.slice(0, n).join('/') || '.'];
  }
  return source.paths;
}

function sourceMapping(source: DetectedSource, result: ImportResult, storeIds: Map<string, string>, roles: Map<string, string>): string[] {
  const lines: string[] = [];
  const format = source.importer.format;
  const discovered = result.manifest.discoveredTables ?? [];
  if (discovered.length > 0) {
    lines.push('      tables:');
    for (const table of discovered) {
      lines.push(`        ${scalar(table.name)}: { store: ${scalar(storeIds.get(`${table.engine}\0${table.name}`) ?? table.name)} }`);
    }
  }
  const logins = result.manifest.databaseLogins ?? [];
  if (logins.length > 0) {
    const text = logins.map((l) => `${l.name}${l.host !== undefined ? `@${l.host}` : ''}`).join(', ');
    lines.push(`      # TODO logins: who uses each database login — ${text} — as { usedBy: application | person, account: … }`);
  }
  const roleKey = roleMappingKey(source);
  if (roles.size > 0 && roleKey !== undefined) {
    lines.push(`      ${roleKey}:`);
    for (const [name, id] of roles) lines.push(`        ${scalar(name)}: ${scalar(id)}`);
  }
  if (format === 'casbin') {
    lines.push('      # TODO interfaces: which Casbin object and action is each manifest interface, as { INTERFACE: { object: /api/…, action: GET } }');
  }
  if (mappingKeys(source).includes('perms')) {
    const screens = (result.coverage ?? []).filter((n) => n.kind === 'perm' && !/^\d+ other permission/.test(n.name)).map((n) => n.name);
    lines.push(`      # TODO perms: which permission string is which manifest interface, as { "module:screen:list": INTERFACE }${screens.length > 0 ? ` — named like PI screens: ${screens.slice(0, 10).join(', ')}${screens.length > 10 ? ` and ${screens.length - 10} more` : ''}` : ''}`);
  }
  if (format === 'typescript') {
    lines.push('      # TODO routes: which route is which manifest interface, as { "GET /path": INTERFACE }');
  }
  const other = (result.coverage ?? []).filter((n) => !['role', 'subject', 'table', 'column', 'login', 'statement', 'file'].includes(n.kind));
  if (other.length > 0) lines.push(`      # also not mapped yet: ${summariseNotes(other)}`);
  return lines;
}

/** The mapping key that ties a reader's roles (Casbin: subjects) to manifest roles, if its mapping has one. */
function roleMappingKey(source: DetectedSource): 'roles' | 'subjects' | undefined {
  const key = source.importer.format === 'casbin' ? 'subjects' : 'roles';
  return mappingKeys(source).includes(key) ? key : undefined;
}

/** The keys a source's `mapping` accepts (its importer's mapping schema). */
function mappingKeys(source: DetectedSource): string[] {
  const schema = source.importer.mappingSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {});
}

function summariseNotes(notes: readonly CoverageNote[]): string {
  const byKind = new Map<string, number>();
  for (const n of notes) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
  return [...byKind].map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`).join(', ');
}

function draftManifest(systemId: string, tables: ReadonlyArray<{ table: DiscoveredTable; storeId: string }>, roles: readonly RoleDraft[], imported: readonly ImportedSource[], systemDeclared: boolean): YamlLines {
  const m = new YamlLines();
  m.add('# Draft manifest written by `pipl-audit init` from the exports: what they name is here; every')
    .add('# fact they do not state is a `# TODO key: …` to fill in (uncomment the key and give its value).')
    .add('# 草稿清单：导出中已有的内容已填入；导出无法说明的事实以 TODO 标出，请补全。')
    .add('apiVersion: pipl-audit/v1');
  if (systemDeclared) m.add('# system: declared in the manifests already in the folder');
  else {
    m.add('system:')
      .add(`  id: ${scalar(systemId)}`)
      .add(`  name: ${scalar(systemId)}`)
      .todo('  ', 'name: the system’s name as the organisation calls it ({ zh: …, en: … })')
      .todo('  ', 'sector: express | medical | finance | venue | retail | education | government | other')
      .todo('  ', 'individuals: how many people’s PI the system holds')
      .todo('  ', 'piOfficer: { appointed: true | false }');
  }
  // An empty list would state that there is none: an empty section is left out instead.
  const discovered = imported.some(({ result }) => (result.manifest.discoveredTables?.length ?? 0) > 0);
  if (tables.length > 0) m.add('stores:');
  else if (discovered) m.add('# stores: every table with PI maps to a store the manifests already in the folder declare');
  else m.todo('', 'stores: no database table with PI was found in the exports; declare the stores the system keeps (id, kind, fields with categories)');
  for (const { table, storeId } of tables) {
    const backup = BACKUP_NAME.test(table.name);
    m.add(`  - id: ${scalar(storeId)}`)
      .add(`    name: ${scalar(table.name)}`)
      .add(`    kind: ${backup ? 'backup' : 'table'}`);
    if (backup) m.todo('    ', 'copyOf: the store this table is a copy of (its name looks like a backup)');
    m.add('    fields:');
    for (const column of table.columns) {
      const [category, ...others] = column.categories;
      m.add(`      - { name: ${scalar(column.name)}, category: ${scalar(category as string)} }   # ${evidenceNote(column, others)}`);
    }
    m.todo('    ', 'records: how many records the table holds')
      .todo('    ', 'encryption: { atRest: true | false, inTransit: true | false }')
      .todo('    ', 'retention: { period: P3Y, trigger: collection | last-activity | delivery | …, action: delete } — or none')
      .todo('    ', 'deletionOnRequest: { by: operator | vendor | headquarters | nobody, withinDays: 15 }');
  }
  if (roles.length > 0) m.add('roles:');
  else m.todo('', 'roles: no role the manifests do not already declare was found in the exports; declare the roles people hold, with their grants');
  for (const role of roles) {
    m.add(`  - id: ${scalar(role.id)}`)
      .add(`    name: ${scalar(role.name)}   # from ${role.from.replace(/#/g, '')}`)
      .todo('    ', 'grants: [{ interface: …, actions: [read], scope: own | assigned | unit | organization | any }]');
  }
  m.todo('', 'interfaces: the screens, APIs, exports and device functions data comes out of (kind, store, lookupKeys, returns, masked, rowLimit, rateLimit, logged)');
  const accounts = imported.reduce((n, { result }) => n + (result.manifest.accounts?.length ?? 0), 0);
  if (accounts > 0) {
    m.add(`# The exports list ${accounts} account${accounts === 1 ? '' : 's'}; they are read from there, not repeated here.`);
    m.todo('', 'overlays: which imported accounts are shared, service or third-party, and who left (overlays.accounts: [{ match: { id: … }, set: { type: shared, holders: 8 } }])');
  } else {
    m.todo('', 'accounts: the accounts people and applications log in with (no export lists them)');
  }
  return m;
}

function evidenceNote(column: DiscoveredTable['columns'][number], others: readonly string[]): string {
  const parts: string[] = [];
  if (column.byName !== undefined) parts.push(`name "${column.byName}"`);
  if (column.byComment !== undefined) parts.push(`comment "${column.byComment}"`);
  for (const c of column.byContent ?? []) parts.push(`${c.hits}/${c.sampled} sampled values pass ${c.validator}`);
  if (others.length > 0) parts.push(`also looks like ${others.join(', ')}`);
  return parts.join('; ').replace(/#/g, '');
}
