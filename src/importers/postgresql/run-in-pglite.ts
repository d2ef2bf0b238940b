// Runs the statements the policy allowed in a fresh PGlite (embedded PostgreSQL, no server) and
// reads the catalog back. Runs in a child process (load-worker.ts) so that the import can be
// stopped by its time and memory limits; from sources (tests) in the calling thread.
import type { Extension, PGlite } from '@electric-sql/pglite';
import type { Diagnostic } from '../../inventory/diagnostic.js';
import { readCatalog, type Catalog } from './catalog.js';

export interface StatementToRun {
  text: string;
  line: number;
  /** Whether a CREATE ROLE of the bootstrap superuser (already in every cluster). */
  createsRole?: boolean;
  /** May run in one exec() with neighbouring statements that may too (StatementDecision's `together`). */
  together?: boolean;
}

export interface DumpRun {
  files: Array<{ path: string; statements: StatementToRun[] }>;
  /** Extensions PGlite ships that the dump creates (SQL names: uuid-ossp, pgcrypto …). */
  extensions: string[];
  statementTimeoutSeconds: number;
}

export interface FailedStatement {
  file: string;
  line: number;
  text: string;
  code: string;
  message: string;
}

export interface DumpRunResult {
  catalog: Catalog;
  /** [file index, statement index] of every statement whose text states a fact (it ran, or its role already existed). */
  noted: Array<[number, number]>;
  warnings: Diagnostic[];
  /** Statements PostgreSQL refused to run (what they define or grant is missing from the catalog). */
  failed: FailedStatement[];
  /** A statement PostgreSQL rejected as a syntax error: the source cannot be read. */
  error?: Diagnostic;
}

const SYNTAX_ERROR = '42601';
const DUPLICATE_OBJECT = '42710';

/** Extensions PGlite ships whose objects (types, functions) a table or policy may use, by SQL name. */
export const SHIPPED_EXTENSIONS: Record<string, () => Promise<Extension>> = {
  'uuid-ossp': async () => (await import('@electric-sql/pglite/contrib/uuid_ossp')).uuid_ossp,
  pgcrypto: async () => (await import('@electric-sql/pglite/contrib/pgcrypto')).pgcrypto,
  citext: async () => (await import('@electric-sql/pglite/contrib/citext')).citext,
  hstore: async () => (await import('@electric-sql/pglite/contrib/hstore')).hstore,
  ltree: async () => (await import('@electric-sql/pglite/contrib/ltree')).ltree,
  cube: async () => (await import('@electric-sql/pglite/contrib/cube')).cube,
  earthdistance: async () => (await import('@electric-sql/pglite/contrib/earthdistance')).earthdistance,
  isn: async () => (await import('@electric-sql/pglite/contrib/isn')).isn,
  seg: async () => (await import('@electric-sql/pglite/contrib/seg')).seg,
  intarray: async () => (await import('@electric-sql/pglite/contrib/intarray')).intarray,
  pg_trgm: async () => (await import('@electric-sql/pglite/contrib/pg_trgm')).pg_trgm,
  fuzzystrmatch: async () => (await import('@electric-sql/pglite/contrib/fuzzystrmatch')).fuzzystrmatch,
  unaccent: async () => (await import('@electric-sql/pglite/contrib/unaccent')).unaccent,
  btree_gin: async () => (await import('@electric-sql/pglite/contrib/btree_gin')).btree_gin,
  btree_gist: async () => (await import('@electric-sql/pglite/contrib/btree_gist')).btree_gist,
  tablefunc: async () => (await import('@electric-sql/pglite/contrib/tablefunc')).tablefunc,
  lo: async () => (await import('@electric-sql/pglite/contrib/lo')).lo,
  moddatetime: async () => (await import('@electric-sql/pglite/contrib/moddatetime')).moddatetime,
  tcn: async () => (await import('@electric-sql/pglite/contrib/tcn')).tcn,
  bloom: async () => (await import('@electric-sql/pglite/contrib/bloom')).bloom,
  dict_int: async () => (await import('@electric-sql/pglite/contrib/dict_int')).dict_int,
  dict_xsyn: async () => (await import('@electric-sql/pglite/contrib/dict_xsyn')).dict_xsyn,
};

/** Statements joined in one exec() at most (a failure reruns them one by one). */
const MAX_TOGETHER = 100;
const MAX_TOGETHER_CHARS = 256 * 1024;

/** The end (exclusive) of the run of statements from `start` that may run together; start + 1 when that one may not. */
function togetherEnd(statements: readonly StatementToRun[], start: number): number {
  let end = start;
  let chars = 0;
  while (end < statements.length && end - start < MAX_TOGETHER) {
    const statement = statements[end] as StatementToRun;
    if (!statement.together) break;
    chars += statement.text.length;
    if (chars > MAX_TOGETHER_CHARS && end > start) break;
    end++;
  }
  return Math.max(end, start + 1);
}

async function sessionReadsAsDecided(db: PGlite): Promise<boolean> {
  const { rows } = await db.query<{ scs: string; encoding: string }>("SELECT current_setting('standard_conforming_strings') AS scs, current_setting('client_encoding') AS encoding");
  return rows[0]?.scs === 'on' && rows[0]?.encoding === 'UTF8';
}

/** Starts PGlite with these shipped extensions (SQL names) available. */
export async function startDatabase(extensionNames: readonly string[]): Promise<PGlite> {
  const extensions: Record<string, Extension> = {};
  for (const name of extensionNames) {
    const load = SHIPPED_EXTENSIONS[name];
    if (load) extensions[name.replace(/-/g, '_')] = await load();
  }
  // PGlite itself is loaded here, in the process that runs the dump, never by detection.
  const { startPglite } = await import('./start-pglite.js');
  return startPglite(extensions);
}

/**
 * Runs the statements in `started` (a PGlite started with at least `run.extensions`, see
 * load-worker.ts) or in a PGlite started now, and closes it.
 */
export async function runInPglite(run: DumpRun, onStarted: () => void, started?: Promise<PGlite>): Promise<DumpRunResult> {
  const db = await (started ?? startDatabase(run.extensions));
  try {
    // PGlite runs single-threaded without timer signals, so this bound is not enforced by it
    // (measured: pg_sleep(5) returns after 5 s); the worker's wall-clock limit is what stops a
    // statement. It is set all the same, should a later PGlite honour it.
    await db.exec(`SET statement_timeout = '${Math.max(1, Math.round(run.statementTimeoutSeconds * 1000))}ms'`);
    onStarted();
    const warnings: Diagnostic[] = [];
    const noted: Array<[number, number]> = [];
    const failed: FailedStatement[] = [];
    // Runs one statement on its own; a syntax error ends the run (its result is returned).
    const runAlone = async (f: number, file: DumpRun['files'][number], s: number): Promise<DumpRunResult | undefined> => {
      const statement = file.statements[s] as StatementToRun;
      const at = { file: file.path, line: statement.line };
      try {
        await db.exec(statement.text);
        noted.push([f, s]);
      } catch (error) {
        const e = error as { code?: string; message?: string };
        if (e.code === SYNTAX_ERROR) {
          return { catalog: await readCatalog(db), noted, warnings, failed, error: { severity: 'error', ...at, message: `SQL does not parse: ${e.message ?? String(error)}`, expected: 'SQL that PostgreSQL accepts' } };
        }
        if (e.code === undefined) throw error;
        // The statement may still say where a role's properties were set (ALTER ROLE postgres …).
        if (e.code === DUPLICATE_OBJECT && statement.createsRole) {
          noted.push([f, s]);
          // Every pg_dumpall creates the bootstrap superuser, which the embedded cluster already has.
          if (/^CREATE\s+ROLE\s+"?postgres"?\s*;?$/i.test(statement.text.trim())) return undefined;
        }
        warnings.push({ severity: 'warning', ...at, message: `${failedStatementPrefix(e.code)}${e.message ?? ''}` });
        failed.push({ ...at, text: statement.text.slice(0, 200), code: e.code, message: e.message ?? '' });
      }
      return undefined;
    };
    // Whether the session reads a statement's text as libpg-query did when the policy decided it
    // (standard-conforming strings, UTF-8): only then may statements run joined in one text,
    // since no statement's quoting can then reach into the next. Asked again after any
    // statement run alone (a SET may change either).
    let readsAsDecided: boolean | undefined;
    // A failed run costs its statements twice. A dump whose grants name roles it does not create
    // (pg_dump without the roles) fails in most runs: once failed runs outnumber the others by
    // more than two, the rest is run one by one.
    let runsFailed = 0;
    let runsDone = 0;
    for (const [f, file] of run.files.entries()) {
      let s = 0;
      while (s < file.statements.length) {
        const end = togetherEnd(file.statements, s);
        if (end - s > 1 && runsFailed <= runsDone + 2) {
          readsAsDecided ??= await sessionReadsAsDecided(db);
          if (readsAsDecided) {
            try {
              // One implicit transaction: all of them run, or (any error) none did, and they are run
              // again one by one, so that each failure is reported as it is when run alone.
              await db.exec(file.statements.slice(s, end).map((statement) => `${statement.text}\n;`).join('\n'));
              for (let i = s; i < end; i++) noted.push([f, i]);
              s = end;
              runsDone++;
              continue;
            } catch (error) {
              if ((error as { code?: string }).code === undefined) throw error;
              runsFailed++;
            }
          }
        }
        for (; s < end; s++) {
          if (!file.statements[s]?.together) readsAsDecided = undefined;
          const stopped = await runAlone(f, file, s);
          if (stopped) return stopped;
        }
      }
    }
    return { catalog: await readCatalog(db), noted, warnings, failed };
  } finally {
    await db.close();
  }
}

/** The start of the warning a statement PostgreSQL refused with `code` gets (missing-owners.ts folds some of them). */
export function failedStatementPrefix(code: string): string {
  return `statement failed in PGlite and was skipped (${code}): `;
}
