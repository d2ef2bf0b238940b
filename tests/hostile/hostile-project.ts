// Test support for the hostile-repository tests: a project folder beside an "outside" folder
// holding a secret, so a test can tell whether anything outside the project was read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { tempDir } from '../support/temp-dir.js';

export const SECRET = 'CI_SECRET_7f3a9c21';

export function manifestYaml(name = 'Outlet system'): string {
  return stringify({
    apiVersion: 'pipl-audit/v1',
    system: { id: 'outlet', name },
    stores: [{ id: 'waybills', kind: 'database', fields: [{ name: 'recipient_phone', category: 'contact.phone' }] }],
    roles: [{ id: 'clerk' }],
  });
}

export interface HostileLayout {
  /** The temporary folder holding `project/` and `outside/`. */
  root: string;
  project: string;
  outside: string;
}

/** `project/` with the given files (a project file among them, usually); `outside/` with a manifest and a text file holding SECRET. */
export function hostileLayout(projectFiles: Record<string, string>): HostileLayout {
  const root = tempDir({});
  const project = join(root, 'project');
  const outside = join(root, 'outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.yaml'), manifestYaml(SECRET));
  writeFileSync(join(outside, 'secret.txt'), `TOKEN=${SECRET}\n`);
  for (const [name, content] of Object.entries(projectFiles)) {
    mkdirSync(join(project, name, '..'), { recursive: true });
    writeFileSync(join(project, name), content);
  }
  mkdirSync(project, { recursive: true });
  return { root, project, outside };
}

export function projectYaml(config: Record<string, unknown>): string {
  return stringify({ version: 1, ...config });
}
