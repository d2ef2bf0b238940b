// SQL files that are not pg_dump output, as projects keep them: a hand-written schema applied
// with `psql -v app_user=… -f schema.sql` that creates the extensions it uses (some PGlite ships,
// PostGIS it does not) and grants to a psql variable. Detected by content, loaded statement by
// statement: the extensions PGlite ships are loaded so their tables keep their grants and
// policies, a psql variable skips one statement (with its line), and every statement PostgreSQL
// refuses is listed in the coverage. A SQL file named on the command line is imported, or is an
// input error when it is not SQL.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../src/importers/importer.js';
import { postgresqlImporter } from '../src/importers/postgresql/index.js';
import { loadInventory } from '../src/inventory/load-inventory.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const SCHEMA = `-- Clinic booking database.
-- Apply with: psql -v app_user=clinic_app -f schema.sql clinic

create extension if not exists "uuid-ossp";
create extension if not exists pgcrypto;
create extension if not exists citext;
create extension if not exists postgis;

create role clinic_app login password 'md5aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
create role analyst login;

create table patients (
    id uuid primary key default uuid_generate_v4(),
    email citext not null unique,
    id_number_hash text default encode(digest('seed', 'sha256'), 'hex'),
    full_name text not null
);

create table clinics (
    id serial primary key,
    location geography(point, 4326)
);

grant select (id, full_name) on patients to analyst;
grant select, insert, update on patients to :"app_user";
grant select on clinics to analyst;

alter table patients enable row level security;
create policy analyst_reads_own on patients for select to analyst using (email = current_user::citext);
`;

const STORE = `apiVersion: pipl-audit/v1
system: { id: clinic, name: Clinic, asOf: 2024-01-01 }
stores:
  - id: patients
    kind: table
    fields:
      - { name: full_name, category: identity.name }
      - { name: email, category: contact.email }
`;

describe('a hand-written schema with extensions and a psql variable', () => {
  let result: ImportResult;
  const lineOf = (needle: string) => SCHEMA.split('\n').findIndex((l) => l.includes(needle)) + 1;

  beforeAll(async () => {
    const dir = tempDir({ 'schema.sql': SCHEMA, 'system.yaml': STORE });
    const { inventory: declared } = loadInventory([`${dir}/system.yaml`], { cwd: dir, taxonomy: loadTaxonomy() });
    const input = readSourceInput(`${dir}/schema.sql`, 'schema.sql');
    expect(postgresqlImporter.detect(input)).toBe(true);
    result = await postgresqlImporter.load([input], {
      cwd: dir,
      baseDir: dir,
      options: {},
      mapping: { tables: { 'public.patients': { store: 'patients', columns: { id: null, email: 'email', id_number_hash: null } } } },
      declared,
    });
  });

  it('is detected by content, without a pg_dump header', () => {
    for (const text of ['CREATE TABLE t (a int);\n', 'grant select on t to reader;\n', 'CREATE ROLE x LOGIN;\n']) {
      const dir = tempDir({ 'a.sql': text });
      expect(postgresqlImporter.detect(readSourceInput(`${dir}/a.sql`, 'a.sql'))).toBe(true);
    }
    for (const text of ['CREATE TABLE `t` (a int) ENGINE=InnoDB;\n', "GRANT SELECT ON clinic.* TO 'app'@'%';\n", 'Just some notes about the schema.\n']) {
      const dir = tempDir({ 'a.sql': text });
      expect(postgresqlImporter.detect(readSourceInput(`${dir}/a.sql`, 'a.sql'))).toBe(false);
    }
  });

  it('loads the extensions PGlite ships: the table using uuid-ossp, pgcrypto and citext keeps its grants and policy', () => {
    const analyst = result.manifest.databaseLogins?.find((l) => l.name === 'analyst');
    expect(analyst?.reads?.[0]).toMatchObject({ store: 'patients' });
    const [table] = result.manifest.databaseTables ?? [];
    expect(table).toMatchObject({ name: 'public.patients', rowLevelSecurity: { enabled: true, policies: [expect.objectContaining({ name: 'analyst_reads_own' })] } });
  });

  it('skips the statement with a psql variable, naming its line, and goes on', () => {
    expect(result.warnings.find((w) => w.line === lineOf(':"app_user"'))).toMatchObject({ file: 'schema.sql', message: expect.stringContaining('psql variable') });
    expect(result.manifest.databaseLogins?.find((l) => l.name === 'clinic_app')).toBeDefined();
  });

  it('lists every statement PostgreSQL refused in the coverage: the extension PGlite lacks, and the table and grant that needed it', () => {
    const refused = result.coverage?.filter((c) => c.kind === 'statement').map((c) => c.line);
    expect(refused).toEqual([lineOf('postgis'), lineOf('create table clinics'), lineOf('on clinics to analyst')]);
  });
});

describe('a SQL file named on the command line', () => {
  const MANIFEST = 'apiVersion: pipl-audit/v1\nsystem: { id: clinic, name: Clinic, asOf: 2024-01-01 }\n';

  it('is imported (hand-written SQL)', () => {
    const dir = tempDir({ 'system.yaml': MANIFEST, 'schema.sql': 'CREATE ROLE analyst LOGIN;\nCREATE TABLE patients (id int, full_name text);\nGRANT SELECT ON patients TO analyst;\n' });
    const result = runCli(['audit', 'system.yaml', 'schema.sql', '--format', 'json', '--output', 'report.json', '--fail-on', 'none'], { cwd: dir });
    expect(result.stderr).not.toContain('not a recognised source format');
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(`${dir}/report.json`, 'utf8')) as { inputs: Array<{ path: string; format: string }> };
    expect(report.inputs).toContainEqual(expect.objectContaining({ path: 'schema.sql', format: 'postgresql' }));
  });

  it('is an input error (exit 2) when it is not SQL', () => {
    const dir = tempDir({ 'system.yaml': MANIFEST, 'notes.sql': 'Remember to rotate the analyst password.\n' });
    const result = runCli(['audit', 'system.yaml', 'notes.sql', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('notes.sql');
    expect(result.stderr).toContain('not read: a .sql file of another kind is not supported (supported: ');
  });
});
