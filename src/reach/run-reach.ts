// `reach` as a library call: read the inventory as an audit would (project file, manifests,
// exports), compute who reaches which PI, and optionally compare it with a reviewed snapshot.
import { loadAuditInventory } from '../audit.js';
import type { Importer } from '../importers/importer.js';
import type { Diagnostic } from '../inventory/diagnostic.js';
import { readSourceDocument } from '../sources/source-document.js';
import { displayPathOf } from '../sources/discover-files.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { todayIso } from '../views/duration.js';
import { InventoryIndex } from '../views/inventory-index.js';
import { computeReach, type ReachEntry } from './reach-map.js';
import { compareSnapshots, readSnapshot, snapshotOf, type ReachChange, type ReachSnapshot, type Watch } from './reach-snapshot.js';

export interface ReachOptions {
  paths: string[];
  cwd?: string;
  importers?: readonly Importer[];
  /** Folders outside the project that the project file's paths may name (the user's --allow-outside). */
  allowOutside?: string[];
  /** The largest YAML file read, in bytes. */
  maxYamlBytes?: number;
}

export interface ReachResult {
  system: string | null;
  entries: ReachEntry[];
  snapshot: ReachSnapshot;
  diagnostics: Diagnostic[];
}

export async function reach(options: ReachOptions): Promise<ReachResult> {
  const cwd = options.cwd ?? process.cwd();
  const taxonomy = loadTaxonomy();
  const { loaded } = await loadAuditInventory(options.paths, cwd, taxonomy, options);
  const entries = computeReach(new InventoryIndex(loaded.inventory, taxonomy), loaded.inventory.system?.asOf ?? todayIso());
  const system = loaded.inventory.system?.id ?? null;
  const diagnostics = [...loaded.failedSources.flatMap((f) => f.diagnostics), ...loaded.warnings];
  return { system, entries, snapshot: snapshotOf(entries, system), diagnostics };
}

/** Compares the current reach with the snapshot file (an InputError when it is unreadable or of another version). */
export function checkAgainstSnapshot(current: ReachSnapshot, snapshotPath: string, options: { cwd?: string; watch?: Watch } = {}): ReachChange[] {
  return compareSnapshots(readSnapshot(readSourceDocument(snapshotPath, displayPathOf(snapshotPath, options.cwd ?? process.cwd()))), current, options.watch);
}
