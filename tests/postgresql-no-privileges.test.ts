// A dump that states no privilege (pg_dump -x / --no-privileges) or no owner (pg_dump -O /
// --no-owner) does not state what its logins read: their reach is left unstated
// (privilegesUnknown), never "reads nothing", with a warning naming the pg_dump option.
// A dump with ACLs for some objects but none for a table still states that table owner-only.
import { describe, expect, it } from 'vitest';
import { postgresqlImporter } from '../src/importers/postgresql/index.js';
import { NO_OWNERS, NO_PRIVILEGES } from '../src/importers/postgresql/privileges-stated.js';
import { loadInventory } from '../src/inventory/load-inventory.js';
import { readSourceInput } from '../src/sources/source-input.js';
import { loadTaxonomy } from '../src/taxonomy/taxonomy.js';
import { REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const ROLES = `--
-- PostgreSQL database cluster dump
--

SET default_transaction_read_only = off;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE ROLE emr_owner;
ALTER ROLE emr_owner WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$a:b';
CREATE ROLE nurse_station;
ALTER ROLE nurse_station WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$c:d';
CREATE ROLE dba;
ALTER ROLE dba WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;
`;

/** pg_dump emr as it writes it; \`acl\` adds the ACL section pg_dump writes without -x, \`owners\` the OWNER TO lines it writes without -O. */
const dump = (options: { acl: string; owners: boolean }) => `--
-- PostgreSQL database dump
--

-- Dumped from database version 16.4
-- Dumped by pg_dump version 16.4

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: patients; Type: TABLE; Schema: public; Owner: ${options.owners ? 'emr_owner' : '-'}
--

CREATE TABLE public.patients (
    id integer NOT NULL,
    name text,
    id_no text,
    record text
);

${options.owners ? 'ALTER TABLE public.patients OWNER TO emr_owner;\n' : ''}
--
-- Name: wards; Type: TABLE; Schema: public; Owner: ${options.owners ? 'emr_owner' : '-'}
--

CREATE TABLE public.wards (
    id integer NOT NULL,
    label text
);

${options.owners ? 'ALTER TABLE public.wards OWNER TO emr_owner;\n' : ''}
--
-- Data for Name: patients; Type: TABLE DATA; Schema: public; Owner: ${options.owners ? 'emr_owner' : '-'}
--

COPY public.patients (id, name, id_no, record) FROM stdin;
\\.

--
-- Name: patients patients_pkey; Type: CONSTRAINT; Schema: public; Owner: ${options.owners ? 'emr_owner' : '-'}
--

ALTER TABLE ONLY public.patients
    ADD CONSTRAINT patients_pkey PRIMARY KEY (id);

${options.acl}
--
-- PostgreSQL database dump complete
--
`;

const WARDS_ACL = `--
-- Name: TABLE wards; Type: ACL; Schema: public; Owner: emr_owner
--

GRANT SELECT ON TABLE public.wards TO nurse_station;
`;

const taxonomy = loadTaxonomy();
const { inventory: declared } = loadInventory(['access.yaml', 'data.yaml', 'system.yaml', 'provision.yaml'].map((f) => `examples/hospital/before/${f}`), { cwd: REPO_ROOT, taxonomy });

async function importDump(schema: string) {
  const dir = tempDir({ 'roles.sql': ROLES, 'emr.sql': schema });
  const result = await postgresqlImporter.load(
    ['roles.sql', 'emr.sql'].map((name) => readSourceInput(`${dir}/${name}`, name)),
    {
      cwd: dir,
      baseDir: dir,
      options: {},
      mapping: {
        tables: { 'public.patients': { store: 'emr', columns: { id: null, name: 'patient_name', id_no: 'id_number', record: 'medical_record' } } },
        logins: { emr_owner: { usedBy: 'application' }, nurse_station: { account: 'ns-general-surgery' }, dba: { usedBy: 'person' } },
      },
      declared,
    },
  );
  const logins = new Map(result.manifest.databaseLogins?.map((l) => [l.name, l]));
  const patients = result.manifest.databaseTables?.find((t) => t.name === 'public.patients');
  return { result, logins, patients, messages: result.warnings?.map((w) => w.message) ?? [] };
}

describe('a dump without privileges (pg_dump -x)', () => {
  it("leaves every login's reach unstated and the table's PUBLIC exposure unstated, with a warning naming -x", async () => {
    const { logins, patients, result } = await importDump(dump({ acl: '', owners: true }));
    expect(result.warnings?.find((w) => /states no privilege/.test(w.message))).toMatchObject({ severity: 'warning', expected: 'pg_dump without -x (--no-privileges)' });
    // The nurse station reads nothing listed, but that is not stated: unknown, not "nothing".
    expect(logins.get('nurse_station')).toMatchObject({ privilegesUnknown: NO_PRIVILEGES });
    expect(logins.get('nurse_station')?.reads ?? []).toEqual([]);
    // The owner still reads its table (OWNER TO states it); beyond that, unknown.
    expect(logins.get('emr_owner')).toMatchObject({ privilegesUnknown: NO_PRIVILEGES, reads: [{ store: 'emr', via: ['owner'] }] });
    // SUPERUSER states its reach: everything.
    expect(logins.get('dba')?.privilegesUnknown).toBeUndefined();
    expect(patients).toBeDefined();
    expect(patients?.publicReadFields).toBeUndefined();
    expect(patients?.publicPrivileges).toBeUndefined();
    expect(patients?.defaultPrivileges).toBeUndefined();
  });

  it('a dump with an ACL for another table states this one owner-only: reach stated, no warning', async () => {
    const { logins, patients, messages } = await importDump(dump({ acl: WARDS_ACL, owners: true }));
    expect(messages.filter((m) => /states no (privilege|owner)/.test(m))).toEqual([]);
    expect(logins.get('nurse_station')?.privilegesUnknown).toBeUndefined();
    expect(logins.get('nurse_station')?.reads ?? []).toEqual([]);
    expect(patients).toMatchObject({ publicReadFields: [], publicPrivileges: [] });
  });
});

describe('a dump without owners (pg_dump -O)', () => {
  it('leaves what logins read as owners unstated, PUBLIC exposure still stated by the ACLs', async () => {
    const { logins, patients, result } = await importDump(dump({ acl: WARDS_ACL.replace('Owner: emr_owner', 'Owner: -'), owners: false }));
    expect(result.warnings?.find((w) => /states no owner/.test(w.message))).toMatchObject({ expected: 'pg_dump without -O (--no-owner)' });
    expect(logins.get('emr_owner')).toMatchObject({ privilegesUnknown: NO_OWNERS });
    expect(logins.get('nurse_station')).toMatchObject({ privilegesUnknown: NO_OWNERS });
    expect(patients).toMatchObject({ publicReadFields: [] });
  });

  it('a hand-written script (no pg_dump comments) names no owner because it runs as its loader: reach stated', async () => {
    const script = `CREATE TABLE public.patients (id integer, name text, id_no text, record text);\nGRANT SELECT (name) ON public.patients TO nurse_station;\n`;
    const { logins, messages } = await importDump(script);
    expect(messages.filter((m) => /states no (privilege|owner)/.test(m))).toEqual([]);
    expect(logins.get('nurse_station')?.privilegesUnknown).toBeUndefined();
    expect(logins.get('nurse_station')?.reads?.[0]?.fields).toEqual(['patient_name']);
  });
});
