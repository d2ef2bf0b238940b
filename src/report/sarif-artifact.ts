// SARIF artifact locations: a report path (relative to the directory the audit ran in, or
// absolute) becomes a URI relative to the SARIF root (`%SRCROOT%`, declared in the run's
// originalUriBaseIds) — the repository root, so code scanning finds the file whatever directory
// the audit ran from. A file outside the root gets an absolute file: URI.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SRCROOT = '%SRCROOT%';

/** The repository root the URIs are relative to, and the directory the report's paths are relative to. */
export interface SarifRoot {
  dir: string;
  cwd: string;
}

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export function artifactLocation(path: string, root: SarifRoot | undefined): ArtifactLocation {
  if (root === undefined) {
    // No root given (library use): the report's relative paths are taken as relative to %SRCROOT%.
    return isAbsolute(path) ? { uri: pathToFileURL(path).href } : { uri: relativeUri(path), uriBaseId: SRCROOT };
  }
  const full = resolve(root.cwd, path);
  const rel = relative(root.dir, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(full).href };
  return { uri: relativeUri(rel.split(sep).join('/')), uriBaseId: SRCROOT };
}

/** run.originalUriBaseIds: where %SRCROOT% was on the machine that ran the audit (a directory URI ends with "/"). */
export function originalUriBaseIds(root: SarifRoot | undefined): Record<string, { uri: string; description: { text: string } }> | undefined {
  if (root === undefined) return undefined;
  const href = pathToFileURL(resolve(root.dir)).href;
  return { [SRCROOT]: { uri: href.endsWith('/') ? href : `${href}/`, description: { text: 'the repository root (--sarif-root)' } } };
}

function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
