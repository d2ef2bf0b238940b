// The PostgreSQL importer: statement splitting, loading into PGlite, privileges read back from the
// catalog, mapping to the manifest — and the differential test: every (role, table, column,
// privilege) our resolution decides equals has_table_privilege / has_column_privilege asked of a
// fresh PGlite that loaded the same dump directly.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresqlImporter } from '../src/importers/postgresql/index.js';
import { loadDump, type LoadedDump } from '../src/importers/postgresql/load-dump.js';
import type { Catalog } from '../src/importers/postgresql/catalog.js';
import { EffectivePrivileges } from '../src/importers/postgresql/effective-privileges.js';
import { splitStatements } from '../src/importers/postgresql/split-statements.js';
import { InputError } from '../src/inventory/diagnostic.js';
import { emptyInventory } from '../src/inventory/inventory.js';
import { loadInventory } from '../src/inventory/load-inventory.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const MATRIX = 'tests/fixtures/postgresql/privileges-matrix.sql';
const HOSPITAL_BEFORE = 'examples/hospital/before';
const input = (path: string) => readSourceInput(`${REPO_ROOT}/${path}`, path);

describe('splitting a dump', () => {
  it('keeps quoted, dollar-quoted and commented semicolons inside their statement and skips meta-commands and COPY data', () => {
    const text = readFileSync(`${REPO_ROOT}/${MATRIX}`, 'utf8');
    const { statements, metaCommands } = splitStatements(text, MATRIX);
    expect(metaCommands.map((m) => m.name)).toEqual(['restrict', 'unrestrict']);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const patients = statements.find((s) => s.text.startsWith('CREATE TABLE emr.patients'));
    expect(patients?.line).toBe(lineOf('CREATE TABLE emr.patients'));
    expect(patients?.text).toContain("'a;b $$ c'");
    expect(statements.find((s) => s.text.startsWith('CREATE FUNCTION'))?.text).toContain('WHERE id = $1; $_$');
    expect(statements.some((s) => s.text.includes('Surgery; east'))).toBe(false);
    const afterCopy = statements.find((s) => s.text.startsWith('ALTER TABLE emr.patients ENABLE'));
    expect(afterCopy?.line).toBe(lineOf('ALTER TABLE emr.patients ENABLE'));
  });

  it('names the line of an unterminated string', () => {
    const run = () => splitStatements("SET a = 1;\nCREATE ROLE x PASSWORD 'oops;\n", 'broken.sql');
    expect(run).toThrow(InputError);
    try {
      run();
    } catch (error) {
      expect((error as InputError).diagnostics[0]).toMatchObject({ file: 'broken.sql', line: 2 });
    }
  });
});

describe('differential: our privilege resolution against PostgreSQL itself', () => {
  let ours: LoadedDump;
  let oracle: PGlite;
  let catalog: Catalog;

  beforeAll(async () => {
    ours = await loadDump([input(MATRIX)], undefined);
    catalog = ours.catalog;
    // The oracle loads the file as psql would, minus its meta-commands and COPY data.
    const raw = readFileSync(`${REPO_ROOT}/${MATRIX}`, 'utf8')
      .replace(/^COPY [\s\S]*?^\\\.$/m, '')
      .replace(/^\\.*$/gm, '');
    oracle = new PGlite();
    await oracle.exec(raw);
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('loads the dump without warnings', () => {
    expect(ours.warnings).toEqual([]);
  });

  it('decides every table and column privilege of every role as has_*_privilege does', async () => {
    const resolved = new EffectivePrivileges(catalog);
    const roles = [...catalog.roles.values()].filter((r) => !r.name.startsWith('pg_') || r.name === 'pg_read_all_data');
    const checks: Array<{ role: string; table: string; column?: string; privilege: string; ours: boolean }> = [];
    for (const role of roles) {
      for (const rel of catalog.relations) {
        const table = `"${rel.schema}"."${rel.name}"`;
        for (const privilege of ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) {
          checks.push({ role: role.name, table, privilege, ours: resolved.tablePaths(role.oid, rel, privilege).length > 0 });
        }
        for (const column of rel.columns) {
          for (const privilege of ['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']) {
            checks.push({ role: role.name, table, column, privilege, ours: resolved.columnPaths(role.oid, rel, column, privilege).length > 0 });
          }
        }
      }
    }
    expect(roles.length).toBeGreaterThanOrEqual(12);
    const { rows } = await oracle.query<{ r: boolean }>(
      `select case when c.col is null then has_table_privilege(c.role, c.tbl, c.priv) else has_column_privilege(c.role, c.tbl, c.col, c.priv) end as r
       from jsonb_to_recordset($1::jsonb) as c(i int, role text, tbl text, col text, priv text) order by c.i`,
      [JSON.stringify(checks.map((c, i) => ({ i, role: c.role, tbl: c.table, col: c.column ?? null, priv: c.privilege })))],
    );
    const theirs = rows.map((r) => r.r);
    const differences = checks.filter((c, i) => c.ours !== theirs[i]);
    expect(differences).toEqual([]);
    // The matrix is not trivially all-false or all-true.
    expect(checks.filter((c) => c.ours).length).toBeGreaterThan(50);
    expect(checks.filter((c) => !c.ours).length).toBeGreaterThan(50);
  });

  it('decides schema USAGE as has_schema_privilege does', async () => {
    const resolved = new EffectivePrivileges(catalog);
    const schemas = [...new Map(catalog.relations.map((r) => [r.schemaOid, r.schema]))];
    for (const role of catalog.roles.values()) {
      if (role.name.startsWith('pg_')) continue;
      for (const [oid, name] of schemas) {
        const { rows } = await oracle.query<{ r: boolean }>('select has_schema_privilege($1, $2, $3) as r', [role.name, name, 'USAGE']);
        expect({ role: role.name, schema: name, usage: resolved.schemaPaths(role.oid, oid, 'USAGE').length > 0 }).toEqual({ role: role.name, schema: name, usage: rows[0]?.r });
      }
    }
  });

  it('explains the path: member role, per-grant NOINHERIT, pg_read_all_data, superuser', () => {
    const resolved = new EffectivePrivileges(catalog);
    const rel = catalog.relations.find((r) => r.name === 'patients');
    const oid = (name: string) => resolved.roleOid(name) as number;
    if (!rel) throw new Error('no patients table');
    expect(resolved.columnPaths(oid('nurse_a'), rel, 'name', 'SELECT')).toEqual(['role:clinical']);
    expect(resolved.columnPaths(oid('nurse_a'), rel, 'id', 'SELECT')).toEqual(['role:staff']);
    expect(resolved.columnPaths(oid('nurse_a'), rel, 'ID Number', 'SELECT')).toEqual(['role:Night Shift']);
    expect(resolved.columnPaths(oid('nurse_optout'), rel, 'name', 'SELECT')).toEqual([]);
    expect(resolved.columnPaths(oid('nurse_noinherit'), rel, 'name', 'SELECT')).toEqual([]);
    expect(resolved.tablePaths(oid('analyst'), rel, 'SELECT')).toEqual(['pg_read_all_data']);
    expect(resolved.tablePaths(oid('dba'), rel, 'DELETE')).toEqual(['superuser']);
  });
});

describe('importing a dump with a mapping', () => {
  it('reads the hospital dump: logins, what they read and why, PUBLIC, RLS, passwords, lines', async () => {
    const taxonomy = loadTaxonomy();
    const { inventory: declared } = loadInventory(['access.yaml', 'data.yaml', 'system.yaml', 'provision.yaml'].map((f) => `${HOSPITAL_BEFORE}/${f}`), { cwd: REPO_ROOT, taxonomy });
    const path = `${HOSPITAL_BEFORE}/db/emr-dump.sql`;
    const result = await postgresqlImporter.load([input(path)], {
      cwd: REPO_ROOT,
      baseDir: REPO_ROOT,
      options: { database: 'emr' },
      mapping: {
        tables: { 'public.patients': { store: 'emr', columns: { id: null, name: 'patient_name', id_no: 'id_number', ward: null, admitted_at: 'admission_time', record: 'medical_record' } } },
        logins: { his_app: { usedBy: 'application' }, nurse_station: { account: 'ns-general-surgery' }, insurance_desk: { account: 'agency-onsite-01' } },
      },
      declared,
    });
    const text = readFileSync(`${REPO_ROOT}/${path}`, 'utf8').split('\n');
    const lineOf = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;
    const logins = new Map(result.manifest.databaseLogins?.map((l) => [l.name, l]));
    expect(logins.get('his_app')).toMatchObject({ superuser: true, password: 'md5', usedBy: 'application' });
    expect(logins.get('insurance_desk')).toMatchObject({ password: 'plaintext', account: 'agency-onsite-01' });
    const nurse = logins.get('nurse_station');
    expect(nurse?.reads?.[0]?.store).toBe('emr');
    expect(nurse?.reads?.[0]?.via).toEqual(['PUBLIC', 'role:clinical']);
    expect(nurse?.reads?.[0]?.fields).toEqual(['patient_name', 'id_number', 'phone', 'admission_time', 'diagnosis', 'surgery_type', 'medical_record']);
    const [table] = result.manifest.databaseTables ?? [];
    expect(table).toMatchObject({ name: 'public.patients', store: 'emr', publicPrivileges: ['SELECT'], rowLevelSecurity: { enabled: false, forced: false, policies: [] } });
    expect(table?.defaultPrivileges).toEqual([{ grantee: 'PUBLIC', privileges: ['SELECT'], forRole: 'postgres', schema: 'public' }]);
    // Findings cite the statement lines.
    const locator = result.locators?.[0];
    const hisIndex = result.manifest.databaseLogins?.findIndex((l) => l.name === 'his_app');
    const located = locator?.locate([`/databaseLogins/${hisIndex}/superuser`, '/databaseTables/0/publicReadFields', '/databaseTables/0']);
    expect(located?.get(`/databaseLogins/${hisIndex}/superuser`)?.line).toBe(lineOf('ALTER ROLE his_app WITH SUPERUSER'));
    expect(located?.get('/databaseTables/0/publicReadFields')?.line).toBe(lineOf('TO PUBLIC;'));
    expect(located?.get('/databaseTables/0')?.line).toBe(lineOf('CREATE TABLE public.patients'));
    expect(result.coverage?.find((c) => c.kind === 'table')).toMatchObject({ name: 'public.audit_log', line: lineOf('CREATE TABLE public.audit_log') });
    // `CREATE ROLE postgres` of every pg_dumpall meets the embedded cluster's own superuser: not a warning.
    expect(result.warnings).toEqual([]);
  });

  it('imports a real pg_dump output (pagila) without error', async () => {
    const result = await postgresqlImporter.load([input('tests/fixtures/postgresql/real/pagila-schema-excerpt.sql')], { cwd: REPO_ROOT, baseDir: REPO_ROOT, options: {}, mapping: {}, declared: emptyInventory() });
    expect(result.coverage?.map((c) => c.name).sort()).toEqual(['public.actor', 'public.customer']);
    // The excerpt leaves out pagila's ACL section: its privileges are not stated (pg_dump -x's shape).
    expect(result.warnings?.map((w) => w.expected)).toEqual(['pg_dump without -x (--no-privileges)']);
  });
});

describe('bad input', () => {
  const declared = emptyInventory();
  const load = async (files: Record<string, string>, options: Record<string, unknown> = {}) => {
    const dir = tempDir(files);
    const [name] = Object.keys(files);
    return postgresqlImporter.load([readSourceInput(`${dir}/${name}`, name as string)], { cwd: dir, baseDir: dir, options, mapping: {}, declared });
  };
  const diagnosticOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      if (error instanceof InputError) return error.diagnostics[0];
      throw error;
    }
    throw new Error('expected an InputError');
  };

  it('SQL that does not parse: InputError with file and line', async () => {
    const d = await diagnosticOf(load({ 'bad.sql': '-- PostgreSQL database dump\nSET client_encoding = \'UTF8\';\nCREATE TABLE t (a int;\n' }));
    expect(d).toMatchObject({ file: 'bad.sql', line: 3, message: expect.stringContaining('does not parse') });
  });

  it('a MySQL dump given as PostgreSQL', async () => {
    const d = await diagnosticOf(load({ 'my.sql': '-- MySQL dump 10.13\n\nCREATE TABLE `patients` (\n  `id` int\n) ENGINE=InnoDB;\n' }));
    expect(d).toMatchObject({ file: 'my.sql', message: expect.stringContaining('MySQL') });
  });

  it('a dump of another database than options.database', async () => {
    const d = await diagnosticOf(load({ 'other.sql': '-- PostgreSQL database dump\nCREATE DATABASE billing WITH TEMPLATE = template0;\n\\connect billing\nCREATE TABLE t (a int);\n' }, { database: 'emr' }));
    expect(d).toMatchObject({ file: 'other.sql', line: 2, message: expect.stringContaining('"billing", not "emr"') });
  });
});
