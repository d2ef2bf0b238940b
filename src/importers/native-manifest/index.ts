// The native manifest (pipl-audit/v1), YAML or JSON: validated against the published schema,
// every entity remembered with its JSON pointer.
import { InputError } from '../../inventory/diagnostic.js';
import type { Manifest } from '../../inventory/manifest-schema.js';
import { validateManifestDocument } from '../../inventory/validate-manifest.js';
import type { SourceDocument } from '../../sources/source-document.js';
import type { Importer, ImportResult } from '../importer.js';

export const API_VERSION = 'pipl-audit/v1';

function isManifestData(data: unknown): data is { apiVersion: unknown } {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'apiVersion' in data;
}

export const nativeManifestImporter = {
  format: 'manifest',
  title: 'pipl-audit system manifest (YAML or JSON)',
  detect: (document) => isManifestData(document.data) && String(document.data.apiVersion).startsWith('pipl-audit/'),
  load(document): ImportResult {
    const problems = validateManifestDocument(document);
    if (problems.length > 0) throw new InputError(problems);
    // Entities sit at their manifest places, which are their pointers in this very document.
    return { manifest: document.data as Manifest, warnings: [] };
  },
} satisfies Importer;
