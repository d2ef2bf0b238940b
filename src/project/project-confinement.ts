// Which paths a project file may name: those inside the project folder (after following every
// symbolic link), or inside a folder the user allowed on the command line with --allow-outside.
// A repository is untrusted input; its pipl-audit.yaml must not make the auditor read CI secrets,
// /proc/self/environ or a neighbour's files and copy them into a report. Files that are not
// regular (FIFOs, devices, sockets) are refused the same way, before anything opens them.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileKindOf } from '../sources/source-document.js';
import { isWithin } from '../sources/path-within.js';

export interface Confinement {
  /** Real paths of the folders the project file may name paths in: the project folder, then the allowed ones. */
  readonly roots: readonly string[];
}

/** The project folder and the folders given with --allow-outside (relative to the working directory). */
export function confinementOf(projectDir: string, allowOutside: readonly string[], cwd: string): Confinement {
  return { roots: [realOrResolved(projectDir), ...allowOutside.map((p) => realOrResolved(resolve(cwd, p)))] };
}

/** The real path of `path`; for a path that does not exist yet, its nearest existing ancestor's real path joined with the rest. */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realOrResolved(parent), basename(path));
  }
}

/**
 * Why `fsPath` may not be read for the project, or undefined when it may. A path that does not
 * exist is left to the reader to report (it names nothing outside, once its existing ancestors
 * are inside).
 */
export function confinementProblem(fsPath: string, confinement: Confinement): { message: string; expected: string } | undefined {
  const real = realOrResolved(fsPath);
  if (!confinement.roots.some((root) => isWithin(real, root))) {
    return {
      message: `the path leads outside the project folder${isSymlink(fsPath) ? ' (through a symbolic link)' : ''}`,
      expected: `a path inside ${confinement.roots[0] ?? 'the project folder'}, or a folder given with --allow-outside on the command line`,
    };
  }
  let stat;
  try {
    stat = statSync(fsPath);
  } catch {
    return undefined;
  }
  if (!stat.isFile() && !stat.isDirectory()) return { message: `not a regular file or folder (${fileKindOf(stat)})`, expected: 'a regular file or a folder' };
  return undefined;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
