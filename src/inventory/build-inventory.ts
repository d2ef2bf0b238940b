// Merges the partial inventories of several sources into one, then checks what no single file's
// schema can: ids unique across files, references that resolve, categories in the taxonomy.
import type { ImportResult } from '../importers/importer.js';
import type { SourceDocument } from '../sources/source-document.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { compareDiagnostics, InputError, type Diagnostic } from './diagnostic.js';
import { emptyInventory, type Inventory } from './inventory.js';
import { ENTITY_SECTIONS, SINGLE_SECTIONS } from './manifest-schema.js';
import { checkReferences, type Problem } from './check-references.js';

export interface LoadedSource {
  document: SourceDocument;
  format: string;
  result: ImportResult;
}

export function buildInventory(sources: LoadedSource[], taxonomy: Taxonomy): Inventory {
  const inventory = emptyInventory();
  const problems: Problem[] = [];
  const firstSeen = new Map<string, { file: string; pointer: string }>();
  // Per section, by id: no `${section}\0${id}` string built for each entity of a national export.
  const firstSeenById = new Map<string, Map<string, { file: string; pointer: string }>>();

  for (const { document, format, result } of sources) {
    inventory.inputs.push({ path: document.path, sha256: document.sha256, format });
    const m = result.manifest;
    // Where an entity came from: the importer's own pointer, or its place in manifest layout.
    const pointerOf = (entity: object, layout: string) => result.pointers?.get(entity) ?? layout;
    for (const section of SINGLE_SECTIONS) {
      const value = m[section];
      if (!value) continue;
      const seen = firstSeen.get(section);
      if (seen) {
        problems.push({ file: document.path, pointer: `/${section}`, message: `"${section}" is defined again (first in ${seen.file})`, expected: `one "${section}" across all files` });
        continue;
      }
      firstSeen.set(section, { file: document.path, pointer: `/${section}` });
      (inventory as unknown as Record<string, unknown>)[section] = value;
      inventory.provenance.record(value, document.path, pointerOf(value, `/${section}`));
    }
    for (const section of ENTITY_SECTIONS) {
      const list = (m[section] ?? []) as Array<{ id: string; grants?: object[] }>;
      const target = inventory[section] as Array<{ id: string }>;
      for (let index = 0; index < list.length; index++) {
        const entity = list[index] as { id: string; grants?: object[] };
        const pointer = pointerOf(entity, `/${section}/${index}`);
        let seenInSection = firstSeenById.get(section);
        if (!seenInSection) firstSeenById.set(section, (seenInSection = new Map()));
        const seen = seenInSection.get(entity.id);
        if (seen) {
          problems.push({
            file: document.path,
            pointer: `${pointer}/id`,
            message: `duplicate id "${entity.id}" in ${section} (first at ${seen.file}#${seen.pointer})`,
            expected: 'ids unique within a section across all files',
          });
          continue;
        }
        seenInSection.set(entity.id, { file: document.path, pointer });
        target.push(entity);
        inventory.provenance.record(entity, document.path, pointer);
        entity.grants?.forEach((grant, g) => inventory.provenance.record(grant, document.path, pointerOf(grant, `${pointer}/grants/${g}`)));
      }
    }
  }

  problems.push(...checkReferences(inventory, taxonomy));
  if (problems.length > 0) throw new InputError(locateProblems(problems, sources));
  return inventory;
}

function locateProblems(problems: Problem[], sources: LoadedSource[]): Diagnostic[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const diagnostics: Diagnostic[] = [];
  for (const [file, list] of byFile) {
    const document = sources.find((s) => s.document.path === file)?.document;
    const positions = document?.locate(list.map((p) => p.pointer)) ?? new Map();
    for (const p of list) {
      diagnostics.push({ severity: 'error', file, ...(positions.get(p.pointer) ?? {}), pointer: p.pointer, message: p.message, ...(p.expected ? { expected: p.expected } : {}) });
    }
  }
  return diagnostics.sort(compareDiagnostics);
}
