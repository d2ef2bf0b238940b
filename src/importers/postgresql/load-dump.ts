// Loads one or more dump files into an embedded PostgreSQL and reads its catalog back. Each
// statement is parsed first and run only when its parsed form is on the allow-list
// (statement-policy.ts); the rest is skipped or refused with a warning naming its line. PGlite
// runs in a child process with a wall-clock limit (counted from PGlite's start, so a loaded
// machine does not eat into it) and a heap limit: a dump that exceeds them is an unreadable
// source with a message naming its files. A statement that does not parse stops the import with
// its file and line; one that fails otherwise (an extension PGlite lacks, an object referring to
// a missing one) becomes a warning and the load goes on.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import type { SourceInput } from '../../sources/source-input.js';
import type { Catalog } from './catalog.js';
import { SHIPPED_EXTENSIONS, type DumpRun, type DumpRunResult, type FailedStatement, type StatementToRun } from './run-in-pglite.js';
import { splitStatements, type SqlStatement } from './split-statements.js';
import { StatementLines } from './statement-lines.js';
import { decideStatements, loadStatementParser, type StatementDecision } from './statement-policy.js';
import { hasCachedDumpLoad, readCachedDumpLoad, writeCachedDumpLoad, type CachedDumpLoad } from './dump-cache.js';

export interface LoadedDump {
  catalog: Catalog;
  lines: StatementLines;
  warnings: Diagnostic[];
  /** Statements PostgreSQL refused to run: what they define or grant is missing. */
  failed: FailedStatement[];
  /** The statements of each file that belong to the database loaded (PI discovery reads their data), with the file's text. */
  files: Array<{ path: string; text: string; statements: SqlStatement[] }>;
}

/** Bounds on loading one source (project file: `options.limits`). */
export interface DumpLimits {
  /** Wall-clock seconds for running the statements and reading the catalog, from PGlite's start. */
  timeSeconds: number;
  /** Heap of the child process loading the dump (--max-old-space-size), in MB (PGlite's WebAssembly memory is capped at 2 GiB by PGlite itself). */
  memoryMb: number;
  /** PostgreSQL's statement_timeout, in seconds (set, but not enforced by PGlite 0.5: see run-in-pglite.ts). */
  statementSeconds: number;
}

export const DEFAULT_LIMITS: DumpLimits = { timeSeconds: 300, memoryMb: 1024, statementSeconds: 60 };

const MYSQL_MARKERS = /^-- MySQL dump|\bENGINE\s*=\s*(InnoDB|MyISAM)\b|^CREATE TABLE `|\bON\s+\*\.\*\s+TO\b|^-- Grants for /im;
const WORKER_SCRIPT = fileURLToPath(new URL('./load-worker.js', import.meta.url));
/**
 * The child's V8 recompiles PGlite's hot WebAssembly functions with TurboFan once they have run
 * about 1.8 MB of code (V8's default budget). Loading a dump touches a large part of PostgreSQL
 * once or a few times (the grammar, catalog updates, then the planner and executor of the catalog
 * queries), so with the default budget most of what TurboFan compiles in background threads is
 * never run enough to repay it: measured on the bench's dumps (bench/README.md, "Sixth pass"),
 * a budget ~55 times larger cut the child's CPU by ~0.5 s at 6,000 statements and by ~0.5–1 s at
 * 56,000, where the hottest functions are still tiered up. WebAssembly is deterministic: the
 * tier changes only how fast PostgreSQL runs, never what it does.
 */
const WASM_TIERING = '--wasm-tiering-budget=100000000';
const CREATE_EXTENSION = /^CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?("(?:[^"]|"")+"|[A-Za-z_][\w-]*)/i;

/** What selectStatements gave for an input (prepareDump and loadDump both need it): split once. */
const selectedBefore = new WeakMap<SourceInput, { text: string; database: string | undefined; statements: SqlStatement[] }>();

/** The statements of a file that belong to `database` (all of them when it is not given). */
function selectStatements(input: SourceInput, text: string, database: string | undefined): SqlStatement[] {
  const before = selectedBefore.get(input);
  if (before && before.database === database && before.text === text) return before.statements;
  const statements = selectStatementsOf(input, text, database);
  selectedBefore.set(input, { text, database, statements });
  return statements;
}

function selectStatementsOf(input: SourceInput, text: string, database: string | undefined): SqlStatement[] {
  const { statements, metaCommands } = splitStatements(text, input.path);
  if (statements.length === 0) throw new InputError([{ severity: 'error', file: input.path, line: 1, message: 'no SQL statements found', expected: 'pg_dump or pg_dumpall --roles-only output (plain SQL)' }]);
  const mysql = MYSQL_MARKERS.exec(text);
  if (mysql) {
    const line = text.slice(0, mysql.index).split('\n').length;
    throw new InputError([{ severity: 'error', file: input.path, line, message: 'this is a MySQL/MariaDB dump or grant listing, not a PostgreSQL dump', expected: 'type: mysql for MySQL sources' }]);
  }
  const connects = metaCommands.filter((m) => m.name === 'connect' || m.name === 'c').map((m) => ({ line: m.line, database: firstWord(m.argument) }));
  const created = statements.map((s) => ({ s, m: /^CREATE\s+DATABASE\s+("(?:[^"]|"")+"|\S+)/i.exec(s.text) })).filter((x) => x.m);
  if (database !== undefined) {
    const named = [...connects.map((c) => c.database), ...created.map((c) => unquote(c.m?.[1] ?? ''))].filter((d) => d !== 'template1' && d !== 'postgres' || d === database);
    if (named.length > 0 && !named.includes(database)) {
      const line = created[0]?.s.line ?? connects[0]?.line ?? 1;
      throw new InputError([{ severity: 'error', file: input.path, line, message: `the dump is of database ${[...new Set(named)].map((d) => `"${d}"`).join(', ')}, not "${database}"`, expected: `a dump of database "${database}" (options.database)` }]);
    }
  }
  if (connects.length === 0) return statements;
  // pg_dumpall: roles come before the first \connect; then one section per database.
  return statements.filter((s) => {
    let current: string | undefined;
    for (const c of connects) if (c.line < s.line) current = c.database;
    return current === undefined || database === undefined || current === database;
  });
}

/** A child process started ahead of loadDump (see prepareDump), PGlite starting in it. */
export interface PreparedDump {
  process: DumpProcess;
  database: string | undefined;
  limits: DumpLimits;
}

/** Extensions a CREATE EXTENSION among these statements names (a superset of those the load will run). */
function extensionsNamed(statements: SqlStatement[]): string[] {
  const names = new Set<string>();
  for (const statement of statements) {
    const extension = CREATE_EXTENSION.exec(statement.text);
    if (extension) names.add(unquote(extension[1] as string).toLowerCase());
  }
  return [...names].filter((name) => name in SHIPPED_EXTENSIONS).sort();
}

/**
 * Forks the process that will load the dump and has it start PGlite now, while the rest of the
 * audit is read; loadDump with the same inputs, database and limits then only sends it the
 * statements. Undefined when the files cannot be split (loadDump reports why) or when running
 * from sources (no compiled worker script).
 */
export function prepareDump(inputs: SourceInput[], database: string | undefined, limits: DumpLimits = DEFAULT_LIMITS): PreparedDump | undefined {
  if (!existsSync(WORKER_SCRIPT)) return undefined;
  // A load kept by the opt-in cache (dump-cache.ts) needs no PGlite.
  if (hasCachedDumpLoad(inputs, database, limits)) return undefined;
  let statements: SqlStatement[];
  try {
    statements = inputs.flatMap((input) => selectStatements(input, input.text(), database));
  } catch {
    return undefined;
  }
  return { process: forkDumpProcess(limits, inputs.map((i) => i.path), extensionsNamed(statements)), database, limits };
}

export async function loadDump(inputs: SourceInput[], database: string | undefined, limits: DumpLimits = DEFAULT_LIMITS, prepared?: PreparedDump): Promise<LoadedDump> {
  // A process prepared for other settings is of no use (the settings come from the same source entry, so this is a safeguard).
  const ready = prepared && prepared.database === database && isDeepStrictEqual(prepared.limits, limits) ? prepared.process : undefined;
  if (prepared && !ready) prepared.process.abandon();
  try {
    return await loadDumpWith(inputs, database, limits, ready);
  } finally {
    ready?.abandon();
  }
}

async function loadDumpWith(inputs: SourceInput[], database: string | undefined, limits: DumpLimits, ready: DumpProcess | undefined): Promise<LoadedDump> {
  const selected = inputs.map((input) => {
    const text = input.text();
    return { input, text, statements: selectStatements(input, text, database) };
  });
  const files = selected.map((s) => ({ path: s.input.path, text: s.text, statements: s.statements }));
  const cached = readCachedDumpLoad(inputs, database, limits);
  if (cached) return loadedFrom(cached, files);
  await loadStatementParser();
  const warnings: Diagnostic[] = [];
  const extensions = new Set<string>();
  const run: DumpRun = { files: [], extensions: [], statementTimeoutSeconds: limits.statementSeconds };
  for (const { input, statements } of selected) {
    const toRun: StatementToRun[] = [];
    const decisions = decideStatements(statements.map((statement) => statement.text));
    for (const [i, statement] of statements.entries()) {
      const at = { file: input.path, line: statement.line };
      const decision = decisions[i] as StatementDecision;
      if (decision.action === 'skip') continue;
      if (decision.action === 'invalid') {
        if (decision.psqlVariable) {
          warnings.push({ severity: 'warning', ...at, message: `statement skipped: it uses a psql variable (${firstWords(statement.text)} …), which only psql can substitute`, expected: 'SQL without psql variables' });
          continue;
        }
        throw new InputError([{ severity: 'error', ...at, message: `SQL does not parse: ${decision.message}`, expected: 'SQL that PostgreSQL accepts' }]);
      }
      if (decision.action === 'refuse') {
        warnings.push({ severity: 'warning', ...at, message: `statement refused, not executed (${decision.kind}): ${firstWords(statement.text)}`, expected: 'statements that define roles, tables, grants and policies' });
        continue;
      }
      const extension = CREATE_EXTENSION.exec(statement.text);
      if (extension) extensions.add(unquote(extension[1] as string).toLowerCase());
      toRun.push({ text: statement.text, line: statement.line, ...(/^CREATE\s+(ROLE|USER|GROUP)\b/i.test(statement.text) ? { createsRole: true } : {}), ...(decision.together ? { together: true } : {}) });
    }
    run.files.push({ path: input.path, statements: toRun });
  }
  run.extensions = [...extensions].filter((name) => name in SHIPPED_EXTENSIONS).sort();
  let result: DumpRunResult;
  if (ready && run.extensions.every((name) => ready.extensions.includes(name))) result = await ready.run(run);
  else if (existsSync(WORKER_SCRIPT)) {
    const process = forkDumpProcess(limits, inputs.map((i) => i.path), run.extensions);
    try {
      result = await process.run(run);
    } finally {
      process.abandon();
    }
  } else result = await (await import('./run-in-pglite.js')).runInPglite(run, () => undefined);
  if (result.error) throw new InputError([result.error]);
  const load: CachedDumpLoad = { files: run.files, warnings, result: { catalog: result.catalog, noted: result.noted, warnings: result.warnings, failed: result.failed } };
  writeCachedDumpLoad(inputs, database, limits, load);
  return loadedFrom(load, files);
}

/** The loaded dump from what PGlite gave (now or kept by the cache): the lines of the statements that state a fact. */
function loadedFrom(load: CachedDumpLoad, files: LoadedDump['files']): LoadedDump {
  const { result } = load;
  const lines = new StatementLines();
  for (const [f, s] of result.noted) {
    const file = load.files[f];
    const statement = file?.statements[s];
    if (file && statement) lines.note(statement.text, { file: file.path, line: statement.line });
  }
  return { catalog: result.catalog, lines, warnings: [...load.warnings, ...result.warnings], failed: result.failed, files };
}

/** The tail of the child's standard error kept to tell why it ended (V8 prints its abort there). */
const STDERR_KEPT = 4096;

/** The process loading one dump: PGlite starts in it when forked; run() sends the statements. */
export interface DumpProcess {
  /** The extensions PGlite was started with. */
  readonly extensions: readonly string[];
  run(run: DumpRun): Promise<DumpRunResult>;
  /** Ends the process (nothing happens once it has ended). */
  abandon(): void;
}

/**
 * Forks the child process (load-worker.js) whose heap is capped by --max-old-space-size and has
 * it start PGlite with `extensions`. The wall-clock limit counts from when PGlite has started and
 * the statements have arrived. A child that ends without answering has run out of its heap (V8
 * aborts it) or was otherwise stopped: either way the source is unreadable, and the auditor
 * itself goes on.
 */
function forkDumpProcess(limits: DumpLimits, files: string[], extensions: string[]): DumpProcess {
  const fail = (message: string, expected: string) => new InputError(files.map((file) => ({ severity: 'error' as const, file, message, expected })));
  const memoryError = () => fail(`loading the PostgreSQL dump exceeded the memory limit of ${limits.memoryMb} MB; stopped`, `a dump that loads within options.limits.memoryMb (${limits.memoryMb} MB); raise the limit if the dump is legitimately large`);
  const child = fork(WORKER_SCRIPT, [], {
    execArgv: [`--max-old-space-size=${Math.max(1, Math.floor(limits.memoryMb))}`, WASM_TIERING],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let resolveResult: (result: DumpRunResult) => void = () => undefined;
  let rejectResult: (error: unknown) => void = () => undefined;
  const result = new Promise<DumpRunResult>((resolve, reject) => {
    resolveResult = resolve;
    rejectResult = reject;
  });
  // Not awaited until run(): a failure before then is kept for run() to report.
  result.catch(() => undefined);
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEPT);
  });
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  const settle = (action: () => void) => {
    if (settled) return;
    settled = true;
    if (timer) clearTimeout(timer);
    action();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  child.on('message', (message: { started?: true; result?: DumpRunResult; failure?: string }) => {
    if (message.started) {
      timer = setTimeout(
        () => settle(() => rejectResult(fail(`loading the PostgreSQL dump did not finish within the time limit of ${limits.timeSeconds} s; stopped`, `a dump that loads within options.limits.timeSeconds (${limits.timeSeconds} s); raise the limit if the dump is legitimately large`))),
        limits.timeSeconds * 1000,
      );
    } else if (message.result) {
      const value = message.result;
      settle(() => resolveResult(value));
    } else if (/heap out of memory|heap limit|out of memory/i.test(message.failure ?? '')) {
      settle(() => rejectResult(memoryError()));
    } else {
      settle(() => rejectResult(new Error(`PostgreSQL import process failed: ${message.failure ?? 'unknown error'}`)));
    }
  });
  child.on('error', (error) => settle(() => rejectResult(error)));
  child.on('exit', (code, signal) => {
    // 'exit' may come before the last stderr chunk: wait for the stream to end.
    const decide = () =>
      settle(() => {
        if (/heap limit|heap out of memory|out of memory|allocation failed/i.test(stderr) || signal === 'SIGABRT' || code === 134) rejectResult(memoryError());
        else rejectResult(fail(`the process loading the PostgreSQL dump stopped without answering (${signal ? `signal ${signal}` : `exit code ${code}`}); the dump may exceed the memory limit of ${limits.memoryMb} MB`, `a dump that loads within options.limits (memoryMb ${limits.memoryMb} MB, timeSeconds ${limits.timeSeconds} s)`));
      });
    if (child.stderr && !child.stderr.readableEnded) child.stderr.once('close', decide);
    else decide();
  });
  const send = (message: unknown) =>
    child.send(message as Parameters<typeof child.send>[0], (error) => {
      if (error) settle(() => rejectResult(error));
    });
  send({ prepare: { extensions } });
  return {
    extensions,
    run(run: DumpRun) {
      if (!settled) send({ run });
      return result;
    },
    abandon() {
      settle(() => rejectResult(new Error('PostgreSQL import process abandoned')));
    },
  };
}

function firstWord(text: string): string {
  return unquote(text.split(/\s+/)[0] ?? '');
}

function unquote(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.startsWith("'") ? name.slice(1, -1) : name.replace(/;$/, '');
}

function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 4).join(' ');
}
