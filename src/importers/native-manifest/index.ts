// The native manifest (pipl-audit/v1), YAML or JSON: validated against the published schema,
// every entity remembered with its JSON pointer.
import { InputError } from '../../inventory/diagnostic.js';
import { ENTITY_SECTIONS, SINGLE_SECTIONS, type Manifest } from '../../inventory/manifest-schema.js';
import { validateManifestDocument } from '../../inventory/validate-manifest.js';
import type { SourceDocument } from '../../sources/source-document.js';
import { HEAD_BYTES } from '../../sources/source-input.js';
import type { Importer, ImportResult } from '../importer.js';

export const API_VERSION = 'pipl-audit/v1';

function isManifestData(data: unknown): data is { apiVersion: unknown } {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'apiVersion' in data;
}

/** Cheap test on the first bytes, so a CSV or SQL file is never parsed as YAML to be rejected. */
function mayBeManifest(head: string): boolean {
  return /(^|[\s{,"])apiVersion["']?\s*:/.test(head);
}

export function loadManifestDocument(document: SourceDocument): ImportResult {
  const problems = validateManifestDocument(document);
  if (problems.length > 0) throw new InputError(problems);
  // Entities sit at their manifest places, which are their pointers in this very document.
  return { manifest: document.data as Manifest, warnings: [] };
}

export const nativeManifestImporter = {
  format: 'manifest',
  title: 'pipl-audit system manifest (YAML or JSON)',
  extensions: ['.yaml', '.yml', '.json'],
  supplies: [...ENTITY_SECTIONS, ...SINGLE_SECTIONS],
  detect(input) {
    // The first bytes rule a file out cheaply; a large file may name its apiVersion later on.
    if (!mayBeManifest(input.head) && input.size <= HEAD_BYTES) return false;
    const { data } = input.document();
    return isManifestData(data) && String(data.apiVersion).startsWith('pipl-audit/');
  },
  load(inputs): ImportResult {
    const [input] = inputs;
    if (!input || inputs.length !== 1) throw new Error('a manifest source is one file');
    return loadManifestDocument(input.document());
  },
} satisfies Importer;
