// Test support: results computed once for the whole test run and shared by every test file that
// asks for the same thing — `sharedCli` (the built CLI on the shipped examples, as runCli gives
// it, computed by the CLI's program in the asker's process) and `sharedAudit` (the library's
// report of one). Both are asynchronous. The first test file to ask computes the
// result; every other file, in any worker, reads it. See docs/testing.md.
//
// Use them only where a test reads what a run printed or reported. A test about a run itself —
// that two runs give the same bytes, that a file is written or not, an exit code on bad input
// written by the test — spawns its own with runCli. Inputs must be files no test changes (the
// repository's examples, rules and frameworks): the results are keyed by the arguments, not by
// the content of what they name, so temporary folders and written outputs are refused.
//
// Across files the results live in a folder that tests/support/global-setup.ts creates for the
// run and removes after it (handed to the workers with vitest's provide/inject); the first asker
// holds a lock folder while it computes, the others wait for the result (or take over if the
// holder's process is gone). Without that folder (a file run by another configuration) the
// results are shared within the file only.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { inject } from 'vitest';
import { audit, type AuditOptions } from '../../src/audit.js';
import type { AuditReport } from '../../src/report/report-schema.js';
import { REPO_ROOT, type CliResult } from './run-cli.js';
import { runCliInProcess } from './run-cli-in-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedResultsDir: string;
  }
}

const memory = new Map<string, unknown>();

/**
 * What `runCli(args, options)` gives, run once for the whole test run, by the CLI's program in the
 * asking test's process (`runCliInProcess`: the same bytes and exit code, tests/cli-in-process.test.ts;
 * spawned under PIPL_TEST_CLI_SPAWN=1). Refuses a run that writes files, at the call.
 */
export function sharedCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const cwd = resolve(options.cwd ?? REPO_ROOT);
  refuseOutsideRepository(cwd, 'cwd');
  refuseWrites(args);
  for (const arg of args) if (isAbsolute(arg)) refuseOutsideRepository(arg, arg);
  const key = keyOf({ kind: 'cli', args, cwd: relative(REPO_ROOT, cwd), env: options.env ?? {} });
  return onceAsync(key, () => runCliInProcess(args, { ...options, cwd }));
}

/** The library's audit with these options (paths relative to the repository), once for the whole test run. */
export function sharedAudit(options: Omit<AuditOptions, 'cwd' | 'importers' | 'onInventory' | 'onProgress'>): Promise<AuditReport> {
  for (const path of [...options.paths, ...(options.packs ?? []), ...(options.frameworks ?? [])]) refuseOutsideRepository(resolve(REPO_ROOT, path), path);
  for (const path of [options.config, options.baseline, typeof options.exceptions === 'string' ? options.exceptions : undefined]) {
    if (path) refuseOutsideRepository(resolve(REPO_ROOT, path), path);
  }
  const key = keyOf({ kind: 'audit', options });
  return onceAsync(key, () => audit({ ...options, cwd: REPO_ROOT }));
}

function refuseOutsideRepository(path: string, what: string): void {
  const inside = relative(REPO_ROOT, resolve(path));
  if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`shared results read only the repository's own files; ${what} is outside it: use runCli or audit directly`);
}

const WRITES_FILE = new Set(['--evidence', '--sign-key', '--snapshot']);
const WRITING_COMMANDS = [['init'], ['baseline', 'write'], ['evidence', 'keygen'], ['print']];

function refuseWrites(args: string[]): void {
  for (const command of WRITING_COMMANDS) {
    if (command.every((word, i) => args[i] === word)) throw new Error(`shared results never write files; \`${command.join(' ')}\` does: use runCli`);
  }
  args.forEach((arg, i) => {
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? args[i + 1];
    if (((name === '-o' || name === '--output') && value !== '-') || WRITES_FILE.has(name)) {
      throw new Error(`shared results never write files; ${name} ${value ?? ''} would: use runCli`);
    }
  });
}

/** The key of a request: the same whatever order its options were written in. */
function keyOf(what: unknown): string {
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sorted(v)]))
      : Array.isArray(value) ? value.map(sorted) : value;
  return createHash('sha256').update(JSON.stringify(sorted(what))).digest('hex').slice(0, 32);
}

function sharedDir(): string | undefined {
  try {
    return inject('sharedResultsDir') || undefined;
  } catch {
    return undefined;
  }
}

function onceAsync<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (memory.has(key)) return memory.get(key) as Promise<T>;
  const dir = sharedDir();
  const pending = (async () => {
    if (!dir) return JSON.parse(JSON.stringify(await compute())) as T;
    for (;;) {
      const done = readResult<T>(dir, key);
      if (done.found) return done.value;
      if (acquire(dir, key)) {
        try {
          return store(dir, key, await compute());
        } finally {
          rmSync(lockOf(dir, key), { recursive: true, force: true });
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  memory.set(key, pending);
  // A failure is not a result: the next asker computes again (and fails the same way).
  pending.catch(() => memory.delete(key));
  return pending;
}

const resultOf = (dir: string, key: string) => join(dir, `${key}.json`);
const lockOf = (dir: string, key: string) => join(dir, `${key}.lock`);

function readResult<T>(dir: string, key: string): { found: true; value: T } | { found: false } {
  try {
    return { found: true, value: JSON.parse(readFileSync(resultOf(dir, key), 'utf8')) as T };
  } catch {
    return { found: false };
  }
}

/** Takes the key's lock, or frees it when its holder's process is gone; true when taken. */
function acquire(dir: string, key: string): boolean {
  const lock = lockOf(dir, key);
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return true;
  } catch {
    let holder: number;
    try {
      holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    } catch {
      return false; // just taken, its pid not yet written
    }
    if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stores the value; returns it as every other asker reads it (through JSON), so all see the same. */
function store<T>(dir: string, key: string, value: T): T {
  const text = JSON.stringify(value);
  const temporary = join(dir, `.${key}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, resultOf(dir, key));
  return JSON.parse(text) as T;
}
