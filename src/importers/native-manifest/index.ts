// The native manifest (pipl-audit/v1), YAML or JSON: validated against the published schema,
// every entity remembered with its JSON pointer.
import { InputError } from '../../inventory/diagnostic.js';
import { ENTITY_SECTIONS, SINGLE_SECTIONS, type Manifest } from '../../inventory/manifest-schema.js';
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
    const manifest = document.data as Manifest;
    const pointers = new Map<object, string>();
    for (const section of SINGLE_SECTIONS) {
      const value = manifest[section];
      if (value) pointers.set(value, `/${section}`);
    }
    for (const section of ENTITY_SECTIONS) {
      const list = manifest[section] as object[] | undefined;
      list?.forEach((entity, index) => {
        pointers.set(entity, `/${section}/${index}`);
        const grants = (entity as { grants?: object[] }).grants;
        grants?.forEach((grant, g) => pointers.set(grant, `/${section}/${index}/grants/${g}`));
      });
    }
    return { manifest, pointers, warnings: [] };
  },
} satisfies Importer;
