// The importers pipl-audit knows, in the order detection tries them.
import type { Importer } from './importer.js';
import { nativeManifestImporter } from './native-manifest/index.js';
import { typescriptImporter } from './typescript/index.js';

export const IMPORTERS: readonly Importer[] = [nativeManifestImporter, typescriptImporter];

export function importerFor(format: string): Importer | undefined {
  return IMPORTERS.find((i) => i.format === format);
}
