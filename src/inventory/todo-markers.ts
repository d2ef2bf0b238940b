// The facts a project still has to state, as `pipl-audit init` leaves them: `# TODO key: …`
// comments in the project file and the YAML manifests. Counted for the report's summary, so a
// drafted project says how much is left (NOT_EVALUATED findings say which checks wait on it).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Lines that are a `# TODO` comment. */
export function countTodoMarkers(text: string): number {
  let count = 0;
  for (const line of text.split('\n')) if (/^\s*#\s*TODO\b/.test(line)) count++;
  return count;
}

/** TODO markers in the YAML files among `paths` (JSON holds no comments); unreadable files count none. */
export function todoMarkersIn(paths: readonly string[], cwd: string): number {
  let count = 0;
  for (const path of paths) {
    if (!/\.ya?ml$/i.test(path)) continue;
    try {
      count += countTodoMarkers(readFileSync(resolve(cwd, path), 'utf8'));
    } catch {
      // read already by the audit; a file gone since counts none
    }
  }
  return count;
}
