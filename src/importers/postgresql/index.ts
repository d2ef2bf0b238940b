// PostgreSQL: `pg_dumpall --roles-only` and `pg_dump` schema/ACL output (plain SQL), loaded into
// a real PostgreSQL (PGlite, embedded) and read back from its catalog, so privileges follow
// PostgreSQL's own rules: role membership with INHERIT / NOINHERIT, PUBLIC, default privileges,
// row-level security and its policies, SUPERUSER, BYPASSRLS, pg_read_all_data.
import { Type } from '@sinclair/typebox';
import type { SourceInput } from '../../sources/source-input.js';
import { buildDatabaseInventory } from '../database/build-database-inventory.js';
import { DatabaseMappingSchema } from '../database/database-mapping.js';
import type { CoverageNote, Importer, ImportResult } from '../importer.js';
import { DEFAULT_LIMITS, loadDump, prepareDump, type DumpLimits, type PreparedDump } from './load-dump.js';
import { postgresFacts } from './postgres-facts.js';
import { privilegesStated, withUnstatedPrivileges } from './privileges-stated.js';
import { foldMissingOwners } from './missing-owners.js';
import { DEFAULT_SAMPLE_ROWS } from '../../discovery/discover-table.js';
import { DiscoveryOptionsSchema } from '../../discovery/discovery-options.js';

const OptionsSchema = Type.Object(
  {
    database: Type.Optional(Type.String({ description: 'the database the dump must be of; in a pg_dumpall file, the section to load' })),
    limits: Type.Optional(
      Type.Object(
        {
          timeSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: `wall-clock seconds for loading the dump once PostgreSQL has started (default ${DEFAULT_LIMITS.timeSeconds})` })),
          memoryMb: Type.Optional(Type.Integer({ minimum: 16, description: `heap of the loading thread in MB (default ${DEFAULT_LIMITS.memoryMb})` })),
          statementSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: `PostgreSQL statement_timeout in seconds (default ${DEFAULT_LIMITS.statementSeconds})` })),
        },
        { additionalProperties: false, description: 'bounds on loading the dump; a dump exceeding them is an unreadable source' },
      ),
    ),
    discovery: Type.Optional(DiscoveryOptionsSchema),
  },
  { additionalProperties: false },
);

/** Hand-written SQL (no pg_dump header): a statement defining roles, tables or privileges at a line start. */
const HAND_WRITTEN = /^\s*(CREATE\s+(OR\s+REPLACE\s+)?(TABLE|ROLE|USER|GROUP|SCHEMA|POLICY|VIEW|EXTENSION)|GRANT|REVOKE|ALTER\s+(TABLE|ROLE|DEFAULT\s+PRIVILEGES))\b/im;
/** MySQL's own shapes: grant listings, backquoted names, 'user'@'host', ENGINE=, AUTO_INCREMENT. */
const MYSQL = /^-- Grants (dumped by pt-show-grants|for ')|^-- MySQL dump|\bON \*\.\* TO\b|`|['"]@['"%]|\bENGINE\s*=|\bAUTO_INCREMENT\b/im;
const DUMP_MARKERS = /PostgreSQL database (cluster )?dump|^SET (standard_conforming_strings|client_encoding|statement_timeout)\b|^CREATE ROLE\b|^\\(restrict|connect)\b|^SELECT pg_catalog\.set_config/m;

/** Dumps whose process prepare() started, by the inputs load() will be called with. */
const preparedDumps = new WeakMap<SourceInput[], PreparedDump>();

function dumpSettings(options: Record<string, unknown>): { database: string | undefined; limits: DumpLimits } {
  return {
    database: typeof options.database === 'string' ? options.database : undefined,
    limits: { ...DEFAULT_LIMITS, ...(options.limits as Partial<DumpLimits> | undefined) },
  };
}

export const postgresqlImporter = {
  format: 'postgresql',
  title: 'PostgreSQL pg_dump / pg_dumpall (plain SQL)',
  extensions: ['.sql'],
  supplies: ['databaseLogins', 'databaseTables', 'discoveredTables'],
  optionsSchema: OptionsSchema,
  mappingSchema: DatabaseMappingSchema,
  detect(input: SourceInput) {
    if (/PostgreSQL database (cluster )?dump/.test(input.head)) return true;
    return (DUMP_MARKERS.test(input.head) || HAND_WRITTEN.test(input.head)) && !MYSQL.test(input.head);
  },
  // The files of one source (roles-only dump and schema dump) load into one database.
  group(inputs: SourceInput[]) {
    return inputs.length === 0 ? [] : [inputs];
  },
  // PGlite's start-up (about a second) runs in its own process beside the rest of the audit.
  prepare(inputs: SourceInput[], options: Record<string, unknown>) {
    const { database, limits } = dumpSettings(options);
    const dump = prepareDump(inputs, database, limits);
    if (!dump) return undefined;
    preparedDumps.set(inputs, dump);
    return () => {
      preparedDumps.delete(inputs);
      dump.process.abandon();
    };
  },
  async load(inputs, context): Promise<ImportResult> {
    const { database, limits } = dumpSettings(context.options);
    const prepared = preparedDumps.get(inputs);
    preparedDumps.delete(inputs);
    const loaded = await loadDump(inputs, database, limits, prepared);
    const { catalog, lines, files } = loaded;
    // OWNER TO statements failing on one owner role the dump does not create: one warning and one coverage note per role.
    const { failed, warnings, coverage: missingOwners } = foldMissingOwners(loaded.failed, loaded.warnings);
    const sampleRows = (context.options.discovery as { sampleRows?: number } | undefined)?.sampleRows ?? DEFAULT_SAMPLE_ROWS;
    // Loaded here, with libpg-query (which reading the rows needs), only when a dump is read.
    const { discoverPostgres } = await import('../../discovery/discover-postgres.js');
    // A dump without privilege (or owner) statements does not state what its logins read.
    const facts = { ...withUnstatedPrivileges(postgresFacts(catalog, lines), privilegesStated(files), files, warnings), discovered: discoverPostgres(catalog, files, sampleRows) };
    const result = buildDatabaseInventory(facts, context, warnings);
    // A statement PostgreSQL refused (an extension PGlite lacks, a type or table that is missing)
    // leaves out what it defines or grants: listed, never silently dropped.
    const notLoaded: CoverageNote[] = failed.map((f) => ({
      file: f.file,
      line: f.line,
      kind: 'statement',
      name: f.text.split(/\s+/).slice(0, 6).join(' '),
      note: `failed in the embedded PostgreSQL (${f.code}: ${f.message}); what it defines or grants is not in the inventory`,
      noteZh: `在内嵌 PostgreSQL 中执行失败（${f.code}：${f.message}）；其定义或授予的内容不在清单中`,
    }));
    notLoaded.push(...missingOwners);
    return notLoaded.length > 0 ? { ...result, coverage: [...(result.coverage ?? []), ...notLoaded] } : result;
  },
} satisfies Importer;
