// Expands the paths a user names into the files to read: files as given, directories walked in
// sorted order (so output never depends on the file system's order), links followed once.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { InputError, type Diagnostic } from '../inventory/diagnostic.js';

export const SOURCE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', '.tmp']);
/** pipl-audit's own files (project, exceptions, reach snapshot, evidence): never sources, so a folder walk passes them by. */
const TOOL_FILES = /^pipl-audit(\.[a-z-]+)?\.(ya?ml|json)$/;

export interface DiscoveredFile {
  /** Absolute path on disk. */
  fsPath: string;
  /** Path shown to the user: relative to the working directory, forward slashes. */
  displayPath: string;
}

export function displayPathOf(fsPath: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, fsPath);
  return (rel === '' || rel.startsWith('..') ? fsPath : rel).split(sep).join('/');
}

export function discoverFiles(paths: string[], cwd: string = process.cwd(), extensions: Set<string> = SOURCE_EXTENSIONS): DiscoveredFile[] {
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  const out: DiscoveredFile[] = [];
  const add = (fsPath: string) => {
    const real = realpathSync(fsPath);
    if (seen.has(real)) return;
    seen.add(real);
    out.push({ fsPath, displayPath: displayPathOf(fsPath, cwd) });
  };
  const walk = (dir: string, visited: Set<string>) => {
    const real = realpathSync(dir);
    if (visited.has(real)) return; // a link back to an ancestor
    const inner = new Set(visited).add(real);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      let stat;
      try {
        stat = statSync(full);
      } catch {
        continue; // dangling link
      }
      if (stat.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) walk(full, inner);
      } else if (stat.isFile() && extensions.has(extname(entry.name).toLowerCase()) && !TOOL_FILES.test(entry.name)) add(full);
    }
  };
  for (const p of paths) {
    const full = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      problems.push({ severity: 'error', file: p, message: 'no such file or directory', expected: 'an existing manifest file or a directory of them' });
      continue;
    }
    if (stat.isDirectory()) walk(full, new Set());
    else add(full);
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}
