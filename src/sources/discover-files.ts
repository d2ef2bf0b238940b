// Expands the paths a user names into the files to read: files as given, directories walked in
// sorted order (so output never depends on the file system's order), each real folder once, and
// symbolic links followed only while they stay inside the folder walked.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { InputError, type Diagnostic } from '../inventory/diagnostic.js';
import { isWithin } from './path-within.js';

export const SOURCE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', '.tmp']);
/** pipl-audit's own files (project, exceptions, reach snapshot, evidence): never sources, so a folder walk passes them by. */
const TOOL_FILES = /^pipl-audit(\.[a-z-]+)?\.(ya?ml|json)$/;

export interface DiscoveredFile {
  /** Absolute path on disk. */
  fsPath: string;
  /** Path shown to the user: relative to the working directory, forward slashes. */
  displayPath: string;
  /** Found by walking a folder (rather than named as a file). */
  walked: boolean;
}

export function displayPathOf(fsPath: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, fsPath);
  return (rel === '' || rel.startsWith('..') ? fsPath : rel).split(sep).join('/');
}

export function discoverFiles(paths: string[], cwd: string = process.cwd(), extensions: Set<string> = SOURCE_EXTENSIONS): DiscoveredFile[] {
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  const out: DiscoveredFile[] = [];
  const add = (fsPath: string, real: string, walked: boolean) => {
    if (seen.has(real)) return;
    seen.add(real);
    out.push({ fsPath, displayPath: displayPathOf(fsPath, cwd), walked });
  };
  // Every real folder is read once per discovery, however many links lead to it: a tree of links
  // to links (a DAG) costs its number of folders, not its number of paths, and a loop ends.
  const walkedFolders = new Set<string>();
  const walk = (dir: string, realDir: string, root: string) => {
    if (walkedFolders.has(realDir)) return;
    walkedFolders.add(realDir);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      let real: string;
      let stat;
      try {
        real = entry.isSymbolicLink() ? realpathSync(full) : join(realDir, entry.name);
        stat = entry.isSymbolicLink() ? statSync(full) : entry;
      } catch {
        continue; // dangling link
      }
      // A link out of the folder walked is not followed: the user named this folder, not what
      // a file in it points at.
      if (entry.isSymbolicLink() && !isWithin(real, root)) continue;
      if (stat.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) walk(full, real, root);
      } else if (stat.isFile() && extensions.has(extname(entry.name).toLowerCase()) && !TOOL_FILES.test(entry.name)) add(full, real, true);
    }
  };
  for (const p of paths) {
    const full = resolve(cwd, p);
    let stat;
    let real: string;
    try {
      stat = statSync(full);
      real = realpathSync(full);
    } catch {
      problems.push({ severity: 'error', file: p, message: 'no such file or directory', expected: 'an existing manifest file or a directory of them' });
      continue;
    }
    if (stat.isDirectory()) walk(full, real, real);
    else add(full, real, false);
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}
