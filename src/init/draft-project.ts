// The text of a drafted project: `pipl-audit.yaml` with a source for every export detected, and a
// draft manifest with what the exports already name — a store per table PI discovery found PI
// in (fields with their categories), a role per identity-provider role and Casbin subject no
// mapping ties yet — and a commented `# TODO key: …` for every fact no export states. The text is
// YAML written by hand so that it carries the comments; it is parsed and validated against the
// project and manifest schemas before it is returned (tests/init.test.ts).
import type { CoverageNote, ImportResult } from '../importers/importer.js';
import type { DiscoveredTable } from '../inventory/manifest-schema.js';
import type { Lang } from '../i18n/bilingual.js';
import { DRAFT_TEXT } from '../i18n/init-draft-text.js';
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

export function draftProject(systemId: string, manifests: readonly string[], imported: readonly ImportedSource[], declared: AlreadyDeclared = NOTHING_DECLARED, lang: Lang = 'en'): DraftProject {
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
        // Cite the file the note points at (a Casbin subject is in the policy, not the model).
        const file = source.paths.find((p) => note.file === p || note.file.endsWith(`/${p}`)) ?? source.paths[0] ?? '';
        roles.push({ id, name, from: `${source.importer.format} ${file}` });
      }
      mapped.set(name, id);
    }
  }

  const manifest = draftManifest(systemId, tables, roles, imported, declared.system, lang);
  const project = new YamlLines();
  for (const line of DRAFT_TEXT.projectHeader[lang]) project.add(line);
  project
    .add('version: 1')
    .add(`manifests: [${[DRAFT_MANIFEST_FILE, ...manifests].map(scalar).join(', ')}]`)
    .add('sources:');
  for (const { source, result } of imported) {
    project.add(`  - type: ${scalar(source.importer.format)}`);
    const paths = sourcePaths(source);
    project.add(paths.length === 1 ? `    path: ${scalar(paths[0] as string)}` : `    path: [${paths.map(scalar).join(', ')}]`);
    const mappingLines = sourceMapping(source, result, storeIds, rolesBySource.get(source) ?? new Map(), lang);
    if (mappingLines.some((l) => !l.trimStart().startsWith('#'))) project.add('    mapping:');
    for (const line of mappingLines) project.add(line);
  }
  if (imported.length === 0) project.todo('  ', DRAFT_TEXT.noSources[lang]);
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

function sourceMapping(source: DetectedSource, result: ImportResult, storeIds: Map<string, string>, roles: Map<string, string>, lang: Lang): string[] {
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
    lines.push(`      # TODO ${DRAFT_TEXT.logins(text)[lang]}`);
  }
  const roleKey = roleMappingKey(source);
  if (roles.size > 0 && roleKey !== undefined) {
    lines.push(`      ${roleKey}:`);
    for (const [name, id] of roles) lines.push(`        ${scalar(name)}: ${scalar(id)}`);
  }
  if (format === 'casbin') {
    lines.push(`      # TODO ${DRAFT_TEXT.casbinInterfaces[lang]}`);
  }
  if (mappingKeys(source).includes('perms')) {
    const screens = (result.coverage ?? []).filter((n) => n.kind === 'perm' && !/^\d+ other permission/.test(n.name)).map((n) => n.name);
    lines.push(`      # TODO ${DRAFT_TEXT.perms(screens)[lang]}`);
  }
  if (format === 'typescript') {
    lines.push(`      # TODO ${DRAFT_TEXT.routes[lang]}`);
  }
  // Members of unmapped Casbin roles (kind `users`) are imported once the subjects drafted above
  // are mapped, so they are not "still unmapped" when subjects were drafted.
  const skipped = ['role', 'subject', 'table', 'column', 'login', 'statement', 'file', ...(roles.size > 0 && roleKey !== undefined ? ['users'] : [])];
  const other = (result.coverage ?? []).filter((n) => !skipped.includes(n.kind));
  if (other.length > 0) lines.push(`      # ${DRAFT_TEXT.alsoNotMapped(countByKind(other))[lang]}`);
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

function countByKind(notes: readonly CoverageNote[]): Array<[string, number]> {
  const byKind = new Map<string, number>();
  // A note that groups several items names how many first ("5 user(s): ham, jack, …").
  for (const n of notes) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + (Number(/^(\d+) /.exec(n.name)?.[1] ?? 1)));
  return [...byKind];
}

function draftManifest(systemId: string, tables: ReadonlyArray<{ table: DiscoveredTable; storeId: string }>, roles: readonly RoleDraft[], imported: readonly ImportedSource[], systemDeclared: boolean, lang: Lang): YamlLines {
  const m = new YamlLines();
  const t = (text: { en: string; zh: string }) => text[lang];
  for (const line of DRAFT_TEXT.manifestHeader[lang]) m.add(line);
  m.add('apiVersion: pipl-audit/v1');
  if (systemDeclared) m.add(`# ${t(DRAFT_TEXT.systemDeclared)}`);
  else {
    m.add('system:')
      .add(`  id: ${scalar(systemId)}`)
      .add(`  name: ${scalar(systemId)}`)
      .todo('  ', t(DRAFT_TEXT.systemName))
      .todo('  ', t(DRAFT_TEXT.sector))
      .todo('  ', t(DRAFT_TEXT.individuals))
      .todo('  ', t(DRAFT_TEXT.piOfficer));
  }
  // An empty list would state that there is none: an empty section is left out instead.
  const discovered = imported.some(({ result }) => (result.manifest.discoveredTables?.length ?? 0) > 0);
  if (tables.length > 0) m.add('stores:');
  else if (discovered) m.add(`# ${t(DRAFT_TEXT.storesDeclared)}`);
  else m.todo('', t(DRAFT_TEXT.noStores));
  for (const { table, storeId } of tables) {
    const backup = BACKUP_NAME.test(table.name);
    m.add(`  - id: ${scalar(storeId)}`)
      .add(`    name: ${scalar(table.name)}`)
      .add(`    kind: ${backup ? 'backup' : 'table'}`);
    if (backup) m.todo('    ', t(DRAFT_TEXT.copyOf));
    m.add('    fields:');
    for (const column of table.columns) {
      const [category, ...others] = column.categories;
      m.add(`      - { name: ${scalar(column.name)}, category: ${scalar(category as string)} }   # ${t(DRAFT_TEXT.columnEvidence(column, others)).replace(/#/g, '')}`);
    }
    m.todo('    ', t(DRAFT_TEXT.records))
      .todo('    ', t(DRAFT_TEXT.encryption))
      .todo('    ', t(DRAFT_TEXT.retention))
      .todo('    ', t(DRAFT_TEXT.deletionOnRequest));
  }
  if (roles.length > 0) m.add('roles:');
  else m.todo('', t(DRAFT_TEXT.noRoles));
  for (const role of roles) {
    m.add(`  - id: ${scalar(role.id)}`)
      .add(`    name: ${scalar(role.name)}   # ${t(DRAFT_TEXT.roleFrom(role.from.replace(/#/g, '')))}`)
      .todo('    ', t(DRAFT_TEXT.grants));
  }
  m.todo('', t(DRAFT_TEXT.interfaces));
  const accounts = imported.reduce((n, { result }) => n + (result.manifest.accounts?.length ?? 0), 0);
  if (accounts > 0) {
    m.add(`# ${t(DRAFT_TEXT.accountsImported(accounts))}`);
    m.todo('', t(DRAFT_TEXT.overlays));
  } else {
    m.todo('', t(DRAFT_TEXT.noAccounts));
  }
  return m;
}
