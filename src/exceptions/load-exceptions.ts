// Finds and reads the exceptions file: `--exceptions PATH`, else the project file's
// `exceptions:`, else pipl-audit.exceptions.yaml beside the project file (or in the one folder
// audited). A malformed file, one naming a rule that is not in the packs, a rule pattern
// (`*`: an exception names exactly one rule) or an unbounded target (`*` alone, no literal
// prefix) is an input error with file, line and column — never silently ignored.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError, type Diagnostic } from '../inventory/diagnostic.js';
import { compileSchema } from '../schema/compile-schema.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import { displayPathOf } from '../sources/discover-files.js';
import { readSourceDocument } from '../sources/source-document.js';
import { ExceptionsFileSchema, type ExceptionsFile } from './exceptions-schema.js';
import { isBoundedTarget } from './glob-pattern.js';

export const EXCEPTIONS_FILE_NAMES = ['pipl-audit.exceptions.yaml', 'pipl-audit.exceptions.yml'];

/** One exception as read, with where it stands in its file. */
export interface LoadedException {
  id: string;
  file: string;
  line?: number;
  rule: string;
  target?: string;
  fingerprint?: string;
  reason: string;
  approver: string;
  reference?: string;
  expires: string;
}

export interface ExceptionsLocation {
  /** `--exceptions PATH` (relative to cwd); must exist. */
  explicit?: string;
  /** The project file's `exceptions:` (already relative to cwd); must exist. */
  fromProject?: string;
  /** Folder to look in for the default file name (the project's folder, or the one folder audited). */
  searchDir?: string;
}

/** The exceptions file to use, or undefined when none is named and none lies in the default place. */
export function findExceptionsFile(where: ExceptionsLocation, cwd: string): string | undefined {
  const named = where.explicit ?? where.fromProject;
  if (named !== undefined) {
    const full = resolve(cwd, named);
    if (!existsSync(full) || !statSync(full).isFile()) {
      throw new InputError([{ severity: 'error', file: named, message: 'exceptions file not found', expected: 'a YAML file of exceptions (`pipl-audit schema exceptions`)' }]);
    }
    return full;
  }
  if (where.searchDir === undefined) return undefined;
  return EXCEPTIONS_FILE_NAMES.map((n) => join(resolve(cwd, where.searchDir as string), n)).find((f) => existsSync(f));
}

let validate: ReturnType<typeof compileSchema> | undefined;

/** Reads and checks an exceptions file against its schema and the rule ids in use. */
export function loadExceptions(fsPath: string, knownRuleIds: ReadonlySet<string>, cwd: string): LoadedException[] {
  const document = readSourceDocument(fsPath, displayPathOf(fsPath, cwd));
  const scope = scopeProblems(document);
  if (scope.length > 0) throw new InputError(scope);
  validate ??= compileSchema('document', ExceptionsFileSchema);
  if (!validate(document.data)) {
    throw new InputError(problemsToDiagnostics(document.path, describeSchemaErrors(validate.errors ?? []), (p) => document.locate(p)));
  }
  const entries = (document.data as ExceptionsFile).exceptions;
  const positions = document.locate(entries.flatMap((_, i) => [`/exceptions/${i}`, `/exceptions/${i}/rule`, `/exceptions/${i}/id`]));
  const problems: Diagnostic[] = [];
  const ids = new Map<string, number>();
  const loaded = entries.map((entry, i): LoadedException => {
    const id = entry.id ?? `#${i + 1}`;
    const at = positions.get(`/exceptions/${i}`);
    if (ids.has(id)) {
      problems.push({ severity: 'error', file: document.path, ...positions.get(`/exceptions/${i}/id`), pointer: `/exceptions/${i}/id`, message: `exception id "${id}" is also used by exception ${(ids.get(id) ?? 0) + 1}`, expected: 'unique exception ids' });
    }
    ids.set(id, i);
    if (!knownRuleIds.has(entry.rule)) {
      problems.push({
        severity: 'error',
        file: document.path,
        ...positions.get(`/exceptions/${i}/rule`),
        pointer: `/exceptions/${i}/rule`,
        message: `unknown rule id "${entry.rule}"`,
        expected: 'a rule id listed by `pipl-audit rules list`',
      });
    }
    return {
      id,
      file: document.path,
      ...(at ? { line: at.line } : {}),
      rule: entry.rule,
      ...(entry.target !== undefined ? { target: entry.target } : {}),
      ...(entry.fingerprint !== undefined ? { fingerprint: entry.fingerprint } : {}),
      reason: entry.reason,
      approver: entry.approver,
      ...(entry.reference !== undefined ? { reference: entry.reference } : {}),
      expires: entry.expires,
    };
  });
  if (problems.length > 0) throw new InputError(problems);
  return loaded;
}

/**
 * What would let one exception switch the gate off, found before the schema check so the message
 * says why: a rule pattern (an exception names exactly one rule) or an unbounded target.
 */
function scopeProblems(document: ReturnType<typeof readSourceDocument>): Diagnostic[] {
  const data = document.data as { exceptions?: unknown } | null;
  const entries = data !== null && typeof data === 'object' && Array.isArray(data.exceptions) ? (data.exceptions as unknown[]) : [];
  const found: Array<{ pointer: string; message: string; expected: string }> = [];
  entries.forEach((entry, i) => {
    if (entry === null || typeof entry !== 'object') return;
    const { rule, target } = entry as { rule?: unknown; target?: unknown };
    if (typeof rule === 'string' && rule.includes('*')) {
      found.push({ pointer: `/exceptions/${i}/rule`, message: `rule "${rule}" is a pattern: an exception must name exactly one rule`, expected: 'one rule id listed by `pipl-audit rules list` (one exception per rule)' });
    }
    if (typeof target === 'string' && !isBoundedTarget(target)) {
      found.push({
        pointer: `/exceptions/${i}/target`,
        message: `target "${target}" is unbounded: a * must follow a literal prefix that ends in a separator (> / : #)`,
        expected: 'a target key (outlet-supervisor>waybill-lookup), or a bounded pattern such as outlet-supervisor>* or courier-outlets/*',
      });
    }
  });
  const positions = document.locate(found.map((f) => f.pointer));
  return found.map((f) => ({ severity: 'error' as const, file: document.path, ...positions.get(f.pointer), ...f }));
}
