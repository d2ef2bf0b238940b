// Frameworks shipped under frameworks/ (by id) or a framework file of the user's, validated like
// every other input: a problem names its file, line and what was expected.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { InputError } from '../inventory/diagnostic.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { createAjv } from '../schema/ajv-instance.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import { displayPathOf } from '../sources/discover-files.js';
import { readSourceDocument } from '../sources/source-document.js';
import { FrameworkSchema, type Framework } from './framework-schema.js';

export const SHIPPED_FRAMEWORKS_DIR = join(PACKAGE_ROOT, 'frameworks');

export interface LoadedFramework {
  framework: Framework;
  file: string;
  sha256: string;
}

let validate: ValidateFunction | undefined;

/** The ids of the shipped frameworks, sorted. */
export function shippedFrameworkIds(): string[] {
  return readdirSync(SHIPPED_FRAMEWORKS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** A shipped framework by id (cac-2025), else a framework file by path (relative to cwd). */
export function loadFramework(idOrPath: string, cwd: string): LoadedFramework {
  const shipped = /^[a-z][a-z0-9-]*$/.test(idOrPath) ? join(SHIPPED_FRAMEWORKS_DIR, `${idOrPath}.yaml`) : undefined;
  const fsPath = shipped && existsSync(shipped) ? shipped : join(cwd, idOrPath);
  if (!existsSync(fsPath)) {
    throw new InputError([
      {
        severity: 'error',
        file: idOrPath,
        message: `no framework "${idOrPath}"`,
        expected: `a shipped framework (${shippedFrameworkIds().join(', ')}) or a framework file`,
      },
    ]);
  }
  const document = readSourceDocument(fsPath, displayPathOf(fsPath));
  validate ??= createAjv().compile(FrameworkSchema);
  if (!validate(document.data)) {
    throw new InputError(problemsToDiagnostics(document.path, describeSchemaErrors(validate.errors ?? []), (p) => document.locate(p)));
  }
  const framework = document.data as Framework;
  const seen = new Set<string>();
  const problems = [];
  for (const [i, item] of framework.items.entries()) {
    for (const [j, sub] of item.subItems.entries()) {
      if (seen.has(sub.id)) problems.push({ pointer: `/items/${i}/subItems/${j}/id`, message: `sub-item id "${sub.id}" is used twice` });
      seen.add(sub.id);
      if (sub.id !== item.id && !sub.id.startsWith(`${item.id}.`)) problems.push({ pointer: `/items/${i}/subItems/${j}/id`, message: `sub-item id "${sub.id}" is not under item "${item.id}"` });
      if (!sub.rules && !sub.declarations && !sub.manual && !sub.provisions) problems.push({ pointer: `/items/${i}/subItems/${j}`, message: `sub-item "${sub.id}" maps to nothing` });
      else if (!sub.complete && !sub.declarations && !sub.manual) {
        problems.push({ pointer: `/items/${i}/subItems/${j}`, message: `sub-item "${sub.id}" has rules that cover only part of it and says nothing of the rest` });
      }
    }
  }
  if (problems.length > 0) {
    const positions = document.locate(problems.map((p) => p.pointer));
    throw new InputError(
      problems.map((p) => ({
        severity: 'error' as const,
        file: document.path,
        pointer: p.pointer,
        ...positions.get(p.pointer),
        message: p.message,
        expected: 'unique sub-item ids under their item, each mapped to rules, declarations or a manual check (rules that do not cover it all need declarations or a manual check beside them)',
      })),
    );
  }
  return { framework, file: document.path, sha256: document.sha256 };
}
