// Merges the partial inventories of several sources into one, then checks what no single file's
// schema can: ids unique across files, references that resolve, categories in the taxonomy.
import type { ImportResult } from '../importers/importer.js';
import type { Locator } from '../sources/locator.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { compareDiagnostics, InputError, type Diagnostic } from './diagnostic.js';
import { emptyInventory, type InputFile, type Inventory } from './inventory.js';
import { ENTITY_SECTIONS, SINGLE_SECTIONS, type Account, type Grant, type Role } from './manifest-schema.js';
import { checkReferences, type Problem } from './check-references.js';
import type { ElementList, SourceRef } from './provenance.js';
import { appendAll } from '../collections/append-all.js';
import { applyOverlays, type OverlaySource } from './apply-overlays.js';
import { applyAccountFacts, withdrawFactsOnReplacedType } from './apply-account-facts.js';

export interface LoadedSource {
  /** The files the source was read from; entities without an explicit place sit in the first. */
  files: InputFile[];
  format: string;
  result: ImportResult;
}

export interface BuildOptions {
  /** Check references and taxonomy (off only for the interim inventory importers read). */
  check?: boolean;
  /** Locators by display path, to put reference problems on their lines. */
  locators?: Map<string, Locator>;
  /** Receives warnings of the merge (an overlay's fact that an export states otherwise). */
  warnings?: Diagnostic[];
}

export function buildInventory(sources: LoadedSource[], taxonomy: Taxonomy, options: BuildOptions = {}): Inventory {
  const inventory = emptyInventory();
  const problems: Problem[] = [];
  const firstSeen = new Map<string, SourceRef>();
  // Per section, by id, the first entity: no `${section}\0${id}` string built for each entity of a national export.
  const firstSeenById = new Map<string, Map<string, object>>();
  const overlays: OverlaySource[] = [];

  for (const [sourceIndex, { files, format, result }] of sources.entries()) {
    for (const file of files) inventory.inputs.push({ path: file.path, sha256: file.sha256, format });
    const home = files[0]?.path ?? format;
    const m = result.manifest;
    // Where an entity came from: the importer's own place, or its place in manifest layout.
    const placeOf = (entity: object, layout: string): SourceRef => result.places?.get(entity) ?? { file: home, pointer: layout };
    // Objects an importer placed as list elements (each account at `/users/<i>`): recorded first,
    // so that the entities among them keep that place below.
    const elementPlaced = result.elementPlaces !== undefined && result.elementPlaces.length > 0;
    for (const list of result.elementPlaces ?? []) {
      const elements = inventory.provenance.elementList(list.file, list.pointer, list.suffix);
      for (let k = 0; k < list.objects.length; k++) inventory.provenance.recordElementIn(list.objects[k] as object, elements, list.indices[k] as number);
    }
    if (m.overlays) overlays.push({ overlays: m.overlays, ...placeOf(m.overlays, '/overlays') });
    for (const section of SINGLE_SECTIONS) {
      const value = m[section];
      if (!value) continue;
      const place = placeOf(value, `/${section}`);
      const seen = firstSeen.get(section);
      if (seen) {
        problems.push({ ...place, message: `"${section}" is defined again (first in ${seen.file})`, expected: `one "${section}" across all files` });
        continue;
      }
      firstSeen.set(section, place);
      (inventory as unknown as Record<string, unknown>)[section] = value;
      inventory.provenance.record(value, place.file, place.pointer);
    }
    for (const section of ENTITY_SECTIONS) {
      const list = (m[section] ?? []) as Array<{ id: string; grants?: object[] }>;
      // A manifest's empty list states "none"; an importer's empty list only says it found none.
      if (m[section] !== undefined && (format === 'manifest' || list.length > 0)) inventory.statedSections.add(section);
      const target = inventory[section] as Array<{ id: string }>;
      let seenInSection = firstSeenById.get(section);
      if (!seenInSection) firstSeenById.set(section, (seenInSection = new Map()));
      // The ids are looked up unless they can only repeat each other and the source made them
      // unique (an importer's `uniqueIds`), and remembered unless no later source adds to the
      // section: a 300,000-user realm alone is not put in a map of its own ids again.
      const lookUp = seenInSection.size > 0 || !(result.uniqueIds?.includes(section) ?? false);
      const remember = lookUp || sources.slice(sourceIndex + 1).some((later) => (later.result.manifest[section]?.length ?? 0) > 0);
      // Looked up at the section's first element recorded by index, not once per entity (with a pointer string built for each).
      let elementList: ElementList | undefined;
      for (let index = 0; index < list.length; index++) {
        const entity = list[index] as { id: string; grants?: object[] };
        // An entity at its manifest place is recorded by list and index: no pointer string is
        // written for it unless something cites it.
        const explicit = result.places?.get(entity);
        const first = lookUp ? seenInSection.get(entity.id) : undefined;
        const seen = first && (inventory.provenance.of(first) as SourceRef);
        if (seen) {
          const place = explicit ?? (elementPlaced ? inventory.provenance.of(entity) : undefined) ?? { file: home, pointer: `/${section}/${index}` };
          problems.push({
            file: place.file,
            pointer: `${place.pointer}/id`,
            message: `duplicate id "${entity.id}" in ${section} (first at ${seen.file}#${seen.pointer})`,
            expected: 'ids unique within a section across all files',
          });
          continue;
        }
        target.push(entity);
        if (explicit) inventory.provenance.recordPlace(entity, explicit);
        else if (elementPlaced && inventory.provenance.has(entity)) {
          // placed as an element of the importer's own list
        } else inventory.provenance.recordElementIn(entity, (elementList ??= inventory.provenance.elementList(home, `/${section}`)), index);
        if (remember) seenInSection.set(entity.id, entity);
        if (entity.grants) {
          const place = inventory.provenance.of(entity) as SourceRef;
          entity.grants.forEach((grant, g) => {
            const grantPlace = placeOf(grant, `${place.pointer}/grants/${g}`);
            inventory.provenance.record(grant, grantPlace.file, grantPlace.pointer);
          });
        }
      }
    }
  }
  // Objects an importer placed inside entities (a login's reads, an account's password storage)
  // keep their own lines as evidence.
  for (const { result } of sources) {
    for (const [object, place] of result.places ?? []) if (!inventory.provenance.has(object)) inventory.provenance.recordPlace(object, place);
  }
  addGrants(inventory, sources, problems);
  // Facts exports state about other exports' accounts (an HR staff list), before the overlays.
  const afterOverlays: Array<(accounts: readonly Account[]) => Diagnostic[]> = [];
  // The importers' assumptions are read only by account facts and overlays (below): marked then.
  if (options.check !== false && (overlays.length > 0 || sources.some(({ result }) => result.accountFacts !== undefined))) {
    for (const { result } of sources) result.assumed?.markAll();
  }
  if (options.check !== false) {
    for (const { result } of sources) {
      if (!result.accountFacts) continue;
      const outcome = result.accountFacts(inventory.accounts);
      appendAll(options.warnings ?? [], applyAccountFacts(inventory, outcome));
      if (outcome.afterOverlays) afterOverlays.push(outcome.afterOverlays);
    }
  }
  // Overlays annotate what the exports imported, so they apply only once every export is in
  // (not to the interim inventory importers check their mappings against).
  if (options.check !== false && overlays.length > 0) {
    const applied = applyOverlays(inventory, overlays, (place) => describePlace(place, options.locators));
    problems.push(...applied.problems);
    withdrawFactsOnReplacedType(inventory);
    options.warnings?.push(...locateProblems(applied.warnings, options.locators ?? new Map()).map((d) => ({ ...d, severity: 'warning' as const })));
  }
  for (const ask of afterOverlays) appendAll(options.warnings ?? [], ask(inventory.accounts));

  if (options.check !== false) {
    appendAll(problems, checkProjectCategories(inventory, taxonomy));
    appendAll(problems, checkReferences(inventory, taxonomy.extendedWith(inventory.categories)));
  }
  if (problems.length > 0) throw new InputError(locateProblems(problems, options.locators ?? new Map()));
  return inventory;
}

/** Grants an export adds to roles defined elsewhere (a Casbin policy line for a manifest role). */
function addGrants(inventory: Inventory, sources: LoadedSource[], problems: Problem[]): void {
  if (!sources.some((s) => (s.result.grants?.length ?? 0) > 0)) return;
  const indexOf = new Map<string, number>(inventory.roles.map((r, i) => [r.id, i]));
  // The grants exports add: a stated scope that decides an undecided one is the manifest's own.
  const added = new Set<Grant>();
  for (const { result } of sources) {
    for (const { role: roleId, grant, place } of result.grants ?? []) {
      const index = indexOf.get(roleId);
      const role = index === undefined ? undefined : inventory.roles[index];
      if (index === undefined || !role) {
        problems.push({ ...place, message: `grant for role "${roleId}", which no manifest or source defines`, expected: 'a mapping to a role id of the manifest' });
        continue;
      }
      // A grant whose scope the export could not decide (a JeecgBoot USE_SQL_RULES sub-select) is
      // decided by the scope the manifest states for the same role and interface (or store): one
      // grant, not an undecided one beside the stated one (docs/sources/jeecg.md).
      const stated = grant.scopeUndecided === undefined ? -1 : (role.grants ?? []).findIndex((g) => !added.has(g) && g.scopeUndecided === undefined && g.scope !== undefined && sameTarget(g, grant));
      if (stated >= 0) {
        const decided = decideByStated(inventory, role.grants![stated]!, grant, place);
        added.add(decided);
        const replaced: Role = { ...role, grants: role.grants!.map((g, i) => (i === stated ? decided : g)) };
        const roleAt = inventory.provenance.of(role);
        if (roleAt) inventory.provenance.record(replaced, roleAt.file, roleAt.pointer);
        inventory.roles[index] = replaced;
        continue;
      }
      added.add(grant);
      // A copy, so the source's own object is never changed; it keeps the role's provenance and
      // the added grant keeps its own.
      const extended: Role = { ...role, grants: [...(role.grants ?? []), grant] };
      const place0 = inventory.provenance.of(role);
      if (place0) inventory.provenance.record(extended, place0.file, place0.pointer);
      inventory.roles[index] = extended;
      inventory.provenance.record(grant, place.file, place.pointer);
    }
  }
}

function sameTarget(a: Grant, b: Grant): boolean {
  return (a.interface ?? null) === (b.interface ?? null) && (a.store ?? null) === (b.store ?? null);
}

/**
 * The export's grant with the scope the manifest states for it: the manifest's facts win (its scope
 * decides the filter the export could not), the export's fill in what the manifest leaves unstated
 * (an end date the tables cannot hold). The grant is cited at the export's row, each fact the
 * manifest states at the manifest's line: both sources.
 */
function decideByStated(inventory: Inventory, stated: Grant, imported: Grant, place: SourceRef): Grant {
  const { scopeUndecided: _undecided, ...rest } = imported;
  const decided: Grant = { ...rest, ...stated };
  const statedAt = inventory.provenance.of(stated);
  inventory.provenance.record(decided, place.file, place.pointer);
  if (statedAt) for (const key of Object.keys(stated)) inventory.provenance.recordFact(decided, key, { file: statedAt.file, pointer: `${statedAt.pointer}/${key}` });
  return decided;
}

/** A project's categories add to the taxonomy: each under an existing parent, none replacing a shipped key. */
function checkProjectCategories(inventory: Inventory, taxonomy: Taxonomy): Problem[] {
  const problems: Problem[] = [];
  const added = new Set(inventory.categories.map((c) => c.id));
  for (const category of inventory.categories) {
    const place = inventory.provenance.of(category);
    if (!place) continue;
    const parent = category.id.slice(0, category.id.lastIndexOf('.'));
    if (taxonomy.has(category.id)) {
      problems.push({ file: place.file, pointer: `${place.pointer}/id`, message: `category "${category.id}" is already in the shipped taxonomy`, expected: 'a new key; use the shipped category as it is' });
    } else if (!taxonomy.has(parent) && !added.has(parent)) {
      problems.push({ file: place.file, pointer: `${place.pointer}/id`, message: `category "${category.id}" is under "${parent}", which neither the taxonomy nor the project defines`, expected: 'a key under an existing category (`pipl-audit schema taxonomy`)' });
    }
  }
  return problems;
}

/** "file:line:column" for a place a locator can find, else "file#pointer". */
function describePlace(place: SourceRef, locators: Map<string, Locator> | undefined): string {
  const pos = locators?.get(place.file)?.locate([place.pointer]).get(place.pointer);
  return pos ? `${place.file}:${pos.line}:${pos.column}` : `${place.file}#${place.pointer}`;
}

function locateProblems(problems: Problem[], locators: Map<string, Locator>): Diagnostic[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const diagnostics: Diagnostic[] = [];
  for (const [file, list] of byFile) {
    const positions = locators.get(file)?.locate(list.map((p) => p.pointer)) ?? new Map();
    for (const p of list) {
      diagnostics.push({ severity: 'error', file, ...(positions.get(p.pointer) ?? {}), pointer: p.pointer, message: p.message, ...(p.expected ? { expected: p.expected } : {}) });
    }
  }
  return diagnostics.sort(compareDiagnostics);
}
