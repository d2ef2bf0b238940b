// Which files are Casbin's, by content, and which of them form one source: a model (.conf) with
// the policy files (.csv) beside it.
import { basename, dirname } from 'node:path';
import type { SourceInput } from '../../sources/source-input.js';
import { appendAll } from '../../collections/append-all.js';

export function isCasbinModel(input: SourceInput): boolean {
  return /^\s*\[request_definition\]\s*$/m.test(input.head);
}

export function isCasbinPolicy(input: SourceInput): boolean {
  return looksLikePolicy(input.head);
}

export function isModelFile(input: SourceInput): boolean {
  return input.path.toLowerCase().endsWith('.conf');
}

/**
 * A model goes with the policies in its folder. With several models in one folder, a policy goes
 * with the model of the same stem (`rbac_policy.csv` with `rbac_model.conf`); a policy without a
 * model stays a source of its own, which fails to load with a message saying so.
 */
export function groupCasbinFiles(inputs: SourceInput[]): SourceInput[][] {
  const byFolder = new Map<string, SourceInput[]>();
  for (const input of inputs) {
    const folder = dirname(input.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), input]);
  }
  const groups: SourceInput[][] = [];
  for (const folder of [...byFolder.keys()].sort()) {
    const files = byFolder.get(folder) ?? [];
    const models = files.filter(isModelFile).sort((a, b) => a.path.localeCompare(b.path));
    const policies = files.filter((f) => !isModelFile(f)).sort((a, b) => a.path.localeCompare(b.path));
    if (models.length === 1) {
      groups.push([...models, ...policies]);
      continue;
    }
    const byStem = new Map(models.map((m) => [stemOf(m.path), [m] as SourceInput[]]));
    for (const policy of policies) {
      const group = byStem.get(stemOf(policy.path));
      if (group) group.push(policy);
      else groups.push([policy]);
    }
    appendAll(groups, byStem.values());
  }
  return groups;
}

/** `rbac_model.conf`, `rbac_policy.csv`, `rbac.conf` → `rbac`. */
function stemOf(path: string): string {
  return basename(path)
    .replace(/\.(conf|csv)$/i, '')
    .replace(/[_.-]?(model|policy)$/i, '');
}

/** A cheap content test (detection never loads casbin itself): the first meaningful line of a Casbin policy starts with p…, or g…, */
export function looksLikePolicy(head: string): boolean {
  for (const raw of head.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return /^"?[pg]\d*"?\s*,/.test(line);
  }
  return false;
}
