// The TypeScript importer run over a folder of project-shaped code, as the audit runs it (paths
// relative to the repository), against a declared inventory; and the routes it gives.
import { relative } from 'node:path';
import type { ImportResult } from '../../src/importers/importer.js';
import { typescriptImporter } from '../../src/importers/typescript/index.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import type { CodeRoute } from '../../src/inventory/manifest-schema.js';
import { readSourceInput } from '../../src/sources/source-input.js';
import { filesUnder } from './files-under.js';
import { REPO_ROOT } from './run-cli.js';

export async function scanCode(dir: string, declared: Inventory, mapping: Record<string, unknown> = {}): Promise<ImportResult> {
  const inputs = filesUnder(dir).map((f) => readSourceInput(f, relative(REPO_ROOT, f).split('\\').join('/')));
  return typescriptImporter.load(inputs, { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping, declared });
}

/** The ids of the routes the scan gave, sorted. */
export const routeIds = (r: ImportResult): string[] => (r.manifest.codeRoutes ?? []).map((x) => x.id).sort();

/** The route of that id. */
export const routeOf = (r: ImportResult, id: string): CodeRoute => r.manifest.codeRoutes?.find((x) => x.id === id) as CodeRoute;
