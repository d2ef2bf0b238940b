// Whether a resolved path lies inside a folder (or is the folder), compared by path segments so
// that `/work/repo2` is not inside `/work/repo`.
import { sep } from 'node:path';

export function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
