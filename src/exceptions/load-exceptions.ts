// Finds and reads the exceptions file: `--exceptions PATH`, else the project file's
// `exceptions:`, else pipl-audit.exceptions.yaml beside the project file (or in the one folder
// audited). A malformed file, or one naming a rule that is not in the packs, is an input error
// with file and line — never silently ignored.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError, type Diagnostic } from '../inventory/diagnostic.js';
import { createAjv } from '../schema/ajv-instance.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import { displayPathOf } from '../sources/discover-files.js';
import { readSourceDocument } from '../sources/source-document.js';
import { ExceptionsFileSchema, type ExceptionsFile } from './exceptions-schema.js';
import { globToRegExp } from './glob-pattern.js';

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

let validate: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

/** Reads and checks an exceptions file against its schema and the rule ids in use. */
export function loadExceptions(fsPath: string, knownRuleIds: ReadonlySet<string>, cwd: string): LoadedException[] {
  const document = readSourceDocument(fsPath, displayPathOf(fsPath, cwd));
  validate ??= createAjv().compile(ExceptionsFileSchema);
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
    const pattern = globToRegExp(entry.rule);
    const namesARule = entry.rule.includes('*') ? [...knownRuleIds].some((r) => pattern.test(r)) : knownRuleIds.has(entry.rule);
    if (!namesARule) {
      problems.push({
        severity: 'error',
        file: document.path,
        ...positions.get(`/exceptions/${i}/rule`),
        pointer: `/exceptions/${i}/rule`,
        message: entry.rule.includes('*') ? `rule pattern "${entry.rule}" matches no rule in the packs in use` : `unknown rule id "${entry.rule}"`,
        expected: 'a rule id listed by `pipl-audit rules list` (or a pattern with *)',
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
